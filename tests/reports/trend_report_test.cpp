// The trend report on the three-year portfolio worked by hand (tests/support/trend_portfolio.hpp):
// each quarter's ratio and shares, the whole against the tally of the same period, a golden file
// per format, the HTML charts' points holding the table's counts, and `innotrack report trend`.
#include "report_files.hpp"
#include "trend_portfolio.hpp"

#include "in_process_cli.hpp"
#include "reports/trend_report.hpp"
#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <catch2/catch.hpp>
#include <expat.h>
#include <nlohmann/json.hpp>

#include <map>
#include <sstream>
#include <tuple>

namespace innotrack::testing {
namespace {

using namespace reports;

TrendReport trendOf(const TrendPortfolio& fixed, int years, TallyScope scope = {}) {
    return buildTrendReport(fixed.store, fixed.portfolio.backend().trendQueries(), {kTrendToday, years, scope},
                            kTrendToday);
}

// The circles of the HTML charts, by quarter and series: what each point shows.
struct PointScan {
    std::map<std::pair<std::string, std::string>, std::string> counts;
    int points = 0;

    static void start(void* data, const char* name, const char** attributes) {
        auto& scan = *static_cast<PointScan*>(data);
        if (std::string(name) != "circle") return;
        std::string quarter, series, count, kind;
        for (int i = 0; attributes[i] != nullptr; i += 2) {
            const std::string key = attributes[i];
            if (key == "class") kind = attributes[i + 1];
            if (key == "data-quarter") quarter = attributes[i + 1];
            if (key == "data-series") series = attributes[i + 1];
            if (key == "data-count") count = attributes[i + 1];
        }
        if (kind != "point") return;
        ++scan.points;
        scan.counts[{quarter, series}] = count;
    }
    static void end(void*, const char*) {}
};

}  // namespace

TEST_CASE("the trend's quarters read as the tally of each quarter would, worked by hand",
          "[backend][reports][trend]") {
    const TrendPortfolio fixed;
    const TrendReport report = trendOf(fixed, 3);
    CHECK(report.period.period == Period{Date(2024, 4, 1), kTrendToday});
    CHECK(report.period.words == "2024/25 to 2026/27 (1 April 2024 to 27 November 2026)");
    CHECK(report.scopeWords == "Whole council");
    REQUIRE(report.quarters.size() == 11);

    // Q1 2024/25: two things went right and no setback, so no ratio and no shares.
    const TrendQuarter& first = report.quarters[0];
    CHECK(first.counts.wentRight() == 2);
    CHECK_FALSE(first.ratio);
    CHECK_FALSE(first.intelligentShare.percent);
    CHECK(first.intelligentShare.words == "no setbacks");
    CHECK_FALSE(first.toDate);
    // Q2 2024/25: the lost tablets, intelligent and with a lesson: 0 right to 1 wrong.
    CHECK(report.quarters[1].ratio == std::optional<double>(0.0));
    CHECK(report.quarters[1].intelligentShare.words == "1 of 1 setback (100%)");
    CHECK(report.quarters[1].lessonsCoverage.percent == std::optional<int>(100));
    // Q4 2024/25: one late milestone against one basic setback without a lesson.
    CHECK(report.quarters[3].ratio == std::optional<double>(1.0));
    CHECK(report.quarters[3].intelligentShare.percent == std::optional<int>(0));
    CHECK(report.quarters[3].lessonsCoverage.percent == std::optional<int>(0));
    // Q3 2026/27, counted to 27 November.
    CHECK(report.quarters[10].toDate);
    CHECK(report.quarters[10].period.to == kTrendToday);

    // In all: 8 right and 5 wrong is 1.6 per wrong; 2 of 5 intelligent, 3 of 5 with a lesson.
    CHECK(report.total.wentRight() == 8);
    CHECK(report.total.wentWrong() == 5);
    CHECK(report.ratio == std::optional<double>(1.6));
    CHECK(report.ratioWords == "1.6 right for every 1 wrong");
    CHECK(report.intelligentShare.words == "2 of 5 setbacks (40%)");
    CHECK(report.lessonsCoverage.words == "3 of 5 setbacks (60%)");

    TallyScope sensors;
    sensors.innovationId = fixed.sensors;
    CHECK(trendOf(fixed, 3, sensors).scopeWords == "Innovation " + std::to_string(fixed.sensors) + " 'Falls sensors'");
    CHECK_THROWS_AS(trendOf(fixed, 6), ValidationError);
    TallyScope nothing;
    nothing.ambitionId = 999;
    CHECK_THROWS_AS(trendOf(fixed, 3, nothing), NotFound);
}

TEST_CASE("the trend's whole period equals the tally report of the same period", "[backend][reports][trend]") {
    const TrendPortfolio fixed;
    for (const int years : {1, 2, 3, 5}) {
        INFO(years << " years");
        const TrendReport trend = trendOf(fixed, years);
        const TallyReport tally =
            buildTallyReport(fixed.store, fixed.portfolio.backend().tallyQueries(),
                             {customPeriod(trend.period.period.from, trend.period.period.to), {}, TallyGrouping::None},
                             kTrendToday);
        TallyCounts tallied = tally.counts;
        tallied.risksOpenAtEnd = 0;  // a count of one day, which a trend leaves out
        CHECK(trend.total == tallied);
        CHECK(trend.ratioWords == tally.ratioWords);
        CHECK(trend.intelligentShare.words == tally.intelligentShare.words);
        CHECK(trend.lessonsCoverage.words == tally.lessonsCoverage.words);
        CHECK(trend.quarters.size() == tally.quarters.size());
    }
}

TEST_CASE("each format of the trend matches its golden file", "[backend][reports][trend][golden]") {
    const TrendPortfolio fixed;
    const TrendReport report = trendOf(fixed, 3);
    checkGolden("trend.txt", renderTrend(report, ReportFormat::Text));
    checkGolden("trend.md", renderTrend(report, ReportFormat::Markdown));
    checkGolden("trend.csv", renderTrend(report, ReportFormat::Csv));
    checkGolden("trend.json", renderTrend(report, ReportFormat::Json));
    checkGolden("trend.html", renderTrend(report, ReportFormat::Html));
}

TEST_CASE("the trend's text fits 100 columns with a large council's figures", "[backend][reports][trend]") {
    const TrendPortfolio fixed;
    TrendReport report = trendOf(fixed, 5);
    // 100,000 innovations give six-figure quarters: as wide as a quarter's figures grow.
    for (TrendQuarter& q : report.quarters) {
        q.counts.milestonesOnTime = 1'234'567;
        q.counts.setbacksBasic = 123'456;
        q.ratio = ratioOf(q.counts);
        q.intelligentShare = shareOf(0, q.counts.wentWrong());
        q.lessonsCoverage = shareOf(q.counts.wentWrong(), q.counts.wentWrong());
    }
    report.total.milestonesOnTime = 123'456'789;
    std::istringstream lines(renderTrendText(report));
    for (std::string line; std::getline(lines, line);) {
        INFO(line);
        CHECK(utf8Length(line) <= kTallyTextWidth);
    }
}

TEST_CASE("every point of the trend's charts shows its quarter's figure", "[backend][reports][trend]") {
    const TrendPortfolio fixed;
    const TrendReport report = trendOf(fixed, 3);
    const std::string page = renderTrendHtml(report);
    REQUIRE(xmlError(page).empty());
    PointScan scan;
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser, &scan);
    XML_SetElementHandler(parser, &PointScan::start, &PointScan::end);
    REQUIRE(XML_Parse(parser, page.data(), static_cast<int>(page.size()), 1) == XML_STATUS_OK);
    XML_ParserFree(parser);
    // Right and wrong for all 11 quarters; the shares only for the 5 quarters with a setback.
    CHECK(scan.points == 11 * 2 + 5 * 2);
    for (const TrendQuarter& q : report.quarters) {
        const std::string key = q.quarter.label();
        INFO(key);
        CHECK(scan.counts[{key, "went_right"}] == std::to_string(q.counts.wentRight()));
        CHECK(scan.counts[{key, "went_wrong"}] == std::to_string(q.counts.wentWrong()));
        if (q.intelligentShare.percent)
            CHECK(scan.counts[{key, "intelligent_share"}] == std::to_string(*q.intelligentShare.percent));
        else
            CHECK(scan.counts.count({key, "intelligent_share"}) == 0);
    }
    CHECK(scan.counts[{"2025Q3", "lessons_coverage"}] == "100");
}

