// The board report's parts as tables: one definition of each part's columns (keys for CSV and
// JSON, labels for people) that the text, Markdown, JSON and HTML renderers all read.
#pragma once

#include "reports/board_report.hpp"
#include "reports/table.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::reports::board {

Table innovationTable(const BoardReport& report);  // one row per active innovation: the CSV
Table decisionTable(const BoardReport& report);
Table overdueTable(const BoardReport& report);
Table criticalRiskTable(const BoardReport& report);
Table setbackTable(const BoardReport& report);
Table lessonTable(const BoardReport& report);
Table ambitionTable(const BoardReport& report);
Table takingPeopleTable(const BoardReport& report);  // empty when the report has none

// A section of the paper after the innovations: its JSON key, heading, table, a sentence saying
// what it holds, what to say when it is empty, how many rows it has in all (the table may show
// fewer), and where to see the rest.
struct Part {
    std::string key;
    std::string heading;
    std::string explanation;
    std::string whenEmpty;
    Table table;
    std::int64_t total = 0;
    std::string seeAlso;  // a command that lists the whole list, for the "and N more" line
};
std::vector<Part> sections(const BoardReport& report);

// The command that lists every row of every list (with the reader's own --cabinet, if any).
inline constexpr const char* kWholeBoard = "innotrack report board --all";

// "Overdue milestones (81,295)": the heading with the whole list's count.
std::string headingWithCount(std::string_view heading, std::int64_t total);
// Below a cut list: "... and 81,275 more not shown: innotrack milestone list --overdue lists every
// one." Empty when every row is shown.
std::string moreLine(std::int64_t total, std::size_t shown, std::string_view seeAlso);

// Words shared by every format.
std::string title(const BoardReport& report);       // "Weekly board report, 27 November 2026"
std::string scopeLine(const BoardReport& report);   // whose innovations, and as of when
std::string reviewLine(const BoardReport& report);  // the last closed review, or that there is none
std::string glanceLine(const BoardReport& report);  // the counts at a glance
std::vector<std::string> glanceFigures(const BoardReport& report);  // "4 active innovations", …
std::string riskLabel(const BoardRow& row);         // "16 Critical", or "none open"
std::string longDate(Date day);                     // "Friday 27 November 2026"

}  // namespace innotrack::reports::board
