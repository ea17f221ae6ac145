// The checklist for a terminal: a summary, then each area's measures and questions, then where
// the council could do more, all within 100 columns.
#include "reports/checklist_report.hpp"
#include "reports/render_formats.hpp"

#include "checklist_tables.hpp"

namespace innotrack::reports {
namespace {

std::string heading(const std::string& title, char rule) {
    return title + "\n" + std::string(title.size(), rule) + "\n";
}

}  // namespace

std::string renderChecklistText(const ChecklistReport& report) {
    std::string out = heading("Innovation checklist", '=');
    Record summary;
    summary.field("on", "As of", Cell::text(dayWords(report.on), dayWords(report.on)))
        .field("summary", "Summary", Cell::text(report.summaryWords));
    out += renderText(summary, kChecklistTextWidth);

    int number = 0;
    for (const ChecklistSection& section : report.sections) {
        const std::string title = std::to_string(++number) + ". " + std::string(labelOf(section.area));
        out += "\n" + heading(title, '-') + "\n";
        out += renderText(detail::measuresTable(section), kChecklistTextWidth) + "\n";
        out += renderText(detail::questionsTable(section), kChecklistTextWidth);
    }

    out += "\n" + heading("Where the council could do more", '-') + "\n";
    if (report.gaps.empty())
        out += "Nothing: every question is answered yes, and no measure contradicts an answer.\n";
    else
        out += renderText(detail::gapsTable(report), kChecklistTextWidth);
    out += "\nMeasures are computed from the portfolio as of " + dayWords(report.on) +
           ".\nTheir definitions and the lines that mark a gap are in docs/REPORTS.md.\n";
    return out;
}

std::string renderChecklist(const ChecklistReport& report, ReportFormat format) {
    return renderInFormat(report, format,
                          FormatRenderers<ChecklistReport>{renderChecklistText, renderChecklistMarkdown, renderChecklistCsv,
                                                           renderChecklistJson, renderChecklistHtml});
}

}  // namespace innotrack::reports
