// The well-being report (DOMAIN.md "Well-being goals (Wales)"): each of the seven goals with the
// ambitions and active innovations tagged with it, the goals nothing serves, and each of the five
// ways of working with what shows it. An English portfolio's report says plainly that the goals
// are Wales's and lists nothing. Each in every report format; PDF is the A4 page printed.
#pragma once

#include "reports/report_format.hpp"
#include "reports/table.hpp"
#include "tracker/store.hpp"

#include <string>
#include <vector>

namespace innotrack::reports {

// One goal or way of working and what is tagged with it: titles, in the portfolio's order.
struct WellbeingLine {
    std::string key;
    std::string label;
    std::vector<std::string> ambitions;
    std::vector<std::string> innovations;  // active ones only (not mainstreamed, not stopped)
    bool served() const { return !ambitions.empty() || !innovations.empty(); }
};

struct WellbeingReport {
    Date asOf;
    Nation nation = Nation::England;
    std::vector<WellbeingLine> goals;  // all seven in the Act's order; none in England
    std::vector<WellbeingLine> ways;   // all five in the Act's order; none in England
    std::vector<std::string> unservedGoals() const;  // labels of the goals nothing serves
    std::vector<std::string> evidencedWays() const;  // labels of the ways something shows
};

WellbeingReport buildWellbeingReport(const PortfolioStore& store, Date asOf);
// Every goal and way as one row (part, key, name, ambitions, active innovations, served), the
// table CSV and JSON carry; empty in England.
Table wellbeingTable(const WellbeingReport& report);
std::string renderWellbeing(const WellbeingReport& report, ReportFormat format);

// Said instead of the lists in an English portfolio.
inline constexpr const char* kWellbeingIsWales =
    "Well-being goals are Wales's (the Well-being of Future Generations (Wales) Act 2015). This portfolio "
    "follows England's rules, so there is nothing to report; the leader can set it to Wales with: innotrack "
    "decision nation --to wales";

}  // namespace innotrack::reports
