// Milestones, the moves of their due dates, and benefits.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kSelectMilestone =
    "SELECT id, innovation_id, title, baseline_due, due, completed_on FROM milestones";

Milestone readMilestone(const SQLite::Statement& row) {
    Milestone milestone;
    milestone.id = id(row, "id");
    milestone.innovationId = id(row, "innovation_id");
    milestone.title = text(row, "title");
    milestone.baselineDue = date(row, "baseline_due");
    milestone.due = date(row, "due");
    milestone.completedOn = optionalDate(row, "completed_on");
    return milestone;
}

void bindMilestone(SQLite::Statement& statement, const Milestone& milestone) {
    bindParam(statement, ":innovation_id", milestone.innovationId);
    bindParam(statement, ":title", milestone.title);
    bindParam(statement, ":baseline_due", milestone.baselineDue);
    bindParam(statement, ":due", milestone.due);
    bindParam(statement, ":completed_on", milestone.completedOn);
}

MilestoneMove readMove(const SQLite::Statement& row) {
    MilestoneMove move;
    move.id = id(row, "id");
    move.milestoneId = id(row, "milestone_id");
    move.from = date(row, "from_due");
    move.to = date(row, "to_due");
    move.reason = text(row, "reason");
    move.movedOn = date(row, "moved_on");
    move.actorId = id(row, "actor_id");
    return move;
}

constexpr const char* kSelectBenefit =
    "SELECT id, innovation_id, measure, unit, baseline, target, actual, realised_on FROM benefits";

Benefit readBenefit(const SQLite::Statement& row) {
    Benefit benefit;
    benefit.id = id(row, "id");
    benefit.innovationId = id(row, "innovation_id");
    benefit.measure = text(row, "measure");
    benefit.unit = text(row, "unit");
    benefit.baseline = real(row, "baseline");
    benefit.target = real(row, "target");
    benefit.actual = optionalReal(row, "actual");
    benefit.realisedOn = optionalDate(row, "realised_on");
    return benefit;
}

void bindBenefit(SQLite::Statement& statement, const Benefit& benefit) {
    bindParam(statement, ":innovation_id", benefit.innovationId);
    bindParam(statement, ":measure", benefit.measure);
    bindParam(statement, ":unit", benefit.unit);
    bindParam(statement, ":baseline", benefit.baseline);
    bindParam(statement, ":target", benefit.target);
    bindParam(statement, ":actual", benefit.actual);
    bindParam(statement, ":realised_on", benefit.realisedOn);
}

}  // namespace

Id SqliteStore::insertMilestone(const Milestone& milestone) {
    auto& c = *connection_;
    return c.run("add the milestone '" + milestone.title + "'", [&] {
        Query query(c, "INSERT INTO milestones (id, innovation_id, title, baseline_due, due, completed_on) "
                       "VALUES (:id, :innovation_id, :title, :baseline_due, :due, :completed_on)");
        bindMilestone(*query, milestone);
        bindParam(*query, ":id", givenId(milestone.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updateMilestone(const Milestone& milestone) {
    auto& c = *connection_;
    c.run("update the milestone '" + milestone.title + "'", [&] {
        Query query(c, "UPDATE milestones SET innovation_id = :innovation_id, title = :title, "
                       "baseline_due = :baseline_due, due = :due, completed_on = :completed_on WHERE id = :id");
        bindMilestone(*query, milestone);
        bindParam(*query, ":id", milestone.id);
        updateRow(query, "milestone", milestone.id);
    });
}

std::optional<Milestone> SqliteStore::findMilestone(Id milestoneId) const {
    auto& c = *connection_;
    return c.run("read a milestone", [&] {
        Query query(c, std::string(kSelectMilestone) + " WHERE id = :id");
        bindParam(*query, ":id", milestoneId);
        return readOne(query, readMilestone);
    });
}

std::vector<Milestone> SqliteStore::listMilestones(OptionalId innovationId) const {
    auto& c = *connection_;
    return c.run("list the milestones", [&] {
        Query query(c, kSelectMilestone + optionalIdClause(innovationId, "innovation_id") + " ORDER BY due, id");
        if (innovationId) bindParam(*query, ":filter_id", innovationId);
        return readAll(query, readMilestone);
    });
}

Id SqliteStore::insertMilestoneMove(const MilestoneMove& move) {
    auto& c = *connection_;
    return c.run("record the milestone's move", [&] {
        Query query(c, "INSERT INTO milestone_moves (id, milestone_id, from_due, to_due, reason, moved_on, actor_id) "
                       "VALUES (:id, :milestone_id, :from_due, :to_due, :reason, :moved_on, :actor_id)");
        bindParam(*query, ":id", givenId(move.id));
        bindParam(*query, ":milestone_id", move.milestoneId);
        bindParam(*query, ":from_due", move.from);
        bindParam(*query, ":to_due", move.to);
        bindParam(*query, ":reason", move.reason);
        bindParam(*query, ":moved_on", move.movedOn);
        bindParam(*query, ":actor_id", move.actorId);
        return insertRow(c, query);
    });
}

std::vector<MilestoneMove> SqliteStore::listMilestoneMoves(Id milestoneId) const {
    auto& c = *connection_;
    return c.run("list the milestone's moves", [&] {
        Query query(c, "SELECT id, milestone_id, from_due, to_due, reason, moved_on, actor_id "
                       "FROM milestone_moves WHERE milestone_id = :milestone_id ORDER BY moved_on, id");
        bindParam(*query, ":milestone_id", milestoneId);
        return readAll(query, readMove);
    });
}

Id SqliteStore::insertBenefit(const Benefit& benefit) {
    auto& c = *connection_;
    return c.run("add the benefit '" + benefit.measure + "'", [&] {
        Query query(c, "INSERT INTO benefits (id, innovation_id, measure, unit, baseline, target, actual, realised_on) "
                       "VALUES (:id, :innovation_id, :measure, :unit, :baseline, :target, :actual, :realised_on)");
        bindBenefit(*query, benefit);
        bindParam(*query, ":id", givenId(benefit.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updateBenefit(const Benefit& benefit) {
    auto& c = *connection_;
    c.run("update the benefit '" + benefit.measure + "'", [&] {
        Query query(c, "UPDATE benefits SET innovation_id = :innovation_id, measure = :measure, unit = :unit, "
                       "baseline = :baseline, target = :target, actual = :actual, realised_on = :realised_on "
                       "WHERE id = :id");
        bindBenefit(*query, benefit);
        bindParam(*query, ":id", benefit.id);
        updateRow(query, "benefit", benefit.id);
    });
}

std::optional<Benefit> SqliteStore::findBenefit(Id benefitId) const {
    auto& c = *connection_;
    return c.run("read a benefit", [&] {
        Query query(c, std::string(kSelectBenefit) + " WHERE id = :id");
        bindParam(*query, ":id", benefitId);
        return readOne(query, readBenefit);
    });
}

std::vector<Benefit> SqliteStore::listBenefits(OptionalId innovationId) const {
    auto& c = *connection_;
    return c.run("list the benefits", [&] {
        Query query(c, kSelectBenefit + optionalIdClause(innovationId, "innovation_id") + " ORDER BY id");
        if (innovationId) bindParam(*query, ":filter_id", innovationId);
        return readAll(query, readBenefit);
    });
}

}  // namespace innotrack::storage
