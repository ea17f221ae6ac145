// Engagements on an innovation (DOMAIN.md "Taking people with you").
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

Id SqliteStore::insertEngagement(const Engagement& engagement) {
    auto& c = *connection_;
    return c.run("add the engagement", [&] { return insertRecord(c, engagement); });
}

void SqliteStore::updateEngagement(const Engagement& engagement) {
    auto& c = *connection_;
    c.run("update the engagement", [&] { updateRecord(c, engagement, "engagement"); });
}

std::optional<Engagement> SqliteStore::findEngagement(Id engagementId) const {
    auto& c = *connection_;
    return c.run("read an engagement", [&] { return findRecord<Engagement>(c, engagementId); });
}

void SqliteStore::forEachEngagement(OptionalId innovationId, const RecordVisitor<Engagement>& visit) const {
    auto& c = *connection_;
    c.run("list the engagements",
          [&] { forEachRecord<Engagement>(c, innovationId, "innovation_id", "held_on, id", visit); });
}

}  // namespace innotrack::storage
