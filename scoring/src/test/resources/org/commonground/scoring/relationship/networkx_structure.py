"""Writes networkx-structure.csv: 300 random directed networks of 2 to 9 members and what networkx
computes for them, for NetworkxStructureTest to compare with NetworkScoring (ties = assessments,
missing ratings counted as no tie). Run: python3 networkx_structure.py > networkx-structure.csv"""
import random
import networkx as nx

print("# networks from networkx " + nx.__version__ + ": members;ties;betweenness;articulation;reciprocity;density;"
      "directedDensity;components;betweennessCentralization")
rng = random.Random(20261124)
for _ in range(300):
    n = rng.randint(2, 9)
    p = rng.random()
    members = ["m%d" % i for i in range(n)]
    ties = [(a, b) for a in members for b in members if a != b and rng.random() < p]
    d = nx.DiGraph()
    d.add_nodes_from(members)
    d.add_edges_from(ties)
    u = d.to_undirected()
    b = nx.betweenness_centrality(u, normalized=True)
    between = [b[m] for m in members]
    central = "" if n < 3 else repr(sum(max(between) - x for x in between) / (n - 1))
    recip = "" if not ties else repr(nx.reciprocity(d))
    cut = sorted(nx.articulation_points(u), key=members.index)
    print(";".join([
        ",".join(members),
        ",".join(a + ">" + b for a, b in ties),
        ",".join(repr(x) for x in between),
        ",".join(cut),
        recip,
        repr(nx.density(u)),
        repr(nx.density(d)),
        str(nx.number_connected_components(u)),
        central,
    ]))
