// The span of a trend: whole financial years back from the one holding the day.
#include "tracker/trend_queries.hpp"

#include "tracker/errors.hpp"

namespace innotrack {

Period trendPeriod(Date on, std::int64_t years, std::string_view field) {
    if (years < 1 || years > kTrendMaxYears)
        throw ValidationError(std::string(field), std::to_string(years),
                              std::string(field) + ": a trend covers 1 to " + std::to_string(kTrendMaxYears) +
                                  " financial years, not " + std::to_string(years));
    return {financialYear(financialYearOf(on) - static_cast<int>(years - 1)).from, on};
}

}  // namespace innotrack
