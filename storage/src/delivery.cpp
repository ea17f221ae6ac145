// Milestones, the moves of their due dates, and benefits.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

Id SqliteStore::insertMilestone(const Milestone& milestone) {
    auto& c = *connection_;
    return c.run("add the milestone '" + milestone.title + "'", [&] { return insertRecord(c, milestone); });
}

void SqliteStore::updateMilestone(const Milestone& milestone) {
    auto& c = *connection_;
    c.run("update the milestone '" + milestone.title + "'", [&] { updateRecord(c, milestone, "milestone"); });
}

std::optional<Milestone> SqliteStore::findMilestone(Id milestoneId) const {
    auto& c = *connection_;
    return c.run("read a milestone", [&] { return findRecord<Milestone>(c, milestoneId); });
}

void SqliteStore::forEachMilestone(OptionalId innovationId, const RecordVisitor<Milestone>& visit) const {
    auto& c = *connection_;
    c.run("list the milestones", [&] { forEachRecord<Milestone>(c, innovationId, "innovation_id", "due, id", visit); });
}

Id SqliteStore::insertMilestoneMove(const MilestoneMove& move) {
    auto& c = *connection_;
    return c.run("record the milestone's move", [&] { return insertRecord(c, move); });
}

std::vector<MilestoneMove> SqliteStore::listMilestoneMoves(Id milestoneId) const {
    auto& c = *connection_;
    return c.run("list the milestone's moves",
                 [&] { return listRecords<MilestoneMove>(c, milestoneId, "milestone_id", "moved_on, id"); });
}

Id SqliteStore::insertBenefit(const Benefit& benefit) {
    auto& c = *connection_;
    return c.run("add the benefit '" + benefit.measure + "'", [&] { return insertRecord(c, benefit); });
}

void SqliteStore::updateBenefit(const Benefit& benefit) {
    auto& c = *connection_;
    c.run("update the benefit '" + benefit.measure + "'", [&] { updateRecord(c, benefit, "benefit"); });
}

std::optional<Benefit> SqliteStore::findBenefit(Id benefitId) const {
    auto& c = *connection_;
    return c.run("read a benefit", [&] { return findRecord<Benefit>(c, benefitId); });
}

void SqliteStore::forEachBenefit(OptionalId innovationId, const RecordVisitor<Benefit>& visit) const {
    auto& c = *connection_;
    c.run("list the benefits", [&] { forEachRecord<Benefit>(c, innovationId, "innovation_id", "id", visit); });
}

}  // namespace innotrack::storage
