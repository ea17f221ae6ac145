// Innovations, their filtered list, and the history of their stages, as storage/src/innovations.cpp
// keeps them in a file.
#include "pg_store.hpp"

namespace innotrack::storage_pg {

namespace {

constexpr const char* kSelectInnovation =
    "SELECT id, title, summary, ambition_id, stage, priority, confidence, cabinet_lead_id, lead_officer_id, "
    "start_date, target_date, budget_pence, staff_days, inspired_by, expected_benefits, stop_reason "
    "FROM innovations";

constexpr const char* kInnovationValues =
    "title = :title, summary = :summary, ambition_id = :ambition_id, stage = :stage, priority = :priority, "
    "confidence = :confidence, cabinet_lead_id = :cabinet_lead_id, lead_officer_id = :lead_officer_id, "
    "start_date = :start_date, target_date = :target_date, budget_pence = :budget_pence, "
    "staff_days = :staff_days, inspired_by = :inspired_by, expected_benefits = :expected_benefits, "
    "stop_reason = :stop_reason";

Innovation readInnovation(const pq::Row& row) {
    Innovation innovation;
    innovation.id = row["id"].integer();
    innovation.title = row["title"].text();
    innovation.summary = row["summary"].text();
    innovation.ambitionId = row["ambition_id"].optionalId();
    innovation.stage = key<Stage>(row["stage"], "stage");
    innovation.priority = static_cast<int>(row["priority"].integer());
    innovation.confidence = key<Confidence>(row["confidence"], "confidence");
    innovation.cabinetLeadId = row["cabinet_lead_id"].optionalId();
    innovation.leadOfficerId = row["lead_officer_id"].optionalId();
    innovation.startDate = row["start_date"].optionalDate();
    innovation.targetDate = row["target_date"].optionalDate();
    innovation.budgetPence = row["budget_pence"].integer();
    innovation.staffDays = static_cast<int>(row["staff_days"].integer());
    innovation.inspiredBy = row["inspired_by"].text();
    innovation.expectedBenefits = row["expected_benefits"].text();
    innovation.stopReason = row["stop_reason"].text();
    return innovation;
}

void bindInnovation(pq::Statement& statement, const Innovation& innovation) {
    statement.bind(":title", innovation.title);
    statement.bind(":summary", innovation.summary);
    statement.bind(":ambition_id", innovation.ambitionId);
    statement.bind(":stage", innovation.stage);
    statement.bind(":priority", innovation.priority);
    statement.bind(":confidence", innovation.confidence);
    statement.bind(":cabinet_lead_id", innovation.cabinetLeadId);
    statement.bind(":lead_officer_id", innovation.leadOfficerId);
    statement.bind(":start_date", innovation.startDate);
    statement.bind(":target_date", innovation.targetDate);
    statement.bind(":budget_pence", innovation.budgetPence);
    statement.bind(":staff_days", innovation.staffDays);
    statement.bind(":inspired_by", innovation.inspiredBy);
    statement.bind(":expected_benefits", innovation.expectedBenefits);
    statement.bind(":stop_reason", innovation.stopReason);
}

// `column` contains the bound :text, ignoring the case of ASCII letters only, as SQLite's LIKE does.
std::string containsText(const char* column) {
    return asciiLower(column) + " LIKE " + asciiLower(":text") + " ESCAPE '\\'";
}

// The WHERE clause is built only from these fixed fragments; every value the user typed is bound.
std::string innovationListSql(const InnovationFilter& filter) {
    std::string sql = std::string(kSelectInnovation) + " WHERE true";
    if (filter.stage) sql += " AND stage = :stage";
    if (filter.ambitionId) sql += " AND ambition_id = :ambition_id";
    if (filter.cabinetLeadId) sql += " AND cabinet_lead_id = :cabinet_lead_id";
    if (filter.leadOfficerId) sql += " AND lead_officer_id = :lead_officer_id";
    if (filter.activeOnly) sql += " AND stage NOT IN ('mainstreamed', 'stopped')";
    if (!filter.text.empty())
        sql += " AND (" + containsText("title") + " OR " + containsText("summary") + " OR " +
               containsText("inspired_by") + ")";
    return sql + " ORDER BY priority, id";
}

StageChange readStageChange(const pq::Row& row) {
    StageChange change;
    change.id = row["id"].integer();
    change.innovationId = row["innovation_id"].integer();
    change.from = key<Stage>(row["from_stage"], "from_stage");
    change.to = key<Stage>(row["to_stage"], "to_stage");
    change.changedOn = row["changed_on"].date();
    change.reason = row["reason"].text();
    change.actorId = row["actor_id"].integer();
    return change;
}

}  // namespace

Id PgStore::insertInnovation(const Innovation& innovation) {
    auto& s = *session_;
    return s.change("add the innovation '" + innovation.title + "'", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO innovations (id, title, summary, ambition_id, stage, priority, "
                                         "confidence, cabinet_lead_id, lead_officer_id, start_date, target_date, "
                                         "budget_pence, staff_days, inspired_by, expected_benefits, stop_reason) "
                                         "VALUES (") +
                                 nextIdSql("innovations") +
                                 ", :title, :summary, :ambition_id, :stage, :priority, :confidence, :cabinet_lead_id, "
                                 ":lead_officer_id, :start_date, :target_date, :budget_pence, :staff_days, "
                                 ":inspired_by, :expected_benefits, :stop_reason) RETURNING id");
        bindInnovation(insert, innovation);
        insert.bind(":id", givenId(innovation.id));
        return insertRow(s, insert, "innovations", innovation.id);
    });
}

