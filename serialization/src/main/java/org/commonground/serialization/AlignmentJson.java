// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.function.Function;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Criterion;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.alignment.Framework;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.ImmutableRating;
import org.commonground.core.alignment.Rating;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.alignment.AlignmentClass;
import org.commonground.scoring.alignment.DimensionAlignment;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.alignment.ImmutableDimensionAlignment;
import org.commonground.scoring.alignment.ImmutableFrameworkProfile;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.Field;
import org.commonground.serialization.codec.ObjectCodec;
import org.commonground.serialization.codec.Schemas;

/**
 * The JSON forms of alignment frameworks and ratings ({@code org.commonground.core.alignment}) and
 * of their scoring ({@code org.commonground.scoring.alignment}).
 *
 * <p><b>Built-in frameworks by reference.</b> Where a document holds a framework (alignment
 * ratings), a built-in framework of {@link Frameworks} is written as a reference by id and
 * edition, never repeated:
 *
 * <pre>{@code
 * "framework": {"builtIn": "collective-impact", "edition": "Kania & Kramer 2011"}
 * }</pre>
 *
 * <p>The built-ins are {@code five-alignments} (edition {@code United Way Worldwide}),
 * {@code collective-impact} ({@code Kania & Kramer 2011}) and {@code working-together}
 * ({@code Shared Values in Working Together}). Writing a framework equal to a built-in writes its
 * reference. A custom framework is written in full with its own id: {@code {"id": …, "name": …,
 * "edition": …, "source": …, "dimensions": […]}}. A full definition under a built-in's id is read
 * as the built-in when it is equal to it and refused otherwise: {@code $.framework.id:
 * "collective-impact" is a built-in framework; refer to it by id and edition, or give a custom
 * framework its own id}. The {@code framework} document holds a framework in full.
 *
 * <pre>{@code
 * String json = CommonGroundJson.write(AlignmentJson.ALIGNMENT_RATINGS, ratings);
 * // {"format":"commonground.alignment-ratings","version":1,
 * //  "framework":{"builtIn":"collective-impact","edition":"Kania & Kramer 2011"},
 * //  "scale":{"min":1,"max":5,"labels":[…]},"ratings":[{"partner":"a","dimension":"common-agenda","value":4}]}
 * }</pre>
 *
 * <p>A response scale is written as {@code {"min": 1, "max": 5, "labels": […]}}. Agreement
 * ({@code org.commonground.scoring.alignment.Agreement}) is a function, not a value, and has no
 * JSON form.
 */
public final class AlignmentJson {

  private AlignmentJson() {}

