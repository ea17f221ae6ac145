// The trend query port (DOMAIN.md "Trends"): the tally quarter by quarter across up to five
// financial years, and each innovation's delivery confidence review by review. A backend answers
// with the tally's own grouped statements, so a trend counts exactly what the tally counts.
#pragma once

#include "tracker/calendar.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"
#include "tracker/tally_queries.hpp"

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

namespace innotrack {

// A trend looks back at most this many financial years: a cabinet's term and a little more.
inline constexpr int kTrendMaxYears = 5;

// The `years` financial years ending with the one holding `on`, from the first one's 1 April to
// `on` itself (the last quarter is counted to date). Throws ValidationError naming `field` when
// `years` is not 1 to kTrendMaxYears; the first year is cut at the calendar's first day.
Period trendPeriod(Date on, std::int64_t years, std::string_view field = "years");

// What a review recorded for one innovation: the confidence the meeting gave it.
struct ConfidencePoint {
    Id reviewId = 0;
    Date heldOn;
    Confidence confidence = Confidence::Amber;

    bool operator==(const ConfidencePoint&) const = default;
};

// Per innovation, in the order the reviews were held (then by review id); an innovation no review
// has recorded by then is absent.
using ConfidenceHistory = std::map<Id, std::vector<ConfidencePoint>>;

class TrendQueries {
public:
    virtual ~TrendQueries() = default;

    // One row per financial quarter overlapping the period, in order, each clipped to the period:
    // the tally's rows when grouped by quarter (TallyQueries::tally with TallyGrouping::Quarter),
    // counted in one grouped pass per kind of record, except that risksOpenAtEnd is left at zero
    // (a trend draws no open risks, and that count would cost a statement per quarter). Throws
    // ValidationError when the period ends before it starts.
    std::vector<TallyRow> quarterTrend(const Period& period, const TallyScope& scope) const {
        requireOrdered(period);
        return quarterTrendRows(period, scope);
    }

    // The confidence each of `innovations` was given at every weekly review held on or before
    // `upTo` (open or closed) that recorded it. Ids naming no innovation are left out.
    virtual ConfidenceHistory confidenceByReview(const std::vector<Id>& innovations, Date upTo) const = 0;

protected:
    virtual std::vector<TallyRow> quarterTrendRows(const Period& period, const TallyScope& scope) const = 0;
};

}  // namespace innotrack
