// Milestones, the moves of their due dates, and benefits, as storage/src/delivery.cpp keeps them in
// a file.
#include "pg_store.hpp"

namespace innotrack::storage_pg {

namespace {

constexpr const char* kSelectMilestone =
    "SELECT id, innovation_id, title, baseline_due, due, completed_on FROM milestones";

constexpr const char* kMilestoneValues =
    "innovation_id = :innovation_id, title = :title, baseline_due = :baseline_due, due = :due, "
    "completed_on = :completed_on";

Milestone readMilestone(const pq::Row& row) {
    Milestone milestone;
    milestone.id = row["id"].integer();
    milestone.innovationId = row["innovation_id"].integer();
    milestone.title = row["title"].text();
    milestone.baselineDue = row["baseline_due"].date();
    milestone.due = row["due"].date();
    milestone.completedOn = row["completed_on"].optionalDate();
    return milestone;
}

void bindMilestone(pq::Statement& statement, const Milestone& milestone) {
    statement.bind(":innovation_id", milestone.innovationId);
    statement.bind(":title", milestone.title);
    statement.bind(":baseline_due", milestone.baselineDue);
    statement.bind(":due", milestone.due);
    statement.bind(":completed_on", milestone.completedOn);
}

MilestoneMove readMove(const pq::Row& row) {
    MilestoneMove move;
    move.id = row["id"].integer();
    move.milestoneId = row["milestone_id"].integer();
    move.from = row["from_due"].date();
    move.to = row["to_due"].date();
    move.reason = row["reason"].text();
    move.movedOn = row["moved_on"].date();
    move.actorId = row["actor_id"].integer();
    return move;
}

constexpr const char* kSelectBenefit =
    "SELECT id, innovation_id, measure, unit, baseline, target, actual, realised_on FROM benefits";

constexpr const char* kBenefitValues =
    "innovation_id = :innovation_id, measure = :measure, unit = :unit, baseline = :baseline, target = :target, "
    "actual = :actual, realised_on = :realised_on";

Benefit readBenefit(const pq::Row& row) {
    Benefit benefit;
    benefit.id = row["id"].integer();
    benefit.innovationId = row["innovation_id"].integer();
    benefit.measure = row["measure"].text();
    benefit.unit = row["unit"].text();
    benefit.baseline = row["baseline"].real();
    benefit.target = row["target"].real();
    benefit.actual = row["actual"].optionalReal();
    benefit.realisedOn = row["realised_on"].optionalDate();
    return benefit;
}

void bindBenefit(pq::Statement& statement, const Benefit& benefit) {
    statement.bind(":innovation_id", benefit.innovationId);
    statement.bind(":measure", benefit.measure);
    statement.bind(":unit", benefit.unit);
    statement.bind(":baseline", benefit.baseline);
    statement.bind(":target", benefit.target);
    statement.bind(":actual", benefit.actual);
    statement.bind(":realised_on", benefit.realisedOn);
}

// Every row when no innovation is given, else that innovation's (bound as :filter_id).
std::string ofInnovation(const OptionalId& innovationId) {
    return innovationId ? " WHERE innovation_id = :filter_id" : "";
}

}  // namespace

Id PgStore::insertMilestone(const Milestone& milestone) {
    auto& s = *session_;
    return s.change("add the milestone '" + milestone.title + "'", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO milestones (id, innovation_id, title, baseline_due, due, "
                                         "completed_on) VALUES (") +
                                 nextIdSql("milestones") +
                                 ", :innovation_id, :title, :baseline_due, :due, :completed_on) RETURNING id");
        bindMilestone(insert, milestone);
        insert.bind(":id", givenId(milestone.id));
        return insertRow(s, insert, "milestones", milestone.id);
    });
}

void PgStore::updateMilestone(const Milestone& milestone) {
    auto& s = *session_;
    s.change("update the milestone '" + milestone.title + "'", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE milestones SET ") + kMilestoneValues + " WHERE id = :id");
        bindMilestone(update, milestone);
        update.bind(":id", milestone.id);
        updateRow(update, "milestone", milestone.id);
    });
}

