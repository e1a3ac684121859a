package org.commonground.scoring.measure;

import io.vavr.collection.List;
import java.util.Arrays;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Unit;
import org.commonground.core.measure.UnitKind;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;

/**
 * Record-level shared-measure data as primitive columns: for every record, the codes of its
 * partner, indicator, period and one group per subgroup dimension, and its numerator and
 * denominator (a count record has denominator 0; a proportion record such as one graduate is
 * 1 over 1; a mean record is its value over 1). The table holds no per-record objects:
 * {@code 28 + 4·d} bytes per record for {@code d} dimensions.
 *
 * <p>Every record is checked when the table is made, and nothing is accepted unless every record
 * conforms: codes within their code lists, the period on the indicator's calendar, finite numbers,
 * no negative counts, numerators and rates, a positive denominator except for counts, and a
 * proportion's numerator within its denominator. Problems name the column and row
 * ({@code numerator[17]: must not be negative for a count, got -2.0}); at most 100 are listed.
 *
 * <pre>{@code
 * MeasureTable.Builder rows = MeasureTable.builder(layout);
 * rows.add(0, 0, 1, new int[] {1}, 1, 1);   // partner 0, indicator 0, period 1, income group 1: graduated
 * rows.add(0, 0, 1, new int[] {0}, 0, 1);   // did not graduate
 * MeasureTable table = rows.build();
 * MeasurePartial partial = new MeasureAccumulator(layout).addAll(table).snapshot();
 * }</pre>
 *
 * <p>This class is immutable (it copies the arrays it is given) and thread-safe.
 */
public final class MeasureTable {

  /** The most problems one exception lists; the rest are counted. */
  static final int MAX_LISTED = 100;

  private final MeasureLayout layout;
  private final int size;
  private final int[] partner;
  private final int[] indicator;
  private final int[] period;
  private final int[][] groups;
  private final double[] numerator;
  private final double[] denominator;

