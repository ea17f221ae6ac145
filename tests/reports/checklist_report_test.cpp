// The checklist's measures and findings on the hand-built portfolio of checklist_fixture.cpp.
// Every expected figure is worked out in the comments from that file's list, not by the code.
#include "checklist_fixture.hpp"
#include "stage_board_fixture.hpp"

#include "reports/board_report.hpp"
#include "reports/checklist_report.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::ChecklistPortfolio;

namespace {

Date day(unsigned short month, unsigned short dayOfMonth) { return Date(2026, month, dayOfMonth); }

// Field by field, so a failure names the count that is wrong.
void checkCounts(const ChecklistCounts& actual, const ChecklistCounts& expected) {
    CHECK(actual.on == expected.on);
    CHECK(actual.innovations == expected.innovations);
    CHECK(actual.innovationsInspired == expected.innovationsInspired);
    CHECK(actual.setbacks == expected.setbacks);
    CHECK(actual.setbacksIntelligent == expected.setbacksIntelligent);
    CHECK(actual.setbacksWithLesson == expected.setbacksWithLesson);
    CHECK(actual.activeInnovations == expected.activeInnovations);
    CHECK(actual.activeWithoutAmbition == expected.activeWithoutAmbition);
    CHECK(actual.activeWithTimeAndMoney == expected.activeWithTimeAndMoney);
    CHECK(actual.ambitions == expected.ambitions);
    CHECK(actual.ambitionsWithoutInnovation == expected.ambitionsWithoutInnovation);
    CHECK(actual.ambitionsWithConcern == expected.ambitionsWithConcern);
    CHECK(actual.cabinetMembers == expected.cabinetMembers);
    CHECK(actual.cabinetMembersLeading == expected.cabinetMembersLeading);
    CHECK(actual.activeWithoutCabinetLead == expected.activeWithoutCabinetLead);
    CHECK(actual.milestonesCompleted == expected.milestonesCompleted);
    CHECK(actual.milestonesOnTime == expected.milestonesOnTime);
    CHECK(actual.innovationsWithSetback == expected.innovationsWithSetback);
    CHECK(actual.innovationsAdvancedAfterSetback == expected.innovationsAdvancedAfterSetback);
    CHECK(actual.reviewWindow == expected.reviewWindow);
    CHECK(actual.weeksWithoutClosedReview == expected.weeksWithoutClosedReview);
    CHECK(actual == expected);
}

ChecklistCounts emptyCounts(Date on, Period window) {
    ChecklistCounts counts;
    counts.on = on;
    counts.reviewWindow = window;
    counts.weeksWithoutClosedReview = 13;
    return counts;
}

}  // namespace

TEST_CASE("checklist counts on the fixture's own day", "[backend][reports][checklist]") {
    ChecklistPortfolio p;
    p.fill();
    ChecklistCounts expected;
    expected.on = day(11, 27);
    expected.innovations = 4;
    expected.innovationsInspired = 2;  // I1 and I3
    expected.setbacks = 5;             // S1 to S5
    expected.setbacksIntelligent = 1;  // S1
    expected.setbacksWithLesson = 3;   // S1 (L1), S3 (L2, recorded today), S4 (L3); L4 is from a success
    // Stages today: I1 Piloting, I2 Stopped, I3 Exploring (moved back), I4 Mainstreamed.
    expected.activeInnovations = 2;           // I1 and I3
    expected.activeWithoutAmbition = 1;       // I3
    expected.activeWithTimeAndMoney = 1;      // I1; I3 has no money
    expected.ambitions = 3;
    expected.ambitionsWithoutInnovation = 2;  // A2 (only I2, stopped) and A3 (none); A1 has I1 and I4
    expected.ambitionsWithConcern = 1;        // A1
    expected.cabinetMembers = 3;              // Bob, Cat, Dan; the leader is not counted
    expected.cabinetMembersLeading = 2;       // Bob (I1) and Cat (I3)
    expected.activeWithoutCabinetLead = 0;    // I4, the one without, is mainstreamed
    expected.milestonesCompleted = 4;         // M1, M2, M3, M5
    expected.milestonesOnTime = 2;            // M1 (on its baseline day) and M5; M3 is late though moved
    expected.innovationsWithSetback = 4;
    // I1 moved forward on 09-01 after S1 (06-15). I2 only stopped after S4; I3 only moved back after
    // S3; I4's forward move was on the same day as S5, not after it.
    expected.innovationsAdvancedAfterSetback = 1;
    expected.reviewWindow = {day(8, 24), day(11, 22)};
    // Reviewed weeks: 08-24 (R1), 08-31 (R2 held Sunday 09-06, closed 09-08), 11-16 (R3 held Sunday
    // 11-22). R4 is the week before the window, R5 the week of the day, R6 is open. 13 - 3 = 10.
    expected.weeksWithoutClosedReview = 10;
    checkCounts(p.checklist().checklistCounts(day(11, 27)), expected);
}

