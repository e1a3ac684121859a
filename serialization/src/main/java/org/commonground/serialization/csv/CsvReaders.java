// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Framework;
import org.commonground.core.alignment.Rating;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.readiness.ResponseMatrix;

/**
 * Reads CSV files into Common Ground's values: measure records, survey responses, alignment
 * ratings, partner ratings and network assessments. It does no I/O of its own: the caller opens
 * the {@link Reader} (or the {@link InputStream}, read as UTF-8) and closes it.
 *
 * <p>Every file has a header row. Each reader has fields, each read from the column a {@link
 * ColumnMapping} names (by default the field's own name); every header column must be mapped or
 * ignored. Quoted cells (with commas, quotes, line breaks), CRLF line ends, a byte order mark and
 * empty lines are handled; spaces around unquoted cells are trimmed.
 *
 * <p><b>Problems.</b> Nothing is half-loaded: a file with any problem gives a {@link
 * org.commonground.core.validation.ValidationException} and no value. The exception counts every
 * problem, lists the first hundred by line and column ({@code line 1207, column numerator: must
 * be at most the denominator 20, got 31}) and counts the rest by kind; the file is read once, so
 * problems past the first hundred are replayed by kind, without their line. Reading stays linear
 * when every row is bad.
 *
 * <pre>{@code
 * MeasureTable table = CsvReaders.measures(layout, ColumnMapping.byName().with("numerator", "graduates"),
 *     new StringReader("partner,indicator,period,income,graduates,denominator\n"
 *         + "lincoln-hs,grad-rate,SY2023-24,low,1,1\n"));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsvReaders {

  /** The codes read as a missing answer unless the caller names others: an empty cell and {@code NA}. */
  public static final io.vavr.collection.Set<String> DEFAULT_MISSING = io.vavr.collection.HashSet.of("", "NA");

  private static final List<String> ASSESSMENT_ITEMS =
      List.of("reliability", "missionSupport", "openness", "powerInfluence", "involvement", "resourceContribution");

  private CsvReaders() {}

  /**
   * Reads measure records, one per row, into a table, streaming: memory is the table's narrow
   * columns plus one row, never a list of rows. Fields: {@code partner}, {@code indicator} (its
   * id), {@code period} (its text form, {@code SY2023-24}), one per subgroup dimension (the
   * dimension's name; the cell is the group), {@code numerator} and {@code denominator} (may be
   * empty for a count). Codes must be the layout's; numbers plain decimals ({@code 12}, {@code
   * 0.5}, {@code 1e3}).
   *
   * <pre>{@code
   * MeasureTable table = CsvReaders.measures(layout, ColumnMapping.byName(), reader);
   * }</pre>
   *
   * @param layout the layout whose codes the file uses
   * @param mapping the column of each field
   * @param in the CSV text; read to its end, not closed
   * @return the table of every record
   * @throws org.commonground.core.validation.ValidationException counting every problem of the
   *     header, the rows and the cells, the first hundred by line and column
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static MeasureTable measures(MeasureLayout layout, ColumnMapping mapping, Reader in) {
    Violations.none().notNull("layout", layout).notNull("mapping", mapping).notNull("in", in).throwIfAny("CsvReaders.measures");
    return new MeasureCsvReader(layout).read(mapping, in);
  }

  /**
   * Reads measure records from UTF-8 bytes; see {@link #measures(MeasureLayout, ColumnMapping, Reader)}.
   *
   * @param layout the layout whose codes the file uses
   * @param mapping the column of each field
   * @param in the CSV bytes, UTF-8; read to the end, not closed
   * @return the table of every record
   * @throws org.commonground.core.validation.ValidationException as the reader form does
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static MeasureTable measures(MeasureLayout layout, ColumnMapping mapping, InputStream in) {
    return measures(layout, mapping, utf8(in));
  }

  /**
   * Reads survey responses in wide form, one row per respondent and one column per item of the
   * instrument. Fields: {@code respondent} and each item's id. A cell is an answer (a whole number
   * on the instrument's scale) or one of the missing codes, for a skipped item.
   *
   * <pre>{@code
   * Survey survey = CsvReaders.survey(instrument, ColumnMapping.byName().with("respondent", "id"),
   *     HashSet.of("", "NA", "-99"), reader);
   * }</pre>
   *
   * @param instrument the instrument answered
   * @param mapping the column of each field
   * @param missing the cell texts that mean a skipped item, such as {@link #DEFAULT_MISSING}
   * @param in the CSV text; read to its end, not closed
   * @return the survey, respondents in file order
   * @throws org.commonground.core.validation.ValidationException counting every problem (columns
   *     that are not items, absent items, answers that are not whole numbers or off the scale,
   *     repeated respondents), the first hundred by line and column
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static Survey survey(Instrument instrument, ColumnMapping mapping, io.vavr.collection.Set<String> missing, Reader in) {
    Violations.none().notNull("instrument", instrument).notNull("mapping", mapping).notNull("missing", missing)
        .notNull("in", in).throwIfAny("CsvReaders.survey");
    List<String> items = instrument.items().map(Item::id);
    ResponseScale scale = instrument.scale();
    return LongCsvReader.read("Survey of " + instrument + " from CSV", items.prepend("respondent"), Set.of(), mapping, in,
        "responses",
        row -> {
          TreeMap<String, Integer> answers = TreeMap.empty();
          boolean ok = true;
          for (String item : items) {
            String cell = row.get(item);
            if (missing.contains(cell)) {
              continue;
            }
            Integer answer = row.whole(item);
            if (answer == null) {
              ok = false;
            } else if (!scale.contains(answer)) {
              row.report(item, scale.outOfRange(answer));
              ok = false;
            } else {
              answers = answers.put(item, answer);
            }
          }
          SurveyResponse response = SurveyResponse.of(row.get("respondent"), answers);
          return ok ? response : null;
        },
        responses -> Survey.of(instrument, responses));
  }

  /**
   * Reads survey responses from UTF-8 bytes; see {@link #survey(Instrument, ColumnMapping,
   * io.vavr.collection.Set, Reader)}.
   *
   * @param instrument the instrument answered
   * @param mapping the column of each field
   * @param missing the cell texts that mean a skipped item
   * @param in the CSV bytes, UTF-8; read to the end, not closed
   * @return the survey
   * @throws org.commonground.core.validation.ValidationException as the reader form does
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static Survey survey(
      Instrument instrument, ColumnMapping mapping, io.vavr.collection.Set<String> missing, InputStream in) {
    return survey(instrument, mapping, missing, utf8(in));
  }

  /**
   * Reads survey responses in wide form into a response matrix, for bulk scoring; the file is read
   * and checked as {@link #survey(Instrument, ColumnMapping, io.vavr.collection.Set, Reader)} does.
   *
   * <pre>{@code
   * ResponseMatrix matrix = CsvReaders.responseMatrix(instrument, ColumnMapping.byName(),
   *     CsvReaders.DEFAULT_MISSING, reader);
   * }</pre>
   *
   * @param instrument the instrument answered
   * @param mapping the column of each field
   * @param missing the cell texts that mean a skipped item
   * @param in the CSV text; read to its end, not closed
   * @return the matrix, one row per respondent in file order, {@link ResponseMatrix#MISSING} where skipped
   * @throws org.commonground.core.validation.ValidationException as {@code survey} does
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static ResponseMatrix responseMatrix(
      Instrument instrument, ColumnMapping mapping, io.vavr.collection.Set<String> missing, Reader in) {
    return ResponseMatrix.from(survey(instrument, mapping, missing, in));
  }

  /**
   * Reads alignment ratings in long form, one rating per row. Fields: {@code partner}, {@code
   * dimension}, {@code criterion} (optional column; an empty cell rates the dimension as a whole)
   * and {@code value}.
   *
   * <pre>{@code
   * AlignmentRatings ratings = CsvReaders.alignmentRatings(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE,
   *     ColumnMapping.byName(), new StringReader("partner,dimension,value\nlincoln-hs,leadership,4\n"));
   * }</pre>
   *
   * @param framework the framework rated
   * @param scale the scale rated on
   * @param mapping the column of each field
   * @param in the CSV text; read to its end, not closed
   * @return the ratings, in file order
   * @throws org.commonground.core.validation.ValidationException counting every problem (bad ids,
   *     unknown dimensions or criteria, values off the scale, repeated ratings), by line and column
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static AlignmentRatings alignmentRatings(Framework framework, ResponseScale scale, ColumnMapping mapping, Reader in) {
    Violations.none().notNull("framework", framework).notNull("scale", scale).notNull("mapping", mapping)
        .notNull("in", in).throwIfAny("CsvReaders.alignmentRatings");
    return LongCsvReader.read("Ratings of " + framework + " from CSV", List.of("partner", "dimension", "criterion", "value"),
        Set.of("criterion"), mapping, in, "ratings",
        row -> {
          Integer value = row.whole("value");
          if (value == null) {
            return null;
          }
          String criterion = row.get("criterion");
          return criterion.isEmpty()
              ? Rating.of(row.get("partner"), row.get("dimension"), value)
              : Rating.ofCriterion(row.get("partner"), row.get("dimension"), criterion, value);
        },
        ratings -> AlignmentRatings.of(framework, scale, ratings));
  }

  /**
   * Reads alignment ratings from UTF-8 bytes; see {@link #alignmentRatings(Framework, ResponseScale, ColumnMapping, Reader)}.
   *
   * @param framework the framework rated
   * @param scale the scale rated on
   * @param mapping the column of each field
   * @param in the CSV bytes, UTF-8; read to the end, not closed
   * @return the ratings
   * @throws org.commonground.core.validation.ValidationException as the reader form does
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static AlignmentRatings alignmentRatings(Framework framework, ResponseScale scale, ColumnMapping mapping, InputStream in) {
    return alignmentRatings(framework, scale, mapping, utf8(in));
  }

  /**
   * Reads partner ratings on a continuum in long form, one directed rating per row. Fields:
   * {@code rater}, {@code partner} and {@code level} (a level id of the continuum).
   *
   * <pre>{@code
   * PartnerRatings ratings = CsvReaders.partnerRatings(Continua.LEVELS_OF_COLLABORATION,
   *     List.of("lincoln-hs", "eastside-cc"), ColumnMapping.byName(),
   *     new StringReader("rater,partner,level\nlincoln-hs,eastside-cc,coordination\n"));
   * }</pre>
   *
   * @param continuum the continuum rated on
   * @param members the members, at least two, distinct
   * @param mapping the column of each field
   * @param in the CSV text; read to its end, not closed
   * @return the ratings, in file order
   * @throws org.commonground.core.validation.ValidationException counting every problem (raters
   *     or partners who are not members, unknown levels, repeated pairs), by line and column
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static PartnerRatings partnerRatings(Continuum continuum, List<String> members, ColumnMapping mapping, Reader in) {
    Violations.none().notNull("continuum", continuum).notNull("members", members).notNull("mapping", mapping)
        .notNull("in", in).throwIfAny("CsvReaders.partnerRatings");
    return LongCsvReader.read("PartnerRatings from CSV", List.of("rater", "partner", "level"), Set.of(), mapping, in,
        "ratings",
        row -> PartnerRating.of(row.get("rater"), row.get("partner"), row.get("level")),
        ratings -> PartnerRatings.of(continuum, members, ratings));
  }

  /**
   * Reads partner ratings from UTF-8 bytes; see {@link #partnerRatings(Continuum, List, ColumnMapping, Reader)}.
   *
   * @param continuum the continuum rated on
   * @param members the members
   * @param mapping the column of each field
   * @param in the CSV bytes, UTF-8; read to the end, not closed
   * @return the ratings
   * @throws org.commonground.core.validation.ValidationException as the reader form does
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static PartnerRatings partnerRatings(Continuum continuum, List<String> members, ColumnMapping mapping, InputStream in) {
    return partnerRatings(continuum, members, mapping, utf8(in));
  }

  /**
   * Reads a partner network's assessments, one member's assessment of one partner per row. Fields:
   * {@code rater}, {@code partner}, and the six items of {@link PartnerAssessment} ({@code
   * reliability}, {@code missionSupport}, {@code openness}, {@code powerInfluence}, {@code
   * involvement}, {@code resourceContribution}), each a whole number from 1 to 4.
   *
   * <pre>{@code
   * PartnerNetwork network = CsvReaders.partnerNetwork(List.of("lincoln-hs", "eastside-cc"),
   *     ColumnMapping.byName(), reader);
   * }</pre>
   *
   * @param members the members, at least two, distinct
   * @param mapping the column of each field
   * @param in the CSV text; read to its end, not closed
   * @return the network, assessments in file order
   * @throws org.commonground.core.validation.ValidationException counting every problem (members,
   *     scores off the scale or not whole numbers, repeated pairs), by line and column
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static PartnerNetwork partnerNetwork(List<String> members, ColumnMapping mapping, Reader in) {
    Violations.none().notNull("members", members).notNull("mapping", mapping).notNull("in", in)
        .throwIfAny("CsvReaders.partnerNetwork");
    return LongCsvReader.<PartnerAssessment, PartnerNetwork>read("PartnerNetwork from CSV", ASSESSMENT_ITEMS.prependAll(List.of("rater", "partner")), Set.of(),
        mapping, in, "assessments",
        row -> {
          Integer[] scores = new Integer[ASSESSMENT_ITEMS.size()];
          boolean ok = true;
          for (int i = 0; i < scores.length; i++) {
            scores[i] = row.whole(ASSESSMENT_ITEMS.get(i));
            ok &= scores[i] != null;
          }
          if (!ok) {
            return null;
          }
          return PartnerAssessment.builder().rater(row.get("rater")).partner(row.get("partner"))
              .reliability(scores[0]).missionSupport(scores[1]).openness(scores[2])
              .powerInfluence(scores[3]).involvement(scores[4]).resourceContribution(scores[5])
              .build();
        },
        assessments -> PartnerNetwork.of(members, assessments));
  }

  /**
   * Reads a partner network from UTF-8 bytes; see {@link #partnerNetwork(List, ColumnMapping, Reader)}.
   *
   * @param members the members
   * @param mapping the column of each field
   * @param in the CSV bytes, UTF-8; read to the end, not closed
   * @return the network
   * @throws org.commonground.core.validation.ValidationException as the reader form does
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static PartnerNetwork partnerNetwork(List<String> members, ColumnMapping mapping, InputStream in) {
    return partnerNetwork(members, mapping, utf8(in));
  }

  private static Reader utf8(InputStream in) {
    Violations.none().notNull("in", in).throwIfAny("CsvReaders");
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
