// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.commonground.core.readiness.Band;
import org.commonground.core.readiness.Bands;
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.CollaborationFactorsInventory;
import org.commonground.core.readiness.CommunityCollaborativeAssessment;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.ImmutableCommunityReadinessModel;
import org.commonground.core.readiness.ImmutableDimensionRating;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Interview;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.Ladder;
import org.commonground.core.readiness.LadderResponse;
import org.commonground.core.readiness.LadderStep;
import org.commonground.core.readiness.ReadinessAssessment;
import org.commonground.core.readiness.ReadinessDimension;
import org.commonground.core.readiness.ReadinessStage;
import org.commonground.core.readiness.ReadinessToShare;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.validation.Check;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.readiness.CommunityReadinessScore;
import org.commonground.scoring.readiness.DimensionStage;
import org.commonground.scoring.readiness.FactorScore;
import org.commonground.scoring.readiness.FactorStatus;
import org.commonground.scoring.readiness.ImmutableCommunityReadinessScore;
import org.commonground.scoring.readiness.ImmutableDimensionStage;
import org.commonground.scoring.readiness.ImmutableFactorScore;
import org.commonground.scoring.readiness.ImmutableLadderPosition;
import org.commonground.scoring.readiness.ImmutableLadderProfile;
import org.commonground.scoring.readiness.ImmutableSurveyScore;
import org.commonground.scoring.readiness.ImmutableSurveyScoring;
import org.commonground.scoring.readiness.LadderPosition;
import org.commonground.scoring.readiness.LadderProfile;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.Field;
import org.commonground.serialization.codec.ObjectCodec;
import org.commonground.serialization.codec.Path;
import org.commonground.serialization.codec.Problems;
import org.commonground.serialization.codec.Schemas;

/**
 * The JSON forms of readiness ({@code org.commonground.core.readiness}) and of its scores
 * ({@code org.commonground.scoring.readiness}).
 *
 * <pre>{@code
 * String json = CommonGroundJson.write(ReadinessJson.SURVEY, survey);
 * // {"format":"commonground.survey","version":1,
 * //  "instrument":{"builtIn":"readiness-to-share","edition":"1 (2026)"},
 * //  "responses":[{"respondent":"school","answers":{"rs-risk-ext":2,"rs-risk-int":4}}]}
 * Survey back = CommonGroundJson.read(ReadinessJson.SURVEY, json);
 * }</pre>
 *
 * <p><b>Built-ins by reference.</b> A built-in instrument, model edition or ladder is written as a
 * reference, never spelled out:
 *
 * <ul>
 *   <li>an instrument: {@code {"builtIn": "readiness-to-share", "edition": "1 (2026)"}}, or
 *       {@code {"builtIn": "collaboration-factors-inventory", "edition": "2nd edition (2001)",
 *       "items": [...]}} — the Collaboration Factors Inventory ships without its copyrighted items,
 *       so its reference always carries the user's items; any built-in's reference may carry
 *       {@code items} to replace the built-in's ({@link Instrument#withItems});
 *   <li>a Community Readiness Model edition: {@code {"builtIn": "community-readiness-model",
 *       "edition": "2014"}} (or {@code "2006"});
 *   <li>a ladder of the Community Collaborative Assessment: {@code {"builtIn": "constituent"}} or
 *       {@code {"builtIn": "organization"}} (the library knows one edition of the assessment, so
 *       a ladder reference has no edition).
 * </ul>
 *
 * <p>A value equal to a built-in (its structure: everything but an instrument's items) is written
 * as the reference. A full definition is read too, and reads as the built-in when it is the
 * built-in; a full definition under a built-in's id and edition (a ladder's id; a model's edition)
 * whose structure differs is refused, with a problem at each property that differs: a definition
 * of your own carries an id (a model an edition) of its own. An unknown {@code builtIn} or
 * {@code edition} is refused with the ones this library knows.
 *
 * <p>A {@link ResponseMatrix} is written compactly, one array of answers per respondent in the
 * instrument's item order, {@code null} for a skipped item, under the item ids that head its
 * columns: {@code {"instrument": …, "items": ["p1","p2"], "rows": [[4,5],[3,null]]}}. A matrix has
 * no respondent ids; a respondent is its row.
 *
 * <p>Every codec here is immutable and thread-safe.
 */
public final class ReadinessJson {

  private ReadinessJson() {}

  /** The id by which documents refer to the built-in editions of the Community Readiness Model. */
  public static final String COMMUNITY_READINESS_MODEL = "community-readiness-model";

  private static final String BUILT_IN = "builtIn";

  // ---------------------------------------------------------------------------------------------
  // Enums, by constant name.

  /** A band: {@code "STRENGTH"}, {@code "BORDERLINE"}, {@code "CONCERN"}. */
  public static final Codec<Band> BAND = Codecs.enumeration(Band.class, "a band");

  /** A stage of the Community Readiness Model by constant name: {@code "VAGUE_AWARENESS"}. */
  public static final Codec<ReadinessStage> READINESS_STAGE =
      Codecs.enumeration(ReadinessStage.class, "a readiness stage");

  /** A factor score's status: {@code "SCORED"}, {@code "INCOMPLETE"}, … */
  public static final Codec<FactorStatus> FACTOR_STATUS = Codecs.enumeration(FactorStatus.class, "a factor status");

  // ---------------------------------------------------------------------------------------------
  // The parts of an instrument.

  private static final Field<Bands, Double> STRENGTH_FROM = Field.required("strengthFrom", Codecs.DOUBLE, Bands::strengthFrom);
  private static final Field<Bands, Double> BORDERLINE_FROM =
      Field.required("borderlineFrom", Codecs.DOUBLE, Bands::borderlineFrom);

  /** Bands: {@code {"strengthFrom": 4.0, "borderlineFrom": 3.0}}. */
  public static final ObjectCodec<Bands> BANDS = ObjectCodec.of("bands", "Bands", List.of(STRENGTH_FROM, BORDERLINE_FROM),
      v -> Bands.of(v.get(STRENGTH_FROM), v.get(BORDERLINE_FROM)));

  private static final Field<Category, String> CATEGORY_ID = Field.required("id", Codecs.ID, Category::id);
  private static final Field<Category, String> CATEGORY_NAME = Field.required("name", Codecs.TEXT, Category::name);

  /** A category: {@code {"id": "environment", "name": "Environment"}}. */
  public static final ObjectCodec<Category> CATEGORY = ObjectCodec.of("a category", "Category",
      List.of(CATEGORY_ID, CATEGORY_NAME), v -> Category.of(v.get(CATEGORY_ID), v.get(CATEGORY_NAME)));

  private static final Field<Factor, String> FACTOR_ID = Field.required("id", Codecs.ID, Factor::id);
  private static final Field<Factor, String> FACTOR_NAME = Field.required("name", Codecs.TEXT, Factor::name);
  private static final Field<Factor, String> FACTOR_CATEGORY = Field.required("category", Codecs.ID, Factor::category);

  /** A factor: {@code {"id": "mutual-respect", "name": "Mutual respect, …", "category": "membership"}}. */
  public static final ObjectCodec<Factor> FACTOR = ObjectCodec.of("a factor", "Factor",
      List.of(FACTOR_ID, FACTOR_NAME, FACTOR_CATEGORY),
      v -> Factor.of(v.get(FACTOR_ID), v.get(FACTOR_NAME), v.get(FACTOR_CATEGORY)));

  private static final Field<Item, String> ITEM_ID = Field.required("id", Codecs.ID, Item::id);
  private static final Field<Item, String> ITEM_FACTOR = Field.required("factor", Codecs.ID, Item::factor);
  private static final Field<Item, Option<String>> ITEM_TEXT = Field.optional("text", Codecs.TEXT, Item::text);
  private static final Field<Item, Boolean> ITEM_REVERSE_CODED =
      Field.withDefault("reverseCoded", Codecs.BOOLEAN, Item::reverseCoded, () -> false);
  private static final Field<Item, Double> ITEM_WEIGHT = Field.withDefault("weight", Codecs.DOUBLE, Item::weight, () -> 1.0);

