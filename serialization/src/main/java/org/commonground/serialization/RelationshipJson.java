// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.function.Function;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.relationship.Activity;
import org.commonground.core.relationship.Challenge;
import org.commonground.core.relationship.Classification;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.Fit;
import org.commonground.core.relationship.FitQuestion;
import org.commonground.core.relationship.GroundRule;
import org.commonground.core.relationship.GroundRules;
import org.commonground.core.relationship.ImmutableClassification;
import org.commonground.core.relationship.ImmutableFit;
import org.commonground.core.relationship.ImmutableLevel;
import org.commonground.core.relationship.ImmutableShortfall;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.relationship.Partnership;
import org.commonground.core.relationship.Reason;
import org.commonground.core.relationship.ReasonCode;
import org.commonground.core.relationship.Shortfall;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.relationship.AsymmetricPair;
import org.commonground.scoring.relationship.ImmutableAsymmetricPair;
import org.commonground.scoring.relationship.ImmutableLevelShare;
import org.commonground.scoring.relationship.ImmutableMemberMeasures;
import org.commonground.scoring.relationship.ImmutableNetworkMeasures;
import org.commonground.scoring.relationship.ImmutablePartnerRatingSummary;
import org.commonground.scoring.relationship.LevelShare;
import org.commonground.scoring.relationship.MemberMeasures;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.PartnerRatingSummary;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.Field;
import org.commonground.serialization.codec.ObjectCodec;
import org.commonground.serialization.codec.Path;
import org.commonground.serialization.codec.Problems;
import org.commonground.serialization.codec.Schemas;

/**
 * The JSON forms of relationship types ({@code org.commonground.core.relationship}) and of their
 * scoring ({@code org.commonground.scoring.relationship}).
 *
 * <p><b>Built-in continua by reference.</b> Where a document holds a continuum (a partnership, a
 * fit question, partner ratings), a built-in continuum of {@link Continua} is written as a
 * reference, never repeated:
 *
 * <pre>{@code
 * "continuum": {"builtIn": "community-tool-box"}
 * "continuum": {"builtIn": "community-tool-box", "multisector": ["PUBLIC", "COMMUNITY"]}
 * "continuum": {"builtIn": "levels-of-collaboration"}
 * }</pre>
 *
 * <p>The {@code multisector} form is {@link Continua#communityToolBox(Set)}: the sectors a
 * multisector collaboration must span, left out when they are the default public, private and
 * nonprofit. Writing a continuum equal to a built-in writes its reference. A custom continuum is
 * written in full, with its own id: {@code {"id": …, "name": …, "source": …, "cumulative": …,
 * "activities": […], "requirements": […], "levels": […]}}, each level without its continuum and
 * rank (its continuum's id and its place in the list). A full definition under a built-in's id is
 * read as the built-in when it is equal to it and refused otherwise:
 * {@code $.continuum.id: "community-tool-box" is a built-in continuum; refer to it by id, or give
 * a custom continuum its own id}.
 *
 * <p><b>Levels by id.</b> Within a document that holds its continuum, a level is its id:
 * a partnership's {@code currentLevel}, a fit question's {@code necessary} and {@code current},
 * a fit's {@code feasible}, {@code recommended}, {@code nextStep} and each shortfall's
 * {@code level}. Results that carry only a continuum's id (a classification, a partner rating
 * summary) hold their levels in full, with {@code continuum} and {@code rank}.
 *
 * <pre>{@code
 * String json = CommonGroundJson.write(RelationshipJson.PARTNERSHIP, partnership);
 * // {"format":"commonground.partnership","version":1,"name":"Eastside Youth Partnership",
 * //  "members":[…],"commonGoal":"…","continuum":{"builtIn":"community-tool-box"},
 * //  "currentLevel":"coordination","groundRules":{"agreed":{}},"challenges":[]}
 * Partnership back = CommonGroundJson.read(RelationshipJson.PARTNERSHIP, json);
 * }</pre>
 */
public final class RelationshipJson {

  private RelationshipJson() {}

  /** The id a level read inside a continuum carries until the continuum gives it its own. */
  private static final String DRAFT = "draft";

  private static final Codec<Sector.Kind> SECTOR_KIND = Codecs.enumeration(Sector.Kind.class, "a sector kind");
  private static final Codec<Set<Sector.Kind>> SECTOR_KINDS = Codecs.set(SECTOR_KIND);

  // ---------------------------------------------------------------- activities and levels

  private static final Field<Activity, String> A_ID = Field.required("id", Codecs.ID, Activity::id);
  private static final Field<Activity, String> A_DESCRIPTION =
      Field.required("description", Codecs.TEXT, Activity::description);

  /** An activity: {@code {"id": "share-resources", "description": "Share resources: …"}}. */
  public static final Codec<Activity> ACTIVITY = ObjectCodec.of("an activity", "Activity",
      List.of(A_ID, A_DESCRIPTION), v -> Activity.of(v.get(A_ID), v.get(A_DESCRIPTION)));

  private static final Field<Level, String> L_CONTINUUM = Field.required("continuum", Codecs.ID, Level::continuum);
  private static final Field<Level, Integer> L_RANK = Field.required("rank", Codecs.INT, Level::rank);
  private static final Field<Level, String> L_ID = Field.required("id", Codecs.ID, Level::id);
  private static final Field<Level, String> L_NAME = Field.required("name", Codecs.TEXT, Level::name);
  private static final Field<Level, String> L_DEFINITION = Field.required("definition", Codecs.TEXT, Level::definition);
  private static final Field<Level, List<String>> L_ACTIVITIES =
      Field.withDefault("activities", Codecs.list(Codecs.ID), Level::activities, List::empty);
  private static final Field<Level, SortedMap<String, Integer>> L_REQUIREMENTS =
      Field.withDefault("requirements", Codecs.sortedMap(Codecs.INT), Level::requirements, TreeMap::empty);
  private static final Field<Level, Set<Sector.Kind>> L_REQUIRED_SECTORS =
      Field.withDefault("requiredSectors", SECTOR_KINDS, Level::requiredSectors, TreeSet::empty);
  private static final Field<Level, SortedMap<String, String>> L_CHARACTERISTICS =
      Field.withDefault("characteristics", Codecs.sortedMap(Codecs.STRING), Level::characteristics, TreeMap::empty);

  /**
   * A level on its own, with its continuum's id and its rank: {@code {"continuum":
   * "community-tool-box", "rank": 2, "id": "cooperation", "name": "Cooperation", "definition": …,
   * "activities": […], "requirements": {"trust": 3, …}, "requiredSectors": [], "characteristics": {}}}.
   */
  public static final Codec<Level> LEVEL = ObjectCodec.of("a level", "Level",
      List.of(L_CONTINUUM, L_RANK, L_ID, L_NAME, L_DEFINITION, L_ACTIVITIES, L_REQUIREMENTS, L_REQUIRED_SECTORS,
          L_CHARACTERISTICS),
      v -> levelBuilder(v).continuum(v.get(L_CONTINUUM)).rank(v.get(L_RANK)).build());

