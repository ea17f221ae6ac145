// Schema 6: covering indexes for the weekly board report, so that at 100,000 innovations each of its
// lists reads index ranges and only the rows it shows from the tables (docs/PERFORMANCE.md).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kBoardIndexes = R"sql(
-- The stage an innovation had on a day: its latest change by then, else its first change.
DROP INDEX stage_changes_by_innovation;
CREATE INDEX stage_changes_by_innovation ON stage_changes (innovation_id, changed_on, id, to_stage, from_stage);
-- The due date a milestone had on a day: its first move after the day, if any.
DROP INDEX milestone_moves_by_milestone;
CREATE INDEX milestone_moves_by_milestone ON milestone_moves (milestone_id, moved_on, from_due);
-- Milestones outstanding on a day (not completed, or completed after it) and due before it.
CREATE INDEX milestones_outstanding ON milestones (completed_on, due, innovation_id);
-- Lessons recorded since the last review.
CREATE INDEX lessons_by_day ON lessons (recorded_on, innovation_id);
)sql";

}  // namespace

void addBoardIndexes(SQLite::Database& db) { db.exec(kBoardIndexes); }

}  // namespace innotrack::storage::detail