TEST_CASE("checklist counts as of earlier days rebuild each innovation's stage", "[backend][reports][checklist]") {
    ChecklistPortfolio p;
    p.fill();

    SECTION("31 October: I3 before its move back, I4 before it was mainstreamed") {
        ChecklistCounts expected;
        expected.on = day(10, 31);
        expected.innovations = 4;
        expected.innovationsInspired = 2;
        expected.setbacks = 3;                    // S1, S2, S4
        expected.setbacksIntelligent = 1;
        expected.setbacksWithLesson = 2;          // S1, S4
        expected.activeInnovations = 3;           // I1 Piloting, I3 Piloting, I4 Scaling; I2 stopped 10-01
        expected.activeWithoutAmbition = 1;       // I3
        expected.activeWithTimeAndMoney = 2;      // I1, I4
        expected.ambitions = 3;
        expected.ambitionsWithoutInnovation = 2;  // A2, A3
        expected.ambitionsWithConcern = 1;
        expected.cabinetMembers = 3;
        expected.cabinetMembersLeading = 2;
        expected.activeWithoutCabinetLead = 1;    // I4
        expected.milestonesCompleted = 3;         // M1, M2, M3
        expected.milestonesOnTime = 1;            // M1
        expected.innovationsWithSetback = 2;      // I1, I2
        expected.innovationsAdvancedAfterSetback = 1;
        // Saturday 31 October is in the week of Monday 26 October.
        expected.reviewWindow = {day(7, 27), day(10, 25)};
        expected.weeksWithoutClosedReview = 10;   // weeks of R4, R1 and R2 (closed 09-08, before the day)
        checkCounts(p.checklist().checklistCounts(day(10, 31)), expected);
    }
    SECTION("7 September: a review closed after the day does not count yet") {
        ChecklistCounts expected;
        expected.on = day(9, 7);
        expected.innovations = 4;
        expected.innovationsInspired = 2;
        expected.setbacks = 2;                    // S1, S4
        expected.setbacksIntelligent = 1;
        expected.setbacksWithLesson = 2;
        expected.activeInnovations = 4;           // I1 Piloting, I2 Exploring, I3 Piloting, I4 Scaling
        expected.activeWithoutAmbition = 1;       // I3
        expected.activeWithTimeAndMoney = 2;      // I1, I4; I2 has no staff days, I3 no money
        expected.ambitions = 3;
        expected.ambitionsWithoutInnovation = 1;  // A3: I2 still serves A2
        expected.ambitionsWithConcern = 1;
        expected.cabinetMembers = 3;
        expected.cabinetMembersLeading = 2;
        expected.activeWithoutCabinetLead = 1;    // I4
        expected.milestonesCompleted = 2;         // M1, M2
        expected.milestonesOnTime = 1;
        expected.innovationsWithSetback = 2;      // I1, I2
        expected.innovationsAdvancedAfterSetback = 1;  // I1 on 09-01; I2's move was before its setback
        // A Monday starts its own week: the window ends the Sunday before.
        expected.reviewWindow = {day(6, 8), day(9, 6)};
        expected.weeksWithoutClosedReview = 11;   // R4 and R1; R2 was closed on 09-08
        checkCounts(p.checklist().checklistCounts(day(9, 7)), expected);
    }
    SECTION("26 November: a lesson recorded after the day does not cover its setback yet") {
        const ChecklistCounts counts = p.checklist().checklistCounts(day(11, 26));
        CHECK(counts.setbacks == 5);
        CHECK(counts.setbacksWithLesson == 2);  // L2 on S3 is recorded on 11-27
    }
    SECTION("30 April: before every stage change, each innovation is at the stage it was added in") {
        const ChecklistCounts counts = p.checklist().checklistCounts(day(4, 30));
        CHECK(counts.activeInnovations == 4);  // I1 and I2 at Idea, I3 Piloting, I4 Scaling
        CHECK(counts.ambitionsWithoutInnovation == 1);  // A3
        CHECK(counts.setbacks == 0);
        CHECK(counts.innovationsWithSetback == 0);
        CHECK(counts.milestonesCompleted == 0);
        CHECK(counts.weeksWithoutClosedReview == 13);
    }
}

