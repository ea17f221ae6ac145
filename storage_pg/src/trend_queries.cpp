// PgStore's answers to tracker's trend port (tracker/trend_queries.hpp): the tally's own
// statements grouped by financial quarter, and each innovation's confidence review by review.
// The same rows as the file backend's (storage/src/trend_queries.cpp).
#include "pg_store.hpp"

#include "tally_sql.hpp"

#include "sql/trend_sql.hpp"

namespace innotrack::storage_pg {

using namespace detail;

std::vector<TallyRow> PgStore::quarterTrendRows(const Period& period, const TallyScope& scope) const {
    auto& s = *session_;
    return s.run("count the trend quarter by quarter", [&] {
        // Every statement of the trend, and the bands it counts Critical by, from one moment.
        const ReadSnapshot snapshot(s);
        return detail::quarterTrend(s.connection(), period, scope, riskBands());
    });
}

ConfidenceHistory PgStore::confidenceByReview(const std::vector<Id>& innovations, Date upTo) const {
    if (innovations.empty()) return {};
    auto& s = *session_;
    return s.run("read the confidence given at each review", [&] {
        pq::Statement query(s.connection(), sql::confidenceByReviewSql("= ANY(:ids)"));
        query.bind(":ids", innovations);
        query.bind(":up_to", upTo);
        const pq::Result result = query.run();
        ConfidenceHistory history;
        for (int at = 0; at < result.rows(); ++at) {
            const pq::Row row(result, at);
            history[row["innovation_id"].integer()].push_back(
                {row["review_id"].integer(), row["held_on"].date(), key<Confidence>(row["confidence"], "confidence")});
        }
        return history;
    });
}

}  // namespace innotrack::storage_pg
