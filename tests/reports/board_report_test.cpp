// The weekly board report's figures on the portfolio of board_report_fixture.hpp. Every expected
// value below is read off the timeline written at the top of that file, not computed by the code.
#include "board_report_fixture.hpp"

#include "reports/board_report.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::BoardPortfolio;

namespace {

const Date kToday(2026, 11, 25);

BoardReport reportOn(const BoardPortfolio& p, Date on, OptionalId cabinet = std::nullopt, std::string name = {}) {
    return buildBoardReport(p.board(), p.store->riskBands(), on, kToday, cabinet, std::move(name));
}

std::vector<Id> innovationIds(const BoardReport& report) {
    std::vector<Id> ids;
    for (const BoardRow& row : report.innovations) ids.push_back(row.facts.innovationId);
    return ids;
}

const BoardRow& rowOf(const BoardReport& report, Id innovationId) {
    const auto found = std::find_if(report.innovations.begin(), report.innovations.end(),
                                    [&](const BoardRow& row) { return row.facts.innovationId == innovationId; });
    REQUIRE(found != report.innovations.end());
    return *found;
}

template <typename Row, typename Key>
std::vector<Id> idsOf(const std::vector<Row>& rows, Key key) {
    std::vector<Id> ids;
    for (const Row& row : rows) ids.push_back(row.*key);
    return ids;
}

}  // namespace

TEST_CASE("the trend is towards Green or Red, or the first review", "[backend][reports][board-report]") {
    CHECK(trendOf(Confidence::Green, Confidence::Amber) == ConfidenceTrend::Better);
    CHECK(trendOf(Confidence::AmberRed, Confidence::Amber) == ConfidenceTrend::Worse);
    CHECK(trendOf(Confidence::Amber, Confidence::Amber) == ConfidenceTrend::Same);
    CHECK(trendOf(Confidence::Red, std::nullopt) == ConfidenceTrend::FirstReview);
    CHECK(trendKey(ConfidenceTrend::FirstReview) == "first-review");
    CHECK(trendLabel(ConfidenceTrend::FirstReview) == "first review");
}

TEST_CASE("the board lists the active innovations with their figures as of today", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport report = reportOn(p, kToday);

    REQUIRE(report.lastClosedReview);
    CHECK(report.lastClosedReview->id == p.r2);  // R3 is still open
    CHECK(report.lastClosedReview->heldOn == Date(2026, 11, 16));
    CHECK(report.lastClosedReview->closedOn == Date(2026, 11, 17));
    CHECK(report.lastClosedReview->chair == "Cllr Ann Leader");

    // Fleet was mainstreamed on 20 Nov and bins stopped: neither is listed. Priority, then id.
    CHECK(innovationIds(report) == std::vector<Id>{p.homeCare, p.solar, p.library, p.energy});

    SECTION("home care: worse than at the last closed review, not the open one") {
        const BoardRow& row = rowOf(report, p.homeCare);
        CHECK(row.facts.stage == Stage::Piloting);
        CHECK(row.facts.cabinetLead == "Cllr Bob Cabinet");
        CHECK(row.confidence == Confidence::AmberRed);                          // recorded at open R3
        CHECK(row.facts.lastClosedReviewConfidence == Confidence::Amber);       // R2, not R1's Amber/Red
        CHECK(row.facts.lastClosedReviewId == p.r2);
        CHECK(row.trend == ConfidenceTrend::Worse);
        CHECK(row.facts.nextMilestoneId == p.recruitCarers);  // due yesterday after its move
        CHECK(row.facts.nextMilestoneDue == Date(2026, 11, 24));
        CHECK(row.facts.overdueMilestones == 1);
        CHECK(row.facts.topRiskId == p.carersLeave);  // 16: the 20 one is 6 after mitigation
        CHECK(row.facts.topRiskScore == 16);
        CHECK(row.topRiskBand == RiskBand::Critical);
        // 17 Nov, logged after R2 closed that day, and 18 Nov. (By date alone the 17th was missed.)
        CHECK(row.facts.setbacksSince == 2);
        CHECK(row.facts.lessonsSince == 1);
    }
    SECTION("solar: better, because its confidence was raised after the review") {
        const BoardRow& row = rowOf(report, p.solar);
        CHECK(row.facts.stage == Stage::Exploring);
        CHECK(row.confidence == Confidence::Green);
        CHECK(row.facts.lastClosedReviewConfidence == Confidence::AmberGreen);
        CHECK(row.trend == ConfidenceTrend::Better);
        CHECK(row.facts.nextMilestoneId == p.planningConsent);  // the site survey is done
        CHECK(row.facts.overdueMilestones == 0);
        CHECK(row.facts.topRiskScore == 9);
        CHECK(row.topRiskBand == RiskBand::Moderate);
        CHECK(row.facts.setbacksSince == 1);
        CHECK(row.facts.lessonsSince == 0);  // 10 Nov is before the last review
    }
    SECTION("library: the last closed review that assessed it was R1") {
        const BoardRow& row = rowOf(report, p.library);
        CHECK(row.facts.lastClosedReviewId == p.r1);
        CHECK(row.trend == ConfidenceTrend::Same);
        CHECK_FALSE(row.facts.nextMilestoneId);
        CHECK_FALSE(row.facts.topRiskScore);
        CHECK_FALSE(row.topRiskBand);
    }
    SECTION("community energy: never reviewed, no cabinet lead") {
        const BoardRow& row = rowOf(report, p.energy);
        CHECK(row.trend == ConfidenceTrend::FirstReview);
        CHECK_FALSE(row.facts.lastClosedReviewConfidence);
        CHECK(row.facts.cabinetLead.empty());
        CHECK_FALSE(row.facts.cabinetLeadId);
    }
}

