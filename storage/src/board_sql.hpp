// SQL shared by the board queries: which innovations are active on the day, and the state of each
// dated record on that day.
#pragma once

#include "columns.hpp"
#include "connection.hpp"

#include "tracker/board_queries.hpp"

#include <optional>
#include <string>

namespace innotrack::storage::detail {

// The stage an innovation had at the end of :on: the stage it moved to by its latest change on or
// before the day; before its first change, the stage it moved from; with no change at all, its stage.
inline constexpr const char* kStageOnDay = R"sql(
    COALESCE(
        (SELECT sc.to_stage FROM stage_changes sc
          WHERE sc.innovation_id = i.id AND sc.changed_on <= :on
          ORDER BY sc.changed_on DESC, sc.id DESC LIMIT 1),
        (SELECT sc.from_stage FROM stage_changes sc
          WHERE sc.innovation_id = i.id
          ORDER BY sc.changed_on, sc.id LIMIT 1),
        i.stage))sql";

// `active`: the innovations in scope active on :on, led by :cabinet when it is not NULL.
inline std::string activeInnovationsCte() {
    return std::string("active AS (SELECT * FROM (SELECT i.id, i.title, i.priority, i.confidence, i.cabinet_lead_id, "
                       "i.ambition_id, ") +
           kStageOnDay +
           " AS stage_on FROM innovations i WHERE (:cabinet IS NULL OR i.cabinet_lead_id = :cabinet))"
           " WHERE stage_on NOT IN ('mainstreamed', 'stopped'))";
}

// `outstanding`: milestones of active innovations not completed by the end of :on, with the due
// date they had that day (a move made after the day is undone by taking its from-date).
inline constexpr const char* kOutstandingMilestonesCte = R"sql(
outstanding AS (
    SELECT m.id, m.innovation_id, m.title, m.baseline_due,
           COALESCE((SELECT mv.from_due FROM milestone_moves mv
                      WHERE mv.milestone_id = m.id AND mv.moved_on > :on
                      ORDER BY mv.moved_on, mv.id LIMIT 1), m.due) AS due_on
      FROM milestones m JOIN active a ON a.id = m.innovation_id
     WHERE m.completed_on IS NULL OR m.completed_on > :on))sql";

// `open_risks`: risks of active innovations raised by :on and not yet closed or occurred on it,
// scored on the residual rating where one is set, else the inherent one.
inline constexpr const char* kOpenRisksCte = R"sql(
open_risks AS (
    SELECT r.*,
           COALESCE(r.residual_likelihood, r.inherent_likelihood) AS likelihood_now,
           COALESCE(r.residual_impact, r.inherent_impact) AS impact_now,
           COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact) AS score
      FROM risks r JOIN active a ON a.id = r.innovation_id
     WHERE r.raised_on <= :on
       AND (r.status = 'open' OR (r.closed_on IS NOT NULL AND r.closed_on > :on))))sql";

// Records dated after :since (all of them when it is NULL) and on or before :on.
inline std::string sinceClause(const char* column) {
    return std::string("(:since IS NULL OR ") + column + " > :since) AND " + column + " <= :on";
}

inline void bindScope(SQLite::Statement& statement, const BoardScope& scope) {
    bindParam(statement, ":on", scope.on);
    bindParam(statement, ":cabinet", scope.cabinetLeadId);
}

}  // namespace innotrack::storage::detail
