// Innovations, their filtered list, and the history of their stages, as storage/src/innovations.cpp
// keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

namespace {

// `column` contains the bound :text, ignoring the case of ASCII letters only, as SQLite's LIKE does.
std::string containsText(const char* column) {
    return asciiLower(column) + " LIKE " + asciiLower(":text") + " ESCAPE '\\'";
}

// The WHERE clause is built only from these fixed fragments; every value the user typed is bound.
std::string innovationListSql(const InnovationFilter& filter) {
    std::string sql = selectSql<Innovation>() + " WHERE true";
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

}  // namespace

Id PgStore::insertInnovation(const Innovation& innovation) {
    auto& s = *session_;
    return s.change("add the innovation '" + innovation.title + "'", [&] {
        return insertRecord(s, innovation);
    });
}

void PgStore::updateInnovation(const Innovation& innovation) {
    auto& s = *session_;
    s.change("update the innovation '" + innovation.title + "'", [&] {
        updateRecord(s, innovation, "innovation");
    });
}

std::optional<Innovation> PgStore::findInnovation(Id innovationId) const {
    auto& s = *session_;
    return s.run("read an innovation", [&] {
        return findRecord<Innovation>(s, innovationId);
    });
}

void PgStore::forEachInnovation(const InnovationFilter& filter, const RecordVisitor<Innovation>& visit) const {
    auto& s = *session_;
    s.run("list the innovations", [&] {
        pq::Statement list(s.connection(), innovationListSql(filter));
        if (filter.stage) list.bind(":stage", *filter.stage);
        if (filter.ambitionId) list.bind(":ambition_id", filter.ambitionId);
        if (filter.cabinetLeadId) list.bind(":cabinet_lead_id", filter.cabinetLeadId);
        if (filter.leadOfficerId) list.bind(":lead_officer_id", filter.leadOfficerId);
        if (!filter.text.empty()) list.bind(":text", containsPattern(filter.text));
        list.stream([&visit](const pq::Row& row) { visit(readRecord<Innovation>(row)); });
    });
}

Id PgStore::insertStageChange(const StageChange& change) {
    auto& s = *session_;
    return s.change("record the stage change", [&] {
        return insertRecord(s, change);
    });
}

std::vector<StageChange> PgStore::listStageChanges(Id innovationId) const {
    auto& s = *session_;
    return s.run("list the stage changes", [&] {
        static const std::string sql = selectSql<StageChange>() + " WHERE innovation_id = :innovation_id ORDER BY changed_on, id";
        pq::Statement list(s.connection(), sql);
        list.bind(":innovation_id", innovationId);
        return readAll(list.run(), readRecord<StageChange>);
    });
}

void PgStore::removeStageChange(Id id) {
    auto& s = *session_;
    s.change("undo the stage change", [&] {
        pq::Statement remove(s.connection(), "DELETE FROM stage_changes WHERE id = :id");
        remove.bind(":id", id);
        if (remove.run().affected() == 0) throw NotFound("There is no stage change " + std::to_string(id));
    });
}

}  // namespace innotrack::storage_pg
