// One set of definitions for both boards: a portfolio on which the stage board's old C++ reading
// (records as they are now) and the board paper's SQL (records as they stood at the end of the
// day) gave different figures. The stage board's cards now carry the paper's figures, worked out
// by hand below, and `innotrack board` prints the same figures as `innotrack report board`.
#include "in_process_cli.hpp"
#include "stage_board_fixture.hpp"

#include "reports/board_report.hpp"
#include "reports/stage_board.hpp"
#include "storage/sqlite_store.hpp"

#include "parse_csv.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <stdexcept>

namespace innotrack::reports {
namespace {

namespace fs = std::filesystem;

// A Wednesday. Everything dated after it happened "later": the boards are as of this day.
const Date kOn(2026, 11, 25);

using testing::Score;

// Written straight into a file, so records can be dated after the day (as a file imported from a
// desk whose clock ran ahead would have them, or any day looked back on).
//
//  homeCare  Piloting, priority 1, Bob
//    milestones  "Grid connection"   due 25 Nov (the day: not overdue)
//                "Recruit carers"    due 20 Nov, completed 27 Nov (after the day: outstanding then)
//                "Go-live in ward 2" due 10 Nov, moved on 26 Nov to 20 Dec (on the day it was due 10 Nov)
//    risks       4×4 open; 5×5 with residual 2×3 = 6; 5×5 closed 27 Nov; 4×5 occurred 26 Nov (its
//                setback that day); 4×4 raised 26 Nov; 2×2 with residual 4×4 = 16
//    setbacks    18 Nov (logged before that day's review closed), then, after it closed, 19 Nov,
//                25 Nov (the day), 27 Nov
//  bins      Stopped, priority 4, Bob: "Evaluation" due 1 Oct, outstanding
//  solar     Scaling now, moved from Piloting on 27 Nov (after the day), priority 2, Cat
//  fleet     Mainstreamed (from Scaling on 20 Nov), priority 3, Cat
//  Reviews   held and closed 18 Nov (the same day); held 25 Nov, closed 26 Nov (after the day)
struct DisagreeingPortfolio {
    fs::path dir = fs::temp_directory_path() / ("innotrack-stage-board-" + std::to_string(std::random_device{}()));
    std::string db = (dir / "portfolio.db").string();
    std::unique_ptr<storage::SqliteStore> store = open(dir, db);
    testing::RecordWriter write{*store};

    Id leader = write.person("Cllr Ann Leader", Role::Leader);
    Id bob = write.person("Cllr Bob Cabinet", Role::Cabinet);
    Id cat = write.person("Cllr Cat Cabinet", Role::Cabinet);
    Id officer = write.person("Dev Officer", Role::Officer);

    Id homeCare = write.innovation("Home care by video", Stage::Piloting, 1, bob);
    Id bins = write.innovation("Smart bins", Stage::Stopped, 4, bob, Confidence::Red, "Savings far too small");
    Id solar = write.innovation("Solar canopies", Stage::Scaling, 2, cat);
    Id fleet = write.innovation("Electric fleet", Stage::Mainstreamed, 3, cat);

    Id gridConnection = write.milestone(homeCare, "Grid connection", kOn);
    Id recruitCarers = write.milestone(homeCare, "Recruit carers", Date(2026, 11, 20), Date(2026, 11, 27));
    Id goLive = write.milestone(homeCare, "Go-live in ward 2", Date(2026, 11, 10));
    Id evaluation = write.milestone(bins, "Evaluation", Date(2026, 10, 1));

