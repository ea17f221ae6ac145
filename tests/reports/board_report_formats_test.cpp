// The weekly board report in each format: golden files on the fixed portfolio of
// board_report_fixture.hpp, and the promises each format makes (width, well-formed HTML, escaping,
// stable JSON fields, one CSV row per innovation).
// Regenerate the golden files after a deliberate change with UPDATE_GOLDEN=1, then read the diff.
#include "board_report_fixture.hpp"
#include "report_files.hpp"

#include "reports/board_report.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::BoardPortfolio;
using innotrack::testing::checkGolden;
using innotrack::testing::xmlError;

namespace {

const Date kToday(2026, 11, 25);

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

BoardReport todaysReport(const BoardPortfolio& p) {
    BoardReport report = buildBoardReport(p.board(), p.store->riskBands(), kToday, kToday);
    report.auditChain = p.store->auditChainHead();
    addConfidenceHistory(report, p.test.backend().trendQueries());
    return report;
}

}  // namespace

TEST_CASE("the board report matches its golden file in every format", "[backend][reports][board-report][golden]") {
    const BoardPortfolio p;
    const BoardReport report = todaysReport(p);
    checkGolden("board.txt", renderBoardText(report));
    checkGolden("board.md", renderBoardMarkdown(report));
    checkGolden("board.csv", renderBoardCsv(report));
    checkGolden("board.json", renderBoardJson(report));
    checkGolden("board.html", renderBoardHtml(report));
    BoardReport bob = buildBoardReport(p.board(), p.store->riskBands(), kToday, kToday, p.bob, "Cllr Bob Cabinet");
    bob.auditChain = p.store->auditChainHead();
    checkGolden("board-cabinet.txt", renderBoardText(bob));
}

TEST_CASE("the board's text fits 100 columns", "[backend][reports][board-report]") {
    BoardPortfolio p;
    // A title and a decision far longer than a line, to make the text shrink and wrap.
    Innovation draft = p.portfolio.innovation(p.homeCare);
    draft.title = "Home care by video for every older resident who wants it, starting in the wards with the "
                  "longest waits for a home visit from a carer";
    p.portfolio.updateInnovation(p.leader, draft);
    const std::string text = renderBoardText(todaysReport(p));
    for (const std::string& line : linesOf(text)) {
        INFO(line);
        CHECK(utf8Length(line) < kBoardTextWidth);
    }
    CHECK(text.find("Home care by video for every older resident") != std::string::npos);
}

TEST_CASE("the board's HTML is well formed and escapes what people typed", "[backend][reports][board-report]") {
    BoardPortfolio p;
    Innovation draft = p.portfolio.innovation(p.library);
    draft.title = "Tea & <b>cake</b> \"club\"";
    p.portfolio.updateInnovation(p.leader, draft);
    const BoardReport report = todaysReport(p);

    const std::string page = renderBoardHtml(report);
    CHECK(xmlError(page).empty());
    CHECK(page.find("Tea &amp; &lt;b&gt;cake&lt;/b&gt; &quot;club&quot;") != std::string::npos);
    CHECK(page.find("<b>cake") == std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("http://") == page.find("http://www.w3.org/1999/xhtml"));  // no other link out
    CHECK(page.find("https://") == std::string::npos);

    const std::string markdown = renderBoardMarkdown(report);
    CHECK(markdown.find("Tea \\& \\<b\\>cake\\</b\\> \"club\"") != std::string::npos);
}

TEST_CASE("the board's CSV has one row per innovation under documented columns", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const std::vector<std::string> lines = linesOf(renderBoardCsv(todaysReport(p)));
    REQUIRE(lines.size() == 5);  // the header and four active innovations
    CHECK(lines[0] ==
          "innovation_id,title,stage,priority,cabinet_lead_id,cabinet_lead,ambition_id,confidence,"
          "confidence_at_last_review,last_review_id,trend,next_milestone_id,next_milestone,next_milestone_due,"
          "overdue_milestones,top_risk_id,top_risk_score,top_risk_band,new_setbacks,new_lessons\r");
    CHECK(lines[1] == std::to_string(p.homeCare) + ",Home care by video,piloting,1," + std::to_string(p.bob) +
                          ",Cllr Bob Cabinet," + std::to_string(p.independentLiving) + ",amber-red,amber," +
                          std::to_string(p.r2) + ",worse," + std::to_string(p.recruitCarers) +
                          ",Recruit carers,2026-11-24,1," + std::to_string(p.carersLeave) + ",16,critical,2,1\r");
}

