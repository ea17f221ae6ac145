// The trend port on the three-year portfolio worked by hand (tests/support/trend_portfolio.hpp):
// the tally quarter by quarter, the trend's sums against the tally over the same period, and
// each innovation's confidence review by review.
#include "trend_portfolio.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

// The hand-worked figures of one quarter (trend_portfolio.hpp), in the port's words.
struct Expected {
    const char* key;
    std::int64_t onTime, late, benefits, advances;
    std::int64_t basic, complex, intelligent, withLesson;
    std::int64_t risksRaised;
};

// Everything a trend counts: the tally's counts but the risks open at the end, which a trend
// leaves at zero.
TallyCounts sumOf(const std::vector<TallyRow>& rows) {
    TallyCounts sum;
    for (const TallyRow& row : rows) {
        sum.addDated(row.counts);
        sum.risksOpenAtEnd += row.counts.risksOpenAtEnd;  // all zero, as the port promises
    }
    return sum;
}

TallyCounts withoutOpenAtEnd(TallyCounts counts) {
    counts.risksOpenAtEnd = 0;
    return counts;
}

}  // namespace

TEST_CASE("a trend's period is whole financial years back from the day's, to the day", "[contract][trend]") {
    CHECK(trendPeriod(kTrendToday, 3) == Period{Date(2024, 4, 1), kTrendToday});
    CHECK(trendPeriod(Date(2027, 3, 31), 1) == Period{Date(2026, 4, 1), Date(2027, 3, 31)});
    CHECK(trendPeriod(Date(2026, 4, 1), 5) == Period{Date(2022, 4, 1), Date(2026, 4, 1)});
    CHECK_THROWS_AS(trendPeriod(kTrendToday, 0), ValidationError);
    CHECK_THROWS_WITH(trendPeriod(kTrendToday, 6, "--years"),
                      "--years: a trend covers 1 to 5 financial years, not 6");
}

TEST_CASE("the trend counts the three-year portfolio quarter by quarter as worked by hand",
          "[contract][backend][trend]") {
    TrendPortfolio fixed;
    const auto rows =
        fixed.portfolio.backend().trendQueries().quarterTrend(trendPeriod(kTrendToday, 3), TallyScope{});
    const Expected expected[] = {
        {"2024Q1", 1, 0, 0, 1, 0, 0, 0, 0, 1}, {"2024Q2", 0, 0, 0, 0, 0, 0, 1, 1, 0},
        {"2024Q3", 0, 0, 0, 0, 0, 0, 0, 0, 0}, {"2024Q4", 0, 1, 0, 0, 1, 0, 0, 0, 0},
        {"2025Q1", 0, 0, 1, 0, 0, 0, 0, 0, 0}, {"2025Q2", 1, 0, 0, 0, 0, 0, 0, 0, 0},
        {"2025Q3", 0, 0, 0, 1, 0, 1, 0, 1, 1}, {"2025Q4", 0, 0, 1, 0, 0, 0, 0, 0, 0},
        {"2026Q1", 0, 0, 0, 0, 0, 0, 1, 0, 0}, {"2026Q2", 0, 0, 0, 0, 0, 0, 0, 0, 0},
        {"2026Q3", 0, 1, 0, 0, 1, 0, 0, 1, 0},
    };
    REQUIRE(rows.size() == std::size(expected));
    for (std::size_t at = 0; at < rows.size(); ++at) {
        const Expected& e = expected[at];
        const TallyCounts& c = rows[at].counts;
        INFO(e.key);
        CHECK(rows[at].key == e.key);
        CHECK(c.milestonesOnTime == e.onTime);
        CHECK(c.milestonesLate == e.late);
        CHECK(c.benefitsRealised == e.benefits);
        CHECK(c.stageAdvances == e.advances);
        CHECK(c.setbacksBasic == e.basic);
        CHECK(c.setbacksComplex == e.complex);
        CHECK(c.setbacksIntelligent == e.intelligent);
        CHECK(c.setbacksWithLesson == e.withLesson);
        CHECK(c.risksRaised == e.risksRaised);
        CHECK(c.risksOpenAtEnd == 0);  // a trend does not count them
    }
    CHECK(rows.front().period == Period{Date(2024, 4, 1), Date(2024, 6, 30)});
    CHECK(rows.front().label == "Q1 2024/25 (Apr\xE2\x80\x93Jun 2024)");
    CHECK(rows.back().period == Period{Date(2026, 10, 1), kTrendToday});  // the last quarter to date
    CHECK(rows[0].counts.risksRaisedCritical == 1);                       // the supplier, 4×4
    CHECK(rows[6].counts.risksRaisedClosed == 1);                         // the staff shortage

    const TallyCounts sum = sumOf(rows);
    CHECK(sum.wentRight() == 8);
    CHECK(sum.wentWrong() == 5);
    CHECK(sum.setbacksWithLesson == 3);

    // One innovation: the sensors' setbacks only (A's tablets, in 2024Q2, drop out).
    TallyScope sensors;
    sensors.innovationId = fixed.sensors;
    const auto scoped = fixed.portfolio.backend().trendQueries().quarterTrend(trendPeriod(kTrendToday, 3), sensors);
    REQUIRE(scoped.size() == 11);
    CHECK(scoped[1].counts.wentWrong() == 0);
    CHECK(sumOf(scoped).wentWrong() == 3);
}

