// Private to the checklist's renderers: its parts as generic tables, and the words they share.
#pragma once

#include "reports/checklist_report.hpp"
#include "reports/report_period.hpp"
#include "reports/table.hpp"

#include <string>

namespace innotrack::reports::detail {

// "25%" for a share, "2 of 9" for a count, "–" when there is nothing to measure yet.
std::string measureValue(const ChecklistMeasure& measure);
// "Yes", "Partly", "No" or "Not answered".
std::string answerWords(const ChecklistLine& line);
// "Cllr Sara Jones, 20 November 2026"; "" when not answered.
std::string answeredWords(const ChecklistLine& line);
// "Yes, but", "No", "Partly", "Unanswered", "Out of date".
std::string gapLabel(GapKind kind);

Table measuresTable(const ChecklistSection& section);  // measure, value, gap, reading (wraps)
Table questionsTable(const ChecklistSection& section);  // key, answer, question with evidence (wraps)
Table gapsTable(const ChecklistReport& report);         // number, why, finding (wraps)

}  // namespace innotrack::reports::detail