  private static final List<Framework> BUILT_IN_FRAMEWORKS =
      List.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.COLLECTIVE_IMPACT, Frameworks.WORKING_TOGETHER);

  private static final Field<Criterion, String> CR_ID = Field.required("id", Codecs.ID, Criterion::id);
  private static final Field<Criterion, String> CR_TEXT = Field.required("text", Codecs.TEXT, Criterion::text);

  /** A criterion: {@code {"id": "common-vision", "text": "Commitment to a common vision"}}. */
  public static final Codec<Criterion> CRITERION = ObjectCodec.of("a criterion", "Criterion",
      List.of(CR_ID, CR_TEXT), v -> Criterion.of(v.get(CR_ID), v.get(CR_TEXT)));

  private static final Field<Dimension, String> D_ID = Field.required("id", Codecs.ID, Dimension::id);
  private static final Field<Dimension, String> D_NAME = Field.required("name", Codecs.TEXT, Dimension::name);
  private static final Field<Dimension, String> D_DESCRIPTION =
      Field.required("description", Codecs.TEXT, Dimension::description);
  private static final Field<Dimension, List<Criterion>> D_CRITERIA =
      Field.withDefault("criteria", Codecs.list(CRITERION), Dimension::criteria, List::empty);

  /** A dimension: id, name, description and criteria (none unless given). */
  public static final Codec<Dimension> DIMENSION = ObjectCodec.of("a dimension", "Dimension",
      List.of(D_ID, D_NAME, D_DESCRIPTION, D_CRITERIA),
      v -> Dimension.of(v.get(D_ID), v.get(D_NAME), v.get(D_DESCRIPTION), RelationshipJson.orElse(v.get(D_CRITERIA), List.empty())));

  // ---------------------------------------------------------------- frameworks

  private static final Field<Framework, String> FW_ID = Field.required("id", Codecs.ID, Framework::id);
  private static final Field<Framework, String> FW_NAME = Field.required("name", Codecs.TEXT, Framework::name);
  private static final Field<Framework, String> FW_EDITION = Field.required("edition", Codecs.TEXT, Framework::edition);
  private static final Field<Framework, String> FW_SOURCE = Field.required("source", Codecs.TEXT, Framework::source);
  private static final Field<Framework, List<Dimension>> FW_DIMENSIONS =
      Field.required("dimensions", Codecs.list(DIMENSION), Framework::dimensions);

  /** A framework in full, as the {@code framework} document holds it; under a built-in's id, only that built-in. */
  public static final ObjectCodec<Framework> FRAMEWORK_DEFINITION = ObjectCodec.of("a framework", "FrameworkDefinition",
      List.of(FW_ID, FW_NAME, FW_EDITION, FW_SOURCE, FW_DIMENSIONS),
      v -> defineFramework(v.get(FW_ID), v.get(FW_NAME), v.get(FW_EDITION), v.get(FW_SOURCE), v.get(FW_DIMENSIONS)));

  private static boolean isBuiltIn(Framework f) {
    return BUILT_IN_FRAMEWORKS.exists(b -> b == f || b.equals(f));
  }

  private static final Field<Framework, Option<String>> R_BUILT_IN =
      Field.optional("builtIn", Codecs.ID, f -> isBuiltIn(f) ? Option.of(f.id()) : Option.none());
  private static final Field<Framework, Option<String>> R_ID = defined("id", Codecs.ID, Framework::id);
  private static final Field<Framework, Option<String>> R_NAME = defined("name", Codecs.TEXT, Framework::name);
  private static final Field<Framework, Option<String>> R_EDITION =
      Field.optional("edition", Codecs.TEXT, f -> Option.of(f.edition()));
  private static final Field<Framework, Option<String>> R_SOURCE = defined("source", Codecs.TEXT, Framework::source);
  private static final Field<Framework, Option<List<Dimension>>> R_DIMENSIONS =
      defined("dimensions", Codecs.list(DIMENSION), Framework::dimensions);

  private static <T> Field<Framework, Option<T>> defined(String name, Codec<T> codec, Function<Framework, T> getter) {
    return Field.optional(name, codec, f -> isBuiltIn(f) ? Option.none() : Option.of(getter.apply(f)));
  }

  private static final ObjectCodec<Framework> FRAMEWORK_FORM = ObjectCodec.of("a framework", "Framework",
      List.of(R_BUILT_IN, R_ID, R_NAME, R_EDITION, R_SOURCE, R_DIMENSIONS), AlignmentJson::framework);

  /**
   * A framework where a document uses one: a reference to a built-in by id and edition, or a
   * custom framework in full.
   */
  public static final Codec<Framework> FRAMEWORK_REFERENCE = RelationshipJson.withSchema(FRAMEWORK_FORM, "Framework",
      schemas -> {
        ArrayNode refs = Schemas.node().putArray("oneOf");
        for (Framework b : BUILT_IN_FRAMEWORKS) {
          ObjectNode ref = Schemas.node().put("type", "object")
              .put("description", "the built-in framework " + b.id() + ", by id and edition");
          ObjectNode properties = ref.putObject("properties");
          properties.putObject("builtIn").put("const", b.id());
          properties.putObject("edition").put("const", b.edition());
          ref.putArray("required").add("builtIn").add("edition");
          ref.put("additionalProperties", false);
          refs.add(ref);
        }
        ObjectNode any = RelationshipJson.oneOf();
        ((ArrayNode) any.get("oneOf")).addAll(refs).add(FRAMEWORK_DEFINITION.schema(schemas));
        return any;
      });

  private static Framework framework(ObjectCodec.Values v) {
    Option<String> builtIn = v.get(R_BUILT_IN);
    Option<String> edition = v.get(R_EDITION);
    java.util.List<Violation> found = new ArrayList<>();
    if (builtIn == null) {
      throw RelationshipJson.unreadable("builtIn");
    }
    if (builtIn.isDefined()) {
      for (Field<Framework, ? extends Option<?>> f : List.of(R_ID, R_NAME, R_SOURCE, R_DIMENSIONS)) {
        Option<?> value = v.get(f);
        if (value == null || value.isDefined()) {
          found.add(Violation.of(f.name(), "must not be here: a reference to a built-in framework has only builtIn and edition"));
        }
      }
      Option<Framework> known = BUILT_IN_FRAMEWORKS.find(b -> b.id().equals(builtIn.get()));
      if (known.isEmpty()) {
        found.add(Violation.of("builtIn", "must be one of " + BUILT_IN_FRAMEWORKS.map(Framework::id).mkString(", ")
            + " (the built-in frameworks), got \"" + builtIn.get() + "\"; a custom framework is defined in full with its own id"));
      } else if (edition != null && edition.isEmpty()) {
        found.add(Violation.of("edition", "is required: the edition of the built-in framework, \"" + known.get().edition() + "\""));
      } else if (edition != null && !edition.get().equals(known.get().edition())) {
        found.add(Violation.of("edition", "must be \"" + known.get().edition() + "\" (the edition of the built-in framework "
            + known.get().id() + "), got \"" + edition.get() + "\""));
      }
      if (!found.isEmpty()) {
        throw new ValidationException("Framework", List.ofAll(found));
      }
      return known.get();
    }
    String id = RelationshipJson.required(v.get(R_ID), "id", Codecs.ID, found);
    String name = RelationshipJson.required(v.get(R_NAME), "name", Codecs.TEXT, found);
    String ed = RelationshipJson.required(edition, "edition", Codecs.TEXT, found);
    String source = RelationshipJson.required(v.get(R_SOURCE), "source", Codecs.TEXT, found);
    List<Dimension> dimensions = RelationshipJson.required(v.get(R_DIMENSIONS), "dimensions", Codecs.list(DIMENSION), found);
    if (!found.isEmpty()) {
      throw new ValidationException("Framework", List.ofAll(found));
    }
    return defineFramework(id, name, ed, source, dimensions);
  }


  private static Framework defineFramework(String id, String name, String edition, String source, List<Dimension> dimensions) {
    java.util.List<Violation> found = new ArrayList<>();
    Framework built = null;
    try {
      built = Framework.of(id, name, edition, source, dimensions);
    } catch (ValidationException e) {
      e.forEachViolation(found::add);
    }
    Framework made = built;
    Option<Framework> same = BUILT_IN_FRAMEWORKS.find(b -> b.id().equals(id));
    if (same.isDefined() && (made == null || !same.get().equals(made))) {
      found.add(0, Violation.of("id", "\"" + id + "\" is a built-in framework; refer to it by id and edition, or give a "
          + "custom framework its own id"));
    }
    if (!found.isEmpty()) {
      throw new ValidationException("Framework " + id, List.ofAll(found));
    }
    return same.isDefined() ? same.get() : built;
  }

  /** The document of a framework defined in full, {@code commonground.framework}. */
  public static final DocumentKind<Framework> FRAMEWORK =
      DocumentKind.of("framework", Framework.class, FRAMEWORK_DEFINITION);

  // ---------------------------------------------------------------- ratings

  /** A response scale as alignment ratings use it: the readiness form, {@code {"min": 1, "max": 5, "labels": […]}}. */
  static final Codec<ResponseScale> SCALE = ReadinessJson.RESPONSE_SCALE;

  private static final Field<Rating, String> RT_PARTNER = Field.required("partner", Codecs.ID, Rating::partner);
  private static final Field<Rating, String> RT_DIMENSION = Field.required("dimension", Codecs.ID, Rating::dimension);
  private static final Field<Rating, Option<String>> RT_CRITERION =
      Field.optional("criterion", Codecs.ID, Rating::criterion);
  private static final Field<Rating, Integer> RT_VALUE = Field.required("value", Codecs.INT, Rating::value);

  /** A rating: {@code {"partner": "a", "dimension": "leadership", "criterion": "common-vision", "value": 4}}, the criterion optional. */
  public static final Codec<Rating> RATING = ObjectCodec.of("a rating", "Rating",
      List.of(RT_PARTNER, RT_DIMENSION, RT_CRITERION, RT_VALUE),
      v -> ImmutableRating.builder()
          .partner(v.get(RT_PARTNER))
          .dimension(v.get(RT_DIMENSION))
          .criterion(v.get(RT_CRITERION))
          .value(v.get(RT_VALUE))
          .build());

  private static final Field<AlignmentRatings, Framework> AR_FRAMEWORK =
      Field.required("framework", FRAMEWORK_REFERENCE, AlignmentRatings::framework);
  private static final Field<AlignmentRatings, ResponseScale> AR_SCALE =
      Field.required("scale", SCALE, AlignmentRatings::scale);
  private static final Field<AlignmentRatings, List<Rating>> AR_RATINGS =
      Field.required("ratings", Codecs.list(RATING), AlignmentRatings::ratings);

  /** Alignment ratings: the framework (a built-in by reference), the scale, and the ratings. */
  public static final ObjectCodec<AlignmentRatings> ALIGNMENT_RATINGS_FORM = ObjectCodec.of("alignment ratings",
      "AlignmentRatings", List.of(AR_FRAMEWORK, AR_SCALE, AR_RATINGS),
      v -> AlignmentRatings.of(v.get(AR_FRAMEWORK), v.get(AR_SCALE), v.get(AR_RATINGS)));

  /** The document of alignment ratings, {@code commonground.alignment-ratings}. */
  public static final DocumentKind<AlignmentRatings> ALIGNMENT_RATINGS =
      DocumentKind.of("alignment-ratings", AlignmentRatings.class, ALIGNMENT_RATINGS_FORM);

  // ---------------------------------------------------------------- profiles

  private static final Codec<AlignmentClass> ALIGNMENT_CLASS = Codecs.enumeration(AlignmentClass.class, "an alignment class");

  private static final Field<DimensionAlignment, Dimension> DA_DIMENSION =
      Field.required("dimension", DIMENSION, DimensionAlignment::dimension);
  private static final Field<DimensionAlignment, Option<String>> DA_CRITERION =
      Field.optional("criterion", Codecs.ID, DimensionAlignment::criterion);
  private static final Field<DimensionAlignment, Integer> DA_RATERS =
      Field.required("raters", Codecs.INT, DimensionAlignment::raters);
  private static final Field<DimensionAlignment, Option<Double>> DA_MEAN =
      Field.optional("mean", Codecs.DOUBLE, DimensionAlignment::mean);
  private static final Field<DimensionAlignment, Option<Double>> DA_MEDIAN =
      Field.optional("median", Codecs.DOUBLE, DimensionAlignment::median);
  private static final Field<DimensionAlignment, Option<Double>> DA_AGREEMENT =
      Field.optional("agreement", Codecs.DOUBLE, DimensionAlignment::agreement);
  private static final Field<DimensionAlignment, AlignmentClass> DA_CLASS =
      Field.required("alignmentClass", ALIGNMENT_CLASS, DimensionAlignment::alignmentClass);
  private static final Field<DimensionAlignment, List<String>> DA_FURTHEST =
      Field.required("furthest", Codecs.list(Codecs.STRING), DimensionAlignment::furthest);
  private static final Field<DimensionAlignment, Message> DA_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, DimensionAlignment::explanationMessage);

  /** The alignment of one dimension (or criterion): its level, the partners' agreement, and its class. */
  public static final Codec<DimensionAlignment> DIMENSION_ALIGNMENT = ObjectCodec.of("a dimension alignment",
      "DimensionAlignment",
      List.of(DA_DIMENSION, DA_CRITERION, DA_RATERS, DA_MEAN, DA_MEDIAN, DA_AGREEMENT, DA_CLASS, DA_FURTHEST, DA_EXPLANATION),
      v -> ImmutableDimensionAlignment.builder()
          .dimension(v.get(DA_DIMENSION))
          .criterion(v.get(DA_CRITERION))
          .raters(v.get(DA_RATERS))
          .mean(v.get(DA_MEAN))
          .median(v.get(DA_MEDIAN))
          .agreement(v.get(DA_AGREEMENT))
          .alignmentClass(v.get(DA_CLASS))
          .furthest(v.get(DA_FURTHEST))
          .explanationMessage(v.get(DA_EXPLANATION))
          .build());

  private static final Field<FrameworkProfile, String> FP_FRAMEWORK =
      Field.required("framework", Codecs.ID, FrameworkProfile::framework);
  private static final Field<FrameworkProfile, String> FP_NAME = Field.required("name", Codecs.TEXT, FrameworkProfile::name);
  private static final Field<FrameworkProfile, String> FP_EDITION =
      Field.required("edition", Codecs.TEXT, FrameworkProfile::edition);
  private static final Field<FrameworkProfile, List<DimensionAlignment>> FP_DIMENSIONS =
      Field.required("dimensions", Codecs.list(DIMENSION_ALIGNMENT), FrameworkProfile::dimensions);
  private static final Field<FrameworkProfile, List<DimensionAlignment>> FP_CRITERIA =
      Field.required("criteria", Codecs.list(DIMENSION_ALIGNMENT), FrameworkProfile::criteria);
  private static final Field<FrameworkProfile, List<Violation>> FP_CHECKS =
      Field.required("checks", Codecs.list(ProblemDetails.VIOLATION), FrameworkProfile::checks);

  /** A framework's profile: each dimension's and rated criterion's alignment, and seed 001's checks. */
  public static final ObjectCodec<FrameworkProfile> FRAMEWORK_PROFILE_FORM = ObjectCodec.of("a framework profile",
      "FrameworkProfile", List.of(FP_FRAMEWORK, FP_NAME, FP_EDITION, FP_DIMENSIONS, FP_CRITERIA, FP_CHECKS),
      v -> ImmutableFrameworkProfile.builder()
          .framework(v.get(FP_FRAMEWORK))
          .name(v.get(FP_NAME))
          .edition(v.get(FP_EDITION))
          .dimensions(v.get(FP_DIMENSIONS))
          .criteria(v.get(FP_CRITERIA))
          .checks(v.get(FP_CHECKS))
          .build());

  /** The document of a framework profile, {@code commonground.framework-profile}. */
  public static final DocumentKind<FrameworkProfile> FRAMEWORK_PROFILE =
      DocumentKind.of("framework-profile", FrameworkProfile.class, FRAMEWORK_PROFILE_FORM);

  /** The document kinds of this domain. */
  static final List<DocumentKind<?>> DOCUMENTS = List.of(FRAMEWORK, ALIGNMENT_RATINGS, FRAMEWORK_PROFILE);

  /** The codecs of this domain's types, for {@link CommonGroundModule}. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Criterion.class, CRITERION),
      Binding.of(Dimension.class, DIMENSION),
      Binding.of(Framework.class, FRAMEWORK_REFERENCE),
      Binding.of(Rating.class, RATING),
      Binding.of(AlignmentRatings.class, ALIGNMENT_RATINGS_FORM),
      Binding.of(AlignmentClass.class, ALIGNMENT_CLASS),
      Binding.of(DimensionAlignment.class, DIMENSION_ALIGNMENT),
      Binding.of(FrameworkProfile.class, FRAMEWORK_PROFILE_FORM));
}