  /**
   * An item: {@code {"id": "q12", "factor": "flexibility", "text": "…", "reverseCoded": true,
   * "weight": 1.0}}; the text optional, {@code reverseCoded} false and {@code weight} 1 when absent.
   */
  public static final ObjectCodec<Item> ITEM = ObjectCodec.of("an item", "Item",
      List.of(ITEM_ID, ITEM_FACTOR, ITEM_TEXT, ITEM_REVERSE_CODED, ITEM_WEIGHT),
      v -> Item.builder().id(v.get(ITEM_ID)).factor(v.get(ITEM_FACTOR)).text(v.get(ITEM_TEXT))
          .reverseCoded(v.get(ITEM_REVERSE_CODED)).weight(v.get(ITEM_WEIGHT)).build());

  private static final Field<ResponseScale, Integer> SCALE_MIN = Field.required("min", Codecs.INT, ResponseScale::min);
  private static final Field<ResponseScale, Integer> SCALE_MAX = Field.required("max", Codecs.INT, ResponseScale::max);
  private static final Field<ResponseScale, List<String>> SCALE_LABELS =
      Field.withDefault("labels", Codecs.list(Codecs.TEXT), ResponseScale::labels, List::empty);

  /** A response scale: {@code {"min": 1, "max": 5, "labels": ["strongly disagree", …]}}, labels empty when absent. */
  public static final ObjectCodec<ResponseScale> RESPONSE_SCALE = ObjectCodec.of("a response scale", "ResponseScale",
      List.of(SCALE_MIN, SCALE_MAX, SCALE_LABELS),
      v -> ResponseScale.of(v.get(SCALE_MIN), v.get(SCALE_MAX), v.get(SCALE_LABELS)));

  // ---------------------------------------------------------------------------------------------
  // Instruments: a reference to a built-in, or a definition.

  /** A built-in instrument: its structure, and how it is made with a user's items. */
  private static final class BuiltInInstrument {
    final Instrument template;
    final Option<List<Item>> items;
    final Function<List<Item>, Instrument> withItems;

    BuiltInInstrument(Instrument template, Option<List<Item>> items, Function<List<Item>, Instrument> withItems) {
      this.template = template;
      this.items = items;
      this.withItems = withItems;
    }

    String label() {
      return template.id() + ", " + template.edition();
    }

    boolean sameStructure(Instrument i) {
      return template.name().equals(i.name()) && template.source().equals(i.source())
          && template.scale().equals(i.scale()) && template.categories().equals(i.categories())
          && template.factors().equals(i.factors());
    }
  }

  private static final List<BuiltInInstrument> BUILT_IN_INSTRUMENTS = List.of(
      // The inventory has no items of its own: its structure is compared on a stand-in with one
      // item per factor, which is never written or read.
      new BuiltInInstrument(
          CollaborationFactorsInventory.secondEdition(CollaborationFactorsInventory.FACTORS.map(f -> Item.of(f.id(), f.id()))),
          Option.none(), CollaborationFactorsInventory::secondEdition),
      new BuiltInInstrument(ReadinessToShare.INSTRUMENT, Option.some(ReadinessToShare.INSTRUMENT.items()),
          ReadinessToShare.INSTRUMENT::withItems));

  private static Option<BuiltInInstrument> builtInInstrument(String id, String edition) {
    return BUILT_IN_INSTRUMENTS.find(b -> b.template.id().equals(id) && b.template.edition().equals(edition));
  }

  /** The built-in an instrument is, if it is one (everything but its items equal). */
  private static Option<BuiltInInstrument> builtInOf(Instrument i) {
    return builtInInstrument(i.id(), i.edition()).filter(b -> b.sameStructure(i));
  }

  private static final Field<Instrument, Option<String>> INSTRUMENT_BUILT_IN =
      Field.optional(BUILT_IN, Codecs.ID, i -> builtInOf(i).map(b -> b.template.id()));
  private static final Field<Instrument, Option<String>> INSTRUMENT_ID =
      Field.optional("id", Codecs.ID, i -> definitionOnly(i, i.id()));
  private static final Field<Instrument, Option<String>> INSTRUMENT_NAME =
      Field.optional("name", Codecs.TEXT, i -> definitionOnly(i, i.name()));
  private static final Field<Instrument, String> INSTRUMENT_EDITION = Field.required("edition", Codecs.TEXT, Instrument::edition);
  private static final Field<Instrument, Option<String>> INSTRUMENT_SOURCE =
      Field.optional("source", Codecs.TEXT, i -> builtInOf(i).isDefined() ? Option.none() : i.source());
  private static final Field<Instrument, Option<ResponseScale>> INSTRUMENT_SCALE =
      Field.optional("scale", RESPONSE_SCALE, i -> definitionOnly(i, i.scale()));
  private static final Field<Instrument, Option<List<Category>>> INSTRUMENT_CATEGORIES =
      Field.optional("categories", Codecs.list(CATEGORY), i -> definitionOnly(i, i.categories()));
  private static final Field<Instrument, Option<List<Factor>>> INSTRUMENT_FACTORS =
      Field.optional("factors", Codecs.list(FACTOR), i -> definitionOnly(i, i.factors()));
  private static final Field<Instrument, Option<List<Item>>> INSTRUMENT_ITEMS = Field.optional("items", Codecs.list(ITEM),
      i -> builtInOf(i).flatMap(b -> b.items).contains(i.items()) ? Option.none() : Option.some(i.items()));

  private static <V> Option<V> definitionOnly(Instrument i, V value) {
    return builtInOf(i).isDefined() ? Option.none() : Option.some(value);
  }

  /**
   * An instrument in either form, as documents carry it: a reference to a built-in
   * ({@code {"builtIn": "readiness-to-share", "edition": "1 (2026)"}}, with {@code items} when they
   * are the user's), or a definition ({@code {"id", "name", "edition", "source", "scale",
   * "categories", "factors", "items"}}, the source optional). Its schema names both forms.
   */
  public static final ObjectCodec<Instrument> INSTRUMENT_FORM = ObjectCodec.of(
      "an instrument (a built-in reference or a definition)", "InstrumentDocument",
      List.of(INSTRUMENT_BUILT_IN, INSTRUMENT_ID, INSTRUMENT_NAME, INSTRUMENT_EDITION, INSTRUMENT_SOURCE,
          INSTRUMENT_SCALE, INSTRUMENT_CATEGORIES, INSTRUMENT_FACTORS, INSTRUMENT_ITEMS),
      ReadinessJson::instrument);