namespace {

// Stage histories written straight into the store (as stage_board_agreement_test.cpp does), four of
// them short of the stage stored now, so the old reading ("the stage its latest change on or before
// the day moved to") and the one every report now takes (docs/REPORTS.md "The stage on the day":
// the stored stage, undone only by a change after the day) disagree. On 25 November 2026:
//   I1 Solar car parks    Mainstreamed  Bob  --  £0       0  Exploring→Piloting 01-10      old: Piloting
//   I2 Food waste         Stopped       Bob  A2  £0       0  Idea→Piloting 03-01           old: Piloting
//   I3 Heat pumps         Piloting      Cat  A1  £50,000 40  Scaling→Mainstreamed 06-01    old: Mainstreamed
//   I4 Library of Things  Exploring     --   A1  £0       0  none
//   I5 Warm hubs          Piloting      Cat  A1  £10,000  5  arrived Piloting 02-01 (reaches it)
//   I6 Community energy   Scaling       Cat  A1  £0       0  arrived Piloting 02-01       old: Piloting
//   I7 Street lighting    Scaling       Cat  A1  £0       0  Idea→Piloting 04-01, Piloting→Scaling 09-01
// Ambitions: A1 "Net zero by 2040" (with a community concern), A2 "Less waste". Dan, a cabinet
// member, leads nothing. All dates are in 2026.
struct ShortHistories {
    testing::TestPortfolio test;
    PortfolioStore& store = test.store();
    testing::RecordWriter write{store};
    FixedClock clock{Date(2026, 11, 27)};
    Portfolio portfolio{store, clock};

    Id leader = write.person("Cllr Ann Leader", Role::Leader);
    Id bob = write.person("Cllr Bob Cabinet", Role::Cabinet);
    Id cat = write.person("Cllr Cat Cabinet", Role::Cabinet);
    Id dan = write.person("Cllr Dan Cabinet", Role::Cabinet);
    Id officer = write.person("Dev Officer", Role::Officer);
    Id netZero = ambition("Net zero by 2040", "Residents asked for cleaner air");
    Id lessWaste = ambition("Less waste", "");

