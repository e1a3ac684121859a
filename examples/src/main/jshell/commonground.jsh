// Common Ground in JShell: the entry point of every capability, imported, and the sample
// partnership's data, scored, in variables to start from.
//
//   ./mvnw -q -Pjshell -DskipTests package
//
// Vavr's collections are imported one by one: `import io.vavr.collection.*` would clash with
// JShell's default `java.util.*` (List, Set, Map).

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;

import org.commonground.core.partner.*;
import org.commonground.core.validation.*;
import org.commonground.core.relationship.*;
import org.commonground.core.alignment.*;
import org.commonground.core.readiness.*;
import org.commonground.core.measure.*;
import org.commonground.scoring.relationship.*;
import org.commonground.scoring.alignment.*;
import org.commonground.scoring.readiness.*;
import org.commonground.scoring.measure.*;
import org.commonground.scoring.suppression.*;
import org.commonground.scoring.uncertainty.*;
import org.commonground.scoring.numeric.ExactSum;
import org.commonground.serialization.*;
import org.commonground.serialization.csv.*;
import org.commonground.serialization.rendering.Charts;
import org.commonground.serialization.text.*;
import org.commonground.examples.*;

// Relationship types
Partnership partnership = SampleRelationships.partnership();
Fit fit = Relationships.fit(SampleRelationships.question());
PartnerRatingSummary ratings = PartnerRatingScoring.score(SampleRelationships.partnerRatings());
NetworkMeasures network = NetworkScoring.score(SampleRelationships.network());

// Alignment dimensions
FrameworkProfile alignment = AlignmentScoring.withDefaults().profile(SampleAlignment.ratings(), Option.of(SampleMeasures.measures()));

// Readiness scoring
SurveyScore survey = SurveyScoring.withDefaults().score(SampleReadiness.survey());
CommunityReadinessScore readiness = StageScoring.score(SampleReadiness.assessment());

// Shared measures
Scorecard scorecard = Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters);
MeasurePartial records = SampleRecords.partial();

var json = CommonGroundJson.mapper();

// The sample's parts, under the names the README's examples use
SortedMap<String, Integer> resources = SampleRelationships.question().available();
Instrument instrument = SampleReadiness.inventory();
List<Item> items = instrument.items();
List<SurveyResponse> responses = SampleReadiness.survey().responses();
ReadinessAssessment assessment = SampleReadiness.assessment();
List<Interview> interviews = assessment.interviews();
PartnerNetwork partnerNetwork = SampleRelationships.network();
List<Rating> memberRatings = SampleAlignment.ratings().ratings();
SharedMeasureSet measures = SampleMeasures.measures();
List<Observation> observations = SampleMeasures.observations().observations();
ObservationSet data = ObservationSet.of(measures, observations);
Function<Indicator, List<String>> partners = SampleMeasures::reporters;
MeasureLayout layout = SampleRecords.layout();
MeasureTable table = SampleRecords.table();
CountTable counts = SampleRecords.graduatesByLanguage();

System.out.println("""
    Common Ground: the sample partnership is loaded.
      partnership, fit, ratings   relationship types     fit.explanation(), ratings.asymmetricPairs()
      network                     partner network        network.member("lincoln-hs")
      alignment                   alignment dimensions   alignment.mostContestedFirst()
      survey, readiness           readiness scoring      survey.factors(), readiness.stage()
      scorecard, records          shared measures        scorecard.explanation()
      json                        JSON                   json.writeValueAsString(fit)
      partnerNetwork, resources, instrument, items, responses, assessment, interviews, memberRatings, measures,
      observations, data, partners, layout, table, counts: the sample's parts, as the README uses them
    The entry points of every package are imported; the README says where to start.""");