  /** A level inside its continuum's definition: without continuum and rank, which the continuum gives. */
  private static final ObjectCodec<Level> LEVEL_IN_CONTINUUM = ObjectCodec.of("a level", "ContinuumLevel",
      List.of(L_ID, L_NAME, L_DEFINITION, L_ACTIVITIES, L_REQUIREMENTS, L_REQUIRED_SECTORS, L_CHARACTERISTICS),
      v -> levelBuilder(v).continuum(DRAFT).rank(0).build());

  private static ImmutableLevel.Builder levelBuilder(ObjectCodec.Values v) {
    return Level.builder()
        .id(v.get(L_ID))
        .name(v.get(L_NAME))
        .definition(v.get(L_DEFINITION))
        .activities(orElse(v.get(L_ACTIVITIES), List.empty()))
        .requirements(orElse(v.get(L_REQUIREMENTS), TreeMap.empty()))
        .requiredSectors(orElse(v.get(L_REQUIRED_SECTORS), TreeSet.empty()))
        .characteristics(orElse(v.get(L_CHARACTERISTICS), TreeMap.empty()));
  }

  // ---------------------------------------------------------------- continua

  private static final List<String> BUILT_IN_CONTINUA =
      List.of(Continua.COMMUNITY_TOOL_BOX_ID, Continua.LEVELS_OF_COLLABORATION.id());

  private static final Set<Sector.Kind> DEFAULT_MULTISECTOR =
      Continua.COMMUNITY_TOOL_BOX.levels().last().requiredSectors();

  /**
   * The built-in a continuum is, if it is one: its id, and for the Community Tool Box the sectors
   * of its multisector collaboration when they are not the default.
   */
  private static Option<BuiltInContinuum> builtIn(Continuum c) {
    if (c == Continua.COMMUNITY_TOOL_BOX || c == Continua.LEVELS_OF_COLLABORATION) {
      return Option.of(new BuiltInContinuum(c.id(), Option.none()));
    }
    if (c.id().equals(Continua.LEVELS_OF_COLLABORATION.id())) {
      return c.equals(Continua.LEVELS_OF_COLLABORATION)
          ? Option.of(new BuiltInContinuum(c.id(), Option.none())) : Option.none();
    }
    if (c.id().equals(Continua.COMMUNITY_TOOL_BOX_ID) && !c.levels().isEmpty()) {
      Set<Sector.Kind> multisector = c.levels().last().requiredSectors();
      if (multisector.size() >= 2 && c.equals(Continua.communityToolBox(multisector))) {
        return Option.of(new BuiltInContinuum(c.id(),
            multisector.equals(DEFAULT_MULTISECTOR) ? Option.none() : Option.of(multisector)));
      }
    }
    return Option.none();
  }

  private record BuiltInContinuum(String id, Option<Set<Sector.Kind>> multisector) {}

  private static final Field<Continuum, String> C_ID = Field.required("id", Codecs.ID, Continuum::id);
  private static final Field<Continuum, String> C_NAME = Field.required("name", Codecs.TEXT, Continuum::name);
  private static final Field<Continuum, String> C_SOURCE = Field.required("source", Codecs.TEXT, Continuum::source);
  private static final Field<Continuum, Boolean> C_CUMULATIVE =
      Field.required("cumulative", Codecs.BOOLEAN, Continuum::cumulative);
  private static final Field<Continuum, List<Activity>> C_ACTIVITIES =
      Field.withDefault("activities", Codecs.list(ACTIVITY), Continuum::activities, List::empty);
  private static final Field<Continuum, List<String>> C_REQUIREMENTS =
      Field.withDefault("requirements", Codecs.list(Codecs.ID), Continuum::requirements, List::empty);
  private static final Field<Continuum, List<Level>> C_LEVELS =
      Field.required("levels", Codecs.list(LEVEL_IN_CONTINUUM), Continuum::levels);

  /**
   * A continuum defined in full, as the {@code continuum} document holds it. A definition under a
   * built-in's id is read only when it is equal to that built-in.
   */
  public static final ObjectCodec<Continuum> CONTINUUM_DEFINITION = ObjectCodec.of("a continuum", "ContinuumDefinition",
      List.of(C_ID, C_NAME, C_SOURCE, C_CUMULATIVE, C_ACTIVITIES, C_REQUIREMENTS, C_LEVELS),
      v -> defineContinuum(v.get(C_ID), v.get(C_NAME), v.get(C_SOURCE), v.get(C_CUMULATIVE),
          orElse(v.get(C_ACTIVITIES), List.empty()), orElse(v.get(C_REQUIREMENTS), List.empty()), v.get(C_LEVELS)));

  private static final Field<Continuum, Option<String>> R_BUILT_IN =
      Field.optional("builtIn", Codecs.ID, c -> builtIn(c).map(BuiltInContinuum::id));
  private static final Field<Continuum, Option<Set<Sector.Kind>>> R_MULTISECTOR =
      Field.optional("multisector", SECTOR_KINDS, c -> builtIn(c).flatMap(BuiltInContinuum::multisector));
  private static final Field<Continuum, Option<String>> R_ID = defined("id", Codecs.ID, Continuum::id);
  private static final Field<Continuum, Option<String>> R_NAME = defined("name", Codecs.TEXT, Continuum::name);
  private static final Field<Continuum, Option<String>> R_SOURCE = defined("source", Codecs.TEXT, Continuum::source);
  private static final Field<Continuum, Option<Boolean>> R_CUMULATIVE =
      defined("cumulative", Codecs.BOOLEAN, Continuum::cumulative);
  private static final Field<Continuum, Option<List<Activity>>> R_ACTIVITIES =
      defined("activities", Codecs.list(ACTIVITY), Continuum::activities);
  private static final Field<Continuum, Option<List<String>>> R_REQUIREMENTS =
      defined("requirements", Codecs.list(Codecs.ID), Continuum::requirements);
  private static final Field<Continuum, Option<List<Level>>> R_LEVELS =
      defined("levels", Codecs.list(LEVEL_IN_CONTINUUM), Continuum::levels);

  private static <T> Field<Continuum, Option<T>> defined(String name, Codec<T> codec, Function<Continuum, T> getter) {
    return Field.optional(name, codec, c -> builtIn(c).isDefined() ? Option.none() : Option.of(getter.apply(c)));
  }

  private static final ObjectCodec<Continuum> CONTINUUM_FORM = ObjectCodec.of("a continuum", "Continuum",
      List.of(R_BUILT_IN, R_MULTISECTOR, R_ID, R_NAME, R_SOURCE, R_CUMULATIVE, R_ACTIVITIES, R_REQUIREMENTS, R_LEVELS),
      RelationshipJson::continuum);