TEST_CASE("the board's sections as of today", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport report = reportOn(p, kToday);

    REQUIRE(report.decisions.size() == 1);  // solar's R2 entry has no decision
    CHECK(report.decisions[0].innovationId == p.homeCare);
    CHECK(report.decisions[0].decision == "Recruit two more carers");
    CHECK(report.decisions[0].confidence == Confidence::Amber);

    REQUIRE(report.overdueMilestones.size() == 1);
    const BoardOverdueMilestone& late = report.overdueMilestones[0];
    CHECK(late.milestoneId == p.recruitCarers);
    CHECK(late.innovation == "Home care by video");
    CHECK(late.due == Date(2026, 11, 24));
    CHECK(late.baselineDue == Date(2026, 11, 20));
    CHECK(late.daysLate == 1);

    // Video kit is 20 before mitigation but 6 after; council tax closed on 15 Nov.
    REQUIRE(report.criticalRisks.size() == 1);
    CHECK(report.criticalRisks[0].riskId == p.carersLeave);
    CHECK(report.criticalRisks[0].score == 16);
    CHECK(report.criticalRisks[0].owner == "Dev Officer");

    // The one logged on the closing day after the review closed, but not the fleet's (mainstreamed since).
    CHECK(idsOf(report.newSetbacks, &BoardSetback::setbackId) ==
          std::vector<Id>{p.setbackOnClosingDay, p.setbackAfterReview, p.setbackSolar});
    CHECK(report.newSetbacks[1].kind == FailureKind::Intelligent);
    CHECK(idsOf(report.newLessons, &BoardLesson::lessonId) == std::vector<Id>{p.lessonHomeCare});

    REQUIRE(report.ambitionsWithoutActiveInnovation.size() == 2);
    CHECK(report.ambitionsWithoutActiveInnovation[0].ambitionId == p.netZero);
    CHECK(report.ambitionsWithoutActiveInnovation[0].mainstreamed == 1);
    CHECK(report.ambitionsWithoutActiveInnovation[0].stopped == 0);
    CHECK(report.ambitionsWithoutActiveInnovation[1].ambitionId == p.highStreets);
    CHECK(report.ambitionsWithoutActiveInnovation[1].mainstreamed == 0);
    CHECK(report.ambitionsWithoutActiveInnovation[1].stopped == 1);
}

TEST_CASE("a milestone due yesterday is overdue and one due today is not", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport today = reportOn(p, kToday);
    const auto overdue = idsOf(today.overdueMilestones, &BoardOverdueMilestone::milestoneId);
    CHECK(std::count(overdue.begin(), overdue.end(), p.recruitCarers) == 1);  // due 24 Nov
    CHECK(std::count(overdue.begin(), overdue.end(), p.goLive) == 0);         // due 25 Nov

    // The next day, go-live is one day late too.
    const BoardReport tomorrow = reportOn(p, Date(2026, 11, 26));
    CHECK(idsOf(tomorrow.overdueMilestones, &BoardOverdueMilestone::milestoneId) ==
          std::vector<Id>{p.recruitCarers, p.goLive});
    CHECK(tomorrow.overdueMilestones[0].daysLate == 2);
    CHECK(tomorrow.overdueMilestones[1].daysLate == 1);
    CHECK(rowOf(tomorrow, p.homeCare).facts.overdueMilestones == 2);
}

