// The stage board model and its 80-column text, on a small portfolio whose cards and badges
// are worked out by hand below.
#include "stage_board_fixture.hpp"

#include "records.hpp"

#include "reports/stage_board.hpp"
#include "storage/sqlite_store.hpp"
#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <sstream>

namespace innotrack::reports {
namespace {

const Date kToday(2026, 11, 25);  // a Wednesday

using testing::Score;

// Written straight into the store, so every date and status is exactly what the test says.
struct SmallPortfolio {
    std::unique_ptr<storage::SqliteStore> store = storage::SqliteStore::openInMemory();
    testing::RecordWriter write{*store};
    Id leader = write.person("Cllr Ann Leader", Role::Leader);
    Id bob = write.person("Cllr Bob Cabinet", Role::Cabinet);
    Id sian = write.person("Cllr Siân Jones", Role::Cabinet);
    Id officer = write.person("Dev Officer", Role::Officer);

    // Piloting, priority 1, Bob: two overdue milestones, one Critical risk open, two setbacks
    // since the last closed review.
    Id homeCare = write.innovation("Home care by video", Stage::Piloting, 1, bob, Confidence::AmberRed);
    // Piloting, priority 2, Siân: a milestone due today (not overdue), a risk on the Critical line.
    Id solar = write.innovation("Solar canopies on the council's car parks, starting with the Civic Centre and "
                                "Station Road",
                                Stage::Piloting, 2, sian, Confidence::Green);
    Id library = write.innovation("Library of Things", Stage::Idea, 3, bob, Confidence::Amber);
    Id fleet = write.innovation("Electric fleet", Stage::Mainstreamed, 3, sian, Confidence::Green);
    Id bins = write.innovation("Smart bins", Stage::Stopped, 4, sian, Confidence::Red, "Savings far too small");
    Id unled = write.innovation("Community energy", Stage::Exploring, 2, std::nullopt, Confidence::Amber);

    SmallPortfolio() {
        write.milestone(homeCare, "Recruit the team", Date(2026, 11, 1), Date(2026, 10, 30));
        write.milestone(homeCare, "Six-month report", Date(2026, 11, 20));
        write.milestone(homeCare, "Go-live in ward 2", Date(2026, 11, 10));
        write.milestone(homeCare, "Extend to four wards", Date(2026, 12, 15));
        write.milestone(solar, "Grid connection", kToday);
        write.milestone(solar, "All car parks generating", Date(2027, 3, 1));
        write.milestone(fleet, "Handover", Date(2026, 8, 1), Date(2026, 8, 1));
        write.milestone(bins, "Evaluation", Date(2026, 10, 1));  // a stopped innovation's: on its card only

        risk(homeCare, {4, 4}, std::nullopt, RiskStatus::Open);     // 16: Critical
        risk(homeCare, {5, 5}, Score{2, 3}, RiskStatus::Open);      // residual 6 wins
        risk(homeCare, {5, 5}, std::nullopt, RiskStatus::Closed);   // closed: not counted
        risk(homeCare, {4, 5}, std::nullopt, RiskStatus::Occurred); // occurred: not counted
        risk(solar, {3, 5}, std::nullopt, RiskStatus::Open);        // 15: Critical, on the line
        risk(solar, {3, 4}, std::nullopt, RiskStatus::Open);        // 12: High
        risk(solar, {2, 2}, Score{4, 4}, RiskStatus::Open);         // residual 16 is Critical

        write.setback(solar, Date(2026, 11, 1));
        write.review(Date(2026, 11, 11), Date(2026, 11, 11), homeCare);
        write.setback(homeCare, Date(2026, 11, 18));  // logged before that day's review closed: discussed
        write.review(Date(2026, 11, 18), Date(2026, 11, 18), homeCare);  // the last closed review
        write.review(kToday, std::nullopt);                    // open: does not move the line

        write.setback(homeCare, Date(2026, 11, 19));  // logged after it closed: new
        write.setback(homeCare, Date(2026, 11, 24));
    }