std::optional<Milestone> PgStore::findMilestone(Id milestoneId) const {
    auto& s = *session_;
    return s.run("read a milestone", [&] {
        pq::Statement find(s.connection(), std::string(kSelectMilestone) + " WHERE id = :id");
        find.bind(":id", milestoneId);
        return readOne(find.run(), readMilestone);
    });
}

std::vector<Milestone> PgStore::listMilestones(OptionalId innovationId) const {
    auto& s = *session_;
    return s.run("list the milestones", [&] {
        pq::Statement list(s.connection(), kSelectMilestone + ofInnovation(innovationId) + " ORDER BY due, id");
        if (innovationId) list.bind(":filter_id", innovationId);
        return readAll(list.run(), readMilestone);
    });
}

Id PgStore::insertMilestoneMove(const MilestoneMove& move) {
    auto& s = *session_;
    return s.change("record the milestone's move", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO milestone_moves (id, milestone_id, from_due, to_due, reason, "
                                         "moved_on, actor_id) VALUES (") +
                                 nextIdSql("milestone_moves") +
                                 ", :milestone_id, :from_due, :to_due, :reason, :moved_on, :actor_id) RETURNING id");
        insert.bind(":id", givenId(move.id));
        insert.bind(":milestone_id", move.milestoneId);
        insert.bind(":from_due", move.from);
        insert.bind(":to_due", move.to);
        insert.bind(":reason", move.reason);
        insert.bind(":moved_on", move.movedOn);
        insert.bind(":actor_id", move.actorId);
        return insertRow(s, insert, "milestone_moves", move.id);
    });
}

std::vector<MilestoneMove> PgStore::listMilestoneMoves(Id milestoneId) const {
    auto& s = *session_;
    return s.run("list the milestone's moves", [&] {
        pq::Statement list(s.connection(), "SELECT id, milestone_id, from_due, to_due, reason, moved_on, actor_id "
                                           "FROM milestone_moves WHERE milestone_id = :milestone_id "
                                           "ORDER BY moved_on, id");
        list.bind(":milestone_id", milestoneId);
        return readAll(list.run(), readMove);
    });
}

Id PgStore::insertBenefit(const Benefit& benefit) {
    auto& s = *session_;
    return s.change("add the benefit '" + benefit.measure + "'", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO benefits (id, innovation_id, measure, unit, baseline, target, "
                                         "actual, realised_on) VALUES (") +
                                 nextIdSql("benefits") +
                                 ", :innovation_id, :measure, :unit, :baseline, :target, :actual, :realised_on) "
                                 "RETURNING id");
        bindBenefit(insert, benefit);
        insert.bind(":id", givenId(benefit.id));
        return insertRow(s, insert, "benefits", benefit.id);
    });
}

void PgStore::updateBenefit(const Benefit& benefit) {
    auto& s = *session_;
    s.change("update the benefit '" + benefit.measure + "'", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE benefits SET ") + kBenefitValues + " WHERE id = :id");
        bindBenefit(update, benefit);
        update.bind(":id", benefit.id);
        updateRow(update, "benefit", benefit.id);
    });
}

std::optional<Benefit> PgStore::findBenefit(Id benefitId) const {
    auto& s = *session_;
    return s.run("read a benefit", [&] {
        pq::Statement find(s.connection(), std::string(kSelectBenefit) + " WHERE id = :id");
        find.bind(":id", benefitId);
        return readOne(find.run(), readBenefit);
    });
}

std::vector<Benefit> PgStore::listBenefits(OptionalId innovationId) const {
    auto& s = *session_;
    return s.run("list the benefits", [&] {
        pq::Statement list(s.connection(), kSelectBenefit + ofInnovation(innovationId) + " ORDER BY id");
        if (innovationId) list.bind(":filter_id", innovationId);
        return readAll(list.run(), readBenefit);
    });
}

}  // namespace innotrack::storage_pg
