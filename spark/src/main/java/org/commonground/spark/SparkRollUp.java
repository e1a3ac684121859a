// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import java.util.ArrayList;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.serialization.csv.ColumnMapping;

/**
 * The shared-measure roll-up of record-level rows on Apache Spark: the rows of a {@code
 * Dataset<Row>} in the record-level format (partner, indicator, period, one column per subgroup
 * dimension, numerator, denominator; see {@link MeasureColumns}) aggregated by {@link
 * MeasureAggregator} into the library's exact {@link
 * org.commonground.scoring.measure.MeasurePartial}, bit-identical to the single-machine roll-up.
 * Disaggregation, scorecards and suppression then run on the driver with the library's own code.
 *
 * <pre>{@code
 * Dataset<Row> rows = spark.read().parquet("records.parquet");
 * SparkRollUp rollUp = SparkRollUp.of(layout, ColumnMapping.byName().with("partner", "school"));
 * RollUpResult result = rollUp.run(rows);          // one Spark job
 * result.problemCounts();                          // the rows kept out, by kind
 * rollUp.rejects(rows).write().parquet("rejects"); // every rejected row with its problems
 * Scorecards.of(ObservationSet.of(layout.measures(), result.partial().toObservations()), partners);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkRollUp {

  /** The column {@link #rejects} adds to each rejected row: its problems, one per line. */
  public static final String PROBLEMS_COLUMN = "problems";

  private final MeasureLayout layout;
  private final ColumnMapping mapping;

  private SparkRollUp(MeasureLayout layout, ColumnMapping mapping) {
    this.layout = layout;
    this.mapping = mapping;
  }

  /**
   * A roll-up.
   *
   * @param layout the layout of the records
   * @param mapping the column of each field, checked against each dataset's schema
   * @return the roll-up
   * @throws org.commonground.core.validation.ValidationException naming every null argument
   */
  public static SparkRollUp of(MeasureLayout layout, ColumnMapping mapping) {
    Violations.none().notNull("layout", layout).notNull("mapping", mapping).throwIfAny("SparkRollUp");
    return new SparkRollUp(layout, mapping);
  }

  /**
   * The layout.
   *
   * @return what the codes mean
   */
  public MeasureLayout layout() {
    return layout;
  }

  /**
   * The aggregator for rows of a schema, for use in one's own queries ({@code
   * rows.groupByKey(…).agg(aggregator.toColumn())}).
   *
   * @param schema the rows' schema
   * @return the aggregator
   * @throws org.commonground.core.validation.ValidationException as {@link MeasureColumns#resolve} does
   */
  public MeasureAggregator aggregator(StructType schema) {
    return MeasureAggregator.of(layout, MeasureColumns.resolve(layout, mapping, schema));
  }

  /**
   * Rolls up every row: one Spark job, whose result comes to the driver as one partial.
   *
   * @param records the record-level rows
   * @return the partial of the accepted rows, and the account of the rejected ones
   * @throws org.commonground.core.validation.ValidationException naming {@code records} if it is
   *     null, or every problem of the column mapping against its schema
   */
  public RollUpResult run(Dataset<Row> records) {
    Violations.none().notNull("records", records).throwIfAny("SparkRollUp.run");
    MeasureAggregator aggregator = aggregator(records.schema());
    RollUpBuffer output = records.select(aggregator.toColumn()).first();
    return aggregator.result(output);
  }

  /**
   * Every rejected row, lazily: the input's columns and {@value #PROBLEMS_COLUMN}, the row's
   * problems ({@code column: message}), one per line. Nothing is dropped: the rows of this dataset
   * are exactly those {@link #run} counts as rejected.
   *
   * @param records the record-level rows
   * @return the rejected rows with their problems
   * @throws org.commonground.core.validation.ValidationException as {@link #run} does
   */
  public Dataset<Row> rejects(Dataset<Row> records) {
    Violations.none().notNull("records", records).throwIfAny("SparkRollUp.rejects");
    MeasureAggregator aggregator = aggregator(records.schema());
    StructType schema = records.schema().add(PROBLEMS_COLUMN, DataTypes.StringType, false);
    return records.mapPartitions(new Rejects(aggregator), Encoders.row(schema));
  }

  /** The rows of a partition that break a rule, each with its problems. */
  private static final class Rejects implements org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final MeasureAggregator aggregator;

    Rejects(MeasureAggregator aggregator) {
      this.aggregator = aggregator;
    }

    @Override
    public java.util.Iterator<Row> call(java.util.Iterator<Row> rows) {
      RowReader reader = new RowReader(aggregator.layout(), aggregator.columns());
      int[] codes = new int[3 + aggregator.layout().dimensions().size()];
      double[] values = new double[2];
      ArrayList<RowProblem> found = new ArrayList<>();
      return new java.util.Iterator<>() {
        private Row next;

        @Override
        public boolean hasNext() {
          while (next == null && rows.hasNext()) {
            Row row = rows.next();
            found.clear();
            if (!reader.read(row, codes, values, found::add)) {
              next = withProblems(row, found);
            }
          }
          return next != null;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          Row row = next;
          next = null;
          return row;
        }
      };
    }

    private static Row withProblems(Row row, java.util.List<RowProblem> problems) {
      StringBuilder text = new StringBuilder();
      for (RowProblem p : problems) {
        text.append(text.length() == 0 ? "" : "\n").append(p.column()).append(": ").append(p.message());
      }
      Object[] cells = new Object[row.size() + 1];
      for (int c = 0; c < row.size(); c++) {
        cells[c] = row.get(c);
      }
      cells[row.size()] = text.toString();
      return RowFactory.create(cells);
    }
  }
}