void PgStore::updateInnovation(const Innovation& innovation) {
    auto& s = *session_;
    s.change("update the innovation '" + innovation.title + "'", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE innovations SET ") + kInnovationValues + " WHERE id = :id");
        bindInnovation(update, innovation);
        update.bind(":id", innovation.id);
        updateRow(update, "innovation", innovation.id);
    });
}

std::optional<Innovation> PgStore::findInnovation(Id innovationId) const {
    auto& s = *session_;
    return s.run("read an innovation", [&] {
        pq::Statement find(s.connection(), std::string(kSelectInnovation) + " WHERE id = :id");
        find.bind(":id", innovationId);
        return readOne(find.run(), readInnovation);
    });
}

std::vector<Innovation> PgStore::listInnovations(const InnovationFilter& filter) const {
    auto& s = *session_;
    return s.run("list the innovations", [&] {
        pq::Statement list(s.connection(), innovationListSql(filter));
        if (filter.stage) list.bind(":stage", *filter.stage);
        if (filter.ambitionId) list.bind(":ambition_id", filter.ambitionId);
        if (filter.cabinetLeadId) list.bind(":cabinet_lead_id", filter.cabinetLeadId);
        if (filter.leadOfficerId) list.bind(":lead_officer_id", filter.leadOfficerId);
        if (!filter.text.empty()) list.bind(":text", containsPattern(filter.text));
        return readAll(list.run(), readInnovation);
    });
}

Id PgStore::insertStageChange(const StageChange& change) {
    auto& s = *session_;
    return s.change("record the stage change", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO stage_changes (id, innovation_id, from_stage, to_stage, "
                                         "changed_on, reason, actor_id) VALUES (") +
                                 nextIdSql("stage_changes") +
                                 ", :innovation_id, :from_stage, :to_stage, :changed_on, :reason, :actor_id) "
                                 "RETURNING id");
        insert.bind(":id", givenId(change.id));
        insert.bind(":innovation_id", change.innovationId);
        insert.bind(":from_stage", change.from);
        insert.bind(":to_stage", change.to);
        insert.bind(":changed_on", change.changedOn);
        insert.bind(":reason", change.reason);
        insert.bind(":actor_id", change.actorId);
        return insertRow(s, insert, "stage_changes", change.id);
    });
}

std::vector<StageChange> PgStore::listStageChanges(Id innovationId) const {
    auto& s = *session_;
    return s.run("list the stage changes", [&] {
        pq::Statement list(s.connection(), "SELECT id, innovation_id, from_stage, to_stage, changed_on, reason, actor_id "
                                           "FROM stage_changes WHERE innovation_id = :innovation_id "
                                           "ORDER BY changed_on, id");
        list.bind(":innovation_id", innovationId);
        return readAll(list.run(), readStageChange);
    });
}

}  // namespace innotrack::storage_pg
