// Which innovations are in each of the desktop board's quick-filter states, in SQL both backends
// share. Each backend passes its own text of the definitions the cards' badges use (board_sql.hpp),
// so a filter picks out exactly the cards whose badge shows.
#pragma once

#include "sql/review_sql.hpp"
#include "tracker/scales.hpp"
#include "tracker/stage_board_queries.hpp"

#include <string>

namespace innotrack::sql {

// A backend's own text of the badges' definitions, over every innovation.
struct BadgeSql {
    std::string overdueMilestones;  // rows with innovation_id: outstanding on :on and due before it
    std::string openRisks;          // rows with innovation_id and score: open on :on
};

// The innovations in `flag`'s state, each once, by id. Parameters: Overdue binds :on; CriticalRisk
// :on and :critical; NewSetback :on and :since_entry (recordedSinceSql); Mine :person; InDoubt none.
inline std::string stageBoardFlaggedSql(StageBoardFlag flag, const BadgeSql& badges) {
    const auto quoted = [](Confidence rating) { return "'" + std::string(keyOf(rating)) + "'"; };
    switch (flag) {
    case StageBoardFlag::Overdue:
        return "SELECT DISTINCT o.innovation_id AS id FROM (" + badges.overdueMilestones + ") o ORDER BY 1";
    case StageBoardFlag::CriticalRisk:
        return "SELECT DISTINCT r.innovation_id AS id FROM (" + badges.openRisks +
               ") r WHERE r.score >= :critical ORDER BY 1";
    case StageBoardFlag::NewSetback:
        return "SELECT DISTINCT x.innovation_id AS id FROM setbacks x WHERE " +
               recordedSinceSql("setback", "x", "occurred_on") + " ORDER BY 1";
    case StageBoardFlag::InDoubt:
        return "SELECT i.id FROM innovations i WHERE i.confidence IN (" + quoted(Confidence::AmberRed) + ", " +
               quoted(Confidence::Red) + ") ORDER BY 1";
    case StageBoardFlag::Mine:
        return "SELECT i.id FROM innovations i WHERE i.cabinet_lead_id = :person OR i.lead_officer_id = :person "
               "ORDER BY 1";
    }
    return {};
}

}  // namespace innotrack::sql
