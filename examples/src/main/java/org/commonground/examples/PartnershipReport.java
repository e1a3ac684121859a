package org.commonground.examples;

import io.vavr.collection.List;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;

/**
 * Prints a report about the {@link SamplePartnership sample partnership}: its members and the
 * sectors they come from. The report grows with the library: each capability adds its section.
 *
 * <pre>{@code
 * ./mvnw -q -Preport -DskipTests package
 * }</pre>
 */
public final class PartnershipReport {

  private PartnershipReport() {}

  /**
   * Prints the report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(render(SamplePartnership.NAME, SamplePartnership.members()));
  }

  /**
   * The report as text.
   *
   * @param name the partnership's name
   * @param members its member organizations
   * @return the report
   */
  public static String render(String name, List<Organization> members) {
    StringBuilder report = new StringBuilder();
    report.append(name).append('\n').append("=".repeat(name.length())).append("\n\n");

    report.append("Members\n\n");
    TextTable table = TextTable.of("id", "name", "sectors");
    for (Organization member : members) {
      table = table.row(member.id(), member.name(), member.sectors().mkString(", "));
    }
    report.append(table.render()).append('\n');

    report.append("Sectors\n\n");
    TextTable sectors = TextTable.of("sector", "members");
    for (Sector.Kind kind : Sector.Kind.values()) {
      List<Organization> in = members.filter(m -> m.isIn(kind));
      sectors = sectors.row(kind, in.isEmpty() ? "(none)" : in.map(Organization::id).mkString(", "));
    }
    report.append(sectors.render());
    return report.toString();
  }
}