    DisagreeingPortfolio() {
        write.moveMilestone(goLive, Date(2026, 12, 20), Date(2026, 11, 26));
        write.stageChange(solar, Stage::Piloting, Stage::Scaling, Date(2026, 11, 27));
        write.stageChange(fleet, Stage::Scaling, Stage::Mainstreamed, Date(2026, 11, 20));

        const Date raised(2026, 9, 1);
        write.risk(homeCare, {4, 4}, std::nullopt, RiskStatus::Open, raised);  // 16: Critical
        write.risk(homeCare, {5, 5}, Score{2, 3}, RiskStatus::Open, raised);   // residual 6: not
        write.risk(homeCare, {5, 5}, std::nullopt, RiskStatus::Closed, raised, Date(2026, 11, 27));
        write.risk(homeCare, {4, 5}, std::nullopt, RiskStatus::Occurred, raised, Date(2026, 11, 26));
        write.risk(homeCare, {4, 4}, std::nullopt, RiskStatus::Open, Date(2026, 11, 26));  // raised later
        write.risk(homeCare, {2, 2}, Score{4, 4}, RiskStatus::Open, raised);               // residual 16

        write.setback(homeCare, Date(2026, 11, 18));
        write.review(Date(2026, 11, 18), Date(2026, 11, 18), homeCare);
        write.review(kOn, Date(2026, 11, 26), homeCare);
        for (const Date day : {Date(2026, 11, 19), kOn, Date(2026, 11, 27)}) write.setback(homeCare, day);
    }
    ~DisagreeingPortfolio() {
        store.reset();
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
    DisagreeingPortfolio(const DisagreeingPortfolio&) = delete;
    DisagreeingPortfolio& operator=(const DisagreeingPortfolio&) = delete;

    static std::unique_ptr<storage::SqliteStore> open(const fs::path& folder, const std::string& file) {
        fs::create_directories(folder);
        return storage::SqliteStore::open(file, storage::OpenMode::CreateNew);
    }
};

const StageBoardCard& cardOf(const StageBoard& board, Id innovationId) {
    for (const StageBoardColumn& column : board.columns)
        for (const StageBoardCard& card : column.cards)
            if (card.innovationId == innovationId) return card;
    for (const StageBoardCard& card : board.stopped)
        if (card.innovationId == innovationId) return card;
    FAIL("no card for innovation " << innovationId);
    throw std::logic_error("unreachable");
}

// CSV rows by their first field (the innovation's id), the header's names as keys.
std::map<std::string, std::map<std::string, std::string>> rowsById(const std::string& csv) {
    const testing::CsvRows rows = testing::parseCsv(csv);
    REQUIRE_FALSE(rows.empty());
    std::map<std::string, std::map<std::string, std::string>> byId;
    for (std::size_t row = 1; row < rows.size(); ++row)
        for (std::size_t field = 0; field < rows[0].size(); ++field) byId[rows[row][0]][rows[0][field]] = rows[row].at(field);
    return byId;
}

}  // namespace

TEST_CASE("the stage board counts as of the day, by the board paper's definitions", "[reports][board][agreement]") {
    DisagreeingPortfolio portfolio;
    const StageBoard board = buildStageBoard(*portfolio.store, kOn);

    // The review closed after the day does not move the line; the one held and closed on the 18th does.
    REQUIRE(board.lastReviewClosedOn.has_value());
    CHECK(*board.lastReviewClosedOn == Date(2026, 11, 18));

    const StageBoardCard& homeCare = cardOf(board, portfolio.homeCare);
    // Go-live was due on 10 November on the day (its move came the day after), so it is next and
    // overdue; Recruit carers was still outstanding (completed on the 27th) and overdue; the
    // milestone due on the day is not. The old reading: next "Grid connection", 0 overdue.
    CHECK(homeCare.nextMilestoneId == portfolio.goLive);
    CHECK(homeCare.nextMilestone == "Go-live in ward 2");
    CHECK(homeCare.nextMilestoneDue == Date(2026, 11, 10));
    CHECK(homeCare.badges.overdueMilestones == 2);
    // Open on the day and Critical: 4×4; 5×5 closed on the 27th; 4×5 occurred on the 26th; residual
    // 4×4. Not: residual 6, nor the 4×4 raised on the 26th. The old reading: 3 (open now, 4×4 twice
    // and residual 16).
    CHECK(homeCare.badges.criticalRisksOpen == 4);
    // Logged after the review of the 18th closed and dated up to the day: the 19th and the 25th.
    // The old reading: 1 (the 27th, after the review closed on the 26th).
    CHECK(homeCare.badges.setbacksSinceReview == 2);

    // Stopped innovations get their figures too.
    REQUIRE(board.stopped.size() == 1);
    const StageBoardCard& bins = cardOf(board, portfolio.bins);
    CHECK(bins.badges.overdueMilestones == 1);
    CHECK(bins.nextMilestoneId == portfolio.evaluation);

    // Solar canopies was still piloting on the day (the old reading put it under Scaling).
    CHECK(cardOf(board, portfolio.solar).stage == Stage::Piloting);
    CHECK(board.column(Stage::Scaling).cards.empty());
    CHECK(board.column(Stage::Mainstreamed).cards.size() == 1);
}

TEST_CASE("every figure the stage board shares with the board paper is the paper's", "[reports][board][agreement]") {
    DisagreeingPortfolio portfolio;
    const StageBoard board = buildStageBoard(*portfolio.store, kOn);
    const RiskBands bands = portfolio.store->riskBands();
    const BoardReport paper = buildBoardReport(*portfolio.store, bands, kOn, kOn, std::nullopt, {}, std::nullopt);

    REQUIRE(paper.lastClosedReview.has_value());
    CHECK(board.lastReviewClosedOn == paper.lastClosedReview->closedOn);
    CHECK(board.bands.criticalFrom == paper.bands.criticalFrom);

    // The paper's innovations are the stage board's active cards, in the same order.
    std::vector<Id> active;
    for (const StageBoardColumn& column : board.columns)
        if (isActive(column.stage))
            for (const StageBoardCard& card : column.cards) active.push_back(card.innovationId);
    std::vector<Id> rows;
    for (const BoardRow& row : paper.innovations) rows.push_back(row.facts.innovationId);
    std::sort(active.begin(), active.end());
    std::sort(rows.begin(), rows.end());
    CHECK(active == rows);
    CHECK(board.activeCount() == static_cast<std::size_t>(paper.totals.innovations));
    REQUIRE(rows == std::vector<Id>{portfolio.homeCare, portfolio.solar});

    for (const BoardRow& row : paper.innovations) {
        const BoardInnovationFacts& facts = row.facts;
        INFO("innovation " << facts.innovationId);
        const StageBoardCard& card = cardOf(board, facts.innovationId);
        CHECK(card.title == facts.title);
        CHECK(card.stage == facts.stage);
        CHECK(card.priority == facts.priority);
        CHECK(card.cabinetLeadId == facts.cabinetLeadId);
        CHECK(card.cabinetLead == facts.cabinetLead);
        CHECK(card.ambitionId == facts.ambitionId);
        CHECK(card.confidence == row.confidence);
        CHECK(card.nextMilestoneId == facts.nextMilestoneId);
        CHECK(card.nextMilestone == facts.nextMilestone);
        CHECK(card.nextMilestoneDue == facts.nextMilestoneDue);
        CHECK(card.badges.overdueMilestones == facts.overdueMilestones);
        CHECK(card.badges.setbacksSinceReview == facts.setbacksSince);
        // The paper lists the Critical risks; the card counts its own.
        const auto critical = std::count_if(paper.criticalRisks.begin(), paper.criticalRisks.end(),
                                            [&](const BoardRisk& risk) { return risk.innovationId == facts.innovationId; });
        CHECK(card.badges.criticalRisksOpen == critical);
    }
    // And the paper's own lists hold the same milestones and setbacks the badges count.
    CHECK(paper.totals.overdueMilestones == 2);
    CHECK(paper.totals.criticalRisks == 4);
    CHECK(paper.totals.newSetbacks == 2);
}

TEST_CASE("innotrack board prints the figures innotrack report board prints", "[reports][board][agreement][cli]") {
    DisagreeingPortfolio portfolio;
    const testing::CliRun board = testing::runInnotrack(portfolio.db, {"board", "--format", "csv"}, "2026-11-25");
    const testing::CliRun paper =
        testing::runInnotrack(portfolio.db, {"report", "board", "--all", "--format", "csv"}, "2026-11-25");
    REQUIRE(board.status == 0);
    REQUIRE(paper.status == 0);
    CHECK(board.err.empty());

    const auto cards = rowsById(board.out);
    const auto rows = rowsById(paper.out);
    CHECK(cards.size() == 4);  // every innovation, the stopped and mainstreamed ones too
    REQUIRE(rows.size() == 2);
    for (const auto& [id, row] : rows) {
        INFO("innovation " << id);
        REQUIRE(cards.count(id) == 1);
        const auto& card = cards.at(id);
        for (const auto& [cardKey, paperKey] : std::vector<std::pair<std::string, std::string>>{
                 {"stage", "stage"},
                 {"title", "title"},
                 {"priority", "priority"},
                 {"confidence", "confidence"},
                 {"cabinet_lead", "cabinet_lead"},
                 {"next_milestone", "next_milestone"},
                 {"next_milestone_due", "next_milestone_due"},
                 {"overdue_milestones", "overdue_milestones"},
                 {"setbacks_since_review", "new_setbacks"}}) {
            INFO(cardKey);
            CHECK(card.at(cardKey) == row.at(paperKey));
        }
    }
    const auto& homeCare = cards.at(std::to_string(portfolio.homeCare));
    CHECK(homeCare.at("overdue_milestones") == "2");
    CHECK(homeCare.at("critical_risks_open") == "4");
    CHECK(homeCare.at("setbacks_since_review") == "2");
    CHECK(homeCare.at("next_milestone_due") == "2026-11-10");
    CHECK(cards.at(std::to_string(portfolio.solar)).at("stage") == "piloting");
    CHECK(cards.at(std::to_string(portfolio.bins)).at("overdue_milestones") == "1");
}

}  // namespace innotrack::reports