TEST_CASE("the board on a past day uses the records as they stood then", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport report = reportOn(p, Date(2026, 11, 11));

    REQUIRE(report.lastClosedReview);
    CHECK(report.lastClosedReview->id == p.r1);  // R2 closed on 17 Nov
    // The fleet was still scaling: it is listed, and net zero had an active innovation.
    CHECK(innovationIds(report) == std::vector<Id>{p.homeCare, p.solar, p.library, p.fleet, p.energy});
    CHECK(rowOf(report, p.fleet).facts.stage == Stage::Scaling);

    const BoardRow& homeCare = rowOf(report, p.homeCare);
    CHECK(homeCare.confidence == Confidence::AmberRed);  // R1's, the latest review held by then
    CHECK(homeCare.trend == ConfidenceTrend::Same);
    CHECK(homeCare.facts.nextMilestoneId == p.trainStaff);  // due 10 Nov until moved on 12 Nov
    CHECK(homeCare.facts.nextMilestoneDue == Date(2026, 11, 10));
    CHECK(homeCare.facts.overdueMilestones == 1);
    CHECK(homeCare.facts.topRiskId == p.councilTax);  // closed only on 15 Nov
    CHECK(homeCare.facts.topRiskScore == 25);
    CHECK(homeCare.facts.setbacksSince == 0);

    const BoardRow& solar = rowOf(report, p.solar);
    CHECK(solar.confidence == Confidence::Amber);  // not today's Green
    CHECK(solar.trend == ConfidenceTrend::Same);
    CHECK(solar.facts.nextMilestoneId == p.siteSurvey);  // completed on 20 Nov
    CHECK(solar.facts.lessonsSince == 1);

    REQUIRE(report.overdueMilestones.size() == 2);
    CHECK(report.overdueMilestones[0].milestoneId == p.siteSurvey);
    CHECK(report.overdueMilestones[0].daysLate == 6);
    CHECK(report.overdueMilestones[1].milestoneId == p.trainStaff);
    CHECK(report.overdueMilestones[1].due == Date(2026, 11, 10));
    CHECK(report.overdueMilestones[1].baselineDue == Date(2026, 11, 10));
    CHECK(report.overdueMilestones[1].daysLate == 1);

    CHECK(idsOf(report.criticalRisks, &BoardRisk::riskId) == std::vector<Id>{p.councilTax, p.carersLeave});
    REQUIRE(report.decisions.size() == 1);
    CHECK(report.decisions[0].innovationId == p.solar);
    CHECK(report.decisions[0].decision == "Carry on");
    CHECK(report.newSetbacks.empty());
    CHECK(idsOf(report.newLessons, &BoardLesson::lessonId) == std::vector<Id>{p.lessonSolar});
    REQUIRE(report.ambitionsWithoutActiveInnovation.size() == 1);
    CHECK(report.ambitionsWithoutActiveInnovation[0].ambitionId == p.highStreets);
}

TEST_CASE("before any review closed every innovation is on its first review", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport report = reportOn(p, Date(2026, 11, 1));

    CHECK_FALSE(report.lastClosedReview);
    CHECK(report.decisions.empty());
    CHECK(innovationIds(report) == std::vector<Id>{p.homeCare, p.solar, p.library, p.fleet, p.energy});
    for (const BoardRow& row : report.innovations) {
        CHECK(row.trend == ConfidenceTrend::FirstReview);
        CHECK_FALSE(row.facts.lastClosedReviewId);
    }
    // No review had been held either, so confidence falls back to what is stored now.
    CHECK(rowOf(report, p.solar).confidence == Confidence::Green);
    // With no review closed, every setback so far is new.
    CHECK(idsOf(report.newSetbacks, &BoardSetback::setbackId) == std::vector<Id>{p.setbackOctober});
    CHECK(rowOf(report, p.homeCare).facts.setbacksSince == 1);
    CHECK(report.overdueMilestones.empty());  // the six-month report was done on 28 Oct
}

TEST_CASE("before its first stage change an innovation had the stage it moved from", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport report = reportOn(p, Date(2026, 9, 3));
    CHECK(rowOf(report, p.homeCare).facts.stage == Stage::Idea);       // Exploring from 5 Sep
    CHECK(rowOf(report, p.fleet).facts.stage == Stage::Exploring);     // from 2 Sep
    CHECK(rowOf(report, p.bins).facts.stage == Stage::Idea);           // stopped only on 1 Oct
    CHECK(report.criticalRisks.empty());                               // raised on 10 Sep
}