    Id solar = innovation("Solar car parks", Stage::Mainstreamed, bob, std::nullopt, 0, 0, "Bristol's car parks");
    Id foodWaste = innovation("Food waste collection", Stage::Stopped, bob, lessWaste, 0, 0);
    Id heatPumps = innovation("Heat pumps", Stage::Piloting, cat, netZero, 50'000, 40);
    Id library = innovation("Library of Things", Stage::Exploring, std::nullopt, netZero, 0, 0);
    Id warmHubs = innovation("Warm hubs", Stage::Piloting, cat, netZero, 10'000, 5);
    Id energy = innovation("Community energy", Stage::Scaling, cat, netZero, 0, 0);
    Id lighting = innovation("Street lighting", Stage::Scaling, cat, netZero, 0, 0);

    ShortHistories() {
        write.stageChange(solar, Stage::Exploring, Stage::Piloting, day(1, 10));
        write.stageChange(foodWaste, Stage::Idea, Stage::Piloting, day(3, 1));
        write.stageChange(heatPumps, Stage::Scaling, Stage::Mainstreamed, day(6, 1));
        write.stageChange(warmHubs, Stage::Piloting, Stage::Piloting, day(2, 1));
        write.stageChange(energy, Stage::Piloting, Stage::Piloting, day(2, 1));
        write.stageChange(lighting, Stage::Idea, Stage::Piloting, day(4, 1));
        write.stageChange(lighting, Stage::Piloting, Stage::Scaling, day(9, 1));
    }

    Id ambition(const std::string& title, const std::string& concern) {
        Ambition draft;
        draft.title = title;
        draft.horizonYear = 2040;
        draft.communityConcern = concern;
        return store.insertAmbition(draft);
    }

    Id innovation(const std::string& title, Stage stage, OptionalId cabinetLead, OptionalId ambitionId, Pence pounds,
                  int staffDays, const std::string& inspiredBy = "") {
        const Id id = write.innovation(title, stage, 2, cabinetLead, Confidence::Amber,
                                       stage == Stage::Stopped ? "Far too costly to collect" : "");
        Innovation record = store.findInnovation(id).value();
        record.ambitionId = ambitionId;
        record.budgetPence = pounds * 100;
        record.staffDays = staffDays;
        record.inspiredBy = inspiredBy;
        store.updateInnovation(record);
        return id;
    }
};

}  // namespace

TEST_CASE("the checklist reads the stage on the day as the board does, and check names a short history",
          "[backend][reports][checklist][stage-on-day]") {
    ShortHistories p;
    const Date on = day(11, 25);
    ChecklistCounts expected;
    expected.on = on;
    expected.innovations = 7;
    expected.innovationsInspired = 1;  // I1
    // Stages on the day: I1 Mainstreamed, I2 Stopped, I3 Piloting, I4 Exploring, I5 Piloting, I6 and
    // I7 Scaling (nothing changed stage after the day: every stage is the one stored now).
    expected.activeInnovations = 5;           // I3 to I7 (the old reading: I1, I2, I4 to I7, 6)
    expected.activeWithoutAmbition = 0;       // (old: 1, I1)
    expected.activeWithTimeAndMoney = 2;      // I3 and I5 (old: 1, I5; I3 was mainstreamed)
    expected.activeWithoutCabinetLead = 1;    // I4
    expected.ambitions = 2;
    expected.ambitionsWithConcern = 1;        // A1
    expected.ambitionsWithoutInnovation = 1;  // A2: its one innovation, I2, is stopped (old: 0)
    expected.cabinetMembers = 3;              // Bob, Cat, Dan
    expected.cabinetMembersLeading = 1;       // Cat; Bob's are mainstreamed and stopped (old: 2)
    expected.reviewWindow = checklistReviewWindow(on);
    expected.weeksWithoutClosedReview = 13;  // no reviews at all
    checkCounts(p.test.backend().checklistQueries().checklistCounts(on), expected);

    // The board paper, by the same definition, lists the same five active innovations.
    const BoardReport paper =
        buildBoardReport(p.test.backend().boardQueries(), p.store.riskBands(), on, day(11, 27), std::nullopt, {},
                         std::nullopt);
    CHECK(paper.totals.innovations == expected.activeInnovations);

    // A day before every change: each innovation's first change undoes itself (the two readings agree).
    ChecklistCounts january = p.test.backend().checklistQueries().checklistCounts(day(1, 5));
    CHECK(january.activeInnovations == 7);  // I1 and I4 Exploring, I2 and I7 Idea, I3 Scaling, I5 and I6 Piloting

    // check names each short history once, in words; no stage changes (I4) and an arrival at the
    // stage stored (I5) are fine, and so is a history that reaches it (I7).
    std::string problems;
    for (const Problem& problem : p.portfolio.check()) problems += problem.what + "\n";
    REQUIRE(std::vector<Id>{p.solar, p.foodWaste, p.heatPumps, p.energy} == std::vector<Id>{1, 2, 3, 6});
    // I1 moved on after its last recorded change; I2 stopped with no record of stopping; I3 moved
    // back from where its history left it; I6 moved on after its arrival at another stage.
    CHECK(problems == R"(innovation 1 'Solar car parks' is at Mainstreamed, but its last recorded stage change moved it to Piloting on 2026-01-10: record the change that brought it to Mainstreamed
innovation 2 'Food waste collection' is stopped, but its last recorded stage change moved it to Piloting on 2026-03-01: record the change that stopped it
innovation 3 'Heat pumps' is at Piloting, but its last recorded stage change moved it to Mainstreamed on 2026-06-01: record the change that brought it to Piloting
innovation 6 'Community energy' is at Scaling, but its stage history ends with its arrival at Piloting on 2026-02-01: record the change that brought it to Scaling
)");
}

TEST_CASE("an empty portfolio counts nothing and measures nothing, without dividing by zero",
          "[backend][reports][checklist]") {
    ChecklistPortfolio p;  // the leader alone
    checkCounts(p.checklist().checklistCounts(day(11, 27)), emptyCounts(day(11, 27), {day(8, 24), day(11, 22)}));

    const ChecklistReport report = buildChecklistReport(*p.store, p.checklist(), day(11, 27));
    CHECK(report.measures == 17);
    // Only the weeks of review and the quarters with a new idea can be counted in an empty portfolio,
    CHECK(report.measured == 2);
    CHECK(report.weak == 2);  // and all 13 weeks went unreviewed, and no quarter had an idea
    const ChecklistMeasure* intelligent = report.measure("intelligent_failures");
    REQUIRE(intelligent != nullptr);
    CHECK_FALSE(intelligent->measured);
    CHECK_FALSE(intelligent->weak);
    CHECK_FALSE(intelligent->percent.has_value());
    CHECK(intelligent->reading == "No setbacks yet, so no failures to class.");
    CHECK(report.measure("advanced_after_setback")->reading == "No setbacks yet, so nothing to persist through.");
    CHECK(report.measure("milestones_on_time")->reading == "No milestones completed yet.");
    CHECK(report.measure("weeks_without_review")->reading ==
          "13 of the 13 weeks from 24 August to 22 November 2026 had no weekly review held and closed.");
    CHECK(report.unanswered == 16);
    CHECK(report.gaps.size() == 16);
    for (const ChecklistGap& gap : report.gaps) CHECK(gap.kind == GapKind::Unanswered);
    CHECK(report.summaryWords ==
          "The leader has not answered any of the 16 questions yet. 2 of 17 measures show a gap; 15 cannot be "
          "measured yet. The council could do more in 16 places.");
}

TEST_CASE("each measure reads its counts in words and is weak past its line", "[backend][reports][checklist]") {
    ChecklistPortfolio p;
    p.fill();
    const ChecklistReport report = buildChecklistReport(*p.store, p.checklist(), day(11, 27));
    const auto reading = [&](const char* key) { return report.measure(key)->reading; };
    const auto weak = [&](const char* key) { return report.measure(key)->weak; };
    const auto percent = [&](const char* key) { return report.measure(key)->percent; };

    CHECK(reading("inspired_elsewhere") ==
          "2 of 4 innovations (50%) name where the idea came from, such as another council or a case study.");
    CHECK_FALSE(weak("inspired_elsewhere"));  // 50% is not below 25%
    CHECK(percent("intelligent_failures") == 20);  // 1 of 5
    CHECK(weak("intelligent_failures"));
    CHECK(reading("intelligent_failures") ==
          "1 of 5 setbacks (20%) was an intelligent failure: in new territory, worth the risk, and learned from.");
    CHECK(reading("lessons_coverage") == "3 of 5 setbacks (60%) have at least one lesson recorded.");
    CHECK(weak("lessons_coverage"));  // below 80%
    CHECK(reading("active_without_ambition") == "1 of 2 active innovations serves no ambition.");
    CHECK(weak("active_without_ambition"));
    CHECK(reading("ambitions_without_innovation") ==
          "2 of 3 ambitions have no innovation serving them other than stopped ones.");
    CHECK(percent("ambitions_with_concern") == 33);  // 1 of 3, rounded
    CHECK(weak("ambitions_with_concern"));
    CHECK(reading("time_and_money_earmarked") ==
          "1 of 2 active innovations (50%) has both money and staff days earmarked.");
    CHECK(percent("cabinet_members_leading") == 67);  // 2 of 3, rounded half up
    CHECK_FALSE(weak("cabinet_members_leading"));
    CHECK(reading("active_without_cabinet_lead") == "Every active innovation has a cabinet lead (2 active innovations).");
    CHECK_FALSE(weak("active_without_cabinet_lead"));
    CHECK(reading("milestones_on_time") ==
          "2 of 4 completed milestones (50%) were completed on or before the baseline due date.");
    CHECK(weak("milestones_on_time"));  // below 70%
    CHECK(reading("advanced_after_setback") ==
          "1 of 4 innovations with a setback (25%) has moved forward a stage since.");
    CHECK(reading("weeks_without_review") ==
          "10 of the 13 weeks from 24 August to 22 November 2026 had no weekly review held and closed.");
    CHECK(weak("weeks_without_review"));
    // Weak: intelligent, lessons, without ambition, ambitions without innovation, concern, time and
    // money, on time, advanced after setback, weeks, the quarters without an idea (it has none), and
    // taking people with it (0 of 4 innovations at Piloting or beyond have): 11 of the 15 measured;
    // the ideas from elsewhere and decided promptly have no ideas to measure.
    CHECK(report.weak == 11);
    CHECK(report.measured == 15);
}

TEST_CASE("a share is weak only below its line, compared before rounding", "[backend][reports][checklist]") {
    ChecklistCounts counts = emptyCounts(day(11, 27), {day(8, 24), day(11, 22)});
    const auto inspired = [&](std::int64_t count, std::int64_t of) {
        counts.innovationsInspired = count;
        counts.innovations = of;
        for (const ChecklistMeasure& measure : checklistMeasures(counts))
            if (measure.key == "inspired_elsewhere") return measure;
        FAIL("no inspired_elsewhere measure");
        return ChecklistMeasure{};
    };
    CHECK_FALSE(inspired(1, 4).weak);  // exactly 25%
    CHECK(inspired(1, 4).percent == 25);
    CHECK(inspired(82, 329).weak);  // 24.9%, which rounds to 25%
    CHECK(inspired(82, 329).percent == 25);
    CHECK(inspired(0, 1).reading == "0 of 1 innovation (0%) name where the idea came from, such as another council "
                                    "or a case study.");
    CHECK(inspired(1, 1).reading == "1 of 1 innovation (100%) names where the idea came from, such as another "
                                    "council or a case study.");

    counts.weeksWithoutClosedReview = 2;
    for (const ChecklistMeasure& measure : checklistMeasures(counts))
        if (measure.key == "weeks_without_review") CHECK_FALSE(measure.weak);  // more than 2 is weak
    counts.weeksWithoutClosedReview = 3;
    for (const ChecklistMeasure& measure : checklistMeasures(counts))
        if (measure.key == "weeks_without_review") CHECK(measure.weak);
}

TEST_CASE("the leader's answers sit beside the measures, and the gaps are said plainly", "[backend][reports][checklist]") {
    ChecklistPortfolio p;
    p.fill();
    const Id l = p.leader.id;
    // Yes, but lessons cover only 60% of setbacks: contradicted.
    p.portfolio.answerChecklist(l, "learn-from-failure", Answer::Yes, "We hold a lessons session monthly",
                                day(11, 1));
    // Yes, with the measure sound (2 of 3 cabinet members lead): not listed.
    p.portfolio.answerChecklist(l, "lead-united", Answer::Yes, "", day(11, 1));
    // Yes, with no measure, answered more than a year ago: stale.
    p.portfolio.answerChecklist(l, "communicate-need", Answer::Yes, "", Date(2025, 11, 1));
    // No, and the data agrees.
    p.portfolio.answerChecklist(l, "regular-review", Answer::No, "Reviews lapsed over the summer", day(11, 20));
    // Partly, on a question with no measure.
    p.portfolio.answerChecklist(l, "financial-outlook", Answer::Partly, "", day(11, 20));
    // A later answer replaces an earlier one for the report, but only from its own day.
    p.portfolio.answerChecklist(l, "look-outside", Answer::No, "", day(9, 1));
    p.portfolio.answerChecklist(l, "look-outside", Answer::Yes, "Wigan and Hubbub", day(11, 2));

    const ChecklistReport report = buildChecklistReport(*p.store, p.checklist(), day(11, 27));
    CHECK(report.answeredYes == 4);  // learn-from-failure, lead-united, communicate-need, look-outside
    CHECK(report.answeredPartly == 1);
    CHECK(report.answeredNo == 1);
    CHECK(report.unanswered == 10);

    const ChecklistLine* look = report.question("look-outside");
    REQUIRE(look != nullptr);
    REQUIRE(look->answer.has_value());
    CHECK(look->answer->answer == Answer::Yes);
    CHECK(look->answer->evidence == "Wigan and Hubbub");
    CHECK(look->answeredBy == "Cllr Ann Leader");
    CHECK(look->measureKeys == std::vector<std::string>{"inspired_elsewhere", "ideas_from_elsewhere"});
    CHECK(report.question("learn-from-failure")->measureKeys ==
          std::vector<std::string>{"intelligent_failures", "lessons_coverage"});
    CHECK(report.question("communicate-need")->stale);
    CHECK_FALSE(report.question("lead-united")->stale);

    // 1 contradicted, 1 no, 1 partly, 10 unanswered, 1 stale; lead-united and look-outside are not listed.
    REQUIRE(report.gaps.size() == 14);
    const ChecklistGap& first = report.gaps.front();
    CHECK(first.kind == GapKind::Contradicted);
    CHECK(first.questionKey == "learn-from-failure");
    CHECK(first.measureKeys == std::vector<std::string>{"intelligent_failures", "lessons_coverage"});
    CHECK(first.words ==
          "You answered yes to \xE2\x80\x9C" "Do we tolerate intelligent failures and learn from them, rather than look "
          "for someone to blame?\xE2\x80\x9D, but the data disagrees: 1 of 5 setbacks (20%) was an intelligent "
          "failure: in new territory, worth the risk, and learned from. 3 of 5 setbacks (60%) have at least one "
          "lesson recorded.");
    CHECK(report.gaps[1].kind == GapKind::No);
    CHECK(report.gaps[1].questionKey == "regular-review");
    CHECK_THAT(report.gaps[1].words, Catch::EndsWith("The data shows the gap too: 10 of the 13 weeks from 24 August "
                                                     "to 22 November 2026 had no weekly review held and closed."));
    CHECK(report.gaps[2].kind == GapKind::Partly);
    CHECK(report.gaps[2].questionKey == "financial-outlook");
    CHECK(report.gaps[2].words == "You answered partly to \xE2\x80\x9C" "Are our ambitions rooted in the council's "
                                  "long-term financial outlook?\xE2\x80\x9D");
    // Unanswered in the checklist's order: new-ideas first (no quarter had an idea: a weak measure),
    // calculated-risks (a weak measure) next.
    CHECK(report.gaps[3].kind == GapKind::Unanswered);
    CHECK(report.gaps[3].questionKey == "new-ideas");
    CHECK(report.gaps[3].measureKeys == std::vector<std::string>{"quarters_without_idea"});
    CHECK(report.gaps[4].questionKey == "calculated-risks");
    CHECK_THAT(report.gaps[4].words, Catch::Contains("The data suggests a gap: 1 of 5 setbacks (20%)"));
    CHECK(report.gaps.back().kind == GapKind::Stale);
    CHECK(report.gaps.back().words == "You answered yes to \xE2\x80\x9C" "Do we communicate the need for innovation, "
                                      "so people understand why the council must change?\xE2\x80\x9D on 1 November 2025, "
                                      "more than a year ago: is it still true?");

    // On 1 October only the first look-outside answer was in force, and nothing else yet.
    const ChecklistReport earlier = buildChecklistReport(*p.store, p.checklist(), day(10, 1));
    CHECK(earlier.question("look-outside")->answer->answer == Answer::No);
    CHECK_FALSE(earlier.question("lead-united")->answer.has_value());
    CHECK(earlier.answeredNo == 1);
    CHECK(earlier.answeredYes == 1);  // communicate-need, from 2025
}

TEST_CASE("the latest answer on a day wins, the later one on the same day", "[backend][reports][checklist]") {
    ChecklistPortfolio p;
    p.portfolio.answerChecklist(p.leader.id, "persistence", Answer::No, "first", day(10, 1));
    p.portfolio.answerChecklist(p.leader.id, "persistence", Answer::Partly, "second", day(10, 1));
    p.portfolio.answerChecklist(p.leader.id, "persistence", Answer::Yes, "backdated", day(9, 1));

    const auto latest = p.checklist().latestChecklistAnswers(day(10, 1));
    REQUIRE(latest.size() == 1);
    CHECK(latest[0].evidence == "second");
    CHECK(p.checklist().latestChecklistAnswers(day(9, 30)).at(0).evidence == "backdated");
    CHECK(p.checklist().latestChecklistAnswers(day(8, 31)).empty());
}

TEST_CASE("the climate's ideas measures count the four whole quarters before the day's, by hand",
          "[backend][reports][checklist][ideas]") {
    ChecklistPortfolio p;  // 27 November 2026, in Q3 2026/27: the window is Q3 2025/26 to Q2 2026/27
    Person cabinet;
    cabinet.name = "Cllr Bob Cabinet";
    cabinet.role = Role::Cabinet;
    cabinet = p.portfolio.addPerson(p.leader.id, cabinet);
    const auto submit = [&](IdeaSource source, Date on) {
        Idea idea;
        idea.title = "Idea of " + formatDate(on);
        idea.problem = "A problem";
        idea.proposal = "A proposal";
        idea.source = source;
        idea.submittedOn = on;
        return p.portfolio.submitIdea(p.leader.id, idea).id;
    };
    submit(IdeaSource::Own, Date(2025, 9, 30));  // before the window
    const Id first = submit(IdeaSource::OtherCouncil, Date(2025, 10, 1));  // the window's first day, Q3
    submit(IdeaSource::Own, Date(2026, 2, 10));                              // Q4
    const Id last = submit(IdeaSource::Resident, Date(2026, 9, 30));         // the window's last day, Q2
    p.portfolio.declineIdea(cabinet.id, first, "Not now", Date(2025, 12, 30));  // 90 days: prompt
    p.portfolio.declineIdea(cabinet.id, last, "Not now", Date(2026, 11, 1));    // after the window
    const Id slow = submit(IdeaSource::Own, Date(2026, 2, 11));                 // Q4 again
    p.portfolio.declineIdea(cabinet.id, slow, "Not now", Date(2026, 5, 12));    // 90 days: prompt
    const Id slower = submit(IdeaSource::Own, Date(2026, 2, 12));
    p.portfolio.declineIdea(cabinet.id, slower, "Not now", Date(2026, 5, 14));  // 91 days: not prompt

    const IdeasClimateCounts counts = ideasClimateCounts(*p.store, day(11, 27));
    CHECK(counts.window == Period{Date(2025, 10, 1), Date(2026, 9, 30)});
    CHECK(counts.submitted == 5);
    CHECK(counts.fromElsewhere == 2);
    CHECK(counts.decisions == 3);
    CHECK(counts.decidedPromptly == 2);
    CHECK(counts.quartersWithoutIdea == 1);  // Q1 2026/27 (April to June 2026)

    const ChecklistReport report = buildChecklistReport(*p.store, p.checklist(), day(11, 27));
    CHECK(report.measure("quarters_without_idea")->weak);
    CHECK(report.measure("ideas_from_elsewhere")->percent == 40);
    CHECK(report.measure("ideas_from_elsewhere")->weak == false);
    CHECK(report.measure("ideas_decided_promptly")->percent == 67);
    CHECK_FALSE(report.measure("ideas_decided_promptly")->weak);
}
