// The checklist as CSV: one row per measure, then one per question, under the column keys of
// docs/REPORTS.md, so a spreadsheet can filter either.
#include "reports/checklist_report.hpp"

#include "reports/table.hpp"

namespace innotrack::reports {
namespace {

Cell optionalText(bool present, const std::string& text) { return present ? Cell::text(text) : Cell::null(); }

}  // namespace

std::string renderChecklistCsv(const ChecklistReport& report) {
    Table table;
    for (const char* key : {"row", "area", "key", "label", "percent", "count", "out_of", "measured", "weak", "answer",
                            "evidence", "answered_by_id", "answered_by", "answered_on", "stale", "gap", "words"})
        table.column(key, key);
    for (const ChecklistSection& section : report.sections) {
        const std::string area(keyOf(section.area));
        for (const ChecklistMeasure& m : section.measures)
            table.addRow({Cell::text("measure"), Cell::text(area), Cell::text(m.key), Cell::text(m.label),
                          m.percent ? Cell::integer(*m.percent) : Cell::null(), Cell::integer(m.count),
                          Cell::integer(m.outOf), Cell::boolean(m.measured), Cell::boolean(m.weak), Cell::null(),
                          Cell::null(), Cell::null(), Cell::null(), Cell::null(), Cell::null(), Cell::null(),
                          Cell::text(m.reading)});
    }
    for (const ChecklistSection& section : report.sections) {
        const std::string area(keyOf(section.area));
        for (const ChecklistLine& line : section.questions) {
            const ChecklistGap* gap = nullptr;
            for (const ChecklistGap& each : report.gaps)
                if (each.questionKey == line.key) gap = &each;
            const auto& answer = line.answer;
            table.addRow({Cell::text("question"), Cell::text(area), Cell::text(line.key), Cell::text(line.text),
                          Cell::null(), Cell::null(), Cell::null(), Cell::null(), Cell::null(),
                          optionalText(answer.has_value(), answer ? std::string(keyOf(answer->answer)) : ""),
                          optionalText(answer.has_value(), answer ? answer->evidence : ""),
                          answer ? Cell::integer(answer->answeredById) : Cell::null(),
                          optionalText(answer.has_value(), line.answeredBy),
                          answer ? Cell::date(answer->answeredOn) : Cell::null(), Cell::boolean(line.stale),
                          optionalText(gap != nullptr, gap ? std::string(gapKey(gap->kind)) : ""),
                          optionalText(gap != nullptr, gap ? gap->words : "")});
        }
    }
    return renderCsv(table);
}

}  // namespace innotrack::reports
