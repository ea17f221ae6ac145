// Milestones, the moves of their due dates, and benefits, as storage/src/delivery.cpp keeps them in
// a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

Id PgStore::insertMilestone(const Milestone& milestone) {
    auto& s = *session_;
    return s.change("add the milestone '" + milestone.title + "'", [&] { return insertRecord(s, milestone); });
}

void PgStore::updateMilestone(const Milestone& milestone) {
    auto& s = *session_;
    s.change("update the milestone '" + milestone.title + "'", [&] { updateRecord(s, milestone, "milestone"); });
}

std::optional<Milestone> PgStore::findMilestone(Id milestoneId) const {
    auto& s = *session_;
    return s.run("read a milestone", [&] { return findRecord<Milestone>(s, milestoneId); });
}

void PgStore::forEachMilestone(OptionalId innovationId, const RecordVisitor<Milestone>& visit) const {
    auto& s = *session_;
    s.run("list the milestones", [&] { forEachRecord<Milestone>(s, innovationId, "innovation_id", "due, id", visit); });
}

Id PgStore::insertMilestoneMove(const MilestoneMove& move) {
    auto& s = *session_;
    return s.change("record the milestone's move", [&] { return insertRecord(s, move); });
}

std::vector<MilestoneMove> PgStore::listMilestoneMoves(Id milestoneId) const {
    auto& s = *session_;
    return s.run("list the milestone's moves",
                 [&] { return listRecords<MilestoneMove>(s, milestoneId, "milestone_id", "moved_on, id"); });
}

Id PgStore::insertBenefit(const Benefit& benefit) {
    auto& s = *session_;
    return s.change("add the benefit '" + benefit.measure + "'", [&] { return insertRecord(s, benefit); });
}

void PgStore::updateBenefit(const Benefit& benefit) {
    auto& s = *session_;
    s.change("update the benefit '" + benefit.measure + "'", [&] { updateRecord(s, benefit, "benefit"); });
}

std::optional<Benefit> PgStore::findBenefit(Id benefitId) const {
    auto& s = *session_;
    return s.run("read a benefit", [&] { return findRecord<Benefit>(s, benefitId); });
}

void PgStore::forEachBenefit(OptionalId innovationId, const RecordVisitor<Benefit>& visit) const {
    auto& s = *session_;
    s.run("list the benefits", [&] { forEachRecord<Benefit>(s, innovationId, "innovation_id", "id", visit); });
}

}  // namespace innotrack::storage_pg