    // Raised on 1 September; closed (or occurred) on 1 October unless open.
    void risk(Id innovationId, Score inherent, std::optional<Score> residual, RiskStatus status) {
        write.risk(innovationId, inherent, residual, status, Date(2026, 9, 1),
                   status == RiskStatus::Open ? std::nullopt : std::optional<Date>(Date(2026, 10, 1)));
    }
};

std::vector<Id> idsOf(const std::vector<StageBoardCard>& cards) {
    std::vector<Id> ids;
    for (const StageBoardCard& card : cards) ids.push_back(card.innovationId);
    return ids;
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The first line that starts with `prefix` once leading spaces are ignored; fails the test if none.
std::string lineStartingWith(const std::vector<std::string>& lines, const std::string& prefix) {
    for (const std::string& line : lines) {
        const auto start = line.find_first_not_of(' ');
        if (start != std::string::npos && line.compare(start, prefix.size(), prefix) == 0) return line;
    }
    FAIL("no line starts with '" << prefix << "'");
    return {};
}

// The line after `line`; fails the test if `line` is the last or is not there.
std::string lineAfter(const std::vector<std::string>& lines, const std::string& line) {
    const auto at = std::find(lines.begin(), lines.end(), line);
    REQUIRE(at != lines.end());
    REQUIRE(at + 1 != lines.end());
    return *(at + 1);
}

std::size_t columnOf(const std::string& line, const std::string& text) {
    const auto at = line.find(text);
    REQUIRE(at != std::string::npos);
    return utf8Length(std::string_view(line).substr(0, at));
}

}  // namespace

TEST_CASE("the stage board puts each innovation in its stage's column, in priority order", "[reports][board]") {
    SmallPortfolio portfolio;
    const StageBoard board = buildStageBoard(*portfolio.store, kToday);

    CHECK(idsOf(board.column(Stage::Idea).cards) == std::vector<Id>{portfolio.library});
    CHECK(idsOf(board.column(Stage::Exploring).cards) == std::vector<Id>{portfolio.unled});
    CHECK(idsOf(board.column(Stage::Piloting).cards) == std::vector<Id>{portfolio.homeCare, portfolio.solar});
    CHECK(board.column(Stage::Scaling).cards.empty());
    CHECK(idsOf(board.column(Stage::Mainstreamed).cards) == std::vector<Id>{portfolio.fleet});
    CHECK(idsOf(board.stopped) == std::vector<Id>{portfolio.bins});
    CHECK(board.stopped.front().stopReason == "Savings far too small");
    CHECK(board.activeCount() == 4);
    CHECK_THROWS_AS(board.column(Stage::Stopped), std::out_of_range);
    REQUIRE(board.lastReviewClosedOn.has_value());
    CHECK(*board.lastReviewClosedOn == Date(2026, 11, 18));
}

TEST_CASE("a stage board card shows the next milestone, the cabinet lead and the three badges", "[reports][board]") {
    SmallPortfolio portfolio;
    const StageBoard board = buildStageBoard(*portfolio.store, kToday);

    const StageBoardCard& homeCare = board.column(Stage::Piloting).cards.at(0);
    CHECK(homeCare.title == "Home care by video");
    CHECK(homeCare.confidence == Confidence::AmberRed);
    CHECK(homeCare.cabinetLead == "Cllr Bob Cabinet");
    // The earliest outstanding milestone, although overdue; the completed one is not next.
    CHECK(homeCare.nextMilestone == "Go-live in ward 2");
    CHECK(homeCare.nextMilestoneDue == Date(2026, 11, 10));
    CHECK(homeCare.badges.overdueMilestones == 2);    // 10 and 20 November
    CHECK(homeCare.badges.criticalRisksOpen == 1);    // 4x4; not the mitigated, closed or occurred ones
    CHECK(homeCare.badges.setbacksSinceReview == 2);  // 19 and 24 November, logged after the review closed

    const StageBoardCard& solar = board.column(Stage::Piloting).cards.at(1);
    CHECK(solar.cabinetLead == "Cllr Siân Jones");
    CHECK(solar.nextMilestone == "Grid connection");
    CHECK(solar.nextMilestoneDue == kToday);
    CHECK(solar.badges.overdueMilestones == 0);     // due today is not overdue
    CHECK(solar.badges.criticalRisksOpen == 2);     // 3x5 = 15 on the line, and residual 4x4
    CHECK(solar.badges.setbacksSinceReview == 0);  // logged before the review closed

    const StageBoardCard& library = board.column(Stage::Idea).cards.at(0);
    CHECK_FALSE(library.nextMilestoneId.has_value());
    CHECK_FALSE(library.nextMilestoneDue.has_value());
    CHECK(library.badges.overdueMilestones == 0);
    CHECK(library.badges.criticalRisksOpen == 0);
    CHECK(library.badges.setbacksSinceReview == 0);

    CHECK(board.column(Stage::Exploring).cards.at(0).cabinetLead.empty());
    CHECK_FALSE(board.column(Stage::Mainstreamed).cards.at(0).nextMilestoneId.has_value());
}

TEST_CASE("the stage board's Critical badge follows the portfolio's own risk bands", "[reports][board]") {
    SmallPortfolio portfolio;
    RiskBands bands;
    bands.moderateFrom = 4;
    bands.highFrom = 8;
    bands.criticalFrom = 12;
    portfolio.store->setRiskBands(bands);

    const StageBoard board = buildStageBoard(*portfolio.store, kToday);
    CHECK(board.column(Stage::Piloting).cards.at(0).badges.criticalRisksOpen == 1);  // 16; residual 6 still not
    CHECK(board.column(Stage::Piloting).cards.at(1).badges.criticalRisksOpen == 3);  // 15, 12 and 16
}

TEST_CASE("with no closed review, every setback counts as new on the stage board", "[reports][board]") {
    auto store = storage::SqliteStore::openInMemory();
    Person lead;
    lead.name = "Cllr Ann Leader";
    lead.role = Role::Leader;
    const Id leader = store->insertPerson(lead);
    Innovation draft;
    draft.title = "Home care by video";
    draft.stage = Stage::Piloting;
    draft.cabinetLeadId = leader;
    const Id innovation = store->insertInnovation(draft);
    for (const Date day : {Date(2025, 1, 6), Date(2026, 11, 24)}) {
        Setback setback;
        setback.innovationId = innovation;
        setback.occurredOn = day;
        setback.whatHappened = "Something went wrong";
        setback.loggedById = leader;
        testing::recordAdded(*store, leader, "setback", store->insertSetback(setback));
    }

    const StageBoard board = buildStageBoard(*store, kToday);
    CHECK_FALSE(board.lastReviewClosedOn.has_value());
    CHECK(board.column(Stage::Piloting).cards.at(0).badges.setbacksSinceReview == 2);
    CHECK_THAT(renderStageBoardText(board), Catch::Contains("no weekly review has been closed yet"));
}

TEST_CASE("the stage board can show one cabinet lead's innovations", "[reports][board]") {
    SmallPortfolio portfolio;
    const StageBoard board = buildStageBoard(*portfolio.store, kToday, portfolio.bob);

    CHECK(board.cabinetLeadName == "Cllr Bob Cabinet");
    CHECK(idsOf(board.column(Stage::Idea).cards) == std::vector<Id>{portfolio.library});
    CHECK(idsOf(board.column(Stage::Piloting).cards) == std::vector<Id>{portfolio.homeCare});
    CHECK(board.column(Stage::Exploring).cards.empty());
    CHECK(board.column(Stage::Mainstreamed).cards.empty());
    CHECK(board.stopped.empty());
    // Badges are the innovation's own, whoever else is filtered out.
    CHECK(board.column(Stage::Piloting).cards.at(0).badges.setbacksSinceReview == 2);
    CHECK_THAT(renderStageBoardText(board), Catch::Contains("for Cllr Bob Cabinet"));

    CHECK_THROWS_AS(buildStageBoard(*portfolio.store, kToday, Id{999}), NotFound);
}

TEST_CASE("the stage board's text fits an 80-column terminal, with a section per stage", "[reports][board]") {
    SmallPortfolio portfolio;
    const std::string text = renderStageBoardText(buildStageBoard(*portfolio.store, kToday));
    const auto lines = linesOf(text);

    for (const std::string& line : lines) {
        INFO(line);
        CHECK(utf8Length(line) < 80);
    }

    // Sections in stage order, each with its count, and the stopped innovations collapsed.
    std::size_t previous = 0;
    for (const std::string& heading : std::vector<std::string>{"Idea (1)", "Exploring (1)", "Piloting (2)",
                                                                "Scaling (0)", "Mainstreamed (1)", "Stopped (1)"}) {
        INFO(heading);
        const auto at = text.find("\n" + heading + "\n");
        REQUIRE(at != std::string::npos);
        CHECK(at > previous);
        previous = at;
    }
    CHECK_THAT(text, Catch::Contains("#" + std::to_string(portfolio.bins) + " Smart bins"));
    CHECK_THAT(text, Catch::Contains("none at this stage"));
    CHECK_THAT(text, Catch::Contains("Stage board on 2026-11-25"));
    CHECK_THAT(text, Catch::Contains("4 active, 1 mainstreamed, 1 stopped"));
}

TEST_CASE("the stage board's text rows line up under their headings", "[reports][board]") {
    SmallPortfolio portfolio;
    const auto lines = linesOf(renderStageBoardText(buildStageBoard(*portfolio.store, kToday)));

    const std::string header = lineStartingWith(lines, "#");
    const std::string header2 = lineStartingWith(lines, "Cabinet lead");
    const std::string homeCare = lineStartingWith(lines, std::to_string(portfolio.homeCare) + "  Home care");
    const std::string homeCare2 = lineAfter(lines, homeCare);
    const std::string solar = lineStartingWith(lines, std::to_string(portfolio.solar) + "  Solar");
    const std::string solar2 = lineAfter(lines, solar);
    const std::string library2 = lineAfter(lines, lineStartingWith(lines, std::to_string(portfolio.library) + "  "));
    const std::string unled2 = lineAfter(lines, lineStartingWith(lines, std::to_string(portfolio.unled) + "  "));

    // Confidence by its label under its heading; the long title cut to fit, and saying so.
    CHECK(columnOf(homeCare, "Amber/Red") == columnOf(header, "Confidence"));
    CHECK(columnOf(solar, "Green") == columnOf(header, "Confidence"));
    CHECK_THAT(solar, Catch::Contains("Solar canopies on the council's car parks"));
    CHECK_THAT(solar, Catch::Contains("…"));
    CHECK(utf8Length(homeCare) == utf8Length(header));
    CHECK(utf8Length(solar) == utf8Length(header));

    // Badges, right-aligned under Late, Crit and New; a dot for none.
    CHECK_THAT(header, Catch::EndsWith(" Late Crit  New"));
    CHECK_THAT(homeCare, Catch::EndsWith("    2    1    2"));
    CHECK_THAT(solar, Catch::EndsWith("    .    2    ."));

    // Under each card: the cabinet lead, then the next milestone, marked late when overdue.
    CHECK(columnOf(homeCare2, "Cllr Bob Cabinet") == columnOf(header2, "Cabinet lead"));
    CHECK(columnOf(solar2, "Cllr Siân Jones") == columnOf(header2, "Cabinet lead"));
    CHECK(columnOf(header2, "Cabinet lead") == columnOf(header, "Innovation"));
    CHECK_THAT(homeCare2, Catch::EndsWith("late 2026-11-10  Go-live in ward 2"));
    CHECK_THAT(solar2, Catch::EndsWith("next 2026-11-25  Grid connection"));
    CHECK(columnOf(homeCare2, "late") == columnOf(header2, "Next milestone"));
    CHECK(columnOf(solar2, "next") == columnOf(header2, "Next milestone"));
    CHECK(columnOf(library2, "no milestones outstanding") == columnOf(header2, "Next milestone"));
    CHECK_THAT(unled2, Catch::Contains("(no cabinet lead)"));
}

TEST_CASE("the stage board's legend explains the badges with the portfolio's own numbers", "[reports][board]") {
    SmallPortfolio portfolio;
    const std::string text = renderStageBoardText(buildStageBoard(*portfolio.store, kToday));
    // Wrapped at word boundaries, so compare with the line breaks taken out.
    std::string legend = text.substr(text.find("Confidence is"));
    for (char& c : legend)
        if (c == '\n') c = ' ';
    CHECK_THAT(legend, Catch::Contains("Late: overdue milestones"));
    CHECK_THAT(legend, Catch::Contains("scoring 15 or more (Critical)"));
    CHECK_THAT(legend, Catch::Contains("closed on 2026-11-18"));
    CHECK_THAT(legend, Catch::Contains("A dot means none"));
}

}  // namespace innotrack::reports
