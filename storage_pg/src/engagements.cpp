// Engagements on an innovation, as storage/src/engagements.cpp keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

Id PgStore::insertEngagement(const Engagement& engagement) {
    auto& s = *session_;
    return s.change("add the engagement", [&] { return insertRecord(s, engagement); });
}

void PgStore::updateEngagement(const Engagement& engagement) {
    auto& s = *session_;
    s.change("update the engagement", [&] { updateRecord(s, engagement, "engagement"); });
}

std::optional<Engagement> PgStore::findEngagement(Id engagementId) const {
    auto& s = *session_;
    return s.run("read an engagement", [&] { return findRecord<Engagement>(s, engagementId); });
}

void PgStore::forEachEngagement(OptionalId innovationId, const RecordVisitor<Engagement>& visit) const {
    auto& s = *session_;
    s.run("list the engagements",
          [&] { forEachRecord<Engagement>(s, innovationId, "innovation_id", "held_on, id", visit); });
}

}  // namespace innotrack::storage_pg