TEST_CASE("the trend's quarters add up to the tally of the same period", "[contract][backend][trend]") {
    TrendPortfolio fixed;
    const TallyQueries& tally = fixed.portfolio.backend().tallyQueries();
    const TrendQueries& trend = fixed.portfolio.backend().trendQueries();
    TallyScope sensors;
    sensors.innovationId = fixed.sensors;
    TallyScope ambition;
    ambition.ambitionId = fixed.ids.ambition;
    // The three years; a period starting and ending mid-quarter; one quarter; one day.
    const Period periods[] = {trendPeriod(kTrendToday, 3), trendPeriod(kTrendToday, 5),
                              {Date(2024, 5, 15), Date(2026, 2, 10)}, {Date(2025, 10, 1), Date(2025, 12, 31)},
                              {Date(2025, 4, 1), Date(2025, 4, 1)}};
    for (const Period& period : periods)
        for (const TallyScope& scope : {TallyScope{}, sensors, ambition}) {
            INFO(formatDate(period.from) << " to " << formatDate(period.to));
            const auto rows = trend.quarterTrend(period, scope);
            CHECK(sumOf(rows) == withoutOpenAtEnd(tally.tally(period, scope, TallyGrouping::None).at(0).counts));
            // Quarter by quarter, the trend's rows are the tally's by quarter, open risks aside.
            const auto tallyRows = tally.tally(period, scope, TallyGrouping::Quarter);
            REQUIRE(rows.size() == tallyRows.size());
            for (std::size_t at = 0; at < rows.size(); ++at) {
                CHECK(rows[at].key == tallyRows[at].key);
                CHECK(rows[at].period == tallyRows[at].period);
                CHECK(rows[at].counts == withoutOpenAtEnd(tallyRows[at].counts));
                // Every quarter's open risks, counted in one statement for all the quarters' ends,
                // are those the tally of that quarter alone counts at its end.
                CHECK(tallyRows[at].counts.risksOpenAtEnd ==
                      tally.tally(tallyRows[at].period, scope, TallyGrouping::None).at(0).counts.risksOpenAtEnd);
            }
        }
    CHECK_THROWS_AS(trend.quarterTrend({Date(2026, 1, 2), Date(2026, 1, 1)}, {}), ValidationError);
}

TEST_CASE("each innovation's confidence is listed review by review, in the order they were held",
          "[contract][backend][trend]") {
    TrendPortfolio fixed;
    const TrendQueries& trend = fixed.portfolio.backend().trendQueries();
    const Id video = fixed.ids.innovation;
    const ConfidenceHistory history = trend.confidenceByReview({fixed.sensors, video, 9999}, kTrendToday);
    REQUIRE(history.size() == 2);  // 9999 names nothing
    CHECK(history.at(video) == std::vector<ConfidencePoint>{{fixed.may2025, Date(2025, 5, 1), Confidence::Amber}});
    // By the day held, though November 2025's review was entered after November 2026's; the
    // December 2026 review is after the day.
    CHECK(history.at(fixed.sensors) ==
          std::vector<ConfidencePoint>{{fixed.may2025, Date(2025, 5, 1), Confidence::Green},
                                       {fixed.november2025, Date(2025, 11, 15), Confidence::Red},
                                       {fixed.november2026, Date(2026, 11, 20), Confidence::AmberRed}});
    CHECK(trend.confidenceByReview({video}, kTrendToday).size() == 1);
    CHECK(trend.confidenceByReview({fixed.sensors}, Date(2025, 4, 30)).empty());
    CHECK(trend.confidenceByReview({}, kTrendToday).empty());
    CHECK(trend.confidenceByReview({fixed.sensors}, Date(2026, 12, 1)).at(fixed.sensors).size() == 4);
}
