// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.partner.ImmutableSector;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.quicktheories.core.Gen;

/**
 * Valid values of every document kind, for the tests that handle every kind alike (the schemas
 * validate every example; the fuzz tests seed from them). When you add a {@link DocumentKind} to
 * {@link Documents#all()}, add its generator to {@link #ALL}: a test fails while a kind has none.
 *
 * <pre>{@code
 * static final List<Example<?>> ALL = List.of(
 *     Example.of(PartnerJson.ORGANIZATION, ORGANIZATIONS),
 *     Example.of(MeasureJson.OBSERVATIONS, OBSERVATION_SETS));
 * }</pre>
 */
final class DocumentExamples {

  private DocumentExamples() {}

  /**
   * A kind of document with a generator of valid values, typed together so that a test writes
   * the values with the kind's own codec.
   *
   * @param <T> the value the document holds
   */
  static final class Example<T> {
    final DocumentKind<T> kind;
    final Gen<T> values;

    private Example(DocumentKind<T> kind, Gen<T> values) {
      this.kind = kind;
      this.values = values;
    }

    static <T> Example<T> of(DocumentKind<T> kind, Gen<T> values) {
      return new Example<>(kind, values);
    }

    /** A generator of documents of this kind, as {@link CommonGroundJson#write} writes them. */
    Gen<String> documents() {
      return values.map(v -> CommonGroundJson.write(kind, v));
    }

    @Override
    public String toString() {
      return kind.toString();
    }
  }

  /**
   * Characters beyond ASCII that the schemas' patterns and the reader must agree on: white space
   * Java counts and ECMA-262 does not (and the reverse), a non-breaking space, a letter, an emoji
   * (two UTF-16 units, one code point).
   */
  private static final List<String> UNUSUAL = List.of(
      "\u00A0", "\u2007", "\u202F", "\uFEFF", "\u1680", "\u3000", "\u0085", "é", "\uD83D\uDE00", "\t");

  /** Basic Latin text with now and then an unusual character spliced in. */
  private static final Gen<String> RAW = strings().basicLatinAlphabet().ofLengthBetween(0, 20)
      .zip(integers().between(0, UNUSUAL.size() * 3 - 1), integers().between(0, 20), (s, which, at) ->
          which >= UNUSUAL.size() ? s : s.substring(0, Math.min(at, s.length())) + UNUSUAL.get(which)
              + s.substring(Math.min(at, s.length())));

  /** Text that is not blank. Mapped rather than filtered, so QuickTheories never gives up. */
  static final Gen<String> TEXT = RAW.map(s -> s.isBlank() ? "text" + s : s);

  /** Ids: no control characters or line breaks, no white space at either end. */
  static final Gen<String> IDS =
      RAW.map(s -> s.replaceAll("[\\p{Cntrl}\u0085\u2028\u2029]", "").strip()).map(s -> s.isEmpty() ? "id" : s);

  static final Gen<Sector> SECTORS = arbitrary().enumValues(Sector.Kind.class)
      .zip(TEXT.toOptionals(30), (kind, field) -> ImmutableSector.builder().kind(kind)
          .field(Option.ofOptional(field)).build());

  static final Gen<Organization> ORGANIZATIONS = IDS.zip(TEXT,
      lists().of(SECTORS).ofSizeBetween(1, 4).map(s -> List.ofAll(s).distinct()), Organization::of);