  /**
   * A continuum where a document uses one: a reference to a built-in ({@code {"builtIn":
   * "community-tool-box"}}, optionally with {@code multisector}) or a custom continuum in full.
   */
  public static final Codec<Continuum> CONTINUUM = withSchema(CONTINUUM_FORM, "Continuum", schemas -> {
    ObjectNode reference = Schemas.node().put("type", "object")
        .put("description", "a built-in continuum, by id");
    ObjectNode properties = reference.putObject("properties");
    ArrayNode ids = properties.putObject("builtIn").putArray("enum");
    BUILT_IN_CONTINUA.forEach(ids::add);
    properties.set("multisector", SECTOR_KINDS.schema(schemas));
    reference.putArray("required").add("builtIn");
    reference.put("additionalProperties", false);
    return oneOf(reference, CONTINUUM_DEFINITION.schema(schemas));
  });

  private static Continuum continuum(ObjectCodec.Values v) {
    Option<String> builtIn = v.get(R_BUILT_IN);
    java.util.List<Violation> found = new ArrayList<>();
    if (builtIn != null && builtIn.isDefined()) {
      for (Field<Continuum, ? extends Option<?>> f : List.of(R_ID, R_NAME, R_SOURCE, R_CUMULATIVE, R_ACTIVITIES,
          R_REQUIREMENTS, R_LEVELS)) {
        Option<?> value = v.get(f);
        if (value == null || value.isDefined()) {
          found.add(Violation.of(f.name(), "must not be here: a reference to a built-in continuum has only builtIn"
              + " (and multisector for " + Continua.COMMUNITY_TOOL_BOX_ID + ")"));
        }
      }
      String id = builtIn.get();
      Option<Set<Sector.Kind>> multisector = v.get(R_MULTISECTOR);
      Continuum resolved = null;
      if (id.equals(Continua.COMMUNITY_TOOL_BOX_ID)) {
        if (multisector != null) {
          try {
            resolved = multisector.isEmpty() ? Continua.COMMUNITY_TOOL_BOX : Continua.communityToolBox(multisector.get());
          } catch (ValidationException e) {
            e.forEachViolation(found::add);
          }
        }
      } else if (id.equals(Continua.LEVELS_OF_COLLABORATION.id())) {
        resolved = Continua.LEVELS_OF_COLLABORATION;
        if (multisector == null || multisector.isDefined()) {
          found.add(Violation.of("multisector", "must not be here: only " + Continua.COMMUNITY_TOOL_BOX_ID
              + " has multisector sectors"));
        }
      } else {
        found.add(Violation.of("builtIn", "must be one of " + BUILT_IN_CONTINUA.mkString(", ")
            + " (the built-in continua), got \"" + id + "\"; a custom continuum is defined in full with its own id"));
      }
      if (!found.isEmpty()) {
        throw new ValidationException("Continuum", List.ofAll(found));
      }
      return resolved;
    }
    if (builtIn == null) {
      throw new ValidationException("Continuum", List.of(Violation.of("builtIn", "is not readable")));
    }
    Option<Set<Sector.Kind>> multisector = v.get(R_MULTISECTOR);
    if (multisector == null || multisector.isDefined()) {
      found.add(Violation.of("multisector", "must not be here: it goes with builtIn \"" + Continua.COMMUNITY_TOOL_BOX_ID
          + "\"; a custom continuum gives the sectors in its levels' requiredSectors"));
    }
    String id = required(v.get(R_ID), "id", Codecs.ID, found);
    String name = required(v.get(R_NAME), "name", Codecs.TEXT, found);
    String source = required(v.get(R_SOURCE), "source", Codecs.TEXT, found);
    Boolean cumulative = required(v.get(R_CUMULATIVE), "cumulative", Codecs.BOOLEAN, found);
    List<Level> levels = required(v.get(R_LEVELS), "levels", Codecs.list(LEVEL_IN_CONTINUUM), found);
    if (!found.isEmpty()) {
      throw new ValidationException("Continuum", List.ofAll(found));
    }
    return defineContinuum(id, name, source, cumulative, orElse(v.get(R_ACTIVITIES), Option.<List<Activity>>none()).getOrElse(List.empty()),
        orElse(v.get(R_REQUIREMENTS), Option.<List<String>>none()).getOrElse(List.empty()), levels);
  }