  private static Instrument instrument(ObjectCodec.Values v) {
    Option<String> builtIn = v.get(INSTRUMENT_BUILT_IN);
    String edition = v.get(INSTRUMENT_EDITION);
    Option<List<Item>> items = v.get(INSTRUMENT_ITEMS);
    if (builtIn == null) {
      // Whether a reference or a definition was meant is unknown: the bad builtIn is reported.
      return null;
    }
    Violations found = Violations.none();
    if (builtIn.isDefined()) {
      // A reference: nothing but the built-in's id, edition and the user's items.
      String allowed = "a reference to a built-in instrument has the properties builtIn, edition, items";
      found = notHere(found, "id", v.get(INSTRUMENT_ID), allowed);
      found = notHere(found, "name", v.get(INSTRUMENT_NAME), allowed);
      found = notHere(found, "source", v.get(INSTRUMENT_SOURCE), allowed);
      found = notHere(found, "scale", v.get(INSTRUMENT_SCALE), allowed);
      found = notHere(found, "categories", v.get(INSTRUMENT_CATEGORIES), allowed);
      found = notHere(found, "factors", v.get(INSTRUMENT_FACTORS), allowed);
      if (edition == null) {
        found.throwIfAny("Instrument");
        return null;
      }
      List<String> ids = BUILT_IN_INSTRUMENTS.map(b -> b.template.id()).distinct();
      Option<BuiltInInstrument> known = builtInInstrument(builtIn.get(), edition);
      if (!ids.contains(builtIn.get())) {
        found = found.add(Violation.of(BUILT_IN, "must be a built-in instrument, one of " + ids.mkString(", ")
            + ", got \"" + builtIn.get() + "\""));
      } else if (known.isEmpty()) {
        found = found.add(Violation.of("edition", "must be an edition of " + builtIn.get() + " this library knows, "
            + BUILT_IN_INSTRUMENTS.filter(b -> b.template.id().equals(builtIn.get()))
                .map(b -> "\"" + b.template.edition() + "\"").mkString(", ")
            + ", got \"" + edition + "\""));
      } else if (items != null && items.isEmpty() && known.get().items.isEmpty()) {
        found = found.add(Violation.of("items", "is required: the items of " + known.get().label()
            + ", which the library ships without (they are the user's)"));
      }
      found.throwIfAny("Instrument");
      if (items == null) {
        return null;
      }
      BuiltInInstrument b = known.get();
      return items.isDefined() ? b.withItems.apply(items.get()) : b.withItems.apply(b.items.get());
    }
    // A definition.
    found = required(found, "id", v.get(INSTRUMENT_ID), Codecs.ID);
    found = required(found, "name", v.get(INSTRUMENT_NAME), Codecs.TEXT);
    found = required(found, "scale", v.get(INSTRUMENT_SCALE), RESPONSE_SCALE);
    found = required(found, "categories", v.get(INSTRUMENT_CATEGORIES), Codecs.list(CATEGORY));
    found = required(found, "factors", v.get(INSTRUMENT_FACTORS), Codecs.list(FACTOR));
    found = required(found, "items", items, Codecs.list(ITEM));
    found.throwIfAny("Instrument");
    Instrument defined = Instrument.builder()
        .id(v.get(INSTRUMENT_ID).get())
        .name(v.get(INSTRUMENT_NAME).get())
        .edition(edition)
        .source(v.get(INSTRUMENT_SOURCE))
        .scale(v.get(INSTRUMENT_SCALE).get())
        .categories(v.get(INSTRUMENT_CATEGORIES).get())
        .factors(v.get(INSTRUMENT_FACTORS).get())
        .items(items.get())
        .build();
    for (BuiltInInstrument b : builtInInstrument(defined.id(), defined.edition())) {
      String rule = "must be as the built-in " + b.label() + " defines it: an instrument of your own needs an id of its own";
      Instrument t = b.template;
      found = differs(found, "name", t.name(), defined.name(), rule);
      found = differs(found, "source", t.source(), defined.source(), rule);
      found = differs(found, "scale", t.scale(), defined.scale(), rule);
      found = differs(found, "categories", t.categories(), defined.categories(), rule);
      found = differs(found, "factors", t.factors(), defined.factors(), rule);
      found.throwIfAny("Instrument");
    }
    return defined;
  }

  /** The schema of an instrument in either form: {@code oneOf} a reference and a definition. */
  private static final ObjectCodec<Instrument> INSTRUMENT_REFERENCE_SCHEMA = ObjectCodec.of(
      "a reference to a built-in instrument", "InstrumentReference",
      List.of(Field.required(BUILT_IN, builtInIds(BUILT_IN_INSTRUMENTS.map(b -> b.template.id()).distinct()), Instrument::id),
          INSTRUMENT_EDITION, Field.optional("items", Codecs.list(ITEM), i -> Option.some(i.items()))),
      v -> null);
  private static final ObjectCodec<Instrument> INSTRUMENT_DEFINITION_SCHEMA = ObjectCodec.of(
      "an instrument's definition", "InstrumentDefinition",
      List.of(Field.required("id", Codecs.ID, Instrument::id), Field.required("name", Codecs.TEXT, Instrument::name),
          INSTRUMENT_EDITION, Field.optional("source", Codecs.TEXT, Instrument::source),
          Field.required("scale", RESPONSE_SCALE, Instrument::scale),
          Field.required("categories", Codecs.list(CATEGORY), Instrument::categories),
          Field.required("factors", Codecs.list(FACTOR), Instrument::factors),
          Field.required("items", Codecs.list(ITEM), Instrument::items)),
      v -> null);

  /** An instrument nested in a document (a survey's, a matrix's): either form, with a {@code oneOf} schema. */
  public static final Codec<Instrument> INSTRUMENT =
      eitherForm(INSTRUMENT_FORM, "Instrument", INSTRUMENT_REFERENCE_SCHEMA, INSTRUMENT_DEFINITION_SCHEMA);

  // ---------------------------------------------------------------------------------------------
  // Surveys.

  private static final Field<SurveyResponse, String> RESPONDENT =
      Field.required("respondent", Codecs.ID, SurveyResponse::respondent);
  private static final Field<SurveyResponse, SortedMap<String, Integer>> ANSWERS =
      Field.required("answers", Codecs.sortedMap(Codecs.INT), ReadinessJson::sortedAnswers);

  private static SortedMap<String, Integer> sortedAnswers(SurveyResponse r) {
    return r.answers() instanceof SortedMap ? (SortedMap<String, Integer>) r.answers() : r.answers().toSortedMap(t -> t);
  }

  /** One respondent's answers: {@code {"respondent": "r01", "answers": {"q1": 4, "q2": 5}}}. */
  public static final ObjectCodec<SurveyResponse> SURVEY_RESPONSE = ObjectCodec.of("a survey response", "SurveyResponse",
      List.of(RESPONDENT, ANSWERS), v -> SurveyResponse.of(v.get(RESPONDENT), v.get(ANSWERS)));

  private static final Field<Survey, Instrument> SURVEY_INSTRUMENT = Field.required("instrument", INSTRUMENT, Survey::instrument);
  private static final Field<Survey, List<SurveyResponse>> SURVEY_RESPONSES =
      Field.required("responses", Codecs.list(SURVEY_RESPONSE), Survey::responses);

  /** A survey: the instrument answered (a built-in by reference) and one response per respondent. */
  public static final ObjectCodec<Survey> SURVEY_FORM = ObjectCodec.of("a survey", "Survey",
      List.of(SURVEY_INSTRUMENT, SURVEY_RESPONSES), v -> Survey.of(v.get(SURVEY_INSTRUMENT), v.get(SURVEY_RESPONSES)));

  // ---------------------------------------------------------------------------------------------
  // The response matrix: one array of answers per respondent.

  /** The rows of a matrix: as read, flat with their lengths; as written, the matrix itself. */
  private static final class Rows {
    final ResponseMatrix matrix;
    final int[] cells;
    final int[] lengths;

    Rows(ResponseMatrix matrix, int[] cells, int[] lengths) {
      this.matrix = matrix;
      this.cells = cells;
      this.lengths = lengths;
    }
  }

