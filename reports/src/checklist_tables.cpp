// The checklist's parts as generic tables, so the text and Markdown renderers lay them out with
// the table renderers every other report uses.
#include "checklist_tables.hpp"

namespace innotrack::reports::detail {

std::string measureValue(const ChecklistMeasure& measure) {
    if (!measure.measured) return "\xE2\x80\x93";  // an en dash: nothing to measure yet
    if (measure.kind == MeasureKind::Share) return std::to_string(*measure.percent) + "%";
    return std::to_string(measure.count) + " of " + std::to_string(measure.outOf);
}

std::string answerWords(const ChecklistLine& line) {
    return line.answer ? std::string(labelOf(line.answer->answer)) : "Not answered";
}

std::string answeredWords(const ChecklistLine& line) {
    if (!line.answer) return "";
    return line.answeredBy + ", " + dayWords(line.answer->answeredOn) + (line.stale ? " (over a year ago)" : "");
}

std::string gapLabel(GapKind kind) {
    switch (kind) {
        case GapKind::Contradicted: return "Yes, but";
        case GapKind::No: return "No";
        case GapKind::Partly: return "Partly";
        case GapKind::Unanswered: return "Unanswered";
        case GapKind::Stale: return "Out of date";
    }
    return "";
}

Table measuresTable(const ChecklistSection& section) {
    Table table;
    table.column("measure", "Measure").column("value", "Value", Align::Right).column("gap", "Gap");
    table.wrappingColumn("reading", "Reading");
    for (const ChecklistMeasure& measure : section.measures)
        table.addRow({Cell::text(measure.label, measure.label), Cell::text(measureValue(measure), measureValue(measure)),
                      Cell::text(measure.weak ? "yes" : "", measure.weak ? "yes" : " "), Cell::text(measure.reading)});
    return table;
}

Table questionsTable(const ChecklistSection& section) {
    Table table;
    table.column("question_key", "Key").column("answer", "Answer");
    table.wrappingColumn("question", "Question, and the leader's evidence");
    for (const ChecklistLine& line : section.questions) {
        std::string text = line.text;
        if (line.answer) {
            if (!line.answer->evidence.empty()) text += "\nEvidence: " + line.answer->evidence;
            text += "\n\xE2\x80\x94 " + answeredWords(line);  // an em dash before who and when
        }
        table.addRow({Cell::text(line.key, line.key), Cell::text(answerWords(line), answerWords(line)),
                      Cell::text(text)});
    }
    return table;
}

Table gapsTable(const ChecklistReport& report) {
    Table table;
    table.column("number", "No.", Align::Right).column("kind", "Why");
    table.wrappingColumn("finding", "Where the council could do more");
    std::int64_t number = 0;
    for (const ChecklistGap& gap : report.gaps)
        table.addRow({Cell::integer(++number), Cell::text(gapLabel(gap.kind), gapLabel(gap.kind)),
                      Cell::text(gap.words)});
    return table;
}

}  // namespace innotrack::reports::detail