  /** A value given in a form where it is optional but must be there, such as a definition's id. */
  static <T> T required(Option<T> value, String name, Codec<T> codec, java.util.List<Violation> found) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty()) {
      found.add(Violation.of(name, "is required: " + codec.description()));
      return null;
    }
    return value.get();
  }

  private static Continuum defineContinuum(String id, String name, String source, Boolean cumulative,
      List<Activity> activities, List<String> requirements, List<Level> drafts) {
    java.util.List<Violation> found = new ArrayList<>();
    Continuum built = null;
    try {
      built = Continuum.builder()
          .id(id)
          .name(name)
          .source(source)
          .cumulative(cumulative)
          .activities(activities)
          .requirements(requirements)
          .levels(drafts.zipWithIndex().map(t -> (Level) ImmutableLevel.copyOf(t._1).withContinuum(id).withRank(t._2)))
          .build();
    } catch (ValidationException e) {
      e.forEachViolation(found::add);
    }
    if (BUILT_IN_CONTINUA.contains(id) && (built == null || builtIn(built).isEmpty())) {
      found.add(0, Violation.of("id", "\"" + id + "\" is a built-in continuum; refer to it by id, or give a custom "
          + "continuum its own id"));
    }
    if (!found.isEmpty()) {
      throw new ValidationException("Continuum " + id, List.ofAll(found));
    }
    return built;
  }

  /** A level of a continuum by its id, or a violation naming the continuum's levels. */
  private static Option<Level> level(Continuum continuum, Option<String> id, String path, java.util.List<Violation> found) {
    if (id == null || id.isEmpty()) {
      return Option.none();
    }
    Option<Level> level = continuum.level(id.get());
    if (level.isEmpty()) {
      found.add(Violation.of(path, "must be a level of " + continuum + " "
          + continuum.levels().map(Level::id).mkString("(", ", ", ")") + ", got \"" + id.get() + "\""));
    }
    return level;
  }

  // ---------------------------------------------------------------- partnerships

  private static final Codec<GroundRule> GROUND_RULE = Codecs.enumeration(GroundRule.class, "a ground rule");
  private static final Field<GroundRules, SortedMap<GroundRule, String>> G_AGREED =
      Field.required("agreed", enumKeyMap(GroundRule.class, Codecs.TEXT), GroundRules::agreed);

  /** Ground rules: {@code {"agreed": {"MEDIA": "The principal"}}}, by the rules' constant names. */
  public static final Codec<GroundRules> GROUND_RULES = ObjectCodec.of("ground rules", "GroundRules",
      List.of(G_AGREED), v -> GroundRules.of(v.get(G_AGREED)));

  private static final Codec<Challenge> CHALLENGE = Codecs.enumeration(Challenge.class, "a challenge");

  private static final Field<Partnership, String> P_NAME = Field.required("name", Codecs.TEXT, Partnership::name);
  private static final Field<Partnership, List<Organization>> P_MEMBERS =
      Field.required("members", Codecs.list(PartnerJson.ORGANIZATION_FORM), Partnership::members);
  private static final Field<Partnership, String> P_GOAL =
      Field.required("commonGoal", Codecs.TEXT, Partnership::commonGoal);
  private static final Field<Partnership, Continuum> P_CONTINUUM =
      Field.required("continuum", CONTINUUM, Partnership::continuum);
  private static final Field<Partnership, Option<String>> P_CURRENT =
      Field.optional("currentLevel", Codecs.ID, p -> p.currentLevel().map(Level::id));
  private static final Field<Partnership, GroundRules> P_RULES =
      Field.withDefault("groundRules", GROUND_RULES, Partnership::groundRules, () -> GroundRules.NONE);
  private static final Field<Partnership, Set<Challenge>> P_CHALLENGES =
      Field.withDefault("challenges", Codecs.set(CHALLENGE), Partnership::challenges, TreeSet::empty);

  /** A partnership; its continuum as a built-in reference or in full, its current level by id. */
  public static final ObjectCodec<Partnership> PARTNERSHIP_FORM = ObjectCodec.of("a partnership", "Partnership",
      List.of(P_NAME, P_MEMBERS, P_GOAL, P_CONTINUUM, P_CURRENT, P_RULES, P_CHALLENGES), v -> {
        Continuum continuum = v.get(P_CONTINUUM);
        java.util.List<Violation> found = new ArrayList<>();
        Option<Level> current = continuum == null ? Option.none() : level(continuum, v.get(P_CURRENT), "currentLevel", found);
        return build("Partnership", found, () -> Partnership.builder()
            .name(orElse(v.get(P_NAME), "?"))
            .members(orElse(v.get(P_MEMBERS), List.empty()))
            .commonGoal(orElse(v.get(P_GOAL), "?"))
            .continuum(orElse(continuum, Continua.COMMUNITY_TOOL_BOX))
            .currentLevel(current)
            .groundRules(orElse(v.get(P_RULES), GroundRules.NONE))
            .challenges(orElse(v.get(P_CHALLENGES), TreeSet.empty()))
            .build());
      });

  /** The document of a partnership, {@code commonground.partnership}. */
  public static final DocumentKind<Partnership> PARTNERSHIP =
      DocumentKind.of("partnership", Partnership.class, PARTNERSHIP_FORM);

  /** The document of a continuum defined in full, {@code commonground.continuum}. */
  public static final DocumentKind<Continuum> CONTINUUM_DOCUMENT =
      DocumentKind.of("continuum", Continuum.class, CONTINUUM_DEFINITION);

  // ---------------------------------------------------------------- fit

  private static final Field<FitQuestion, Continuum> Q_CONTINUUM =
      Field.required("continuum", CONTINUUM, FitQuestion::continuum);
  private static final Field<FitQuestion, Boolean> Q_ALONE =
      Field.withDefault("oneCanReachGoalAlone", Codecs.BOOLEAN, FitQuestion::oneCanReachGoalAlone, () -> false);
  private static final Field<FitQuestion, Option<String>> Q_NECESSARY =
      Field.optional("necessary", Codecs.ID, q -> q.necessary().map(Level::id));
  private static final Field<FitQuestion, Option<String>> Q_CURRENT =
      Field.optional("current", Codecs.ID, q -> q.current().map(Level::id));
  private static final Field<FitQuestion, SortedMap<String, Integer>> Q_AVAILABLE =
      Field.withDefault("available", Codecs.sortedMap(Codecs.INT), FitQuestion::available, TreeMap::empty);
  private static final Field<FitQuestion, Set<Sector.Kind>> Q_SECTORS =
      Field.withDefault("sectors", SECTOR_KINDS, FitQuestion::sectors, TreeSet::empty);

  /**
   * A fit question: {@code {"continuum": {"builtIn": "community-tool-box"}, "oneCanReachGoalAlone":
   * false, "necessary": "collaboration", "current": "networking", "available": {"trust": 3, …},
   * "sectors": ["PUBLIC"]}}, its levels by id.
   */
  public static final ObjectCodec<FitQuestion> FIT_QUESTION_FORM = ObjectCodec.of("a fit question", "FitQuestion",
      List.of(Q_CONTINUUM, Q_ALONE, Q_NECESSARY, Q_CURRENT, Q_AVAILABLE, Q_SECTORS), v -> {
        Continuum continuum = v.get(Q_CONTINUUM);
        if (continuum == null) {
          throw unreadable("continuum");
        }
        java.util.List<Violation> found = new ArrayList<>();
        Option<Level> necessary = level(continuum, v.get(Q_NECESSARY), "necessary", found);
        Option<Level> current = level(continuum, v.get(Q_CURRENT), "current", found);
        return build("FitQuestion", found, () -> FitQuestion.builder()
            .continuum(continuum)
            .oneCanReachGoalAlone(orElse(v.get(Q_ALONE), true))
            .necessary(necessary)
            .current(current)
            .available(orElse(v.get(Q_AVAILABLE), TreeMap.empty()))
            .sectors(orElse(v.get(Q_SECTORS), TreeSet.empty()))
            .build());
      });

  /** The document of a fit question, {@code commonground.fit-question}. */
  public static final DocumentKind<FitQuestion> FIT_QUESTION =
      DocumentKind.of("fit-question", FitQuestion.class, FIT_QUESTION_FORM);

  private static final Codec<ReasonCode> REASON_CODE = Codecs.enumeration(ReasonCode.class, "a reason code");
  private static final Field<Reason, ReasonCode> RE_CODE = Field.required("code", REASON_CODE, Reason::code);
  private static final Field<Reason, org.commonground.core.validation.Message> RE_SENTENCE =
      Field.required("sentence", Codecs.MESSAGE, Reason::sentenceMessage);

  /**
   * A reason: {@code {"code": "LEVEL_REACHED", "sentence": …}}, the sentence a message (its key,
   * arguments and English text); a plain string is read too.
   */
  public static final Codec<Reason> REASON = ObjectCodec.of("a reason", "Reason",
      List.of(RE_CODE, RE_SENTENCE), v -> Reason.of(v.get(RE_CODE), v.get(RE_SENTENCE)));

  private static final Field<Shortfall, Level> S_LEVEL = Field.required("level", LEVEL, Shortfall::level);
  private static final Field<Shortfall, String> S_REQUIREMENT =
      Field.required("requirement", Codecs.STRING, Shortfall::requirement);
  private static final Field<Shortfall, Integer> S_NEEDED = Field.required("needed", Codecs.INT, Shortfall::needed);
  private static final Field<Shortfall, Integer> S_AVAILABLE =
      Field.required("available", Codecs.INT, Shortfall::available);

  /** A shortfall on its own, its level in full: {@code {"level": {…}, "requirement": "trust", "needed": 4, "available": 2}}. */
  public static final Codec<Shortfall> SHORTFALL = ObjectCodec.of("a shortfall", "Shortfall",
      List.of(S_LEVEL, S_REQUIREMENT, S_NEEDED, S_AVAILABLE),
      v -> ImmutableShortfall.of(v.get(S_LEVEL), v.get(S_REQUIREMENT), v.get(S_NEEDED), v.get(S_AVAILABLE)));

  /** A shortfall inside a fit, its level by id in the question's continuum. */
  private record ShortfallRef(String level, String requirement, int needed, int available) {
    static ShortfallRef of(Shortfall s) {
      return new ShortfallRef(s.level().id(), s.requirement(), s.needed(), s.available());
    }
  }

  private static final Field<ShortfallRef, String> SR_LEVEL = Field.required("level", Codecs.ID, ShortfallRef::level);
  private static final Field<ShortfallRef, String> SR_REQUIREMENT =
      Field.required("requirement", Codecs.STRING, ShortfallRef::requirement);
  private static final Field<ShortfallRef, Integer> SR_NEEDED = Field.required("needed", Codecs.INT, ShortfallRef::needed);
  private static final Field<ShortfallRef, Integer> SR_AVAILABLE =
      Field.required("available", Codecs.INT, ShortfallRef::available);
  private static final Codec<ShortfallRef> SHORTFALL_IN_FIT = ObjectCodec.of("a shortfall", "FitShortfall",
      List.of(SR_LEVEL, SR_REQUIREMENT, SR_NEEDED, SR_AVAILABLE),
      v -> new ShortfallRef(v.get(SR_LEVEL), v.get(SR_REQUIREMENT), v.get(SR_NEEDED), v.get(SR_AVAILABLE)));

  private static final Field<Fit, FitQuestion> F_QUESTION = Field.required("question", FIT_QUESTION_FORM, Fit::question);
  private static final Field<Fit, ReasonCode> F_OUTCOME = Field.required("outcome", REASON_CODE, Fit::outcome);
  private static final Field<Fit, Option<String>> F_FEASIBLE =
      Field.optional("feasible", Codecs.ID, f -> f.feasible().map(Level::id));
  private static final Field<Fit, Option<String>> F_RECOMMENDED =
      Field.optional("recommended", Codecs.ID, f -> f.recommended().map(Level::id));
  private static final Field<Fit, List<ShortfallRef>> F_SHORTFALLS =
      Field.withDefault("shortfalls", Codecs.list(SHORTFALL_IN_FIT), f -> f.shortfalls().map(ShortfallRef::of), List::empty);
  private static final Field<Fit, Set<Sector.Kind>> F_MISSING_SECTORS =
      Field.withDefault("missingSectors", SECTOR_KINDS, Fit::missingSectors, TreeSet::empty);
  private static final Field<Fit, Option<String>> F_NEXT =
      Field.optional("nextStep", Codecs.ID, f -> f.nextStep().map(Level::id));
  private static final Field<Fit, List<Reason>> F_REASONS =
      Field.required("reasons", Codecs.list(REASON), Fit::reasons);

  /** A fit: its question, and its levels by id in the question's continuum. */
  public static final ObjectCodec<Fit> FIT_FORM = ObjectCodec.of("a fit", "Fit",
      List.of(F_QUESTION, F_OUTCOME, F_FEASIBLE, F_RECOMMENDED, F_SHORTFALLS, F_MISSING_SECTORS, F_NEXT, F_REASONS), v -> {
        FitQuestion question = v.get(F_QUESTION);
        if (question == null) {
          throw unreadable("question");
        }
        Continuum c = question.continuum();
        java.util.List<Violation> found = new ArrayList<>();
        Option<Level> feasible = level(c, v.get(F_FEASIBLE), "feasible", found);
        Option<Level> recommended = level(c, v.get(F_RECOMMENDED), "recommended", found);
        Option<Level> next = level(c, v.get(F_NEXT), "nextStep", found);
        List<Shortfall> shortfalls = List.empty();
        List<ShortfallRef> refs = orElse(v.get(F_SHORTFALLS), List.empty());
        for (int i = 0; i < refs.size(); i++) {
          ShortfallRef r = refs.get(i);
          Option<Level> level = level(c, Option.of(r.level()), "shortfalls[" + i + "].level", found);
          if (level.isDefined()) {
            shortfalls = shortfalls.append(ImmutableShortfall.of(level.get(), r.requirement(), r.needed(), r.available()));
          }
        }
        List<Shortfall> checked = shortfalls;
        return build("Fit", found, () -> ImmutableFit.builder()
            .question(question)
            .outcome(v.get(F_OUTCOME))
            .feasible(feasible)
            .recommended(recommended)
            .shortfalls(checked)
            .missingSectors(v.get(F_MISSING_SECTORS))
            .nextStep(next)
            .reasons(v.get(F_REASONS))
            .build());
      });

  /** The document of a fit, {@code commonground.fit}. */
  public static final DocumentKind<Fit> FIT = DocumentKind.of("fit", Fit.class, FIT_FORM);

  // ---------------------------------------------------------------- classification

  private static final Field<Classification, String> K_CONTINUUM =
      Field.required("continuum", Codecs.ID, Classification::continuum);
  private static final Field<Classification, Set<String>> K_OBSERVED =
      Field.required("observed", Codecs.set(Codecs.ID), Classification::observed);
  private static final Field<Classification, Option<Level>> K_LEVEL =
      Field.optional("level", LEVEL, Classification::level);
  private static final Field<Classification, List<String>> K_MISSING =
      Field.required("missingForNext", Codecs.list(Codecs.ID), Classification::missingForNext);
  private static final Field<Classification, Set<Sector.Kind>> K_MISSING_SECTORS =
      Field.required("missingSectors", SECTOR_KINDS, Classification::missingSectors);
  private static final Field<Classification, List<Reason>> K_INCONSISTENCIES =
      Field.required("inconsistencies", Codecs.list(REASON), Classification::inconsistencies);
  private static final Field<Classification, List<Reason>> K_REASONS =
      Field.required("reasons", Codecs.list(REASON), Classification::reasons);

  /** A classification: the continuum's id, the activities observed, the level reached in full, and the reasons. */
  public static final ObjectCodec<Classification> CLASSIFICATION_FORM = ObjectCodec.of("a classification",
      "Classification",
      List.of(K_CONTINUUM, K_OBSERVED, K_LEVEL, K_MISSING, K_MISSING_SECTORS, K_INCONSISTENCIES, K_REASONS),
      v -> ImmutableClassification.builder()
          .continuum(v.get(K_CONTINUUM))
          .observed(v.get(K_OBSERVED))
          .level(v.get(K_LEVEL))
          .missingForNext(v.get(K_MISSING))
          .missingSectors(v.get(K_MISSING_SECTORS))
          .inconsistencies(v.get(K_INCONSISTENCIES))
          .reasons(v.get(K_REASONS))
          .build());

  /** The document of a classification, {@code commonground.classification}. */
  public static final DocumentKind<Classification> CLASSIFICATION =
      DocumentKind.of("classification", Classification.class, CLASSIFICATION_FORM);

  // ---------------------------------------------------------------- partner ratings

  private static final Field<PartnerRating, String> PR_RATER = Field.required("rater", Codecs.ID, PartnerRating::rater);
  private static final Field<PartnerRating, String> PR_PARTNER =
      Field.required("partner", Codecs.ID, PartnerRating::partner);
  private static final Field<PartnerRating, String> PR_LEVEL = Field.required("level", Codecs.ID, PartnerRating::level);

  /** One member's rating of another: {@code {"rater": "a", "partner": "b", "level": "coordination"}}. */
  public static final Codec<PartnerRating> PARTNER_RATING = ObjectCodec.of("a partner rating", "PartnerRating",
      List.of(PR_RATER, PR_PARTNER, PR_LEVEL), v -> PartnerRating.of(v.get(PR_RATER), v.get(PR_PARTNER), v.get(PR_LEVEL)));

  private static final Field<PartnerRatings, Continuum> PRS_CONTINUUM =
      Field.required("continuum", CONTINUUM, PartnerRatings::continuum);
  private static final Field<PartnerRatings, List<String>> PRS_MEMBERS =
      Field.required("members", Codecs.list(Codecs.ID), PartnerRatings::members);
  private static final Field<PartnerRatings, List<PartnerRating>> PRS_RATINGS =
      Field.required("ratings", Codecs.list(PARTNER_RATING), PartnerRatings::ratings);

  /** Partner ratings: the continuum (a built-in by reference), the members, and the ratings. */
  public static final ObjectCodec<PartnerRatings> PARTNER_RATINGS_FORM = ObjectCodec.of("partner ratings",
      "PartnerRatings", List.of(PRS_CONTINUUM, PRS_MEMBERS, PRS_RATINGS),
      v -> PartnerRatings.of(v.get(PRS_CONTINUUM), v.get(PRS_MEMBERS), v.get(PRS_RATINGS)));

  /** The document of partner ratings, {@code commonground.partner-ratings}. */
  public static final DocumentKind<PartnerRatings> PARTNER_RATINGS =
      DocumentKind.of("partner-ratings", PartnerRatings.class, PARTNER_RATINGS_FORM);

  private static final Field<LevelShare, Level> LS_LEVEL = Field.required("level", LEVEL, LevelShare::level);
  private static final Field<LevelShare, Integer> LS_TIES = Field.required("ties", Codecs.INT, LevelShare::ties);
  private static final Field<LevelShare, Double> LS_SHARE = Field.required("share", Codecs.DOUBLE, LevelShare::share);

  /** The share of ties at a level: {@code {"level": {…}, "ties": 3, "share": 0.5}}. */
  public static final Codec<LevelShare> LEVEL_SHARE = ObjectCodec.of("a level share", "LevelShare",
      List.of(LS_LEVEL, LS_TIES, LS_SHARE),
      v -> ImmutableLevelShare.of(v.get(LS_LEVEL), v.get(LS_TIES), v.get(LS_SHARE)));

  private static final Field<AsymmetricPair, String> AP_FIRST = Field.required("first", Codecs.ID, AsymmetricPair::first);
  private static final Field<AsymmetricPair, String> AP_SECOND =
      Field.required("second", Codecs.ID, AsymmetricPair::second);
  private static final Field<AsymmetricPair, Level> AP_FIRST_RATES =
      Field.required("firstRatesSecond", LEVEL, AsymmetricPair::firstRatesSecond);
  private static final Field<AsymmetricPair, Level> AP_SECOND_RATES =
      Field.required("secondRatesFirst", LEVEL, AsymmetricPair::secondRatesFirst);

  /** Two members who rate each other differently, each rating's level in full. */
  public static final Codec<AsymmetricPair> ASYMMETRIC_PAIR = ObjectCodec.of("an asymmetric pair", "AsymmetricPair",
      List.of(AP_FIRST, AP_SECOND, AP_FIRST_RATES, AP_SECOND_RATES),
      v -> ImmutableAsymmetricPair.of(v.get(AP_FIRST), v.get(AP_SECOND), v.get(AP_FIRST_RATES), v.get(AP_SECOND_RATES)));

  private static final Field<PartnerRatingSummary, String> PS_CONTINUUM =
      Field.required("continuum", Codecs.ID, PartnerRatingSummary::continuum);
  private static final Field<PartnerRatingSummary, Integer> PS_POSSIBLE =
      Field.required("possibleTies", Codecs.INT, PartnerRatingSummary::possibleTies);
  private static final Field<PartnerRatingSummary, Integer> PS_RATED =
      Field.required("ratedTies", Codecs.INT, PartnerRatingSummary::ratedTies);
  private static final Field<PartnerRatingSummary, Option<Double>> PS_MEAN =
      Field.optional("meanLevel", Codecs.DOUBLE, PartnerRatingSummary::meanLevel);
  private static final Field<PartnerRatingSummary, List<LevelShare>> PS_SHARES =
      Field.required("levelShares", Codecs.list(LEVEL_SHARE), PartnerRatingSummary::levelShares);
  private static final Field<PartnerRatingSummary, List<AsymmetricPair>> PS_PAIRS =
      Field.required("asymmetricPairs", Codecs.list(ASYMMETRIC_PAIR), PartnerRatingSummary::asymmetricPairs);
  private static final Field<PartnerRatingSummary, List<String>> PS_UNRATED =
      Field.required("unratedTies", Codecs.list(Codecs.STRING), PartnerRatingSummary::unratedTies);
  private static final Field<PartnerRatingSummary, org.commonground.core.validation.Message> PS_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, PartnerRatingSummary::explanationMessage);

  /** The summary of partner ratings. */
  public static final ObjectCodec<PartnerRatingSummary> PARTNER_RATING_SUMMARY_FORM = ObjectCodec.of(
      "a partner rating summary", "PartnerRatingSummary",
      List.of(PS_CONTINUUM, PS_POSSIBLE, PS_RATED, PS_MEAN, PS_SHARES, PS_PAIRS, PS_UNRATED, PS_EXPLANATION),
      v -> ImmutablePartnerRatingSummary.builder()
          .continuum(v.get(PS_CONTINUUM))
          .possibleTies(v.get(PS_POSSIBLE))
          .ratedTies(v.get(PS_RATED))
          .meanLevel(v.get(PS_MEAN))
          .levelShares(v.get(PS_SHARES))
          .asymmetricPairs(v.get(PS_PAIRS))
          .unratedTies(v.get(PS_UNRATED))
          .explanationMessage(v.get(PS_EXPLANATION))
          .build());

  /** The document of a partner rating summary, {@code commonground.partner-rating-summary}. */
  public static final DocumentKind<PartnerRatingSummary> PARTNER_RATING_SUMMARY =
      DocumentKind.of("partner-rating-summary", PartnerRatingSummary.class, PARTNER_RATING_SUMMARY_FORM);

  // ---------------------------------------------------------------- partner networks

  private static final Field<PartnerAssessment, String> PA_RATER =
      Field.required("rater", Codecs.ID, PartnerAssessment::rater);
  private static final Field<PartnerAssessment, String> PA_PARTNER =
      Field.required("partner", Codecs.ID, PartnerAssessment::partner);
  private static final Field<PartnerAssessment, Integer> PA_RELIABILITY =
      Field.required("reliability", Codecs.INT, PartnerAssessment::reliability);
  private static final Field<PartnerAssessment, Integer> PA_MISSION =
      Field.required("missionSupport", Codecs.INT, PartnerAssessment::missionSupport);
  private static final Field<PartnerAssessment, Integer> PA_OPENNESS =
      Field.required("openness", Codecs.INT, PartnerAssessment::openness);
  private static final Field<PartnerAssessment, Integer> PA_POWER =
      Field.required("powerInfluence", Codecs.INT, PartnerAssessment::powerInfluence);
  private static final Field<PartnerAssessment, Integer> PA_INVOLVEMENT =
      Field.required("involvement", Codecs.INT, PartnerAssessment::involvement);
  private static final Field<PartnerAssessment, Integer> PA_RESOURCES =
      Field.required("resourceContribution", Codecs.INT, PartnerAssessment::resourceContribution);

  /** One member's assessment of a partner, each item 1 to 4. */
  public static final Codec<PartnerAssessment> PARTNER_ASSESSMENT = ObjectCodec.of("a partner assessment",
      "PartnerAssessment",
      List.of(PA_RATER, PA_PARTNER, PA_RELIABILITY, PA_MISSION, PA_OPENNESS, PA_POWER, PA_INVOLVEMENT, PA_RESOURCES),
      v -> PartnerAssessment.builder()
          .rater(orElse(v.get(PA_RATER), "?"))
          .partner(orElse(v.get(PA_PARTNER), "?"))
          .reliability(orElse(v.get(PA_RELIABILITY), PartnerAssessment.MIN))
          .missionSupport(orElse(v.get(PA_MISSION), PartnerAssessment.MIN))
          .openness(orElse(v.get(PA_OPENNESS), PartnerAssessment.MIN))
          .powerInfluence(orElse(v.get(PA_POWER), PartnerAssessment.MIN))
          .involvement(orElse(v.get(PA_INVOLVEMENT), PartnerAssessment.MIN))
          .resourceContribution(orElse(v.get(PA_RESOURCES), PartnerAssessment.MIN))
          .build());

  private static final Field<PartnerNetwork, List<String>> PN_MEMBERS =
      Field.required("members", Codecs.list(Codecs.ID), PartnerNetwork::members);
  private static final Field<PartnerNetwork, List<PartnerAssessment>> PN_ASSESSMENTS =
      Field.required("assessments", Codecs.list(PARTNER_ASSESSMENT), PartnerNetwork::assessments);

  /** A partner network: the members and their assessments of each other. */
  public static final ObjectCodec<PartnerNetwork> PARTNER_NETWORK_FORM = ObjectCodec.of("a partner network",
      "PartnerNetwork", List.of(PN_MEMBERS, PN_ASSESSMENTS),
      v -> PartnerNetwork.of(v.get(PN_MEMBERS), v.get(PN_ASSESSMENTS)));

  /** The document of a partner network, {@code commonground.partner-network}. */
  public static final DocumentKind<PartnerNetwork> PARTNER_NETWORK =
      DocumentKind.of("partner-network", PartnerNetwork.class, PARTNER_NETWORK_FORM);

  private static final Field<MemberMeasures, String> MM_MEMBER = Field.required("member", Codecs.ID, MemberMeasures::member);
  private static final Field<MemberMeasures, Integer> MM_RECEIVED =
      Field.required("assessmentsReceived", Codecs.INT, MemberMeasures::assessmentsReceived);
  private static final Field<MemberMeasures, Option<Double>> MM_TRUST =
      Field.optional("trust", Codecs.DOUBLE, MemberMeasures::trust);
  private static final Field<MemberMeasures, Option<Double>> MM_VALUE =
      Field.optional("value", Codecs.DOUBLE, MemberMeasures::value);
  private static final Field<MemberMeasures, Integer> MM_DEGREE = Field.required("degree", Codecs.INT, MemberMeasures::degree);
  private static final Field<MemberMeasures, Double> MM_CENTRALITY =
      Field.required("degreeCentrality", Codecs.DOUBLE, MemberMeasures::degreeCentrality);
  private static final Field<MemberMeasures, Double> MM_CLOSENESS =
      Field.required("closeness", Codecs.DOUBLE, MemberMeasures::closeness);
  private static final Field<MemberMeasures, Double> MM_HARMONIC =
      Field.required("harmonicCloseness", Codecs.DOUBLE, MemberMeasures::harmonicCloseness);

  /** One member's network measures. */
  public static final Codec<MemberMeasures> MEMBER_MEASURES = ObjectCodec.of("member measures", "MemberMeasures",
      List.of(MM_MEMBER, MM_RECEIVED, MM_TRUST, MM_VALUE, MM_DEGREE, MM_CENTRALITY, MM_CLOSENESS, MM_HARMONIC),
      v -> ImmutableMemberMeasures.builder()
          .member(v.get(MM_MEMBER))
          .assessmentsReceived(v.get(MM_RECEIVED))
          .trust(v.get(MM_TRUST))
          .value(v.get(MM_VALUE))
          .degree(v.get(MM_DEGREE))
          .degreeCentrality(v.get(MM_CENTRALITY))
          .closeness(v.get(MM_CLOSENESS))
          .harmonicCloseness(v.get(MM_HARMONIC))
          .build());

  private static final Field<NetworkMeasures, Integer> NM_TIES = Field.required("ties", Codecs.INT, NetworkMeasures::ties);
  private static final Field<NetworkMeasures, Integer> NM_POSSIBLE =
      Field.required("possibleTies", Codecs.INT, NetworkMeasures::possibleTies);
  private static final Field<NetworkMeasures, Double> NM_DENSITY =
      Field.required("density", Codecs.DOUBLE, NetworkMeasures::density);
  private static final Field<NetworkMeasures, Option<Double>> NM_CENTRALIZATION =
      Field.optional("degreeCentralization", Codecs.DOUBLE, NetworkMeasures::degreeCentralization);
  private static final Field<NetworkMeasures, Integer> NM_COMPONENTS =
      Field.required("components", Codecs.INT, NetworkMeasures::components);
  private static final Field<NetworkMeasures, List<MemberMeasures>> NM_MEMBERS =
      Field.required("members", Codecs.list(MEMBER_MEASURES), NetworkMeasures::members);
  private static final Field<NetworkMeasures, String> NM_EXPLANATION =
      Field.required("explanation", Codecs.STRING, NetworkMeasures::explanation);

  /** A network's measures, with each member's. */
  public static final ObjectCodec<NetworkMeasures> NETWORK_MEASURES_FORM = ObjectCodec.of("network measures",
      "NetworkMeasures",
      List.of(NM_TIES, NM_POSSIBLE, NM_DENSITY, NM_CENTRALIZATION, NM_COMPONENTS, NM_MEMBERS, NM_EXPLANATION),
      v -> ImmutableNetworkMeasures.builder()
          .ties(v.get(NM_TIES))
          .possibleTies(v.get(NM_POSSIBLE))
          .density(v.get(NM_DENSITY))
          .degreeCentralization(v.get(NM_CENTRALIZATION))
          .components(v.get(NM_COMPONENTS))
          .members(v.get(NM_MEMBERS))
          .explanation(v.get(NM_EXPLANATION))
          .build());

  /** The document of network measures, {@code commonground.network-measures}. */
  public static final DocumentKind<NetworkMeasures> NETWORK_MEASURES =
      DocumentKind.of("network-measures", NetworkMeasures.class, NETWORK_MEASURES_FORM);

  // ---------------------------------------------------------------- registration

  /** The document kinds of this domain. */
  static final List<DocumentKind<?>> DOCUMENTS = List.of(PARTNERSHIP, CONTINUUM_DOCUMENT, FIT_QUESTION, FIT,
      CLASSIFICATION, PARTNER_RATINGS, PARTNER_RATING_SUMMARY, PARTNER_NETWORK, NETWORK_MEASURES);

  /** The codecs of this domain's types, for {@link CommonGroundModule}. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Activity.class, ACTIVITY),
      Binding.of(Level.class, LEVEL),
      Binding.of(Continuum.class, CONTINUUM),
      Binding.of(GroundRules.class, GROUND_RULES),
      Binding.of(Partnership.class, PARTNERSHIP_FORM),
      Binding.of(FitQuestion.class, FIT_QUESTION_FORM),
      Binding.of(Reason.class, REASON),
      Binding.of(Shortfall.class, SHORTFALL),
      Binding.of(Fit.class, FIT_FORM),
      Binding.of(Classification.class, CLASSIFICATION_FORM),
      Binding.of(PartnerRating.class, PARTNER_RATING),
      Binding.of(PartnerRatings.class, PARTNER_RATINGS_FORM),
      Binding.of(PartnerAssessment.class, PARTNER_ASSESSMENT),
      Binding.of(PartnerNetwork.class, PARTNER_NETWORK_FORM),
      Binding.of(LevelShare.class, LEVEL_SHARE),
      Binding.of(AsymmetricPair.class, ASYMMETRIC_PAIR),
      Binding.of(PartnerRatingSummary.class, PARTNER_RATING_SUMMARY_FORM),
      Binding.of(MemberMeasures.class, MEMBER_MEASURES),
      Binding.of(NetworkMeasures.class, NETWORK_MEASURES_FORM),
      Binding.of(Challenge.class, CHALLENGE),
      Binding.of(GroundRule.class, GROUND_RULE),
      Binding.of(ReasonCode.class, REASON_CODE));

  // ---------------------------------------------------------------- helpers

  /**
   * A map whose keys are the constants of an enum, as a JSON object keyed by their names, sorted
   * in the enum's order.
   *
   * @param type the enum
   * @param codec the values' codec
   * @param <E> the enum
   * @param <V> the value
   * @return the codec
   */
  public static <E extends Enum<E>, V> Codec<SortedMap<E, V>> enumKeyMap(Class<E> type, Codec<V> codec) {
    String allowed = List.of(type.getEnumConstants()).map(Enum::name).mkString(", ");
    return new Codec<>() {
      @Override
      public SortedMap<E, V> read(JsonParser p, Path path, Problems problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          problems.report(path, "must be " + description() + ", got " + Codecs.got(p));
          p.skipChildren();
          return null;
        }
        long before = problems.count();
        SortedMap<E, V> result = TreeMap.empty();
        String name;
        while ((name = p.nextFieldName()) != null) {
          p.nextToken();
          String key = name;
          E constant = List.of(type.getEnumConstants()).find(c -> c.name().equals(key)).getOrNull();
          if (constant == null) {
            problems.report(path.property(name), "must not be here: the keys are " + allowed);
            p.skipChildren();
            continue;
          }
          V value = codec.read(p, path.property(name), problems);
          if (value != null) {
            result = result.put(constant, value);
          }
        }
        return problems.count() == before ? result : null;
      }

      @Override
      public void write(JsonGenerator g, SortedMap<E, V> value) throws IOException {
        g.writeStartObject();
        for (io.vavr.Tuple2<E, V> e : value) {
          g.writeFieldName(e._1.name());
          codec.write(g, e._2);
        }
        g.writeEndObject();
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.node().put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (E e : type.getEnumConstants()) {
          properties.set(e.name(), codec.schema(schemas));
        }
        node.put("additionalProperties", false);
        return node;
      }

      @Override
      public String description() {
        return "an object of " + codec.description().replaceFirst("^(an?|the) ", "") + "s by " + type.getSimpleName();
      }
    };
  }

  /**
   * A codec with another schema: for a form whose properties alone do not say which combinations
   * are allowed (a reference to a built-in, or a definition).
   */
  static <T> Codec<T> withSchema(ObjectCodec<T> codec, String definition, Function<Schemas, ObjectNode> schema) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p, Path path, Problems problems) throws IOException {
        return codec.read(p, path, problems);
      }

      @Override
      public void write(JsonGenerator g, T value) throws IOException {
        codec.write(g, value);
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return schemas.reference(definition, () -> schema.apply(schemas));
      }

      @Override
      public String description() {
        return codec.description();
      }
    };
  }

  static ObjectNode oneOf(ObjectNode... alternatives) {
    ObjectNode node = Schemas.node();
    ArrayNode one = node.putArray("oneOf");
    for (ObjectNode a : alternatives) {
      one.add(a);
    }
    return node;
  }

  /** A value read, or a stand-in when it failed (its problem is reported; the stand-in lets the other rules run). */
  static <T> T orElse(T value, T standIn) {
    return value == null ? standIn : value;
  }

  /** A refusal for a factory whose context failed to read: the framework drops it, the problem is reported. */
  static ValidationException unreadable(String field) {
    return new ValidationException("Value", List.of(Violation.of(field, "is not readable")));
  }

  /**
   * Builds a value after resolving references: the problems found while resolving, with the
   * value's own, except its own at paths already reported.
   */
  static <T> T build(String subject, java.util.List<Violation> found, java.util.function.Supplier<T> build) {
    java.util.Set<String> reported = new java.util.HashSet<>();
    found.forEach(v -> reported.add(v.path()));
    java.util.List<Violation> all = new ArrayList<>(found);
    T value = null;
    try {
      value = build.get();
    } catch (ValidationException e) {
      e.forEachViolation(v -> {
        if (!reported.contains(v.path())) {
          all.add(v);
        }
      });
    }
    if (!all.isEmpty()) {
      throw new ValidationException(subject, List.ofAll(all));
    }
    return value;
  }
}
