// The board report's parts as tables: one definition of each part's columns (keys for CSV and
// JSON, labels for people) that the text, Markdown, JSON and HTML renderers all read.
#pragma once

#include "reports/board_report.hpp"
#include "reports/table.hpp"

#include <string>
#include <vector>

namespace innotrack::reports::board {

Table innovationTable(const BoardReport& report);  // one row per active innovation: the CSV
Table decisionTable(const BoardReport& report);
Table overdueTable(const BoardReport& report);
Table criticalRiskTable(const BoardReport& report);
Table setbackTable(const BoardReport& report);
Table lessonTable(const BoardReport& report);
Table ambitionTable(const BoardReport& report);

// A section of the paper after the innovations: its JSON key, heading, table, a sentence saying
// what it holds, and what to say when it is empty.
struct Part {
    std::string key;
    std::string heading;
    std::string explanation;
    std::string whenEmpty;
    Table table;
};
std::vector<Part> sections(const BoardReport& report);

// Words shared by every format.
std::string title(const BoardReport& report);       // "Weekly board report, 27 November 2026"
std::string scopeLine(const BoardReport& report);   // whose innovations, and as of when
std::string reviewLine(const BoardReport& report);  // the last closed review, or that there is none
std::string glanceLine(const BoardReport& report);  // the counts at a glance
std::vector<std::string> glanceFigures(const BoardReport& report);  // "4 active innovations", …
std::string riskLabel(const BoardRow& row);         // "16 Critical", or "none open"
std::string longDate(Date day);                     // "Friday 27 November 2026"

}  // namespace innotrack::reports::board
