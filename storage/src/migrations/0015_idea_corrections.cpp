// Schema 15: correcting an idea (Portfolio::updateIdea) by the person who submitted it. A file needs
// nothing new for that: one desk's program already may change the row. The step is kept so that
// schema numbers mean the same on a file and on a server, where this step lets the submitter change
// its wording (storage_pg/src/schema_idea_corrections.hpp).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

void allowCorrectingIdeas(SQLite::Database& /*db*/) {}

}  // namespace innotrack::storage::detail
