// Every report as PDF: the HTML page printed by WeasyPrint, then read back with poppler's tools
// (pdfinfo, pdffonts, pdftotext) as a reader's PDF viewer would: A4, every font embedded, the
// headline figures there as text, and each page's foot naming the report's date and "Page N of M".
#include "board_report_fixture.hpp"
#include "decisions_fixture.hpp"
#include "checklist_fixture.hpp"
#include "tally_golden.hpp"
#include "trend_portfolio.hpp"

#include "process.hpp"
#include "reports/board_report.hpp"
#include "reports/checklist_report.hpp"
#include "reports/pdf.hpp"
#include "reports/tally_report.hpp"
#include "reports/trend_report.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace innotrack;
using namespace innotrack::reports;

namespace {

// A PDF kept in a folder of its own, read with poppler-utils.
class PrintedPdf {
public:
    explicit PrintedPdf(const std::string& bytes) : file_(folder_.path() / "report.pdf") {
        std::ofstream out(file_, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    std::string run(const std::string& program, std::vector<std::string> arguments) const {
        arguments.push_back(file_.string());
        if (program == "pdftotext") arguments.push_back("-");
        // poppler-utils (scripts/packages.txt) installs its tools in /usr/bin.
        const testing::RunResult result = testing::runProgram("/usr/bin/" + program, arguments, {}, folder_.path());
        INFO(program << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result.out;
    }
    int pages() const {
        const std::string info = run("pdfinfo", {});
        const auto at = info.find("Pages:");
        REQUIRE(at != std::string::npos);
        return std::stoi(info.substr(at + 6));
    }
    std::string text() const { return run("pdftotext", {"-layout"}); }
    std::string pageText(int page) const {
        return run("pdftotext", {"-layout", "-f", std::to_string(page), "-l", std::to_string(page)});
    }

private:
    testing::TemporaryFolder folder_;
    std::filesystem::path file_;
};

// Collapses runs of spaces, which pdftotext -layout inserts to keep columns apart.
std::string squeezed(const std::string& text) {
    std::string out;
    for (const char c : text)
        if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
    return out;
}

void checkPrinted(const PrintedPdf& pdf, const std::string& date) {
    CHECK(pdf.run("pdfinfo", {}).find("(A4)") != std::string::npos);
    // pdffonts: two heading lines, then one line per font whose "emb" column says yes or no.
    std::istringstream fonts(pdf.run("pdffonts", {}));
    std::string line;
    int listed = 0;
    for (int heading = 0; heading < 2 && std::getline(fonts, line); ++heading) {}
    while (std::getline(fonts, line)) {
        INFO(line);
        ++listed;
        CHECK(line.find(" yes ") != std::string::npos);
        CHECK(line.find("Type 3") == std::string::npos);
    }
    CHECK(listed > 0);
    const int pages = pdf.pages();
    for (int page = 1; page <= pages; ++page) {
        const std::string foot = squeezed(pdf.pageText(page));
        INFO("page " << page << " of " << pages);
        CHECK(foot.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) != std::string::npos);
        if (!date.empty()) CHECK(foot.find(date) != std::string::npos);
    }
}

}  // namespace

TEST_CASE("the tally as PDF: A4, fonts embedded, its figures as text, date and page on every page",
          "[reports][pdf]") {
    testing::TallyPortfolio portfolio;
    testing::addGoldenEvents(portfolio);
    const TallyReport report = testing::goldenReport(portfolio);
    const PrintedPdf pdf(renderTally(report, ReportFormat::Pdf));
    checkPrinted(pdf, "20 May 2027");
    const std::string text = squeezed(pdf.text());
    CHECK(text.find("Risk-versus-success tally") != std::string::npos);
    REQUIRE(!report.ratioWords.empty());
    CHECK(text.find(report.ratioWords) != std::string::npos);
    CHECK(text.find(report.summaryWords) != std::string::npos);
}

TEST_CASE("the trend as PDF: A4, its charts' page and its figures as text", "[reports][pdf]") {
    const testing::TrendPortfolio fixed;
    const TrendReport report = buildTrendReport(fixed.store, fixed.portfolio.backend().trendQueries(),
                                                {testing::kTrendToday, 3, {}}, testing::kTrendToday);
    const PrintedPdf pdf(renderTrend(report, ReportFormat::Pdf));
    checkPrinted(pdf, "27 November 2026");
    const std::string text = squeezed(pdf.text());
    CHECK(text.find("Trend of the risk-versus-success tally") != std::string::npos);
    CHECK(text.find("1.6 right for every 1 wrong") != std::string::npos);
    CHECK(text.find("Q3 2026/27 to date") != std::string::npos);
}

TEST_CASE("the weekly board report and the checklist as PDF", "[reports][pdf]") {
    SECTION("board") {
        const testing::BoardPortfolio p;
        const Date today(2026, 11, 25);
        BoardReport report = buildBoardReport(p.board(), p.store->riskBands(), today, today);
        const PrintedPdf pdf(renderBoard(report, ReportFormat::Pdf));
        // The board's title carries its date: "Weekly board report, 25 November 2026".
        checkPrinted(pdf, "25 November 2026");
        CHECK(squeezed(pdf.text()).find(std::to_string(report.innovations.size()) + " active innovations") !=
              std::string::npos);
    }
    SECTION("checklist") {
        testing::ChecklistPortfolio p;
        p.fill();
        const PrintedPdf pdf(renderChecklist(buildChecklistReport(*p.store, p.checklist(), Date(2026, 11, 27)),
                                             ReportFormat::Pdf));
        checkPrinted(pdf, "27 November 2026");
        CHECK(squeezed(pdf.text()).find("Innovation checklist") != std::string::npos);
    }
}

TEST_CASE("the Forward Plan and the decision record as PDF", "[reports][pdf][decisions]") {
    const testing::DecisionsPortfolio p;
    SECTION("forward plan") {
        const PrintedPdf pdf(renderForwardPlan(p.plan(), ReportFormat::Pdf));
        checkPrinted(pdf, "27 November 2026");
        const std::string text = squeezed(pdf.text());
        CHECK(text.find("Forward Plan of key decisions") != std::string::npos);
        CHECK(text.find("FLAGGED: notice short of 28 clear days, not resolved") != std::string::npos);
    }
    SECTION("decision record") {
        const PrintedPdf pdf(
            renderDecisionRecord(buildDecisionRecord(*p.store, p.made, testing::kDecisionsToday), ReportFormat::Pdf));
        checkPrinted(pdf, "27 November 2026");
        CHECK(squeezed(pdf.text()).find("Extend the pilot to all 21 wards from January") != std::string::npos);
    }
}

TEST_CASE("a PDF asked for where WeasyPrint is not installed is refused in one line that says what to install",
          "[reports][pdf]") {
    const char* path = std::getenv("PATH");
    const std::string saved = path ? path : "";
    ::setenv("PATH", "/nonexistent", 1);
    std::string message;
    try {
        printPdf("<html><body>x</body></html>");
    } catch (const Error& error) {
        message = error.what();
    }
    ::setenv("PATH", saved.c_str(), 1);
    CHECK(message.find("WeasyPrint") != std::string::npos);
    CHECK(message.find("apt install weasyprint") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
}
