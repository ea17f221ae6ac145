// The checklist report in each format: golden files on the portfolio of checklist_fixture.cpp with
// a fixed set of answers, and the promises each format makes (100 columns, well-formed HTML that
// escapes people's text, the JSON fields of docs/REPORTS.md, a CSV row per measure and question).
// Regenerate the golden files after a deliberate change with UPDATE_GOLDEN=1, then read the diff.
#include "checklist_fixture.hpp"
#include "parse_csv.hpp"
#include "report_files.hpp"

#include "reports/checklist_report.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::ChecklistPortfolio;
using innotrack::testing::checkGolden;
using innotrack::testing::xmlError;
using innotrack::testing::parseCsv;

namespace {

const Date kOn(2026, 11, 27);

// The fixture's portfolio with an answer of every kind, and evidence that tests escaping.
struct AnsweredPortfolio : ChecklistPortfolio {
    AnsweredPortfolio() {
        fill();
        const Id l = leader.id;
        portfolio.answerChecklist(l, "learn-from-failure", Answer::Yes,
                                  "Monthly <b>lessons</b> sessions & a \"no-blame\" rule | *always*", Date(2026, 11, 1));
        portfolio.answerChecklist(l, "lead-united", Answer::Yes, "", Date(2026, 11, 1));
        portfolio.answerChecklist(l, "communicate-need", Answer::Yes, "All-staff sessions", Date(2025, 11, 1));
        portfolio.answerChecklist(l, "regular-review", Answer::No, "Reviews lapsed over the summer.\nRestarted in "
                                  "November.", Date(2026, 11, 20));
        portfolio.answerChecklist(l, "financial-outlook", Answer::Partly, "Plan runs to 2029/30",
                                  Date(2026, 11, 20));
        portfolio.answerChecklist(l, "look-outside", Answer::Yes, "Wigan and Hubbub", Date(2026, 11, 2));
    }
    ChecklistReport report() const { return buildChecklistReport(*store, checklist(), kOn); }
};

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}


}  // namespace

TEST_CASE("the checklist report matches its golden file in every format", "[backend][reports][checklist][golden]") {
    const AnsweredPortfolio p;
    const ChecklistReport report = p.report();
    checkGolden("checklist.txt", renderChecklistText(report));
    checkGolden("checklist.md", renderChecklistMarkdown(report));
    checkGolden("checklist.csv", renderChecklistCsv(report));
    checkGolden("checklist.json", renderChecklistJson(report));
    checkGolden("checklist.html", renderChecklistHtml(report));
    // Each format by name reaches the same renderer.
    CHECK(renderChecklist(report, ReportFormat::Markdown) == renderChecklistMarkdown(report));
    CHECK(renderChecklist(report, ReportFormat::Html) == renderChecklistHtml(report));
}

TEST_CASE("the checklist's text fits 100 columns", "[backend][reports][checklist]") {
    const AnsweredPortfolio p;
    for (const ChecklistReport& report : {p.report(), buildChecklistReport(*p.store, p.checklist(), Date(2026, 4, 30))})
        for (const std::string& line : linesOf(renderChecklistText(report))) {
            INFO(line);
            CHECK(utf8Length(line) <= kChecklistTextWidth);
        }
}

TEST_CASE("the checklist's HTML is well formed, self-contained and escapes people's text",
          "[backend][reports][checklist][html]") {
    const AnsweredPortfolio p;
    const std::string page = renderChecklistHtml(p.report());
    CHECK(xmlError(page).empty());
    CHECK_THAT(page, Catch::Contains("Monthly &lt;b&gt;lessons&lt;/b&gt; sessions &amp; a &quot;no-blame&quot; rule"));
    CHECK_THAT(page, !Catch::Contains("<b>lessons"));
    CHECK_THAT(page, !Catch::Contains("<script"));
    // No network: the only address is the XHTML namespace, which is a name, not a link.
    std::size_t addresses = 0;
    for (std::size_t at = page.find("http"); at != std::string::npos; at = page.find("http", at + 1)) ++addresses;
    CHECK(addresses == 1);
    CHECK_THAT(page, Catch::Contains("xmlns=\"http://www.w3.org/1999/xhtml\""));
    CHECK_THAT(page, Catch::Contains("The council could do more in 14 places"));
    // An empty portfolio's page is well formed too.
    ChecklistPortfolio empty;
    CHECK(xmlError(renderChecklistHtml(buildChecklistReport(*empty.store, empty.checklist(), kOn))).empty());
}

