// The query ports on one small, fixed portfolio whose every figure was worked out by hand (the
// working is beside each check): the tally, the board paper's lists and the checklist's counts.
// The reports tests go deeper on each; this is what a new backend must answer first.
#include "backend_under_test.hpp"
#include "records.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

// As of Friday 27 November 2026 (Q3 of 2026/27). Two innovations of ambition 1, served by
// cabinet member Bob; ambition 2 is served by nothing.
//   1 "Home care by video": Idea, priority 3, no money or time earmarked.
//   2 "Falls sensors": Piloting, priority 1, £50,000 and 40 days, inspired by Wigan;
//     Idea→Exploring 1 May, Exploring→Piloting 10 October.
struct FixedPortfolio {
    TestPortfolio portfolio;
    PortfolioStore& store = portfolio.store();
    Seed ids = seed(store);
    Id netZero = 0, sensors = 0;
    Id pickSupplier = 0, install = 0, evaluate = 0, report = 0;
    Id supplierFails = 0, staffShortage = 0, dataBreach = 0;
    Id breach = 0, lostTablets = 0, breachLesson = 0;
    Id november = 0;

    FixedPortfolio() {
        Ambition ambition = *store.findAmbition(ids.ambition);
        ambition.communityConcern = "Older people want to stay in their own homes";
        store.updateAmbition(ambition);
        Ambition zero;
        zero.title = "Net zero by 2040";
        zero.horizonYear = 2040;
        netZero = store.insertAmbition(zero);

        Innovation draft = sampleInnovation(ids, "Falls sensors");
        draft.stage = Stage::Piloting;
        draft.priority = 1;
        draft.budgetPence = 5'000'000;
        draft.staffDays = 40;
        draft.inspiredBy = "Wigan Council";
        sensors = store.insertInnovation(draft);
        stage(Stage::Idea, Stage::Exploring, Date(2026, 5, 1));
        stage(Stage::Exploring, Stage::Piloting, Date(2026, 10, 10));

        pickSupplier = milestone("Pick a supplier", Date(2026, 9, 30), Date(2026, 9, 30), Date(2026, 9, 25));
        install = milestone("Install in 50 homes", Date(2026, 10, 31), Date(2026, 11, 20), Date(2026, 11, 5));
        evaluate = milestone("Evaluate the pilot", Date(2026, 11, 15), Date(2026, 11, 15), std::nullopt);
        report = milestone("Report to cabinet", Date(2027, 1, 15), Date(2027, 1, 15), std::nullopt);

        supplierFails = risk("Supplier fails", 4, 4, std::nullopt, Date(2026, 10, 1), RiskStatus::Open, std::nullopt);
        staffShortage = risk("Staff shortage", 3, 3, 2, Date(2026, 6, 1), RiskStatus::Closed, Date(2026, 10, 20));
        dataBreach = risk("Data breach", 5, 3, 3, Date(2026, 11, 1), RiskStatus::Occurred, Date(2026, 11, 10));

        // Recorded in this order: the tablets, the November review's closing, then the breach and
        // its lesson, which are new since that review.
        Setback onVideo = sampleSetback(ids, "Tablets lost in the post", Date(2026, 8, 15));
        onVideo.kind = FailureKind::Intelligent;
        lostTablets = store.insertSetback(onVideo);
        recordAdded(store, ids.officer, "setback", lostTablets);

        Review review;
        review.heldOn = Date(2026, 11, 2);
        review.chairId = ids.cabinet;
        review.closedOn = Date(2026, 11, 2);
        november = store.insertReview(review);
        store.saveReviewEntry({november, sensors, Confidence::AmberGreen, "Installs ahead of plan", "Carry on"});
        store.saveReviewEntry({november, ids.innovation, Confidence::Amber, "", ""});
        recordClosed(store, ids.cabinet, november);

        Setback onSensors = sampleSetback(ids, "Readings sent unencrypted", Date(2026, 11, 10));
        onSensors.innovationId = sensors;
        onSensors.kind = FailureKind::Complex;
        onSensors.riskId = dataBreach;
        breach = store.insertSetback(onSensors);
        recordAdded(store, ids.officer, "setback", breach);
        Risk occurred = *store.findRisk(dataBreach);
        occurred.setbackId = breach;
        store.updateRisk(occurred);

        Lesson lesson = sampleLesson(ids, "Check encryption before go-live");
        lesson.innovationId = sensors;
        lesson.setbackId = breach;
        lesson.source = LessonSource::Setback;
        lesson.recordedOn = Date(2026, 11, 12);
        breachLesson = store.insertLesson(lesson);
        recordAdded(store, ids.officer, "lesson", breachLesson);

        Benefit benefit;
        benefit.innovationId = sensors;
        benefit.measure = "Falls needing an ambulance";
        benefit.baseline = 30;
        benefit.target = 20;
        benefit.actual = 22;
        benefit.realisedOn = Date(2026, 11, 1);
        store.insertBenefit(benefit);
    }

