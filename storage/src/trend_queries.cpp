// SqliteStore's answers to tracker's trend port (tracker/trend_queries.hpp): the tally's own
// statements grouped by financial quarter, and each innovation's confidence review by review.
#include "storage/sqlite_store.hpp"

#include "columns.hpp"
#include "connection.hpp"
#include "tally_sql.hpp"

#include "sql/trend_sql.hpp"

namespace innotrack::storage {

using namespace detail;

std::vector<TallyRow> SqliteStore::quarterTrendRows(const Period& period, const TallyScope& scope) const {
    const RiskBands bands = riskBands();
    auto& connection = *connection_;
    return connection.run("count the trend quarter by quarter",
                          [&] { return detail::quarterTrend(connection, period, scope, bands); });
}

ConfidenceHistory SqliteStore::confidenceByReview(const std::vector<Id>& innovations, Date upTo) const {
    if (innovations.empty()) return {};
    auto& connection = *connection_;
    return connection.run("read the confidence given at each review", [&] {
        Query query(connection, sql::confidenceByReviewSql("IN (SELECT value FROM json_each(:ids))"));
        bindParam(*query, ":ids", idArray(innovations));
        bindParam(*query, ":up_to", upTo);
        ConfidenceHistory history;
        while (query.step())
            history[id(*query, "innovation_id")].push_back(
                {id(*query, "review_id"), date(*query, "held_on"), key<Confidence>(*query, "confidence")});
        return history;
    });
}

}  // namespace innotrack::storage