TEST_CASE("the cabinet filter (--cabinet) limits the board to one cabinet member's innovations",
          "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport report = reportOn(p, kToday, p.bob, "Cllr Bob Cabinet");

    CHECK(report.cabinetLeadName == "Cllr Bob Cabinet");
    CHECK(innovationIds(report) == std::vector<Id>{p.homeCare, p.library});  // bins is stopped
    CHECK(idsOf(report.decisions, &BoardDecision::innovationId) == std::vector<Id>{p.homeCare});
    CHECK(idsOf(report.overdueMilestones, &BoardOverdueMilestone::milestoneId) == std::vector<Id>{p.recruitCarers});
    CHECK(idsOf(report.criticalRisks, &BoardRisk::riskId) == std::vector<Id>{p.carersLeave});
    CHECK(idsOf(report.newSetbacks, &BoardSetback::setbackId) ==
          std::vector<Id>{p.setbackOnClosingDay, p.setbackAfterReview});
    CHECK(idsOf(report.newLessons, &BoardLesson::lessonId) == std::vector<Id>{p.lessonHomeCare});
    // Ambitions have no cabinet lead: the gaps are the council's, whoever the paper is for.
    CHECK(report.ambitionsWithoutActiveInnovation.size() == 2);

    const BoardReport cat = reportOn(p, kToday, p.cat, "Cllr Cat Cabinet");
    CHECK(innovationIds(cat) == std::vector<Id>{p.solar});
    CHECK(cat.decisions.empty());
    CHECK(cat.criticalRisks.empty());
}

TEST_CASE("the file's own risk bands decide what is Critical", "[backend][reports][board-report]") {
    BoardPortfolio p;
    RiskBands bands;
    bands.moderateFrom = 4;
    bands.highFrom = 6;
    bands.criticalFrom = 9;
    p.portfolio.setRiskBands(p.leader, bands);
    const BoardReport report = reportOn(p, kToday);
    CHECK(idsOf(report.criticalRisks, &BoardRisk::riskId) == std::vector<Id>{p.carersLeave, p.gridDelay});
    CHECK(rowOf(report, p.solar).topRiskBand == RiskBand::Critical);
}

TEST_CASE("an empty portfolio gives an empty board", "[backend][reports][board-report]") {
    testing::TestPortfolio empty;
    const BoardReport report =
        buildBoardReport(empty.backend().boardQueries(), empty.store().riskBands(), kToday, kToday);
    CHECK(report.innovations.empty());
    CHECK_FALSE(report.lastClosedReview);
    CHECK(report.overdueMilestones.empty());
    CHECK(report.criticalRisks.empty());
    CHECK(report.ambitionsWithoutActiveInnovation.empty());
    const std::string text = renderBoardText(report);
    CHECK(text.find("Active innovations (0)") != std::string::npos);
    CHECK(text.find("No weekly review had been closed by 2026-11-25") != std::string::npos);
}

TEST_CASE("a board cut to the first rows of each list counts the rest", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport all = buildBoardReport(p.board(), p.store->riskBands(), kToday, kToday, std::nullopt, {},
                                             std::nullopt);
    const BoardReport cut = buildBoardReport(p.board(), p.store->riskBands(), kToday, kToday, std::nullopt, {}, 1);

    // The timeline has four active innovations and three new setbacks: one of each is shown.
    REQUIRE(all.innovations.size() == 4);
    CHECK(cut.innovations.size() == 1);
    CHECK(cut.innovations[0].facts.innovationId == all.innovations[0].facts.innovationId);
    CHECK(cut.innovations[0].facts.overdueMilestones == all.innovations[0].facts.overdueMilestones);
    CHECK(cut.totals.innovations == 4);
    CHECK(all.totals.innovations == 4);
    CHECK(idsOf(cut.newSetbacks, &BoardSetback::setbackId) == std::vector<Id>{p.setbackOnClosingDay});
    CHECK(cut.totals.newSetbacks == 3);
    CHECK(cut.totals.overdueMilestones == 1);
    CHECK(cut.totals.criticalRisks == 1);
    CHECK(cut.totals.decisions == 1);
    CHECK(cut.totals.newLessons == 1);
    CHECK(cut.ambitionsWithoutActiveInnovation.size() == 2);  // never cut

    const std::string text = renderBoardText(cut);
    CHECK(text.find("Active innovations (4)") != std::string::npos);
    CHECK(text.find("... and 3 more not shown here: innotrack report board --all lists every one.") !=
          std::string::npos);
    CHECK(text.find("New setbacks (3)") != std::string::npos);
    CHECK(text.find("... and 2 more not shown here") != std::string::npos);
    CHECK(renderBoardText(all).find("more not shown here") == std::string::npos);
    CHECK(renderBoardMarkdown(cut).find("... and 3 more not shown here") != std::string::npos);
    CHECK(renderBoardHtml(cut).find("... and 3 more not shown here") != std::string::npos);
    const std::string json = renderBoardJson(cut);
    CHECK(json.find("\"active_innovations\": 4") != std::string::npos);
    CHECK(json.find("\"rows_per_list\": 1") != std::string::npos);
}
