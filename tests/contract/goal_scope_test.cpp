// The tally and the board paper scoped to one well-being goal, on every backend: a small portfolio
// worked out by hand, with innovations serving "A resilient Wales" directly (tagged with it) and
// through their ambition (the ambition is tagged), one tagged with other goals only and one not at
// all; and, for every goal, the backend's innovations in scope against tracker's rule (servesGoal).
#include "backend_under_test.hpp"
#include "records.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

// Q3 of 2026/27, the board as of Tuesday 15 December 2026. No review has closed, so every setback
// and lesson recorded by the day is new.
//   ambitions: the seed's (untagged); 2 "Flood-ready valleys" (resilient); 3 "Healthy homes"
//     (healthier); 4 "Coastal defences" (resilient, prosperous: nothing serves it);
//     5 "Dark skies" (globally-responsible: nothing serves it).
//   innovations (all active):
//     sandbags "Sandbag library": tagged resilient and cohesive itself, of "Healthy homes"; led by Bob;
//       priority 2; a milestone done 10 Oct (baseline 31 Oct: on time); an intelligent setback 5 Nov
//       with a lesson.
//     sensors "Flood sensors": untagged, of "Flood-ready valleys" (so it serves resilient); no
//       cabinet lead; priority 1, Exploring since 15 Oct; a benefit realised 1 Nov; a 4×4 risk
//       raised 2 Oct, open; a basic setback 1 Dec; a milestone due 1 Dec, not done (overdue).
//     video (the seed's) "Home care by video": untagged, of the untagged ambition: out of scope; a
//       milestone done 20 Nov (baseline 10 Nov: late); a complex setback 20 Oct; a 3×3 risk raised
//       3 Nov, open; a lesson 25 Oct; a milestone due 30 Nov, not done.
//     grants "Warm homes grants": tagged healthier and prosperous, of "Healthy homes": out of
//       scope; priority 1; a benefit realised 10 Dec; a 5×5 risk raised 5 Oct, open.
struct GoalPortfolio {
    TestPortfolio portfolio;
    PortfolioStore& store = portfolio.store();
    Seed ids = seed(store);
    Id valleys = 0, homes = 0, coast = 0, darkSkies = 0;
    Id sandbags = 0, sensors = 0, grants = 0;

    GoalPortfolio() {
        valleys = ambition("Flood-ready valleys", {WellbeingGoal::Resilient});
        homes = ambition("Healthy homes", {WellbeingGoal::Healthier});
        coast = ambition("Coastal defences", {WellbeingGoal::Resilient, WellbeingGoal::Prosperous});
        darkSkies = ambition("Dark skies", {WellbeingGoal::GloballyResponsible});

        Innovation draft = sampleInnovation(ids, "Sandbag library");
        draft.ambitionId = homes;
        draft.goals = {WellbeingGoal::Resilient, WellbeingGoal::Cohesive};
        draft.priority = 2;
        sandbags = store.insertInnovation(draft);
        milestone(sandbags, "Open the library", Date(2026, 10, 31), Date(2026, 10, 10));
        const Id intelligent = setback(sandbags, "Nobody borrowed in the first week", Date(2026, 11, 5),
                                       FailureKind::Intelligent);
        lesson(sandbags, intelligent, "Tell the parish councils first", Date(2026, 11, 6));

        draft = sampleInnovation(ids, "Flood sensors");
        draft.ambitionId = valleys;
        draft.cabinetLeadId = std::nullopt;
        draft.priority = 1;
        draft.stage = Stage::Exploring;
        sensors = store.insertInnovation(draft);
        store.insertStageChange(sampleStageChange(sensors, Stage::Idea, Stage::Exploring, Date(2026, 10, 15),
                                                  ids.cabinet));
        benefit(sensors, Date(2026, 11, 1));
        risk(sensors, "River gauge vendor folds", 4, Date(2026, 10, 2));
        setback(sensors, "A sensor washed away", Date(2026, 12, 1), FailureKind::Basic);
        milestone(sensors, "Fit ten gauges", Date(2026, 12, 1), std::nullopt);

        milestone(ids.innovation, "Train the carers", Date(2026, 11, 10), Date(2026, 11, 20));
        setback(ids.innovation, "Calls dropped in the hills", Date(2026, 10, 20), FailureKind::Complex);
        risk(ids.innovation, "Broadband too slow", 3, Date(2026, 11, 3));
        lesson(ids.innovation, std::nullopt, "Test the line before the visit", Date(2026, 10, 25));
        milestone(ids.innovation, "Sign up fifty homes", Date(2026, 11, 30), std::nullopt);

        draft = sampleInnovation(ids, "Warm homes grants");
        draft.ambitionId = homes;
        draft.goals = {WellbeingGoal::Healthier, WellbeingGoal::Prosperous};
        draft.priority = 1;
        grants = store.insertInnovation(draft);
        benefit(grants, Date(2026, 12, 10));
        risk(grants, "Grant fund cut", 5, Date(2026, 10, 5));
    }

