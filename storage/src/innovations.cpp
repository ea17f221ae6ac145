// Innovations, their filtered list, and the history of their stages.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

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

Innovation readInnovation(const SQLite::Statement& row) {
    Innovation innovation;
    innovation.id = id(row, "id");
    innovation.title = text(row, "title");
    innovation.summary = text(row, "summary");
    innovation.ambitionId = optionalId(row, "ambition_id");
    innovation.stage = key<Stage>(row, "stage");
    innovation.priority = integer(row, "priority");
    innovation.confidence = key<Confidence>(row, "confidence");
    innovation.cabinetLeadId = optionalId(row, "cabinet_lead_id");
    innovation.leadOfficerId = optionalId(row, "lead_officer_id");
    innovation.startDate = optionalDate(row, "start_date");
    innovation.targetDate = optionalDate(row, "target_date");
    innovation.budgetPence = id(row, "budget_pence");
    innovation.staffDays = integer(row, "staff_days");
    innovation.inspiredBy = text(row, "inspired_by");
    innovation.expectedBenefits = text(row, "expected_benefits");
    innovation.stopReason = text(row, "stop_reason");
    return innovation;
}

void bindInnovation(SQLite::Statement& statement, const Innovation& innovation) {
    bindParam(statement, ":title", innovation.title);
    bindParam(statement, ":summary", innovation.summary);
    bindParam(statement, ":ambition_id", innovation.ambitionId);
    bindParam(statement, ":stage", innovation.stage);
    bindParam(statement, ":priority", innovation.priority);
    bindParam(statement, ":confidence", innovation.confidence);
    bindParam(statement, ":cabinet_lead_id", innovation.cabinetLeadId);
    bindParam(statement, ":lead_officer_id", innovation.leadOfficerId);
    bindParam(statement, ":start_date", innovation.startDate);
    bindParam(statement, ":target_date", innovation.targetDate);
    bindParam(statement, ":budget_pence", innovation.budgetPence);
    bindParam(statement, ":staff_days", innovation.staffDays);
    bindParam(statement, ":inspired_by", innovation.inspiredBy);
    bindParam(statement, ":expected_benefits", innovation.expectedBenefits);
    bindParam(statement, ":stop_reason", innovation.stopReason);
}

// The WHERE clause is built only from these fixed fragments; every value the user typed is bound.
std::string innovationListSql(const InnovationFilter& filter) {
    std::string sql = std::string(kSelectInnovation) + " WHERE 1 = 1";
    if (filter.stage) sql += " AND stage = :stage";
    if (filter.ambitionId) sql += " AND ambition_id = :ambition_id";
    if (filter.cabinetLeadId) sql += " AND cabinet_lead_id = :cabinet_lead_id";
    if (filter.leadOfficerId) sql += " AND lead_officer_id = :lead_officer_id";
    if (filter.activeOnly) sql += " AND stage NOT IN ('mainstreamed', 'stopped')";
    if (!filter.text.empty())
        sql += " AND (title LIKE :text ESCAPE '\\' OR summary LIKE :text ESCAPE '\\'"
               " OR inspired_by LIKE :text ESCAPE '\\')";
    return sql + " ORDER BY priority, id";
}

StageChange readStageChange(const SQLite::Statement& row) {
    StageChange change;
    change.id = id(row, "id");
    change.innovationId = id(row, "innovation_id");
    change.from = key<Stage>(row, "from_stage");
    change.to = key<Stage>(row, "to_stage");
    change.changedOn = date(row, "changed_on");
    change.reason = text(row, "reason");
    change.actorId = id(row, "actor_id");
    return change;
}

}  // namespace

Id SqliteStore::insertInnovation(const Innovation& innovation) {
    auto& c = *connection_;
    return c.run("add the innovation '" + innovation.title + "'", [&] {
        Query query(c,
                    "INSERT INTO innovations (id, title, summary, ambition_id, stage, priority, confidence, "
                    "cabinet_lead_id, lead_officer_id, start_date, target_date, budget_pence, staff_days, "
                    "inspired_by, expected_benefits, stop_reason) VALUES (:id, :title, :summary, :ambition_id, :stage, "
                    ":priority, :confidence, :cabinet_lead_id, :lead_officer_id, :start_date, :target_date, "
                    ":budget_pence, :staff_days, :inspired_by, :expected_benefits, :stop_reason)");
        bindInnovation(*query, innovation);
        bindParam(*query, ":id", givenId(innovation.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updateInnovation(const Innovation& innovation) {
    auto& c = *connection_;
    c.run("update the innovation '" + innovation.title + "'", [&] {
        Query query(c, std::string("UPDATE innovations SET ") + kInnovationValues + " WHERE id = :id");
        bindInnovation(*query, innovation);
        bindParam(*query, ":id", innovation.id);
        updateRow(query, "innovation", innovation.id);
    });
}

std::optional<Innovation> SqliteStore::findInnovation(Id innovationId) const {
    auto& c = *connection_;
    return c.run("read an innovation", [&] {
        Query query(c, std::string(kSelectInnovation) + " WHERE id = :id");
        bindParam(*query, ":id", innovationId);
        return readOne(query, readInnovation);
    });
}

std::vector<Innovation> SqliteStore::listInnovations(const InnovationFilter& filter) const {
    auto& c = *connection_;
    return c.run("list the innovations", [&] {
        Query query(c, innovationListSql(filter));
        if (filter.stage) bindParam(*query, ":stage", *filter.stage);
        if (filter.ambitionId) bindParam(*query, ":ambition_id", filter.ambitionId);
        if (filter.cabinetLeadId) bindParam(*query, ":cabinet_lead_id", filter.cabinetLeadId);
        if (filter.leadOfficerId) bindParam(*query, ":lead_officer_id", filter.leadOfficerId);
        if (!filter.text.empty()) bindParam(*query, ":text", containsPattern(filter.text));
        return readAll(query, readInnovation);
    });
}

Id SqliteStore::insertStageChange(const StageChange& change) {
    auto& c = *connection_;
    return c.run("record the stage change", [&] {
        Query query(c, "INSERT INTO stage_changes (id, innovation_id, from_stage, to_stage, changed_on, reason, actor_id) "
                       "VALUES (:id, :innovation_id, :from_stage, :to_stage, :changed_on, :reason, :actor_id)");
        bindParam(*query, ":id", givenId(change.id));
        bindParam(*query, ":innovation_id", change.innovationId);
        bindParam(*query, ":from_stage", change.from);
        bindParam(*query, ":to_stage", change.to);
        bindParam(*query, ":changed_on", change.changedOn);
        bindParam(*query, ":reason", change.reason);
        bindParam(*query, ":actor_id", change.actorId);
        return insertRow(c, query);
    });
}

std::vector<StageChange> SqliteStore::listStageChanges(Id innovationId) const {
    auto& c = *connection_;
    return c.run("list the stage changes", [&] {
        Query query(c, "SELECT id, innovation_id, from_stage, to_stage, changed_on, reason, actor_id "
                       "FROM stage_changes WHERE innovation_id = :innovation_id ORDER BY changed_on, id");
        bindParam(*query, ":innovation_id", innovationId);
        return readAll(query, readStageChange);
    });
}

}  // namespace innotrack::storage
