// The checklist in Markdown: a heading per area with pipe tables of its measures and questions,
// then the numbered list of where the council could do more.
#include "reports/checklist_report.hpp"

#include "checklist_tables.hpp"
#include "reports/markdown.hpp"

namespace innotrack::reports {
namespace {

// A wiki or a pull request is wider than a terminal: the answer's evidence and who gave it get
// their own columns rather than lines under the question.
Table questionColumns(const ChecklistSection& section) {
    Table table;
    table.column("question_key", "Key").column("question", "Question").column("answer", "Answer");
    table.column("evidence", "Evidence").column("answered", "Answered");
    for (const ChecklistLine& line : section.questions)
        table.addRow({Cell::text(line.key), Cell::text(line.text), Cell::text(detail::answerWords(line)),
                      Cell::text(line.answer ? line.answer->evidence : ""), Cell::text(detail::answeredWords(line))});
    return table;
}

}  // namespace

std::string renderChecklistMarkdown(const ChecklistReport& report) {
    std::string out = "# Innovation checklist\n\n";
    out += "As of " + markdown::escape(dayWords(report.on)) + ". " + markdown::escape(report.summaryWords) + "\n";
    int number = 0;
    for (const ChecklistSection& section : report.sections) {
        out += "\n## " + std::to_string(++number) + ". " + markdown::escape(labelOf(section.area)) + "\n\n";
        out += markdown::table(detail::measuresTable(section)) + "\n";
        out += markdown::table(questionColumns(section));
    }
    out += "\n## Where the council could do more\n\n";
    if (report.gaps.empty()) out += "Nothing: every question is answered yes, and no measure contradicts an answer.\n";
    number = 0;
    for (const ChecklistGap& gap : report.gaps)
        out += std::to_string(++number) + ". **" + markdown::escape(detail::gapLabel(gap.kind)) + ":** " +
               markdown::escape(gap.words) + "\n";
    out += "\nMeasures are computed from the portfolio as of " + markdown::escape(dayWords(report.on)) +
           "; their definitions and the lines that mark a gap are in docs/REPORTS.md.\n";
    return out;
}

}  // namespace innotrack::reports
