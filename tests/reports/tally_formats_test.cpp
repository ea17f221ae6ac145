// The tally in each format: golden files on a fixed portfolio, output that parses back, and an
// HTML page that an XML parser accepts, with the heat map's cells holding the report's counts.
#include "parse_csv.hpp"
#include "tally_golden.hpp"

#include "reports/html.hpp"
#include "reports/markdown.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>
#include <expat.h>
#include <nlohmann/json.hpp>

#include <map>
#include <sstream>

namespace innotrack::testing {
namespace {

using namespace reports;

struct Golden {
    TallyPortfolio portfolio;
    TallyReport report;
    Golden() {
        addGoldenEvents(portfolio);
        report = goldenReport(portfolio);
    }
};

TEST_CASE("each format of the tally matches its golden file", "[backend][reports][tally][golden]") {
    const Golden golden;
    CHECK(compareWithGolden("tally.txt", renderTally(golden.report, ReportFormat::Text)) == std::string());
    CHECK(compareWithGolden("tally.md", renderTally(golden.report, ReportFormat::Markdown)) == std::string());
    CHECK(compareWithGolden("tally.csv", renderTally(golden.report, ReportFormat::Csv)) == std::string());
    CHECK(compareWithGolden("tally.json", renderTally(golden.report, ReportFormat::Json)) == std::string());
    CHECK(compareWithGolden("tally.html", renderTally(golden.report, ReportFormat::Html)) == std::string());
}

TEST_CASE("the tally's text fits 100 columns in every breakdown", "[backend][reports][tally]") {
    const Golden golden;
    for (const TallyGrouping grouping : {TallyGrouping::None, TallyGrouping::Ambition, TallyGrouping::Cabinet,
                                         TallyGrouping::Innovation, TallyGrouping::Quarter}) {
        TallyRequest request{financialYearPeriod(2026, day(2027, 5, 20)), {}, grouping};
        const TallyReport report =
            buildTallyReport(*golden.portfolio.store, golden.portfolio.queries(), request, day(2027, 5, 20));
        std::istringstream lines(renderTallyText(report));
        int count = 0;
        for (std::string line; std::getline(lines, line); ++count) {
            INFO(line);
            CHECK(utf8Length(line) <= kTallyTextWidth);
        }
        CHECK(count > 40);
    }
}

TEST_CASE("the golden portfolio's figures, worked out by hand", "[backend][reports][tally][golden]") {
    const Golden golden;
    const TallyCounts& c = golden.report.counts;
    CHECK(c.milestonesOnTime == 3);  // 31 May, 1 September (café), 20 February
    CHECK(c.milestonesLate == 2);    // 1 July, and the moved one on 15 September
    CHECK(c.benefitsRealised == 2);
    CHECK(c.stageAdvances == 4);  // not the move back to Idea
    CHECK(c.wentRight() == 11);
    CHECK(c.setbacksBasic == 1);
    CHECK(c.setbacksComplex == 2);  // the café's, and the risk that occurred
    CHECK(c.setbacksIntelligent == 1);
    CHECK(c.setbacksWithLesson == 2);
    CHECK(golden.report.ratioWords == "2.8 right for every 1 wrong");  // 11 ÷ 4 = 2.75
    CHECK(c.risksRaised == 7);
    CHECK(c.risksRaisedCritical == 2);
    CHECK(c.risksRaisedOccurred == 1);
    CHECK(c.risksRaisedClosed == 1);
    CHECK(c.risksRaisedOpen == 5);
    CHECK(c.risksOpenAtEnd == 5);  // four on energy and the 3×5 on solar
    REQUIRE(golden.report.concerns.size() == 1);
    CHECK(golden.report.concerns[0].words ==
          "In Q2 2026/27, 5 risks were open and no setback was logged: are failures being reported?");
    REQUIRE(golden.report.groups.size() == 4);
    CHECK(golden.report.groups[3].counts.wentRight() == 2);  // the café: a milestone and a benefit
}

TEST_CASE("the tally's JSON parses back with the documented fields", "[backend][reports][tally]") {
    const Golden golden;
    const auto json = nlohmann::json::parse(renderTallyJson(golden.report));
    CHECK(json["report"] == "tally");
    CHECK(json["schema_version"] == 1);
    CHECK(json["period"]["from"] == "2026-04-01");
    CHECK(json["period"]["to"] == "2027-03-31");
    CHECK(json["scope"]["ambition_id"].is_null());
    CHECK(json["totals"]["went_right"] == 11);
    CHECK(json["totals"]["went_wrong"] == 4);
    CHECK(json["totals"]["ratio"] == 2.8);
    CHECK(json["intelligent_share"]["percent"] == 25);
    CHECK(json["lessons_coverage"]["count"] == 2);
    CHECK(json["reporting_check"]["open_risks_threshold"] == 5);
    CHECK(json["reporting_check"]["concerns"][0]["quarter"] == "2026Q2");
    CHECK(json["quarters"].size() == 4);
    CHECK(json["quarters"][1]["counts"]["went_wrong"] == 0);
    CHECK(json["grouping"] == "innovation");
    CHECK(json["groups"].size() == 4);
    CHECK(json["heat_map"]["cells"][2][4] == 1);  // the 3×5 risk on solar
    CHECK(json["heat_map"]["total"] == 5);
}


TEST_CASE("the tally's CSV has one row per group, with the title's comma and quotes intact", "[backend][reports][tally]") {
    const Golden golden;
    const auto rows = parseCsv(renderTallyCsv(golden.report));
    REQUIRE(rows.size() == 5);
    CHECK(rows[0][0] == "key");
    CHECK(rows[0][4] == "milestones_on_time");
    CHECK(rows[0].back() == "ratio");
    CHECK(rows[4][1] == "Caf\xC3\xA9s & <b>pop-up</b> \"shops\" | *stars* #1");
    CHECK(rows[4][8] == "2");  // went_right

    TallyReport whole = golden.report;
    whole.grouping = TallyGrouping::None;
    const auto one = parseCsv(renderTallyCsv(whole));
    REQUIRE(one.size() == 2);
    CHECK(one[1][0] == "all");
    CHECK(one[1][8] == "11");
    CHECK(one[1].back() == "2.8");
}

// Collects what the HTML checks need while expat parses the page as XML.
struct PageScan {
    int elements = 0;
    int scripts = 0;
    int externalReferences = 0;
    int injected = 0;  // <b> elements: only a title holds "<b>", and it must arrive as text
    std::map<std::pair<int, int>, std::string> cells;
    std::optional<std::pair<int, int>> inCell;
    int depthInCell = 0;