    void stage(Stage from, Stage to, Date on) {
        store.insertStageChange(sampleStageChange(sensors, from, to, on, ids.cabinet));
    }

    Id milestone(const std::string& title, Date baseline, Date due, std::optional<Date> completed) {
        Milestone draft = sampleMilestone(sensors, title, baseline);
        draft.due = due;
        draft.completedOn = completed;
        return store.insertMilestone(draft);
    }

    // `residual`: the same likelihood and impact after mitigation (2 gives 2×2), or none.
    Id risk(const std::string& title, int likelihood, int impact, std::optional<int> residual, Date raised,
            RiskStatus status, std::optional<Date> closed) {
        Risk draft = sampleRisk(ids, title);
        draft.innovationId = sensors;
        draft.inherentLikelihood = likelihood;
        draft.inherentImpact = impact;
        draft.residualLikelihood = residual;
        draft.residualImpact = residual;
        draft.raisedOn = raised;
        draft.status = status;
        draft.closedOn = closed;
        return store.insertRisk(draft);
    }
};

const Date kToday(2026, 11, 27);
const Period kQ3{Date(2026, 10, 1), Date(2026, 12, 31)};

}  // namespace

TEST_CASE("the tally counts the fixed portfolio's quarter as worked by hand", "[contract][backend][tally]") {
    FixedPortfolio fixed;
    const auto rows = fixed.portfolio.backend().tallyQueries().tally(kQ3, {}, TallyGrouping::None);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].key == "all");
    CHECK(rows[0].period == kQ3);
    const TallyCounts& counts = rows[0].counts;
    CHECK(counts.milestonesOnTime == 0);    // "Pick a supplier" was done in September
    CHECK(counts.milestonesLate == 1);      // "Install" done 5 Nov, after its baseline of 31 Oct
    CHECK(counts.benefitsRealised == 1);    // 1 November
    CHECK(counts.stageAdvances == 1);       // Exploring→Piloting on 10 October
    CHECK(counts.setbacksComplex == 1);     // the breach on 10 November; the lost tablets were in August
    CHECK(counts.setbacksBasic == 0);
    CHECK(counts.setbacksIntelligent == 0);
    CHECK(counts.setbacksWithLesson == 1);
    CHECK(counts.risksRaised == 2);          // supplier (1 Oct) and breach (1 Nov); staff was June's
    CHECK(counts.risksRaisedCritical == 1);  // supplier 4×4 = 16; the breach scores 3×3 = 9 after mitigation
    CHECK(counts.risksRaisedOccurred == 1);
    CHECK(counts.risksRaisedClosed == 0);
    CHECK(counts.risksRaisedOpen == 1);
    CHECK(counts.risksOpenAtEnd == 1);  // only the supplier: staff closed 20 Oct, breach occurred 10 Nov
    CHECK(counts.wentRight() == 3);
    CHECK(counts.wentWrong() == 1);

    // Scoped to one innovation, and grouped by it: the video innovation had nothing this quarter.
    TallyScope video;
    video.innovationId = fixed.ids.innovation;
    const auto scoped = fixed.portfolio.backend().tallyQueries().tally(kQ3, video, TallyGrouping::None);
    CHECK(scoped.at(0).counts == TallyCounts{});
    const auto byInnovation = fixed.portfolio.backend().tallyQueries().tally(kQ3, {}, TallyGrouping::Innovation);
    REQUIRE(byInnovation.size() == 2);
}

TEST_CASE("the open-risk heat map places each risk open on the day by its current score",
          "[contract][backend][tally]") {
    FixedPortfolio fixed;
    const RiskHeatMap map = fixed.portfolio.backend().tallyQueries().openRiskHeatMap(kToday, {});
    std::int64_t total = 0;
    for (const auto& row : map)
        for (const auto cell : row) total += cell;
    CHECK(total == 1);     // the supplier; staff closed, the breach occurred
    CHECK(map[3][3] == 1);  // likelihood 4, impact 4
    // On 15 October the staff shortage was still open, at its residual 2×2.
    const RiskHeatMap october = fixed.portfolio.backend().tallyQueries().openRiskHeatMap(Date(2026, 10, 15), {});
    CHECK(october[1][1] == 1);
    CHECK(october[3][3] == 1);
}