  /**
   * Every kind's generator; one entry per kind of {@link Documents#all()}, in its order. The
   * generators are the ones the domains' round-trip properties use.
   */
  static final List<Example<?>> ALL = List.of(
      Example.of(PartnerJson.ORGANIZATION, ORGANIZATIONS),
      Example.of(RelationshipJson.PARTNERSHIP, RelationshipDocumentProperties.PARTNERSHIPS),
      Example.of(RelationshipJson.CONTINUUM_DOCUMENT, RelationshipDocumentProperties.CONTINUA),
      Example.of(RelationshipJson.FIT_QUESTION, RelationshipDocumentProperties.FIT_QUESTIONS),
      Example.of(RelationshipJson.FIT, RelationshipDocumentProperties.FITS),
      Example.of(RelationshipJson.CLASSIFICATION, RelationshipDocumentProperties.CLASSIFICATIONS),
      Example.of(RelationshipJson.PARTNER_RATINGS, RelationshipDocumentProperties.PARTNER_RATINGS),
      Example.of(RelationshipJson.PARTNER_RATING_SUMMARY, RelationshipDocumentProperties.PARTNER_RATING_SUMMARIES),
      Example.of(RelationshipJson.PARTNER_NETWORK, RelationshipDocumentProperties.PARTNER_NETWORKS),
      Example.of(RelationshipJson.NETWORK_MEASURES, RelationshipDocumentProperties.NETWORK_MEASURES),
      Example.of(AlignmentJson.FRAMEWORK, RelationshipDocumentProperties.FRAMEWORKS),
      Example.of(AlignmentJson.ALIGNMENT_RATINGS, RelationshipDocumentProperties.ALIGNMENT_RATINGS),
      Example.of(AlignmentJson.FRAMEWORK_PROFILE, RelationshipDocumentProperties.FRAMEWORK_PROFILES),
      Example.of(ReadinessJson.INSTRUMENT_DOCUMENT, ReadinessJsonProperties.INSTRUMENTS),
      Example.of(ReadinessJson.SURVEY, ReadinessJsonProperties.SURVEYS),
      Example.of(ReadinessJson.RESPONSE_MATRIX, ReadinessJsonProperties.RESPONSE_MATRICES),
      Example.of(ReadinessJson.COMMUNITY_READINESS_MODEL_DOCUMENT, ReadinessJsonProperties.MODELS),
      Example.of(ReadinessJson.READINESS_ASSESSMENT, ReadinessJsonProperties.ASSESSMENTS),
      Example.of(ReadinessJson.LADDER, ReadinessJsonProperties.LADDERS),
      Example.of(ReadinessJson.LADDER_RESPONSE, ReadinessJsonProperties.LADDER_RESPONSES),
      Example.of(ReadinessJson.SURVEY_SCORE, ReadinessJsonProperties.SURVEY_SCORES),
      Example.of(ReadinessJson.FACTOR_SCORE, ReadinessJsonProperties.FACTOR_SCORES),
      Example.of(ReadinessJson.COMMUNITY_READINESS_SCORE, ReadinessJsonProperties.READINESS_SCORES),
      Example.of(ReadinessJson.DIMENSION_STAGE, ReadinessJsonProperties.DIMENSION_STAGES),
      Example.of(ReadinessJson.LADDER_PROFILE, ReadinessJsonProperties.LADDER_PROFILES),
      Example.of(MeasureJson.SHARED_MEASURE_SET, MeasureJsonRoundTripProperties.SHARED_MEASURE_SETS),
      Example.of(MeasureJson.OBSERVATIONS, MeasureJsonRoundTripProperties.OBSERVATION_SETS),
      Example.of(MeasureJson.OBSERVATION_CHECK, MeasureJsonRoundTripProperties.OBSERVATION_CHECKS),
      Example.of(MeasureJson.MEASURE_LAYOUT, MeasureJsonRoundTripProperties.MEASURE_LAYOUTS),
      Example.of(MeasureJson.MEASURE_PARTIAL, MeasureJsonRoundTripProperties.MEASURE_PARTIALS),
      Example.of(MeasureJson.COMMUNITY_VALUES, MeasureJsonRoundTripProperties.COMMUNITY_VALUES),
      Example.of(MeasureJson.SCORECARD, MeasureJsonRoundTripProperties.SCORECARDS),
      Example.of(MeasureJson.DISAGGREGATED_INDICATOR, MeasureJsonRoundTripProperties.DISAGGREGATED_INDICATORS),
      Example.of(MeasureJson.PROGRESS_ASSESSMENT, MeasureJsonRoundTripProperties.PROGRESS_ASSESSMENTS),
      Example.of(MeasureJson.CONFIDENCE_INTERVAL, MeasureJsonRoundTripProperties.CONFIDENCE_INTERVALS),
      Example.of(MeasureJson.RELIABILITY, MeasureJsonRoundTripProperties.RELIABILITIES),
      Example.of(MeasureJson.CHANGE_TEST, MeasureJsonRoundTripProperties.CHANGE_TESTS),
      Example.of(MeasureJson.UNCERTAINTY, MeasureJsonRoundTripProperties.UNCERTAINTIES),
      Example.of(SuppressionJson.COUNT_TABLE, MeasureJsonRoundTripProperties.COUNT_TABLES),
      Example.of(SuppressionJson.SUPPRESSION_RULE, MeasureJsonRoundTripProperties.SUPPRESSION_RULES),
      Example.of(SuppressionJson.SUPPRESSED_TABLE, MeasureJsonRoundTripProperties.SUPPRESSED_TABLES),
      Example.of(SuppressionJson.DISCLOSURE_AUDIT, MeasureJsonRoundTripProperties.DISCLOSURE_AUDITS));

  /**
   * The example of a kind.
   *
   * @param kind the kind
   * @return its example, if one is registered
   */
  static Option<Example<?>> of(DocumentKind<?> kind) {
    return ALL.find(e -> e.kind == kind);
  }
}