    static const char* attribute(const char** attributes, const std::string& name) {
        for (int i = 0; attributes[i] != nullptr; i += 2)
            if (name == attributes[i]) return attributes[i + 1];
        return nullptr;
    }
    static void start(void* data, const char* name, const char** attributes) {
        auto& scan = *static_cast<PageScan*>(data);
        const std::string element = name;
        ++scan.elements;
        scan.scripts += element == "script";
        scan.injected += element == "b";
        if (attribute(attributes, "src") != nullptr || attribute(attributes, "href") != nullptr)
            ++scan.externalReferences;
        if (scan.inCell) ++scan.depthInCell;
        const char* cls = attribute(attributes, "class");
        if (element == "g" && cls != nullptr && std::string(cls) == "cell") {
            scan.inCell = std::pair{std::stoi(attribute(attributes, "data-likelihood")),
                                    std::stoi(attribute(attributes, "data-impact"))};
            scan.depthInCell = 0;
        }
    }
    static void end(void* data, const char*) {
        auto& scan = *static_cast<PageScan*>(data);
        if (scan.inCell && scan.depthInCell-- == 0) scan.inCell.reset();
    }
    static void text(void* data, const char* content, int length) {
        auto& scan = *static_cast<PageScan*>(data);
        if (!scan.inCell) return;
        // Only the count itself: the line breaks between elements are not part of it.
        for (int i = 0; i < length; ++i)
            if (content[i] != '\n' && content[i] != ' ') scan.cells[*scan.inCell] += content[i];
    }
};

TEST_CASE("the tally's HTML is well-formed XML, self-contained, escaped, with a 5x5 heat map of the counts",
          "[backend][reports][tally]") {
    const Golden golden;
    const std::string page = renderTallyHtml(golden.report);
    PageScan scan;
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser, &scan);
    XML_SetElementHandler(parser, &PageScan::start, &PageScan::end);
    XML_SetCharacterDataHandler(parser, &PageScan::text);
    const auto status = XML_Parse(parser, page.data(), static_cast<int>(page.size()), 1);
    const std::string error = status == XML_STATUS_OK
                                  ? ""
                                  : std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                                        std::to_string(XML_GetCurrentLineNumber(parser));
    XML_ParserFree(parser);
    INFO(error);
    REQUIRE(status == XML_STATUS_OK);
    CHECK(scan.elements > 100);
    CHECK(scan.scripts == 0);
    CHECK(scan.externalReferences == 0);
    CHECK(scan.injected == 0);
    CHECK(page.find("Caf\xC3\xA9s &amp; &lt;b&gt;pop-up&lt;/b&gt; &quot;shops&quot;") != std::string::npos);
    CHECK(page.find("@page { size: A4") != std::string::npos);
    CHECK(page.find("@media print") != std::string::npos);
    REQUIRE(scan.cells.size() == 25);
    for (int likelihood = 1; likelihood <= 5; ++likelihood)
        for (int impact = 1; impact <= 5; ++impact) {
            INFO("likelihood " << likelihood << ", impact " << impact);
            const auto l = static_cast<std::size_t>(likelihood - 1);
            const auto i = static_cast<std::size_t>(impact - 1);
            CHECK(scan.cells[{likelihood, impact}] == std::to_string(golden.report.heatMap[l][i]));
        }
}

TEST_CASE("HTML escaping keeps pages well formed whatever the text holds", "[backend][reports][html]") {
    CHECK(html::escape("<a href=\"x\">Tom & 'Jerry'</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    CHECK(html::escape("Siân\tline\nnext") == "Siân\tline\nnext");
    CHECK(html::escape(std::string("bad \xFF byte")) == "bad \xEF\xBF\xBD byte");
    CHECK(html::escape(std::string("bell \x07")) == "bell \xEF\xBF\xBD");
    CHECK(html::escape(std::string("\xED\xA0\x80")) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
}

TEST_CASE("Markdown escaping keeps titles from becoming markup", "[backend][reports][markdown]") {
    CHECK(markdown::escape("*stars* | pipes # _under_ <b>") == "\\*stars\\* \\| pipes \\# \\_under\\_ \\<b\\>");
    CHECK(markdown::escape("- not a list") == "\\- not a list");
    CHECK(markdown::escape("12. not a list") == "12\\. not a list");
    CHECK(markdown::escape("5.5 : 1") == "5.5 : 1");
    CHECK(markdown::escape("line\nbreak") == "line break");
}

TEST_CASE("report formats are chosen by name or by file extension", "[backend][reports][tally]") {
    CHECK(parseReportFormat("md") == ReportFormat::Markdown);
    CHECK(parseReportFormat("html") == ReportFormat::Html);
    CHECK(parseReportFormat("pdf") == ReportFormat::Pdf);
    CHECK_FALSE(parseReportFormat("docx").has_value());
    CHECK(reportFormatOfFile("Board.PDF") == ReportFormat::Pdf);
    CHECK(reportFormatNames() == "text, md, csv, json, html or pdf");
    CHECK(reportExtensionNames() == ".html, .md, .csv, .json, .txt, .pdf");
    CHECK(reportFormatOfFile("out/Tally.HTML") == ReportFormat::Html);
    CHECK(reportFormatOfFile("tally.md") == ReportFormat::Markdown);
    CHECK_FALSE(reportFormatOfFile("reports.d/tally").has_value());
}

}  // namespace
}  // namespace innotrack::testing
