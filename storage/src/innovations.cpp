// Innovations, their filtered list, and the history of their stages.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

// The WHERE clause is built only from these fixed fragments; every value the user typed is bound.
std::string innovationListSql(const InnovationFilter& filter) {
    std::string sql = selectSql<Innovation>() + " WHERE 1 = 1";
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

}  // namespace

Id SqliteStore::insertInnovation(const Innovation& innovation) {
    auto& c = *connection_;
    return c.run("add the innovation '" + innovation.title + "'", [&] {
        return insertRecord(c, innovation);
    });
}

void SqliteStore::updateInnovation(const Innovation& innovation) {
    auto& c = *connection_;
    c.run("update the innovation '" + innovation.title + "'", [&] {
        updateRecord(c, innovation, "innovation");
    });
}

std::optional<Innovation> SqliteStore::findInnovation(Id innovationId) const {
    auto& c = *connection_;
    return c.run("read an innovation", [&] {
        return findRecord<Innovation>(c, innovationId);
    });
}

void SqliteStore::forEachInnovation(const InnovationFilter& filter, const RecordVisitor<Innovation>& visit) const {
    auto& c = *connection_;
    c.run("list the innovations", [&] {
        Query query(c, innovationListSql(filter));
        if (filter.stage) bindParam(*query, ":stage", *filter.stage);
        if (filter.ambitionId) bindParam(*query, ":ambition_id", filter.ambitionId);
        if (filter.cabinetLeadId) bindParam(*query, ":cabinet_lead_id", filter.cabinetLeadId);
        if (filter.leadOfficerId) bindParam(*query, ":lead_officer_id", filter.leadOfficerId);
        if (!filter.text.empty()) bindParam(*query, ":text", containsPattern(filter.text));
        visitAll(query, readRecord<Innovation>, visit);
    });
}

Id SqliteStore::insertStageChange(const StageChange& change) {
    auto& c = *connection_;
    return c.run("record the stage change", [&] {
        return insertRecord(c, change);
    });
}

std::vector<StageChange> SqliteStore::listStageChanges(Id innovationId) const {
    auto& c = *connection_;
    return c.run("list the stage changes", [&] {
        static const std::string sql = selectSql<StageChange>() + " WHERE innovation_id = :innovation_id ORDER BY changed_on, id";
        Query query(c, sql);
        bindParam(*query, ":innovation_id", innovationId);
        return readAll(query, readRecord<StageChange>);
    });
}

void SqliteStore::removeStageChange(Id id) {
    auto& c = *connection_;
    c.run("undo the stage change", [&] {
        Query remove(c, "DELETE FROM stage_changes WHERE id = :id");
        bindParam(*remove, ":id", id);
        if (remove.exec() == 0) throw NotFound("There is no stage change " + std::to_string(id));
    });
}

}  // namespace innotrack::storage