    Id ambition(const std::string& title, WellbeingGoals goals) {
        Ambition draft;
        draft.title = title;
        draft.horizonYear = 2040;
        draft.goals = goals;
        return store.insertAmbition(draft);
    }
    void milestone(Id innovation, const std::string& title, Date baseline, std::optional<Date> completed) {
        Milestone draft = sampleMilestone(innovation, title, baseline);
        draft.completedOn = completed;
        store.insertMilestone(draft);
    }
    Id setback(Id innovation, const std::string& what, Date on, FailureKind kind) {
        Setback draft = sampleSetback(ids, what, on);
        draft.innovationId = innovation;
        draft.kind = kind;
        const Id id = store.insertSetback(draft);
        recordAdded(store, ids.officer, "setback", id);
        return id;
    }
    void lesson(Id innovation, OptionalId from, const std::string& what, Date on) {
        Lesson draft = sampleLesson(ids, what);
        draft.innovationId = innovation;
        draft.setbackId = from;
        draft.source = from ? LessonSource::Setback : LessonSource::Other;
        draft.recordedOn = on;
        recordAdded(store, ids.officer, "lesson", store.insertLesson(draft));
    }
    void benefit(Id innovation, Date on) {
        Benefit draft;
        draft.innovationId = innovation;
        draft.measure = "Homes helped";
        draft.baseline = 0;
        draft.target = 10;
        draft.actual = 12;
        draft.realisedOn = on;
        store.insertBenefit(draft);
    }
    // Likelihood and impact both `score` (4 gives 4×4 = 16), open.
    void risk(Id innovation, const std::string& title, int score, Date raised) {
        Risk draft = sampleRisk(ids, title);
        draft.innovationId = innovation;
        draft.inherentLikelihood = score;
        draft.inherentImpact = score;
        draft.raisedOn = raised;
        store.insertRisk(draft);
    }
};

const Period kGoalQ3{Date(2026, 10, 1), Date(2026, 12, 31)};
const Date kBoardDay(2026, 12, 15);

TallyScope resilientScope() {
    TallyScope scope;
    scope.goal = WellbeingGoal::Resilient;
    return scope;
}

std::vector<std::string> keysOf(const std::vector<TallyRow>& rows) {
    std::vector<std::string> keys;
    for (const TallyRow& row : rows) keys.push_back(row.key);
    return keys;
}

}  // namespace

TEST_CASE("the tally scoped to a goal counts the innovations tagged with it and those of ambitions tagged with it",
          "[contract][backend][tally][wellbeing]") {
    GoalPortfolio fixed;
    const TallyQueries& queries = fixed.portfolio.backend().tallyQueries();
    const auto rows = queries.tally(kGoalQ3, resilientScope(), TallyGrouping::None);
    REQUIRE(rows.size() == 1);
    const TallyCounts& c = rows[0].counts;
    CHECK(c.milestonesOnTime == 1);     // the library opened 10 Oct, before its baseline
    CHECK(c.milestonesLate == 0);       // the carers' training (late) is the video's, out of scope
    CHECK(c.benefitsRealised == 1);     // the sensors' on 1 Nov; the grants' 10 Dec is out of scope
    CHECK(c.stageAdvances == 1);        // the sensors to Exploring on 15 Oct
    CHECK(c.setbacksIntelligent == 1);  // the library's, 5 Nov
    CHECK(c.setbacksBasic == 1);        // the sensor washed away, 1 Dec
    CHECK(c.setbacksComplex == 0);      // the dropped calls are the video's
    CHECK(c.setbacksWithLesson == 1);
    CHECK(c.risksRaised == 1);          // the vendor, 2 Oct; the broadband and the fund are out of scope
    CHECK(c.risksRaisedCritical == 1);  // 4×4 = 16
    CHECK(c.risksRaisedOpen == 1);
    CHECK(c.risksOpenAtEnd == 1);
    CHECK(c.wentRight() == 3);
    CHECK(c.wentWrong() == 2);

    // The whole council, for contrast: every innovation's events.
    const TallyCounts all = queries.tally(kGoalQ3, {}, TallyGrouping::None).at(0).counts;
    CHECK(all.wentRight() == 5);  // 2 milestones (one late), 2 benefits, 1 stage advance
    CHECK(all.wentWrong() == 3);
    CHECK(all.risksRaised == 3);

    // A goal nothing is tagged with, directly or through an ambition, counts nothing.
    TallyScope equal;
    equal.goal = WellbeingGoal::MoreEqual;
    CHECK(queries.tally(kGoalQ3, equal, TallyGrouping::None).at(0).counts == TallyCounts{});

    // Another goal's innovations: healthier is the grants (tagged) and the library (of "Healthy homes").
    TallyScope healthier;
    healthier.goal = WellbeingGoal::Healthier;
    const TallyCounts h = queries.tally(kGoalQ3, healthier, TallyGrouping::None).at(0).counts;
    CHECK(h.benefitsRealised == 1);  // the grants' 10 Dec
    CHECK(h.milestonesOnTime == 1);  // the library's
    CHECK(h.risksRaised == 1);       // the fund

    // The goal with the other scopes: Bob leads the library, not the sensors.
    TallyScope bobs = resilientScope();
    bobs.cabinetLeadId = fixed.ids.cabinet;
    const TallyCounts b = queries.tally(kGoalQ3, bobs, TallyGrouping::None).at(0).counts;
    CHECK(b.wentRight() == 1);
    CHECK(b.wentWrong() == 1);
    CHECK(b.risksRaised == 0);

    // The open-risk heat map on the last day: only the vendor's 4×4.
    const RiskHeatMap map = queries.openRiskHeatMap(kGoalQ3.to, resilientScope());
    std::int64_t total = 0;
    for (const auto& row : map)
        for (const auto cell : row) total += cell;
    CHECK(total == 1);
    CHECK(map[3][3] == 1);
}