  private MeasureTable(
      MeasureLayout layout, int size, int[] partner, int[] indicator, int[] period, int[][] groups,
      double[] numerator, double[] denominator) {
    this.layout = layout;
    this.size = size;
    this.partner = partner;
    this.indicator = indicator;
    this.period = period;
    this.groups = groups;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A table from columns of equal length.
   *
   * @param layout what the codes mean
   * @param partner partner codes
   * @param indicator indicator codes
   * @param period period codes
   * @param groups one column of group codes per dimension of the layout
   * @param numerator numerators (or counts, or values)
   * @param denominator denominators (0 for counts)
   * @return the table; the arrays are copied
   * @throws org.commonground.core.validation.ValidationException naming every column of another
   *     length, or every non-conforming value by column and row
   */
  public static MeasureTable of(
      MeasureLayout layout, int[] partner, int[] indicator, int[] period, int[][] groups,
      double[] numerator, double[] denominator) {
    int n = partner.length;
    Violations lengths =
        Violations.none()
            .require(groups.length == layout.dimensions().size(), "groups",
                "must have one column per dimension (" + layout.dimensions().size() + "), got " + groups.length);
    lengths = sameLength(lengths, "indicator", indicator.length, n);
    lengths = sameLength(lengths, "period", period.length, n);
    lengths = sameLength(lengths, "numerator", numerator.length, n);
    lengths = sameLength(lengths, "denominator", denominator.length, n);
    for (int d = 0; d < groups.length; d++) {
      lengths = sameLength(lengths, "groups[" + d + "]", groups[d].length, n);
    }
    lengths.throwIfAny("MeasureTable");
    int[][] groupsCopy = new int[groups.length][];
    for (int d = 0; d < groups.length; d++) {
      groupsCopy[d] = groups[d].clone();
    }
    return checked(
        layout, n, partner.clone(), indicator.clone(), period.clone(), groupsCopy, numerator.clone(), denominator.clone());
  }

  private static Violations sameLength(Violations found, String column, int length, int expected) {
    return found.require(
        length == expected, column, "must have as many rows as partner (" + expected + "), got " + length);
  }

  private static MeasureTable checked(
      MeasureLayout layout, int n, int[] partner, int[] indicator, int[] period, int[][] groups,
      double[] numerator, double[] denominator) {
    RowCheck check = new RowCheck(layout);
    for (int r = 0; r < n; r++) {
      check.row(r, partner[r], indicator[r], period[r], groups, numerator[r], denominator[r]);
    }
    check.throwIfAny();
    return new MeasureTable(layout, n, partner, indicator, period, groups, numerator, denominator);
  }

  /**
   * A row appender, for data read record by record.
   *
   * @param layout what the codes mean
   * @return a new, empty builder
   */
  public static Builder builder(MeasureLayout layout) {
    return new Builder(layout);
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
   * The number of records.
   *
   * @return the number of rows
   */
  public int size() {
    return size;
  }

  /** Package access for the aggregation loop, which must not copy. */
  int partner(int row) {
    return partner[row];
  }

  int indicator(int row) {
    return indicator[row];
  }

  int period(int row) {
    return period[row];
  }

  int group(int dimension, int row) {
    return groups[dimension][row];
  }

  double numerator(int row) {
    return numerator[row];
  }

  double denominator(int row) {
    return denominator[row];
  }

  /** Returns {@code MeasureTable[n records, layout]}. */
  @Override
  public String toString() {
    return "MeasureTable[" + size + " records, " + layout + "]";
  }

  /**
   * Appends records one by one into growing primitive columns; {@link #build()} checks them all.
   * Not thread-safe.
   */
  public static final class Builder {

    private final MeasureLayout layout;
    private int size;
    private int[] partner = new int[16];
    private int[] indicator = new int[16];
    private int[] period = new int[16];
    private int[][] groups;
    private double[] numerator = new double[16];
    private double[] denominator = new double[16];

    private Builder(MeasureLayout layout) {
      this.layout = layout;
      this.groups = new int[layout.dimensions().size()][16];
    }

    /**
     * Appends a record.
     *
     * @param partnerCode the partner's code
     * @param indicatorCode the indicator's code
     * @param periodCode the period's code
     * @param groupCodes one group code per dimension
     * @param numeratorValue the numerator (count, value)
     * @param denominatorValue the denominator (0 for a count)
     * @return this builder
     * @throws IllegalArgumentException if there is not one group code per dimension
     */
    public Builder add(
        int partnerCode, int indicatorCode, int periodCode, int[] groupCodes, double numeratorValue,
        double denominatorValue) {
      if (groupCodes.length != groups.length) {
        throw new IllegalArgumentException(
            "groups: must have one code per dimension (" + groups.length + "), got " + groupCodes.length);
      }
      if (size == partner.length) {
        int capacity = Math.max(16, size + (size >> 1));
        partner = Arrays.copyOf(partner, capacity);
        indicator = Arrays.copyOf(indicator, capacity);
        period = Arrays.copyOf(period, capacity);
        numerator = Arrays.copyOf(numerator, capacity);
        denominator = Arrays.copyOf(denominator, capacity);
        for (int d = 0; d < groups.length; d++) {
          groups[d] = Arrays.copyOf(groups[d], capacity);
        }
      }
      partner[size] = partnerCode;
      indicator[size] = indicatorCode;
      period[size] = periodCode;
      for (int d = 0; d < groups.length; d++) {
        groups[d][size] = groupCodes[d];
      }
      numerator[size] = numeratorValue;
      denominator[size] = denominatorValue;
      size++;
      return this;
    }

    /**
     * The table of the records appended so far, every record checked.
     *
     * @return the table
     * @throws org.commonground.core.validation.ValidationException naming every non-conforming
     *     value by column and row
     */
    public MeasureTable build() {
      int[][] groupsCopy = new int[groups.length][];
      for (int d = 0; d < groups.length; d++) {
        groupsCopy[d] = Arrays.copyOf(groups[d], size);
      }
      return checked(
          layout, size, Arrays.copyOf(partner, size), Arrays.copyOf(indicator, size), Arrays.copyOf(period, size),
          groupsCopy, Arrays.copyOf(numerator, size), Arrays.copyOf(denominator, size));
    }
  }

  /** The conformance rules of {@code ObservationSet}, applied to primitive rows. */
  private static final class RowCheck {
    private final MeasureLayout layout;
    private final List<SubgroupDimension> dimensions;
    private Violations found = Violations.none();
    private long problems;

    RowCheck(MeasureLayout layout) {
      this.layout = layout;
      this.dimensions = layout.dimensions();
    }

    void row(int r, int partner, int indicator, int period, int[][] groups, double numerator, double denominator) {
      code(r, "partner", partner, layout.partners().size());
      boolean indicatorKnown = code(r, "indicator", indicator, layout.indicators().size());
      boolean periodKnown = code(r, "period", period, layout.periods().size());
      for (int d = 0; d < groups.length; d++) {
        code(r, "groups." + dimensions.get(d).name(), groups[d][r], dimensions.get(d).groups().size());
      }
      boolean finite = require(Double.isFinite(numerator), "numerator", r, "must be finite, got " + numerator);
      finite &= require(Double.isFinite(denominator), "denominator", r, "must be finite, got " + denominator);
      if (!indicatorKnown) {
        return;
      }
      Indicator i = layout.indicators().value(indicator);
      if (periodKnown) {
        require(layout.periods().value(period).type() == i.periodType(), "period", r,
            "must be on the calendar of " + i.id() + " (" + i.periodType() + "), got " + layout.periods().value(period));
      }
      if (!finite) {
        return;
      }
      Unit unit = i.unit();
      if (!unit.hasDenominator()) {
        require(numerator >= 0, "numerator", r, "must not be negative for a count, got " + numerator);
        require(denominator == 0, "denominator", r, "must be 0 for a count, got " + denominator);
        return;
      }
      require(denominator > 0, "denominator", r, "must be greater than 0 for a " + unit + ", got " + denominator);
      if (unit.kind() != UnitKind.MEAN) {
        require(numerator >= 0, "numerator", r, "must not be negative for a " + unit + ", got " + numerator);
      }
      if (unit.kind() == UnitKind.PROPORTION) {
        require(numerator <= denominator, "numerator", r,
            "must be at most the denominator (" + denominator + ") for a proportion, got " + numerator);
      }
    }

    private boolean code(int r, String column, int code, int size) {
      return require(code >= 0 && code < size, column, r,
          "must be a code of its list (0 to " + (size - 1) + "), got " + code);
    }

    private boolean require(boolean holds, String column, int r, String message) {
      if (!holds) {
        problems++;
        if (problems <= MAX_LISTED) {
          found = found.add(Violation.of(column + "[" + r + "]", message));
        }
      }
      return holds;
    }

    void throwIfAny() {
      if (problems > MAX_LISTED) {
        found = found.add(Violation.of("", (problems - MAX_LISTED) + " more problems not listed"));
      }
      found.throwIfAny("MeasureTable");
    }
  }
}