TEST_CASE("the checklist's JSON has the documented fields", "[backend][reports][checklist][json]") {
    const AnsweredPortfolio p;
    const auto json = nlohmann::json::parse(renderChecklistJson(p.report()));
    CHECK(json["report"] == "checklist");
    CHECK(json["schema_version"] == 1);
    CHECK(json["on"] == "2026-11-27");
    CHECK(json["review_window"]["from"] == "2026-08-24");
    CHECK(json["review_window"]["to"] == "2026-11-22");
    const auto& summary = json["summary"];
    CHECK(summary["questions"] == 16);
    CHECK(summary["answered_yes"] == 4);
    CHECK(summary["answered_partly"] == 1);
    CHECK(summary["answered_no"] == 1);
    CHECK(summary["unanswered"] == 10);
    CHECK(summary["measures"] == 17);
    CHECK(summary["weak"] == 11);
    CHECK(summary["gaps"] == 14);
    CHECK(summary["words"].is_string());

    REQUIRE(json["areas"].size() == 5);
    std::vector<std::string> areaKeys;
    std::set<std::string> measureKeys;
    std::size_t questions = 0;
    for (const auto& area : json["areas"]) {
        areaKeys.push_back(area["key"]);
        for (const auto& measure : area["measures"]) {
            measureKeys.insert(measure["key"].get<std::string>());
            for (const char* field : {"label", "kind", "count", "out_of", "measured", "percent", "weak", "weak_when",
                                      "reading", "questions"})
                CHECK(measure.contains(field));
        }
        for (const auto& question : area["questions"]) {
            ++questions;
            for (const char* field : {"key", "question", "answer", "evidence", "answered_by_id", "answered_by",
                                      "answered_on", "stale", "measures"})
                CHECK(question.contains(field));
        }
    }
    CHECK(areaKeys == std::vector<std::string>{"climate", "ambitions", "leadership", "delivery", "review"});
    CHECK(questions == 16);
    CHECK(measureKeys == std::set<std::string>{"inspired_elsewhere", "intelligent_failures", "lessons_coverage",
                                               "quarters_without_idea", "ideas_from_elsewhere", "ideas_decided_promptly",
                                               "active_without_ambition", "ambitions_without_innovation",
                                               "ambitions_with_concern", "time_and_money_earmarked",
                                               "cabinet_members_leading", "taken_people_with_them",
                                               "opposition_unanswered", "active_without_cabinet_lead",
                                               "milestones_on_time", "advanced_after_setback",
                                               "weeks_without_review"});
    const auto& climate = json["areas"][0];
    CHECK(climate["measures"][1]["key"] == "intelligent_failures");
    CHECK(climate["measures"][1]["count"] == 1);
    CHECK(climate["measures"][1]["out_of"] == 5);
    CHECK(climate["measures"][1]["percent"] == 20);
    CHECK(climate["measures"][1]["kind"] == "share");
    CHECK(climate["questions"][0]["answer"].is_null());  // new-ideas: not answered
    CHECK(climate["questions"][1]["answer"] == "yes");   // look-outside
    CHECK(climate["questions"][1]["answered_by"] == "Cllr Ann Leader");
    CHECK(climate["questions"][1]["answered_on"] == "2026-11-02");
    CHECK(json["could_do_more"][0]["kind"] == "contradicted");
    CHECK(json["could_do_more"][0]["question_key"] == "learn-from-failure");
    CHECK(json["could_do_more"][0]["measures"] ==
          nlohmann::json::array({"intelligent_failures", "lessons_coverage"}));

    // Nothing measured: a share's percent is null, never a division by zero.
    ChecklistPortfolio empty;
    const auto nothing = nlohmann::json::parse(renderChecklistJson(buildChecklistReport(*empty.store, empty.checklist(), kOn)));
    CHECK(nothing["areas"][0]["measures"][0]["percent"].is_null());
    CHECK(nothing["areas"][0]["measures"][0]["measured"] == false);
}

TEST_CASE("the checklist's CSV has a row per measure and per question", "[backend][reports][checklist][csv]") {
    const AnsweredPortfolio p;
    const auto rows = parseCsv(renderChecklistCsv(p.report()));
    REQUIRE(rows.size() == 1 + 17 + 16);
    CHECK(rows[0] == std::vector<std::string>{"row", "area", "key", "label", "percent", "count", "out_of", "measured",
                                              "weak", "answer", "evidence", "answered_by_id", "answered_by",
                                              "answered_on", "stale", "gap", "words"});
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == rows[0].size());
        CHECK(rows[i][0] == (i <= 17 ? "measure" : "question"));
    }
    // The measure of intelligent failures: 1 of 5, 20%, weak.
    CHECK(rows[2][2] == "intelligent_failures");
    CHECK(rows[2][4] == "20");
    CHECK(rows[2][5] == "1");
    CHECK(rows[2][6] == "5");
    CHECK(rows[2][8] == "true");
    // regular-review, answered no with evidence over two lines, kept whole.
    const auto review = std::find_if(rows.begin(), rows.end(), [](const auto& row) { return row[2] == "regular-review"; });
    REQUIRE(review != rows.end());
    CHECK((*review)[9] == "no");
    CHECK((*review)[10] == "Reviews lapsed over the summer.\nRestarted in November.");
    CHECK((*review)[13] == "2026-11-20");
    CHECK((*review)[15] == "no");
}

TEST_CASE("the checklist's Markdown escapes people's text and keeps its tables whole", "[backend][reports][checklist]") {
    const AnsweredPortfolio p;
    const std::string markdown = renderChecklistMarkdown(p.report());
    CHECK_THAT(markdown, Catch::Contains("Monthly \\<b\\>lessons\\</b\\> sessions \\& a \"no-blame\" rule \\| \\*always\\*"));
    CHECK_THAT(markdown, Catch::Contains("Reviews lapsed over the summer. Restarted in November."));
    int headings = 0;
    for (const std::string& line : linesOf(markdown)) {
        if (line.rfind("## ", 0) == 0) ++headings;
        // A table row never breaks across lines: every row line starts and ends with a pipe.
        if (!line.empty() && line.front() == '|') CHECK(line.back() == '|');
    }
    CHECK(headings == 6);  // five areas and "where the council could do more"
}