TEST_CASE("the board's JSON uses the documented field names and types", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const auto json = nlohmann::json::parse(renderBoardJson(todaysReport(p)));
    CHECK(json["report"] == "board");
    CHECK(json["on"] == "2026-11-25");
    CHECK(json["cabinet_lead_id"].is_null());
    CHECK(json["risk_bands"]["critical_from"] == 15);
    CHECK(json["last_closed_review"]["review_id"] == p.r2);
    CHECK(json["last_closed_review"]["closed_on"] == "2026-11-17");
    CHECK(json["summary"]["active_innovations"] == 4);
    CHECK(json["summary"]["overdue_milestones"] == 1);
    CHECK(json["summary"]["critical_risks"] == 1);
    CHECK(json["summary"]["new_setbacks"] == 3);
    CHECK(json["summary"]["new_lessons"] == 1);
    CHECK(json["summary"]["ambitions_without_active_innovation"] == 2);

    const auto& energy = json["innovations"][3];
    CHECK(energy["innovation_id"] == p.energy);
    CHECK(energy["trend"] == "first-review");
    CHECK(energy["confidence_at_last_review"].is_null());
    CHECK(energy["cabinet_lead_id"].is_null());
    CHECK(energy["top_risk_score"].is_null());
    CHECK(energy["new_setbacks"] == 0);

    CHECK(json["decisions"][0]["decision"] == "Recruit two more carers");
    CHECK(json["overdue_milestones"][0]["days_late"] == 1);
    CHECK(json["overdue_milestones"][0]["baseline_due"] == "2026-11-20");
    CHECK(json["critical_risks"][0]["score"] == 16);
    CHECK(json["critical_risks"][0]["proximity"] == "this-project");
    CHECK(json["new_setbacks"][0]["kind"] == "complex");  // logged on the day R2 closed, after it
    CHECK(json["new_setbacks"][1]["kind"] == "intelligent");
    CHECK(json["new_lessons"][0]["lesson_id"] == p.lessonHomeCare);
    CHECK(json["ambitions_without_active_innovation"][1]["stopped"] == 1);
}

TEST_CASE("the board's HTML draws each innovation's confidence review by review", "[backend][reports][board-report]") {
    const BoardPortfolio p;
    const BoardReport report = todaysReport(p);
    REQUIRE(report.confidenceHistory);
    // R1 (2 Nov) and R2 (16 Nov) closed, R3 (23 Nov) still open: every review held by the 25th.
    CHECK(report.confidenceHistory->at(p.homeCare) ==
          std::vector<ConfidencePoint>{{p.r1, Date(2026, 11, 2), Confidence::AmberRed},
                                       {p.r2, Date(2026, 11, 16), Confidence::Amber},
                                       {p.r3, Date(2026, 11, 23), Confidence::AmberRed}});
    CHECK(report.confidenceHistory->at(p.solar).size() == 2);  // solar's edit to Green on 20 Nov is no review
    CHECK(report.confidenceHistory->count(p.energy) == 0);     // no review has recorded it

    const std::string page = renderBoardHtml(report);
    CHECK(xmlError(page).empty());
    CHECK(page.find("<title>Confidence at each review: Amber/Red (2 November 2026), Amber (16 November 2026), "
                    "Amber/Red (23 November 2026)</title>") != std::string::npos);
    std::size_t drawn = 0;
    for (std::size_t at = page.find("class=\"sparkline\""); at != std::string::npos;
         at = page.find("class=\"sparkline\"", at + 1))
        ++drawn;
    CHECK(drawn == report.confidenceHistory->size());

    // Before the history is read (the workbook's board), nothing is drawn.
    BoardReport without = report;
    without.confidenceHistory.reset();
    CHECK(renderBoardHtml(without).find("sparkline") == std::string::npos);
}
