// Schema 14: undoing a stage change or a review entry just made removes its row
// (Portfolio::undoStageChange, undoReviewEntry). A file needs nothing new for that: one desk's
// program may delete the row already. The step is kept so that schema numbers mean the same on a
// file and on a server, where this step lets the cabinet lead, or the review's chair, delete the
// row (storage_pg/src/schema_undo.hpp).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

void allowUndoingStageChanges(SQLite::Database& /*db*/) {}

}  // namespace innotrack::storage::detail
