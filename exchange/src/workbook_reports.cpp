// The Tally and Board sheets, from the reports library's models, so the workbook's figures are the
// ones `innotrack report tally` and `report board` print.
#include "workbook_reports.hpp"

#include "reports/board_report.hpp"
#include "reports/report_period.hpp"
#include "reports/tally_report.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>

namespace innotrack::exchange::detail {

namespace {

struct Figure {
    const char* label;
    std::int64_t (*value)(const TallyCounts&);
};

// In the order of DOMAIN.md's definition: what went right, what went wrong, the risks taken.
constexpr std::array<Figure, 15> kFigures{{
    {"Milestones completed on time", [](const TallyCounts& c) { return c.milestonesOnTime; }},
    {"Milestones completed late", [](const TallyCounts& c) { return c.milestonesLate; }},
    {"Benefits realised", [](const TallyCounts& c) { return c.benefitsRealised; }},
    {"Innovations moved forward a stage", [](const TallyCounts& c) { return c.stageAdvances; }},
    {"Went right", [](const TallyCounts& c) { return c.wentRight(); }},
    {"Basic failures", [](const TallyCounts& c) { return c.setbacksBasic; }},
    {"Complex failures", [](const TallyCounts& c) { return c.setbacksComplex; }},
    {"Intelligent failures", [](const TallyCounts& c) { return c.setbacksIntelligent; }},
    {"Went wrong", [](const TallyCounts& c) { return c.wentWrong(); }},
    {"Setbacks with a lesson", [](const TallyCounts& c) { return c.setbacksWithLesson; }},
    {"Risks raised", [](const TallyCounts& c) { return c.risksRaised; }},
    {"Risks raised that are Critical", [](const TallyCounts& c) { return c.risksRaisedCritical; }},
    {"Risks raised that occurred", [](const TallyCounts& c) { return c.risksRaisedOccurred; }},
    {"Risks raised then closed", [](const TallyCounts& c) { return c.risksRaisedClosed; }},
    {"Risks raised still open", [](const TallyCounts& c) { return c.risksRaisedOpen; }},
}};

// Text as typed, ended as a sentence so two can follow each other.
std::string sentence(const std::string& text) {
    if (text.empty() || text.back() == '.' || text.back() == '!' || text.back() == '?') return text;
    return text + ".";
}

std::string quarterHeading(const reports::TallyQuarter& quarter) {
    const bool part = quarter.period.to < quarter.quarter.period().to;
    return reports::quarterName(quarter.quarter) + (part ? " to date" : "");
}

}  // namespace

WorkbookSheet writeTallySheet(Book& book, const PortfolioStore& store, const TallyQueries& queries, Date today) {
    reports::TallyRequest request;
    request.period = reports::financialYearToDate(today);
    const reports::TallyReport report = reports::buildTallyReport(store, queries, request, today);

    Sheet sheet(book, kTallySheet);
    std::vector<std::string> headers{"Measure", financialYearLabel(financialYearOf(today)) + " to date"};
    for (const auto& quarter : report.quarters) headers.push_back(quarterHeading(quarter));
    sheet.headerRow(0, headers);

    lxw_row_t row = 0;
    using CellWriter = std::function<void(lxw_col_t, const TallyCounts&)>;
    const auto writeFigures = [&](const std::string& label, const CellWriter& cell) {
        ++row;
        const bool total = label == "Went right" || label == "Went wrong";
        sheet.text(row, 0, label, total ? book.strong : nullptr);
        cell(1, report.counts);
        for (std::size_t i = 0; i < report.quarters.size(); ++i)
            cell(static_cast<lxw_col_t>(i + 2), report.quarters[i].counts);
    };
    for (const Figure& figure : kFigures)
        writeFigures(figure.label, [&](lxw_col_t col, const TallyCounts& counts) {
            sheet.integer(row, col, static_cast<double>(figure.value(counts)));
        });
    // With nothing gone wrong there is no ratio to divide out: the cell says so in words.
    writeFigures("Went right for every one that went wrong", [&](lxw_col_t col, const TallyCounts& counts) {
        if (const auto ratio = reports::ratioOf(counts))
            sheet.decimal(row, col, *ratio, book.oneDecimal);
        else
            sheet.text(row, col, counts.wentRight() > 0 ? "none wrong" : "nothing yet", book.centred);
    });
    const lxw_row_t lastTableRow = row;

    row += 2;
    sheet.section(row, "In words");
    const std::vector<std::string> sentences{
        "Scope: " + report.scopeWords + ". Period: " + report.period.words + ".",
        report.ratioWords + ".",
        report.summaryWords,
        "Intelligent failures: " + report.intelligentShare.words + ". Setbacks with a lesson: " +
            report.lessonsCoverage.words + ".",
        "Risks taken: " + report.risksTakenWords,
        "Open risks on " + reports::dayWords(report.heatMapOn) + ": " + reports::bandWords(report.openByBand) + ".",
    };
    for (const std::string& sentence : sentences) sheet.note(++row, sentence);
    for (const auto& concern : report.concerns) sheet.note(++row, "Reporting check: " + concern.words);
    if (!report.reportingCheckWords.empty()) sheet.note(++row, "Reporting check: " + report.reportingCheckWords);

    sheet.finish(lastTableRow, static_cast<lxw_col_t>(headers.size() - 1), false);
    return {kTallySheet, kFigures.size() + 1};
}

WorkbookSheet writeBoardSheet(Book& book, const PortfolioStore& store, const BoardQueries& queries, Date today) {
    const reports::BoardReport report = reports::buildBoardReport(queries, store.riskBands(), today, today);

    Sheet sheet(book, kBoardSheet);
    sheet.headerRow(0, {"Priority", "Innovation", "Stage", "Cabinet lead", "Confidence", "At the last review",
                        "Trend", "Next milestone", "Due", "Overdue milestones", "Top risk score", "Top risk band",
                        "New setbacks", "New lessons"});
    lxw_row_t row = 0;
    for (const reports::BoardRow& it : report.innovations) {
        ++row;
        const BoardInnovationFacts& facts = it.facts;
        sheet.integer(row, 0, facts.priority);
        sheet.text(row, 1, facts.title);
        sheet.text(row, 2, labelOf(facts.stage));
        sheet.text(row, 3, facts.cabinetLead);
        sheet.text(row, 4, labelOf(it.confidence));
        if (facts.lastClosedReviewConfidence) sheet.text(row, 5, labelOf(*facts.lastClosedReviewConfidence));
        sheet.text(row, 6, reports::trendLabel(it.trend));
        sheet.text(row, 7, facts.nextMilestone);
        if (facts.nextMilestoneDue) sheet.date(row, 8, *facts.nextMilestoneDue);
        sheet.integer(row, 9, static_cast<double>(facts.overdueMilestones));
        if (facts.topRiskScore) sheet.integer(row, 10, *facts.topRiskScore);
        if (it.topRiskBand) sheet.text(row, 11, labelOf(*it.topRiskBand));
        sheet.integer(row, 12, static_cast<double>(facts.setbacksSince));
        sheet.integer(row, 13, static_cast<double>(facts.lessonsSince));
    }
    const lxw_row_t lastTableRow = row;
    const std::size_t innovations = report.innovations.size();

    // The board's sections, in words: each names its innovation, so it reads on its own.
    const auto section = [&](const std::string& title, const std::vector<std::string>& lines, const char* whenEmpty) {
        row += 2;
        sheet.section(row, title);
        if (lines.empty()) sheet.note(++row, whenEmpty);
        for (const std::string& line : lines) sheet.note(++row, line);
    };
    const std::string since =
        report.lastClosedReview ? " since the review closed on " + reports::dayWords(report.lastClosedReview->closedOn)
                                : "";
    std::vector<std::string> lines;
    for (const auto& it : report.decisions)
        lines.push_back(it.innovation + " (" + std::string(labelOf(it.confidence)) + "): " + it.decision);
    section("Decisions at the last review", lines, "No decisions were recorded.");
    lines.clear();
    for (const auto& it : report.overdueMilestones)
        lines.push_back(it.innovation + ": " + it.title + ", due " + reports::dayWords(it.due) + ", " +
                        std::to_string(it.daysLate) + (it.daysLate == 1 ? " day" : " days") + " late");
    section("Overdue milestones", lines, "None.");
    lines.clear();
    for (const auto& it : report.criticalRisks)
        lines.push_back(it.innovation + ": " + it.title + " (score " + std::to_string(it.score) + ", owner " +
                        it.owner + ")");
    section("Critical risks", lines, "None.");
    lines.clear();
    for (const auto& it : report.newSetbacks)
        lines.push_back(it.innovation + ", " + reports::dayWords(it.occurredOn) + " (" +
                        std::string(labelOf(it.kind)) + "): " + it.whatHappened);
    section("New setbacks" + since, lines, "None.");
    lines.clear();
    for (const auto& it : report.newLessons)
        lines.push_back(it.innovation + ": " + sentence(it.whatHappened) +
                        (it.recommendation.empty() ? "" : " Recommendation: " + sentence(it.recommendation)));
    section("New lessons" + since, lines, "None.");
    lines.clear();
    for (const auto& it : report.ambitionsWithoutActiveInnovation)
        lines.push_back(it.title + " (" + std::to_string(it.horizonYear) + ")");
    section("Ambitions without an active innovation", lines, "None: every ambition has one.");

    sheet.finish(lastTableRow, 13);
    return {kBoardSheet, innovations};
}

}  // namespace innotrack::exchange::detail
