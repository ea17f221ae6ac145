// Schema 7: indexes for the stage board, so that at 100,000 innovations the desktop board reads every
// card's place from one narrow index and the cards on screen from a few index ranges each
// (docs/PERFORMANCE.md).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kStageBoardIndexes = R"sql(
-- Every card's place in the board's order (priority, then id) with what the desktop board's filters
-- ask, from the index alone.
CREATE INDEX innovations_for_stage_board ON innovations (priority, id, stage, cabinet_lead_id, ambition_id);
-- The milestones moved after a day, whose due date on that day is undone: one short range.
CREATE INDEX milestone_moves_by_day ON milestone_moves (moved_on, milestone_id);
-- A card's milestones outstanding on a day (not completed, or completed after it), and its risks
-- open on a day, from the index alone. Their leading column is still the innovation, so every
-- query the narrower indexes served is served; with completed_on and status next, SQLite prefers
-- them to milestones_outstanding and risks_open_for_tally when it starts from a few innovations.
DROP INDEX milestones_by_innovation;
CREATE INDEX milestones_by_innovation ON milestones (innovation_id, completed_on, due);
DROP INDEX risks_by_innovation;
CREATE INDEX risks_by_innovation ON risks (innovation_id, status, raised_on, closed_on, inherent_likelihood,
    inherent_impact, residual_likelihood, residual_impact);
)sql";

}  // namespace

void addStageBoardIndexes(SQLite::Database& db) { db.exec(kStageBoardIndexes); }

}  // namespace innotrack::storage::detail