TEST_CASE("the trend's CSV and JSON leave out the risks open at the end, which it does not count",
          "[backend][reports][trend]") {
    const TrendPortfolio fixed;
    const TrendReport report = trendOf(fixed, 3);
    const std::string csv = renderTrendCsv(report);
    CHECK(csv.find("risks_open_at_end") == std::string::npos);
    // The first quarter's row, after the header: 1 on time, 0 late, 0 benefits, 1 advance, 2 right.
    CHECK(csv.substr(csv.find('\n') + 1).rfind("2024Q1,Q1 2024/25,2024-04-01,2024-06-30,1,0,0,1,2,", 0) == 0);
    const auto json = nlohmann::json::parse(renderTrendJson(report));
    CHECK(json["quarters"].size() == 11);
    CHECK_FALSE(json["quarters"][0]["counts"].contains("risks_open_at_end"));
    CHECK(json["quarters"][10]["to_date"] == true);
    CHECK(json["total"]["counts"]["went_right"] == 8);
    CHECK(json["total"]["intelligent_share"]["percent"] == 40);
    CHECK(json["quarters"][0]["intelligent_share"]["percent"].is_null());
}

TEST_CASE("report trend runs in every format and refuses a span it cannot cover in one line",
          "[backend][reports][trend][cli][location]") {
    const TrendPortfolio fixed;
    const std::string db = fixed.portfolio.location();
    const auto run = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", db, "report", "trend"});
        return runCliInProcess(arguments, "2026-11-27");
    };
    const CliRun threeYears = run({"--years", "3"});
    CHECK(threeYears.status == 0);
    CHECK(threeYears.out.find("Period:  2024/25 to 2026/27 (1 April 2024 to 27 November 2026), 3 financial years") !=
          std::string::npos);
    CHECK(threeYears.out.find("Q3 2026/27 to date") != std::string::npos);
    const CliRun json = run({"--on", "2025-03-31", "--years", "1", "--format", "json"});
    REQUIRE(json.status == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed["period"]["from"] == "2024-04-01");
    CHECK(parsed["quarters"].size() == 4);
    CHECK(parsed["total"]["counts"]["went_right"] == 3);  // 2 in Q1, the late install in Q4

    for (const char* years : {"0", "6", "4294967297"}) {
        const CliRun refused = run({"--years", years});
        CHECK(refused.status != 0);
        CHECK(refused.out.empty());
        CHECK(refused.err == std::string("innotrack: --years: a trend covers 1 to 5 financial years, not ") + years +
                                 "\n");
    }
    const CliRun notCabinet = run({"--cabinet", std::to_string(fixed.ids.officer)});
    CHECK(notCabinet.status != 0);
    CHECK(notCabinet.err.rfind("innotrack: --cabinet: ", 0) == 0);
}

}  // namespace innotrack::testing
