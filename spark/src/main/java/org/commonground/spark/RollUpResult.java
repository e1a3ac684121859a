// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.util.Collection;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.measure.MeasurePartial;

/**
 * What a roll-up on Spark gives the driver: the exact partial of every accepted row, and an
 * account of the rows kept out — how many, how many problems of each kind, and the first hundred
 * problems in full. No row is dropped in silence: {@link #acceptedRecords()} plus {@link
 * #rejectedRecords()} is the number of input rows. Every figure of the library (community values,
 * scorecards, disaggregations, suppressed tables) is then computed from {@link #partial()} on the
 * driver, with the library's own code.
 *
 * <pre>{@code
 * RollUpResult result = SparkRollUp.of(layout, ColumnMapping.byName()).run(rows);
 * result.rejectedRecords();                    // 2
 * result.problemCounts();                      // {"partner: must be a partner of the layout (…)": 2}
 * MeasurePartial partial = result.requireAllAccepted().partial();  // or throw, as MeasureTable does
 * partial.communityValues(partners);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollUpResult {

  private final MeasurePartial partial;
  private final long accepted;
  private final long rejected;
  private final SortedMap<String, Long> problemCounts;
  private final List<RowProblem> problems;

  private RollUpResult(
      MeasurePartial partial, long accepted, long rejected, SortedMap<String, Long> problemCounts, List<RowProblem> problems) {
    this.partial = partial;
    this.accepted = accepted;
    this.rejected = rejected;
    this.problemCounts = problemCounts;
    this.problems = problems;
  }

  static RollUpResult of(MeasurePartial partial, long accepted, long rejected, java.util.Map<String, Long> counts,
      Collection<RowProblem> problems) {
    return new RollUpResult(partial, accepted, rejected, TreeMap.ofAll(counts), List.ofAll(problems).sorted());
  }

  /**
   * The partial aggregate of the accepted rows.
   *
   * @return the partial
   */
  public MeasurePartial partial() {
    return partial;
  }

  /**
   * The rows aggregated.
   *
   * @return their number
   */
  public long acceptedRecords() {
    return accepted;
  }

  /**
   * The rows kept out for breaking a rule.
   *
   * @return their number
   */
  public long rejectedRecords() {
    return rejected;
  }

  /**
   * Every problem counted by its kind (column and rule); a row may have several.
   *
   * @return kind → count, in the kinds' order
   */
  public SortedMap<String, Long> problemCounts() {
    return problemCounts;
  }

  /**
   * The first hundred problems in {@link RowProblem}'s order (by kind, message, row): the same
   * whatever the partitioning. {@link SparkRollUp#rejects} gives every rejected row.
   *
   * @return at most a hundred problems
   */
  public List<RowProblem> problems() {
    return problems;
  }

  /**
   * This result, if every row was accepted.
   *
   * @return this result
   * @throws ValidationException counting the rejected rows' problems, the first hundred spelled out
   *     by column with the row, the rest counted by kind
   */
  public RollUpResult requireAllAccepted() {
    if (rejected == 0) {
      return this;
    }
    long spelled = problems.size();
    long total = problemCounts.values().fold(0L, Long::sum);
    List<Violation> violations =
        problems.map(p -> Violation.of(p.column(), Message.of("spark.rows.inRow", p.detail(), p.row())));
    if (total > spelled) {
      violations = violations.append(Violation.of("rows", Message.of("spark.rows.more", total - spelled,
          problemCounts.map(t -> t._1 + " × " + t._2).mkString("; "))));
    }
    throw new ValidationException(Message.of("spark.rows.subject", rejected).text(), violations);
  }

  /** Returns the counts of rows and cells. */
  @Override
  public String toString() {
    return "RollUpResult[" + accepted + " rows accepted, " + rejected + " rejected, " + partial.cells() + " cells]";
  }
}