  /**
   * Rows of answers, {@code [[4, 5], [3, null]]}, read straight into one primitive array: a whole
   * number per answer, {@code null} for a skipped item.
   */
  private static final Codec<Rows> ROWS = new Codec<>() {
    @Override
    public Rows read(JsonParser p, Path path, Problems problems) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        problems.report(path, "must be " + description() + ", got " + Codecs.got(p));
        p.skipChildren();
        return null;
      }
      long before = problems.count();
      int[] cells = new int[64];
      int[] lengths = new int[16];
      int size = 0;
      int rows = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (rows == lengths.length) {
          lengths = Arrays.copyOf(lengths, rows * 2);
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
          problems.report(path.element(rows), "must be a respondent's answers (an array of whole numbers or null), got "
              + Codecs.got(p));
          p.skipChildren();
          lengths[rows++] = -1;
          continue;
        }
        int c = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          int cell = ResponseMatrix.MISSING;
          if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            cell = p.getIntValue();
            if (cell == ResponseMatrix.MISSING) {
              problems.report(path.element(rows).element(c),
                  "must not be " + cell + ", the code of a skipped item: write null for a skipped item");
            }
          } else if (t != JsonToken.VALUE_NULL) {
            problems.report(path.element(rows).element(c),
                "must be a whole number or null (a skipped item), got " + Codecs.got(p));
            p.skipChildren();
          }
          if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
          }
          cells[size++] = cell;
          c++;
        }
        lengths[rows++] = c;
      }
      return problems.count() == before
          ? new Rows(null, Arrays.copyOf(cells, size), Arrays.copyOf(lengths, rows)) : null;
    }

    @Override
    public void write(JsonGenerator g, Rows value) throws IOException {
      ResponseMatrix m = value.matrix;
      int items = m.instrument().items().size();
      g.writeStartArray();
      for (int r = 0; r < m.respondents(); r++) {
        g.writeStartArray();
        for (int i = 0; i < items; i++) {
          int cell = m.answer(r, i);
          if (cell == ResponseMatrix.MISSING) {
            g.writeNull();
          } else {
            g.writeNumber(cell);
          }
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      ObjectNode cell = Schemas.node();
      cell.putArray("type").add("integer").add("null");
      ObjectNode row = Schemas.node().put("type", "array");
      row.set("items", cell);
      ObjectNode node = Schemas.node().put("type", "array");
      node.set("items", row);
      return node;
    }

    @Override
    public String description() {
      return "rows of answers (an array of arrays of whole numbers or null)";
    }
  };

  private static final Field<ResponseMatrix, Instrument> MATRIX_INSTRUMENT =
      Field.required("instrument", INSTRUMENT, ResponseMatrix::instrument);
  private static final Field<ResponseMatrix, List<String>> MATRIX_ITEMS =
      Field.required("items", Codecs.list(Codecs.ID), m -> m.instrument().items().map(Item::id));
  private static final Field<ResponseMatrix, Rows> MATRIX_ROWS = Field.required("rows", ROWS, m -> new Rows(m, null, null));

  /**
   * A response matrix: {@code {"instrument": …, "items": ["p1", "p2"], "rows": [[4, 5], [3, null]]}},
   * one row per respondent with one answer or {@code null} per item, the columns in the
   * instrument's item order, which {@code items} states and the reader checks.
   */
  public static final ObjectCodec<ResponseMatrix> RESPONSE_MATRIX_FORM = ObjectCodec.of("a response matrix",
      "ResponseMatrix", List.of(MATRIX_INSTRUMENT, MATRIX_ITEMS, MATRIX_ROWS), ReadinessJson::responseMatrix);

  private static ResponseMatrix responseMatrix(ObjectCodec.Values v) {
    Instrument instrument = v.get(MATRIX_INSTRUMENT);
    List<String> items = v.get(MATRIX_ITEMS);
    Rows rows = v.get(MATRIX_ROWS);
    if (instrument == null) {
      return null;
    }
    List<String> ids = instrument.items().map(Item::id);
    Violations found = Violations.none();
    if (items != null && !items.equals(ids)) {
      found = found.add(Violation.of("items", "must be the ids of the instrument's items in its order, "
          + ids.mkString("(", ", ", ")") + ", got " + items.mkString("(", ", ", ")")));
    }
    if (rows != null) {
      for (int r = 0; r < rows.lengths.length; r++) {
        if (rows.lengths[r] != ids.size()) {
          found = found.add(Violation.of("rows[" + r + "]", "must have one answer or null per item of the instrument ("
              + ids.size() + "), got " + rows.lengths[r]));
        }
      }
    }
    found.throwIfAny("ResponseMatrix");
    if (rows == null) {
      return null;
    }
    try {
      return ResponseMatrix.of(instrument, rows.lengths.length, rows.cells);
    } catch (ValidationException e) {
      // The matrix names a cell "cells[r][c] (respondent r, item id)"; the document calls it rows[r][c].
      Check check = sink -> e.forEachViolation(x -> sink.report(
          Violation.of(x.path().replaceFirst("^cells(\\[\\d+\\]\\[\\d+\\]).*$", "rows$1"), x.message())));
      check.throwIfAny("ResponseMatrix");
      throw e;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The Community Readiness Model.

  private static final Field<ReadinessDimension, String> DIMENSION_ID = Field.required("id", Codecs.ID, ReadinessDimension::id);
  private static final Field<ReadinessDimension, String> DIMENSION_NAME =
      Field.required("name", Codecs.TEXT, ReadinessDimension::name);

  /** A dimension: {@code {"id": "leadership", "name": "Leadership"}}. */
  public static final ObjectCodec<ReadinessDimension> READINESS_DIMENSION = ObjectCodec.of("a readiness dimension",
      "ReadinessDimension", List.of(DIMENSION_ID, DIMENSION_NAME),
      v -> ReadinessDimension.of(v.get(DIMENSION_ID), v.get(DIMENSION_NAME)));

  private static final List<CommunityReadinessModel> BUILT_IN_MODELS =
      List.of(CommunityReadinessModel.HANDBOOK_2006, CommunityReadinessModel.HANDBOOK_2014);

  private static Option<CommunityReadinessModel> builtInModel(CommunityReadinessModel m) {
    return BUILT_IN_MODELS.find(m::equals);
  }

  private static final Field<CommunityReadinessModel, Option<String>> MODEL_BUILT_IN =
      Field.optional(BUILT_IN, Codecs.ID, m -> builtInModel(m).map(b -> COMMUNITY_READINESS_MODEL));
  private static final Field<CommunityReadinessModel, String> MODEL_EDITION =
      Field.required("edition", Codecs.TEXT, CommunityReadinessModel::edition);
  private static final Field<CommunityReadinessModel, Option<String>> MODEL_SOURCE =
      Field.optional("source", Codecs.TEXT, m -> builtInModel(m).isDefined() ? Option.none() : m.source());
  private static final Field<CommunityReadinessModel, Option<List<ReadinessDimension>>> MODEL_DIMENSIONS =
      Field.optional("dimensions", Codecs.list(READINESS_DIMENSION),
          m -> builtInModel(m).isDefined() ? Option.none() : Option.some(m.dimensions()));

  /**
   * An edition of the Community Readiness Model in either form: a built-in edition by reference,
   * {@code {"builtIn": "community-readiness-model", "edition": "2014"}}, or a definition of your
   * own, {@code {"edition": "2014 adapted", "source": "…", "dimensions": […]}}, the source
   * optional. A definition under a built-in edition's name must be that edition.
   */
  public static final ObjectCodec<CommunityReadinessModel> COMMUNITY_READINESS_MODEL_FORM = ObjectCodec.of(
      "a Community Readiness Model edition (a built-in reference or a definition)", "CommunityReadinessModelDocument",
      List.of(MODEL_BUILT_IN, MODEL_EDITION, MODEL_SOURCE, MODEL_DIMENSIONS), ReadinessJson::model);

  private static CommunityReadinessModel model(ObjectCodec.Values v) {
    Option<String> builtIn = v.get(MODEL_BUILT_IN);
    String edition = v.get(MODEL_EDITION);
    Option<List<ReadinessDimension>> dimensions = v.get(MODEL_DIMENSIONS);
    if (builtIn == null) {
      return null;
    }
    Violations found = Violations.none();
    if (builtIn.isDefined()) {
      String allowed = "a reference to a built-in model edition has the properties builtIn, edition";
      found = notHere(found, "source", v.get(MODEL_SOURCE), allowed);
      found = notHere(found, "dimensions", dimensions, allowed);
      if (!builtIn.get().equals(COMMUNITY_READINESS_MODEL)) {
        found = found.add(Violation.of(BUILT_IN, "must be a built-in model, " + COMMUNITY_READINESS_MODEL
            + ", got \"" + builtIn.get() + "\""));
      }
      Option<CommunityReadinessModel> known = BUILT_IN_MODELS.find(m -> m.edition().equals(edition));
      if (edition != null && known.isEmpty()) {
        found = found.add(Violation.of("edition", "must be an edition of " + COMMUNITY_READINESS_MODEL
            + " this library knows, " + BUILT_IN_MODELS.map(m -> "\"" + m.edition() + "\"").mkString(", ")
            + ", got \"" + edition + "\""));
      }
      found.throwIfAny("CommunityReadinessModel");
      return known.getOrNull();
    }
    found = required(found, "dimensions", dimensions, Codecs.list(READINESS_DIMENSION));
    found.throwIfAny("CommunityReadinessModel");
    CommunityReadinessModel defined = ImmutableCommunityReadinessModel.builder()
        .edition(edition).source(v.get(MODEL_SOURCE)).dimensions(dimensions.get()).build();
    for (CommunityReadinessModel b : BUILT_IN_MODELS.find(m -> m.edition().equals(defined.edition()))) {
      String rule = "must be as the built-in " + b + " defines it: a model of your own needs an edition of its own";
      found = differs(found, "source", b.source(), defined.source(), rule);
      found = differs(found, "dimensions", b.dimensions(), defined.dimensions(), rule);
      found.throwIfAny("CommunityReadinessModel");
    }
    return defined;
  }

  /** A model edition nested in a document (an assessment's): either form, with a {@code oneOf} schema. */
  public static final Codec<CommunityReadinessModel> COMMUNITY_READINESS_MODEL_EDITION = eitherForm(
      COMMUNITY_READINESS_MODEL_FORM, "CommunityReadinessModel",
      ObjectCodec.of("a reference to a built-in Community Readiness Model edition", "CommunityReadinessModelReference",
          List.of(Field.required(BUILT_IN, builtInIds(List.of(COMMUNITY_READINESS_MODEL)), m -> COMMUNITY_READINESS_MODEL),
              MODEL_EDITION),
          v -> null),
      ObjectCodec.of("a Community Readiness Model edition's definition", "CommunityReadinessModelDefinition",
          List.of(MODEL_EDITION, Field.optional("source", Codecs.TEXT, CommunityReadinessModel::source),
              Field.required("dimensions", Codecs.list(READINESS_DIMENSION), CommunityReadinessModel::dimensions)),
          v -> null));

  private static final Field<DimensionRating, String> RATING_DIMENSION =
      Field.required("dimension", Codecs.ID, DimensionRating::dimension);
  private static final Field<DimensionRating, Double> FIRST_SCORER =
      Field.required("firstScorer", Codecs.DOUBLE, DimensionRating::firstScorer);
  private static final Field<DimensionRating, Double> SECOND_SCORER =
      Field.required("secondScorer", Codecs.DOUBLE, DimensionRating::secondScorer);
  private static final Field<DimensionRating, Option<Double>> CONSENSUS =
      Field.optional("consensus", Codecs.DOUBLE, DimensionRating::consensus);

  /**
   * A dimension rating: {@code {"dimension": "leadership", "firstScorer": 3, "secondScorer": 5,
   * "consensus": 4}}, the consensus absent when the scorers agreed.
   */
  public static final ObjectCodec<DimensionRating> DIMENSION_RATING = ObjectCodec.of("a dimension rating", "DimensionRating",
      List.of(RATING_DIMENSION, FIRST_SCORER, SECOND_SCORER, CONSENSUS),
      v -> ImmutableDimensionRating.builder().dimension(v.get(RATING_DIMENSION)).firstScorer(v.get(FIRST_SCORER))
          .secondScorer(v.get(SECOND_SCORER)).consensus(v.get(CONSENSUS)).build());

  private static final Field<Interview, String> INTERVIEW_ID = Field.required("id", Codecs.ID, Interview::id);
  private static final Field<Interview, List<DimensionRating>> INTERVIEW_RATINGS =
      Field.required("ratings", Codecs.list(DIMENSION_RATING), Interview::ratings);

  /** An interview: {@code {"id": "principal", "ratings": […]}}. */
  public static final ObjectCodec<Interview> INTERVIEW = ObjectCodec.of("an interview", "Interview",
      List.of(INTERVIEW_ID, INTERVIEW_RATINGS), v -> Interview.of(v.get(INTERVIEW_ID), v.get(INTERVIEW_RATINGS)));

  private static final Field<ReadinessAssessment, CommunityReadinessModel> ASSESSMENT_MODEL =
      Field.required("model", COMMUNITY_READINESS_MODEL_EDITION, ReadinessAssessment::model);
  private static final Field<ReadinessAssessment, String> ASSESSMENT_ISSUE =
      Field.required("issue", Codecs.TEXT, ReadinessAssessment::issue);
  private static final Field<ReadinessAssessment, List<Interview>> ASSESSMENT_INTERVIEWS =
      Field.required("interviews", Codecs.list(INTERVIEW), ReadinessAssessment::interviews);

  /** A Community Readiness assessment: the model edition (a built-in by reference), the issue and the interviews. */
  public static final ObjectCodec<ReadinessAssessment> READINESS_ASSESSMENT_FORM = ObjectCodec.of(
      "a readiness assessment", "ReadinessAssessment", List.of(ASSESSMENT_MODEL, ASSESSMENT_ISSUE, ASSESSMENT_INTERVIEWS),
      v -> ReadinessAssessment.of(v.get(ASSESSMENT_MODEL), v.get(ASSESSMENT_ISSUE), v.get(ASSESSMENT_INTERVIEWS)));

  // ---------------------------------------------------------------------------------------------
  // Ladders.

  private static final Field<LadderStep, String> STEP_ID = Field.required("id", Codecs.ID, LadderStep::id);
  private static final Field<LadderStep, String> STEP_STATEMENT = Field.required("statement", Codecs.TEXT, LadderStep::statement);

  /** A ladder step: {@code {"id": "A", "statement": "Our organization acts independently"}}. */
  public static final ObjectCodec<LadderStep> LADDER_STEP = ObjectCodec.of("a ladder step", "LadderStep",
      List.of(STEP_ID, STEP_STATEMENT), v -> LadderStep.of(v.get(STEP_ID), v.get(STEP_STATEMENT)));

  private static final List<Ladder> BUILT_IN_LADDERS =
      List.of(CommunityCollaborativeAssessment.CONSTITUENT, CommunityCollaborativeAssessment.ORGANIZATION);

  private static Option<Ladder> builtInLadder(Ladder l) {
    return BUILT_IN_LADDERS.find(l::equals);
  }

  private static final Field<Ladder, Option<String>> LADDER_BUILT_IN =
      Field.optional(BUILT_IN, Codecs.ID, l -> builtInLadder(l).map(Ladder::id));
  private static final Field<Ladder, Option<String>> LADDER_ID =
      Field.optional("id", Codecs.ID, l -> builtInLadder(l).isDefined() ? Option.none() : Option.some(l.id()));
  private static final Field<Ladder, Option<String>> LADDER_NAME =
      Field.optional("name", Codecs.TEXT, l -> builtInLadder(l).isDefined() ? Option.none() : Option.some(l.name()));
  private static final Field<Ladder, Option<List<LadderStep>>> LADDER_STEPS = Field.optional("steps",
      Codecs.list(LADDER_STEP), l -> builtInLadder(l).isDefined() ? Option.none() : Option.some(l.steps()));

  /**
   * A ladder in either form: a built-in ladder of the Community Collaborative Assessment by
   * reference, {@code {"builtIn": "organization"}}, or a definition, {@code {"id", "name",
   * "steps"}}. A definition under a built-in ladder's id must be that ladder.
   */
  public static final ObjectCodec<Ladder> LADDER_FORM = ObjectCodec.of("a ladder (a built-in reference or a definition)",
      "LadderDocument", List.of(LADDER_BUILT_IN, LADDER_ID, LADDER_NAME, LADDER_STEPS), ReadinessJson::ladder);

  private static Ladder ladder(ObjectCodec.Values v) {
    Option<String> builtIn = v.get(LADDER_BUILT_IN);
    Option<List<LadderStep>> steps = v.get(LADDER_STEPS);
    if (builtIn == null) {
      return null;
    }
    Violations found = Violations.none();
    if (builtIn.isDefined()) {
      String allowed = "a reference to a built-in ladder has the property builtIn";
      found = notHere(found, "id", v.get(LADDER_ID), allowed);
      found = notHere(found, "name", v.get(LADDER_NAME), allowed);
      found = notHere(found, "steps", steps, allowed);
      Option<Ladder> known = BUILT_IN_LADDERS.find(l -> l.id().equals(builtIn.get()));
      if (known.isEmpty()) {
        found = found.add(Violation.of(BUILT_IN, "must be a built-in ladder, one of "
            + BUILT_IN_LADDERS.map(Ladder::id).mkString(", ") + ", got \"" + builtIn.get() + "\""));
      }
      found.throwIfAny("Ladder");
      return known.getOrNull();
    }
    found = required(found, "id", v.get(LADDER_ID), Codecs.ID);
    found = required(found, "name", v.get(LADDER_NAME), Codecs.TEXT);
    found = required(found, "steps", steps, Codecs.list(LADDER_STEP));
    found.throwIfAny("Ladder");
    Ladder defined = Ladder.of(v.get(LADDER_ID).get(), v.get(LADDER_NAME).get(), steps.get());
    for (Ladder b : BUILT_IN_LADDERS.find(l -> l.id().equals(defined.id()))) {
      String rule = "must be as the built-in " + b.id() + " ladder of the Community Collaborative Assessment "
          + "defines it: a ladder of your own needs an id of its own";
      found = differs(found, "name", b.name(), defined.name(), rule);
      found = differs(found, "steps", b.steps(), defined.steps(), rule);
      found.throwIfAny("Ladder");
    }
    return defined;
  }

  /** A ladder nested in a document: either form, with a {@code oneOf} schema. */
  public static final Codec<Ladder> LADDER_EITHER = eitherForm(LADDER_FORM, "Ladder",
      ObjectCodec.of("a reference to a built-in ladder", "LadderReference",
          List.of(Field.required(BUILT_IN, builtInIds(BUILT_IN_LADDERS.map(Ladder::id)), Ladder::id)), v -> null),
      ObjectCodec.of("a ladder's definition", "LadderDefinition",
          List.of(Field.required("id", Codecs.ID, Ladder::id), Field.required("name", Codecs.TEXT, Ladder::name),
              Field.required("steps", Codecs.list(LADDER_STEP), Ladder::steps)),
          v -> null));

  private static final Field<LadderResponse, String> LADDER_RESPONDENT =
      Field.required("respondent", Codecs.ID, LadderResponse::respondent);
  private static final Field<LadderResponse, SortedSet<String>> CHECKED =
      Field.required("checked", Codecs.sortedSet(Codecs.ID), LadderResponse::checked);

  /** A respondent's checks on a ladder: {@code {"respondent": "r01", "checked": ["A", "B", "D"]}}, no step twice. */
  public static final ObjectCodec<LadderResponse> LADDER_RESPONSE_FORM = ObjectCodec.of("a ladder response",
      "LadderResponse", List.of(LADDER_RESPONDENT, CHECKED),
      v -> LadderResponse.of(v.get(LADDER_RESPONDENT), v.get(CHECKED)));

  // ---------------------------------------------------------------------------------------------
  // Results.

  private static final Field<SurveyScoring, Bands> RULES_BANDS =
      Field.withDefault("bands", BANDS, SurveyScoring::bands, () -> Bands.WILDER);
  private static final Field<SurveyScoring, Integer> RULES_MINIMUM =
      Field.withDefault("minimumRespondents", Codecs.INT, SurveyScoring::minimumRespondents, () -> 3);

  /** Survey scoring rules: {@code {"bands": {…}, "minimumRespondents": 3}}, the defaults when absent. */
  public static final ObjectCodec<SurveyScoring> SURVEY_SCORING = ObjectCodec.of("survey scoring rules", "SurveyScoring",
      List.of(RULES_BANDS, RULES_MINIMUM),
      v -> ImmutableSurveyScoring.builder().bands(v.get(RULES_BANDS)).minimumRespondents(v.get(RULES_MINIMUM)).build());

  private static final Field<FactorScore, Factor> FS_FACTOR = Field.required("factor", FACTOR, FactorScore::factor);
  private static final Field<FactorScore, FactorStatus> FS_STATUS = Field.required("status", FACTOR_STATUS, FactorScore::status);
  private static final Field<FactorScore, Long> FS_RESPONDENTS = Field.required("respondents", Codecs.LONG, FactorScore::respondents);
  private static final Field<FactorScore, Long> FS_ANSWERS = Field.required("answers", Codecs.LONG, FactorScore::answers);
  private static final Field<FactorScore, Option<Double>> FS_MEAN = Field.optional("mean", Codecs.DOUBLE, FactorScore::mean);
  private static final Field<FactorScore, Option<Double>> FS_SD =
      Field.optional("standardDeviation", Codecs.DOUBLE, FactorScore::standardDeviation);
  private static final Field<FactorScore, List<Long>> FS_DISTRIBUTION =
      Field.required("distribution", Codecs.list(Codecs.LONG), FactorScore::distribution);
  private static final Field<FactorScore, Option<Band>> FS_BAND = Field.optional("band", BAND, FactorScore::band);
  private static final Field<FactorScore, Option<Double>> FS_ALPHA = Field.optional("alpha", Codecs.DOUBLE, FactorScore::alpha);
  private static final Field<FactorScore, Message> FS_ALPHA_BASIS = Field.required("alphaBasis", Codecs.MESSAGE, FactorScore::alphaBasisMessage);
  private static final Field<FactorScore, List<String>> FS_USED =
      Field.required("itemsUsed", Codecs.list(Codecs.ID), FactorScore::itemsUsed);
  private static final Field<FactorScore, List<String>> FS_MISSING =
      Field.required("itemsMissing", Codecs.list(Codecs.ID), FactorScore::itemsMissing);
  private static final Field<FactorScore, Message> FS_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, FactorScore::explanationMessage);

  /** A factor score, every figure as computed; the optional ones absent when undefined. */
  public static final ObjectCodec<FactorScore> FACTOR_SCORE_FORM = ObjectCodec.of("a factor score", "FactorScore",
      List.of(FS_FACTOR, FS_STATUS, FS_RESPONDENTS, FS_ANSWERS, FS_MEAN, FS_SD, FS_DISTRIBUTION, FS_BAND, FS_ALPHA,
          FS_ALPHA_BASIS, FS_USED, FS_MISSING, FS_EXPLANATION),
      v -> ImmutableFactorScore.builder().factor(v.get(FS_FACTOR)).status(v.get(FS_STATUS))
          .respondents(v.get(FS_RESPONDENTS)).answers(v.get(FS_ANSWERS)).mean(v.get(FS_MEAN))
          .standardDeviation(v.get(FS_SD)).distribution(v.get(FS_DISTRIBUTION)).band(v.get(FS_BAND))
          .alpha(v.get(FS_ALPHA)).alphaBasisMessage(v.get(FS_ALPHA_BASIS)).itemsUsed(v.get(FS_USED))
          .itemsMissing(v.get(FS_MISSING)).explanationMessage(v.get(FS_EXPLANATION)).build());

  private static final Field<SurveyScore, String> SS_INSTRUMENT = Field.required("instrument", Codecs.ID, SurveyScore::instrument);
  private static final Field<SurveyScore, String> SS_EDITION = Field.required("edition", Codecs.TEXT, SurveyScore::edition);
  private static final Field<SurveyScore, SurveyScoring> SS_RULES = Field.required("rules", SURVEY_SCORING, SurveyScore::rules);
  private static final Field<SurveyScore, Long> SS_RESPONDENTS = Field.required("respondents", Codecs.LONG, SurveyScore::respondents);
  private static final Field<SurveyScore, List<FactorScore>> SS_FACTORS =
      Field.required("factors", Codecs.list(FACTOR_SCORE_FORM), SurveyScore::factors);

  /** A survey's scores: the instrument's id and edition, the rules, the respondents and every factor's score. */
  public static final ObjectCodec<SurveyScore> SURVEY_SCORE_FORM = ObjectCodec.of("a survey score", "SurveyScore",
      List.of(SS_INSTRUMENT, SS_EDITION, SS_RULES, SS_RESPONDENTS, SS_FACTORS),
      v -> ImmutableSurveyScore.builder().instrument(v.get(SS_INSTRUMENT)).edition(v.get(SS_EDITION))
          .rules(v.get(SS_RULES)).respondents(v.get(SS_RESPONDENTS)).factors(v.get(SS_FACTORS)).build());

  private static final Field<DimensionStage, ReadinessDimension> DS_DIMENSION =
      Field.required("dimension", READINESS_DIMENSION, DimensionStage::dimension);
  private static final Field<DimensionStage, Double> DS_SCORE = Field.required("score", Codecs.DOUBLE, DimensionStage::score);
  private static final Field<DimensionStage, ReadinessStage> DS_STAGE = Field.required("stage", READINESS_STAGE, DimensionStage::stage);
  private static final Field<DimensionStage, Integer> DS_INTERVIEWS = Field.required("interviews", Codecs.INT, DimensionStage::interviews);
  private static final Field<DimensionStage, Double> DS_EXACT =
      Field.required("exactAgreement", Codecs.DOUBLE, DimensionStage::exactAgreement);
  private static final Field<DimensionStage, Double> DS_WITHIN_ONE =
      Field.required("agreementWithinOne", Codecs.DOUBLE, DimensionStage::agreementWithinOne);
  private static final Field<DimensionStage, Message> DS_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, DimensionStage::explanationMessage);

  /** One dimension's result: its score, stage, interviews, the scorers' agreement and the explanation. */
  public static final ObjectCodec<DimensionStage> DIMENSION_STAGE_FORM = ObjectCodec.of("a dimension stage",
      "DimensionStage", List.of(DS_DIMENSION, DS_SCORE, DS_STAGE, DS_INTERVIEWS, DS_EXACT, DS_WITHIN_ONE, DS_EXPLANATION),
      v -> ImmutableDimensionStage.builder().dimension(v.get(DS_DIMENSION)).score(v.get(DS_SCORE))
          .stage(v.get(DS_STAGE)).interviews(v.get(DS_INTERVIEWS)).exactAgreement(v.get(DS_EXACT))
          .agreementWithinOne(v.get(DS_WITHIN_ONE)).explanationMessage(v.get(DS_EXPLANATION)).build());

  private static final Field<CommunityReadinessScore, String> CRS_EDITION =
      Field.required("edition", Codecs.TEXT, CommunityReadinessScore::edition);
  private static final Field<CommunityReadinessScore, String> CRS_ISSUE =
      Field.required("issue", Codecs.TEXT, CommunityReadinessScore::issue);
  private static final Field<CommunityReadinessScore, List<DimensionStage>> CRS_DIMENSIONS =
      Field.required("dimensions", Codecs.list(DIMENSION_STAGE_FORM), CommunityReadinessScore::dimensions);
  private static final Field<CommunityReadinessScore, Double> CRS_SCORE =
      Field.required("score", Codecs.DOUBLE, CommunityReadinessScore::score);
  private static final Field<CommunityReadinessScore, ReadinessStage> CRS_STAGE =
      Field.required("stage", READINESS_STAGE, CommunityReadinessScore::stage);
  private static final Field<CommunityReadinessScore, Double> CRS_EXACT =
      Field.required("exactAgreement", Codecs.DOUBLE, CommunityReadinessScore::exactAgreement);
  private static final Field<CommunityReadinessScore, Double> CRS_WITHIN_ONE =
      Field.required("agreementWithinOne", Codecs.DOUBLE, CommunityReadinessScore::agreementWithinOne);
  private static final Field<CommunityReadinessScore, Message> CRS_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, CommunityReadinessScore::explanationMessage);

  /** A community's readiness: the edition, the issue, every dimension's stage, the overall score and stage. */
  public static final ObjectCodec<CommunityReadinessScore> COMMUNITY_READINESS_SCORE_FORM = ObjectCodec.of(
      "a community readiness score", "CommunityReadinessScore",
      List.of(CRS_EDITION, CRS_ISSUE, CRS_DIMENSIONS, CRS_SCORE, CRS_STAGE, CRS_EXACT, CRS_WITHIN_ONE, CRS_EXPLANATION),
      v -> ImmutableCommunityReadinessScore.builder().edition(v.get(CRS_EDITION)).issue(v.get(CRS_ISSUE))
          .dimensions(v.get(CRS_DIMENSIONS)).score(v.get(CRS_SCORE)).stage(v.get(CRS_STAGE))
          .exactAgreement(v.get(CRS_EXACT)).agreementWithinOne(v.get(CRS_WITHIN_ONE))
          .explanationMessage(v.get(CRS_EXPLANATION)).build());

  private static final Field<LadderPosition, String> LP_RESPONDENT =
      Field.required("respondent", Codecs.ID, LadderPosition::respondent);
  private static final Field<LadderPosition, Option<String>> LP_HIGHEST =
      Field.optional("highest", Codecs.ID, LadderPosition::highest);
  private static final Field<LadderPosition, List<String>> LP_SKIPPED =
      Field.required("skipped", Codecs.list(Codecs.ID), LadderPosition::skipped);

  /** A respondent's place on a ladder: {@code {"respondent": "r01", "highest": "D", "skipped": ["B"]}}. */
  public static final ObjectCodec<LadderPosition> LADDER_POSITION = ObjectCodec.of("a ladder position", "LadderPosition",
      List.of(LP_RESPONDENT, LP_HIGHEST, LP_SKIPPED),
      v -> ImmutableLadderPosition.builder().respondent(v.get(LP_RESPONDENT)).highest(v.get(LP_HIGHEST))
          .skipped(v.get(LP_SKIPPED)).build());

  private static final Field<LadderProfile, String> PROFILE_LADDER = Field.required("ladder", Codecs.ID, LadderProfile::ladder);
  private static final Field<LadderProfile, List<LadderPosition>> PROFILE_POSITIONS =
      Field.required("positions", Codecs.list(LADDER_POSITION), LadderProfile::positions);
  private static final Field<LadderProfile, List<Integer>> PROFILE_DISTRIBUTION =
      Field.required("distribution", Codecs.list(Codecs.INT), LadderProfile::distribution);
  private static final Field<LadderProfile, Message> PROFILE_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, LadderProfile::explanationMessage);

  /** Where respondents stand on a ladder: the ladder's id, each position, the distribution and the explanation. */
  public static final ObjectCodec<LadderProfile> LADDER_PROFILE_FORM = ObjectCodec.of("a ladder profile", "LadderProfile",
      List.of(PROFILE_LADDER, PROFILE_POSITIONS, PROFILE_DISTRIBUTION, PROFILE_EXPLANATION),
      v -> ImmutableLadderProfile.builder().ladder(v.get(PROFILE_LADDER)).positions(v.get(PROFILE_POSITIONS))
          .distribution(v.get(PROFILE_DISTRIBUTION)).explanationMessage(v.get(PROFILE_EXPLANATION)).build());

  // ---------------------------------------------------------------------------------------------
  // Documents.

  /** An instrument, {@code commonground.instrument}: a built-in by reference, or a definition. */
  public static final DocumentKind<Instrument> INSTRUMENT_DOCUMENT =
      DocumentKind.of("instrument", Instrument.class, INSTRUMENT_FORM);

  /** A survey, {@code commonground.survey}: an instrument's responses. */
  public static final DocumentKind<Survey> SURVEY = DocumentKind.of("survey", Survey.class, SURVEY_FORM);

  /** A response matrix, {@code commonground.response-matrix}: a survey's answers, one array per respondent. */
  public static final DocumentKind<ResponseMatrix> RESPONSE_MATRIX =
      DocumentKind.of("response-matrix", ResponseMatrix.class, RESPONSE_MATRIX_FORM);

  /** An edition of the Community Readiness Model, {@code commonground.community-readiness-model}. */
  public static final DocumentKind<CommunityReadinessModel> COMMUNITY_READINESS_MODEL_DOCUMENT =
      DocumentKind.of("community-readiness-model", CommunityReadinessModel.class, COMMUNITY_READINESS_MODEL_FORM);

  /** A Community Readiness assessment, {@code commonground.readiness-assessment}: the interviews and their ratings. */
  public static final DocumentKind<ReadinessAssessment> READINESS_ASSESSMENT =
      DocumentKind.of("readiness-assessment", ReadinessAssessment.class, READINESS_ASSESSMENT_FORM);

  /** A ladder, {@code commonground.ladder}: a built-in by reference, or a definition. */
  public static final DocumentKind<Ladder> LADDER = DocumentKind.of("ladder", Ladder.class, LADDER_FORM);

  /** A respondent's checks on a ladder, {@code commonground.ladder-response}. */
  public static final DocumentKind<LadderResponse> LADDER_RESPONSE =
      DocumentKind.of("ladder-response", LadderResponse.class, LADDER_RESPONSE_FORM);

  /** A survey's scores, {@code commonground.survey-score}. */
  public static final DocumentKind<SurveyScore> SURVEY_SCORE = DocumentKind.of("survey-score", SurveyScore.class, SURVEY_SCORE_FORM);

  /** One factor's score, {@code commonground.factor-score}. */
  public static final DocumentKind<FactorScore> FACTOR_SCORE = DocumentKind.of("factor-score", FactorScore.class, FACTOR_SCORE_FORM);

  /** A community's readiness, {@code commonground.community-readiness-score}. */
  public static final DocumentKind<CommunityReadinessScore> COMMUNITY_READINESS_SCORE =
      DocumentKind.of("community-readiness-score", CommunityReadinessScore.class, COMMUNITY_READINESS_SCORE_FORM);

  /** One dimension's stage, {@code commonground.dimension-stage}. */
  public static final DocumentKind<DimensionStage> DIMENSION_STAGE =
      DocumentKind.of("dimension-stage", DimensionStage.class, DIMENSION_STAGE_FORM);

  /** Where respondents stand on a ladder, {@code commonground.ladder-profile}. */
  public static final DocumentKind<LadderProfile> LADDER_PROFILE =
      DocumentKind.of("ladder-profile", LadderProfile.class, LADDER_PROFILE_FORM);

  /** The document kinds of this domain. */
  static final List<DocumentKind<?>> DOCUMENTS = List.of(INSTRUMENT_DOCUMENT, SURVEY, RESPONSE_MATRIX,
      COMMUNITY_READINESS_MODEL_DOCUMENT, READINESS_ASSESSMENT, LADDER, LADDER_RESPONSE, SURVEY_SCORE, FACTOR_SCORE,
      COMMUNITY_READINESS_SCORE, DIMENSION_STAGE, LADDER_PROFILE);

  /** The codecs of this domain's types, for {@link CommonGroundModule}. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Band.class, BAND),
      Binding.of(ReadinessStage.class, READINESS_STAGE),
      Binding.of(FactorStatus.class, FACTOR_STATUS),
      Binding.of(Bands.class, BANDS),
      Binding.of(Category.class, CATEGORY),
      Binding.of(Factor.class, FACTOR),
      Binding.of(Item.class, ITEM),
      Binding.of(ResponseScale.class, RESPONSE_SCALE),
      Binding.of(Instrument.class, INSTRUMENT),
      Binding.of(SurveyResponse.class, SURVEY_RESPONSE),
      Binding.of(Survey.class, SURVEY_FORM),
      Binding.of(ResponseMatrix.class, RESPONSE_MATRIX_FORM),
      Binding.of(ReadinessDimension.class, READINESS_DIMENSION),
      Binding.of(CommunityReadinessModel.class, COMMUNITY_READINESS_MODEL_EDITION),
      Binding.of(DimensionRating.class, DIMENSION_RATING),
      Binding.of(Interview.class, INTERVIEW),
      Binding.of(ReadinessAssessment.class, READINESS_ASSESSMENT_FORM),
      Binding.of(LadderStep.class, LADDER_STEP),
      Binding.of(Ladder.class, LADDER_EITHER),
      Binding.of(LadderResponse.class, LADDER_RESPONSE_FORM),
      Binding.of(SurveyScoring.class, SURVEY_SCORING),
      Binding.of(FactorScore.class, FACTOR_SCORE_FORM),
      Binding.of(SurveyScore.class, SURVEY_SCORE_FORM),
      Binding.of(DimensionStage.class, DIMENSION_STAGE_FORM),
      Binding.of(CommunityReadinessScore.class, COMMUNITY_READINESS_SCORE_FORM),
      Binding.of(LadderPosition.class, LADDER_POSITION),
      Binding.of(LadderProfile.class, LADDER_PROFILE_FORM));

  // ---------------------------------------------------------------------------------------------
  // Helpers.

  /** An id restricted to the ids of built-ins, for a reference's schema; read as any id. */
  private static Codec<String> builtInIds(List<String> ids) {
    return new Codec<>() {
      @Override
      public String read(JsonParser p, Path path, Problems problems) throws IOException {
        return Codecs.ID.read(p, path, problems);
      }

      @Override
      public void write(JsonGenerator g, String value) throws IOException {
        Codecs.ID.write(g, value);
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.node();
        ArrayNode values = node.putArray("enum");
        ids.forEach(values::add);
        return node;
      }

      @Override
      public String description() {
        return "the id of a built-in";
      }
    };
  }

  /**
   * A value read and written by its two-form codec, whose schema is {@code oneOf} the two forms,
   * each exact: the two-form codec's own schema can only say that every property is optional.
   */
  private static <T> Codec<T> eitherForm(ObjectCodec<T> form, String definition, ObjectCodec<T> reference,
      ObjectCodec<T> full) {
    return RelationshipJson.withSchema(form, definition, schemas -> {
      ObjectNode node = Schemas.node().put("description", form.description());
      node.putArray("oneOf")
          .add(reference.properties(schemas, Schemas.node()))
          .add(full.properties(schemas, Schemas.node()));
      return node;
    });
  }

  /** A property of a definition given in a reference; null means it failed to read and is reported. */
  private static Violations notHere(Violations found, String name, Option<?> value, String allowed) {
    return value != null && value.isDefined() ? found.add(Violation.of(name, "must not be here: " + allowed)) : found;
  }

  /** A property a definition needs; null means it failed to read and is reported already. */
  private static Violations required(Violations found, String name, Option<?> value, Codec<?> codec) {
    return value != null && value.isEmpty() ? found.add(Violation.of(name, "is required: " + codec.description())) : found;
  }

  /**
   * Where a definition differs from the built-in it claims to be: each differing element of a list
   * of the same length, else the property as a whole.
   */
  private static Violations differs(Violations found, String name, Object builtIn, Object given, String rule) {
    if (Objects.equals(builtIn, given)) {
      return found;
    }
    if (builtIn instanceof Seq && given instanceof Seq && ((Seq<?>) builtIn).size() == ((Seq<?>) given).size()) {
      Seq<?> expected = (Seq<?>) builtIn;
      Seq<?> actual = (Seq<?>) given;
      for (int i = 0; i < expected.size(); i++) {
        if (!Objects.equals(expected.get(i), actual.get(i))) {
          found = found.add(Violation.of(name + "[" + i + "]", rule));
        }
      }
      return found;
    }
    return found.add(Violation.of(name, rule));
  }
}