TEST_CASE("the tally scoped to a goal, grouped, lists only the groups in scope and the ambitions tagged with it",
          "[contract][backend][tally][wellbeing]") {
    GoalPortfolio fixed;
    const TallyQueries& queries = fixed.portfolio.backend().tallyQueries();
    const auto id = [](Id value) { return std::to_string(value); };

    const auto byInnovation = queries.tally(kGoalQ3, resilientScope(), TallyGrouping::Innovation);
    CHECK(keysOf(byInnovation) == std::vector<std::string>{id(fixed.sandbags), id(fixed.sensors)});
    CHECK(byInnovation[0].counts.wentRight() == 1);  // the library: its milestone
    CHECK(byInnovation[1].counts.wentRight() == 2);  // the sensors: the benefit and the stage advance

    // Ambitions: the valleys (tagged, holds the sensors), the homes (holds the library, tagged
    // with it itself), the coast (tagged, nothing in it yet); not the seed's nor the dark skies.
    const auto byAmbition = queries.tally(kGoalQ3, resilientScope(), TallyGrouping::Ambition);
    CHECK(keysOf(byAmbition) == std::vector<std::string>{id(fixed.valleys), id(fixed.homes), id(fixed.coast)});
    CHECK(byAmbition[0].counts.wentWrong() == 1);  // the sensor washed away
    CHECK(byAmbition[1].counts.wentWrong() == 1);  // the library's setback, not the grants' (none)
    CHECK(byAmbition[2].counts == TallyCounts{});

    // Cabinet: Bob leads the library; the sensors have no cabinet lead. Ann, who leads nothing in
    // scope, is not a row.
    const auto byCabinet = queries.tally(kGoalQ3, resilientScope(), TallyGrouping::Cabinet);
    CHECK(keysOf(byCabinet) == std::vector<std::string>{id(fixed.ids.cabinet), "none"});
    CHECK(byCabinet[0].counts.setbacksIntelligent == 1);
    CHECK(byCabinet[1].counts.setbacksBasic == 1);

    const auto byQuarter = queries.tally(kGoalQ3, resilientScope(), TallyGrouping::Quarter);
    REQUIRE(byQuarter.size() == 1);
    CHECK(byQuarter[0].counts.wentRight() == 3);
    CHECK(byQuarter[0].counts.risksOpenAtEnd == 1);
}

