// The quarters a tally grouped by quarter lists, worked out once for every backend.
#include "tracker/tally_queries.hpp"

#include <algorithm>

namespace innotrack {

std::vector<TallyRow> quarterRowsOf(const Period& period) {
    std::vector<TallyRow> rows;
    for (FinancialQuarter quarter = quarterOf(period.from);; quarter = quarter.next()) {
        const Period whole = quarter.period();
        const Period part{std::max(whole.from, period.from), std::min(whole.to, period.to)};
        rows.push_back({quarter.label(), quarter.words(), part, TallyCounts{}});
        if (!(part.to < period.to)) break;  // checked before next(), which could pass year 9999
    }
    return rows;
}

}  // namespace innotrack