TEST_CASE("the board paper's lists for the fixed portfolio are as worked by hand", "[contract][backend][board]") {
    FixedPortfolio fixed;
    const BoardQueries& board = fixed.portfolio.backend().boardQueries();
    const auto last = board.lastClosedReview(kToday);
    REQUIRE(last);
    CHECK(last->id == fixed.november);
    CHECK(last->chair == "Cllr Bob Cabinet");
    CHECK_FALSE(board.lastClosedReview(Date(2026, 11, 1)));

    const BoardLists lists = board.boardLists({kToday, std::nullopt, std::nullopt}, last, last->id, 15, std::nullopt);
    // Active on the day, by priority then id: the sensors (1) before the video (3).
    REQUIRE(lists.innovations.total == 2);
    REQUIRE(lists.innovations.rows.size() == 2);
    const BoardInnovationFacts& sensors = lists.innovations.rows[0];
    CHECK(sensors.innovationId == fixed.sensors);
    CHECK(sensors.stage == Stage::Piloting);
    CHECK(sensors.cabinetLead == "Cllr Bob Cabinet");
    CHECK(sensors.nextMilestoneId == OptionalId(fixed.evaluate));  // due 15 Nov, not done: next, though overdue
    CHECK(sensors.overdueMilestones == 1);
    CHECK(sensors.topRiskId == OptionalId(fixed.supplierFails));
    CHECK(sensors.topRiskScore == std::optional<int>(16));
    CHECK(sensors.setbacksSince == 1);  // the breach, recorded after the review closed
    CHECK(sensors.lessonsSince == 1);
    CHECK(sensors.lastClosedReviewConfidence == std::optional<Confidence>(Confidence::AmberGreen));
    const BoardInnovationFacts& video = lists.innovations.rows[1];
    CHECK(video.innovationId == fixed.ids.innovation);
    CHECK_FALSE(video.nextMilestoneId);
    CHECK(video.overdueMilestones == 0);
    CHECK_FALSE(video.topRiskId);
    CHECK(video.setbacksSince == 0);  // the tablets were recorded before it closed

    REQUIRE(lists.decisions.rows.size() == 1);  // the video's entry recorded no decision
    CHECK(lists.decisions.rows[0].decision == "Carry on");
    REQUIRE(lists.overdueMilestones.rows.size() == 1);
    CHECK(lists.overdueMilestones.rows[0].milestoneId == fixed.evaluate);
    CHECK(lists.overdueMilestones.rows[0].daysLate == 12);  // 15 to 27 November
    REQUIRE(lists.criticalRisks.rows.size() == 1);
    CHECK(lists.criticalRisks.rows[0].riskId == fixed.supplierFails);
    REQUIRE(lists.setbacks.rows.size() == 1);
    CHECK(lists.setbacks.rows[0].setbackId == fixed.breach);
    CHECK(lists.setbacks.rows[0].riskId == OptionalId(fixed.dataBreach));
    REQUIRE(lists.lessons.rows.size() == 1);
    CHECK(lists.lessons.rows[0].lessonId == fixed.breachLesson);
    REQUIRE(lists.ambitionsWithoutActiveInnovation.size() == 1);
    CHECK(lists.ambitionsWithoutActiveInnovation[0].ambitionId == fixed.netZero);

    // As of 1 November the breach had not happened and "Evaluate" was not yet due.
    const BoardLists earlier =
        board.boardLists({Date(2026, 11, 1), std::nullopt, std::nullopt}, std::nullopt, std::nullopt, 15, 1);
    CHECK(earlier.innovations.total == 2);
    CHECK(earlier.innovations.rows.size() == 1);  // cut to the limit, the total kept
    CHECK(earlier.overdueMilestones.total == 0);
    CHECK(earlier.setbacks.total == 1);  // with no closed review, everything up to the day: the tablets
    CHECK(earlier.decisions.total == 0);
}

TEST_CASE("the checklist's counts for the fixed portfolio are as worked by hand", "[contract][backend][checklist]") {
    FixedPortfolio fixed;
    const ChecklistCounts counts = fixed.portfolio.backend().checklistQueries().checklistCounts(kToday);
    CHECK(counts.innovations == 2);
    CHECK(counts.innovationsInspired == 1);
    CHECK(counts.setbacks == 2);
    CHECK(counts.setbacksIntelligent == 1);
    CHECK(counts.setbacksWithLesson == 1);
    CHECK(counts.activeInnovations == 2);
    CHECK(counts.activeWithoutAmbition == 0);
    CHECK(counts.activeWithTimeAndMoney == 1);
    CHECK(counts.ambitions == 2);
    CHECK(counts.ambitionsWithoutInnovation == 1);  // net zero
    CHECK(counts.ambitionsWithConcern == 1);
    CHECK(counts.cabinetMembers == 1);
    CHECK(counts.cabinetMembersLeading == 1);
    CHECK(counts.activeWithoutCabinetLead == 0);
    CHECK(counts.milestonesCompleted == 2);
    CHECK(counts.milestonesOnTime == 1);
    CHECK(counts.innovationsWithSetback == 2);
    CHECK(counts.innovationsAdvancedAfterSetback == 0);  // the sensors' last advance (10 Oct) came before the breach
    CHECK(counts.reviewWindow == Period{Date(2026, 8, 24), Date(2026, 11, 22)});
    CHECK(counts.weeksWithoutClosedReview == 12);  // only the week of 2 November had one
}