TEST_CASE("the board paper scoped to a goal lists the innovations serving it and the ambitions tagged with it",
          "[contract][backend][board][wellbeing]") {
    GoalPortfolio fixed;
    const BoardQueries& board = fixed.portfolio.backend().boardQueries();
    BoardScope scope{kBoardDay, std::nullopt, WellbeingGoal::Resilient};
    const BoardLists lists = board.boardLists(scope, std::nullopt, std::nullopt, 15, std::nullopt);

    // By priority: the sensors (1), then the library (2); the grants (1) and the video are out.
    REQUIRE(lists.innovations.total == 2);
    REQUIRE(lists.innovations.rows.size() == 2);
    CHECK(lists.innovations.rows[0].innovationId == fixed.sensors);
    CHECK(lists.innovations.rows[0].overdueMilestones == 1);
    CHECK(lists.innovations.rows[0].topRiskScore == 16);
    CHECK(lists.innovations.rows[1].innovationId == fixed.sandbags);
    CHECK(lists.innovations.rows[1].setbacksSince == 1);
    CHECK(lists.innovations.rows[1].lessonsSince == 1);

    REQUIRE(lists.overdueMilestones.total == 1);  // the gauges; the video's fifty homes are out
    CHECK(lists.overdueMilestones.rows[0].innovationId == fixed.sensors);
    REQUIRE(lists.criticalRisks.total == 1);  // the vendor's 16; the fund's 25 is the grants'
    CHECK(lists.criticalRisks.rows[0].innovationId == fixed.sensors);
    REQUIRE(lists.setbacks.total == 2);  // by date: the library's 5 Nov, the sensor's 1 Dec
    CHECK(lists.setbacks.rows[0].innovationId == fixed.sandbags);
    CHECK(lists.setbacks.rows[1].innovationId == fixed.sensors);
    REQUIRE(lists.lessons.total == 1);  // the library's; the video's is out
    CHECK(lists.lessons.rows[0].innovationId == fixed.sandbags);
    REQUIRE(lists.ambitionsWithoutActiveInnovation.size() == 1);  // the coast; not the dark skies
    CHECK(lists.ambitionsWithoutActiveInnovation[0].ambitionId == fixed.coast);

    // The whole council, for contrast.
    const BoardLists all =
        board.boardLists({kBoardDay, std::nullopt, std::nullopt}, std::nullopt, std::nullopt, 15, std::nullopt);
    CHECK(all.innovations.total == 4);
    CHECK(all.overdueMilestones.total == 2);
    CHECK(all.criticalRisks.total == 2);
    CHECK(all.setbacks.total == 3);
    CHECK(all.lessons.total == 2);
    REQUIRE(all.ambitionsWithoutActiveInnovation.size() == 2);
    CHECK(all.ambitionsWithoutActiveInnovation[1].ambitionId == fixed.darkSkies);

    // With Bob's innovations only: the library.
    scope.cabinetLeadId = fixed.ids.cabinet;
    const BoardLists bobs = board.boardLists(scope, std::nullopt, std::nullopt, 15, std::nullopt);
    REQUIRE(bobs.innovations.total == 1);
    CHECK(bobs.innovations.rows[0].innovationId == fixed.sandbags);
    CHECK(bobs.criticalRisks.total == 0);
}

TEST_CASE("for every goal, the backend's innovations in scope are those tracker's rule says serve it",
          "[contract][backend][board][tally][wellbeing]") {
    GoalPortfolio fixed;
    std::map<Id, WellbeingGoals> ambitionGoals;
    for (const Ambition& ambition : fixed.store.listAmbitions()) ambitionGoals[ambition.id] = ambition.goals;
    std::size_t served = 0;
    for (const auto& entry : Scale<WellbeingGoal>::entries) {
        std::set<std::string> byRule;
        std::set<Id> activeByRule;
        for (const Innovation& innovation : fixed.store.listInnovations({}))
            if (servesGoal(entry.value, innovation.goals,
                           innovation.ambitionId ? ambitionGoals[*innovation.ambitionId] : WellbeingGoals{})) {
                byRule.insert(std::to_string(innovation.id));
                activeByRule.insert(innovation.id);  // every innovation of the fixture is active
            }
        served += byRule.size();
        TallyScope scope;
        scope.goal = entry.value;
        const auto rows = fixed.portfolio.backend().tallyQueries().tally(kGoalQ3, scope, TallyGrouping::Innovation);
        const auto keys = keysOf(rows);
        CHECK(std::set<std::string>(keys.begin(), keys.end()) == byRule);
        const BoardLists lists = fixed.portfolio.backend().boardQueries().boardLists(
            {kBoardDay, std::nullopt, entry.value}, std::nullopt, std::nullopt, 15, std::nullopt);
        std::set<Id> onBoard;
        for (const BoardInnovationFacts& facts : lists.innovations.rows) onBoard.insert(facts.innovationId);
        CHECK(onBoard == activeByRule);
    }
    // resilient 2, healthier 2 (the grants, the library), prosperous 1, cohesive 1: the rule was put
    // to work, not only to empty sets.
    CHECK(served == 6);
}