TEST_CASE("the stage board's quick filters pick out the fixed portfolio's cards as worked by hand",
          "[contract][backend][board]") {
    FixedPortfolio fixed;
    const StageBoardQueries& board = fixed.portfolio.backend().stageBoardQueries();
    const Id video = fixed.ids.innovation;
    const auto flagged = [&](Date on, StageBoardFlag flag, OptionalId person = std::nullopt) {
        return board.stageBoardFlagged(on, flag, person);
    };
    using Ids = std::vector<Id>;

    // 27 November: "Evaluate" (due 15 Nov) is overdue; "Supplier fails" (4×4 = 16) is open and
    // Critical; the breach (10 Nov) came after the review closed on 2 Nov. The video has none.
    CHECK(flagged(kToday, StageBoardFlag::Overdue) == Ids{fixed.sensors});
    CHECK(flagged(kToday, StageBoardFlag::CriticalRisk) == Ids{fixed.sensors});
    CHECK(flagged(kToday, StageBoardFlag::NewSetback) == Ids{fixed.sensors});
    // 1 November: nothing was due yet ("Install" was done on 5 Nov, after the day, but due on
    // 20 Nov); the supplier risk was already open; with no review closed by then, every setback so
    // far is new: the video's tablets (15 Aug), not yet the breach.
    CHECK(flagged(Date(2026, 11, 1), StageBoardFlag::Overdue).empty());
    CHECK(flagged(Date(2026, 11, 1), StageBoardFlag::CriticalRisk) == Ids{fixed.sensors});
    CHECK(flagged(Date(2026, 11, 1), StageBoardFlag::NewSetback) == Ids{video});
    // 30 September: the supplier risk was not raised until 1 October.
    CHECK(flagged(Date(2026, 9, 30), StageBoardFlag::CriticalRisk).empty());

    // Both start at Amber; the video's confidence falls to Amber/Red, then the sensors' to Red.
    CHECK(flagged(kToday, StageBoardFlag::InDoubt).empty());
    Innovation worse = *fixed.store.findInnovation(video);
    worse.confidence = Confidence::AmberRed;
    fixed.store.updateInnovation(worse);
    CHECK(flagged(kToday, StageBoardFlag::InDoubt) == Ids{video});
    Innovation worst = *fixed.store.findInnovation(fixed.sensors);
    worst.confidence = Confidence::Red;
    fixed.store.updateInnovation(worst);
    CHECK(flagged(kToday, StageBoardFlag::InDoubt) == Ids{video, fixed.sensors});

    // Bob leads both as cabinet member and Dev as officer; the leader leads neither, and "Mine"
    // with nobody acting keeps nothing.
    const Ids both{video, fixed.sensors};
    CHECK(flagged(kToday, StageBoardFlag::Mine, fixed.ids.cabinet) == both);
    CHECK(flagged(kToday, StageBoardFlag::Mine, fixed.ids.officer) == both);
    CHECK(flagged(kToday, StageBoardFlag::Mine, fixed.ids.leader).empty());
    CHECK(flagged(kToday, StageBoardFlag::Mine).empty());

    // Each badge filter agrees with the cards the board draws.
    const StageBoardCards cards = board.stageBoardCards({kToday, std::nullopt});
    for (const auto& [flag, badge] : {std::pair{StageBoardFlag::Overdue, &StageBoardBadges::overdueMilestones},
                                      std::pair{StageBoardFlag::CriticalRisk, &StageBoardBadges::criticalRisksOpen},
                                      std::pair{StageBoardFlag::NewSetback, &StageBoardBadges::setbacksSinceReview}}) {
        Ids carrying;
        for (const StageBoardCard& card : cards.cards) if (card.badges.*badge > 0) carrying.push_back(card.innovationId);
        std::sort(carrying.begin(), carrying.end());
        CHECK(flagged(kToday, flag) == carrying);
    }
}
