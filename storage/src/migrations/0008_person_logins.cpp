// Schema 8: a person's login, the account they sign in with (on a shared portfolio, their server
// login), one person per login; and the login that made each audited change.
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kPersonLogins = R"sql(
ALTER TABLE people ADD COLUMN login TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX people_by_login ON people (login) WHERE login <> '';
-- Who made each change, where a backend vouches for it (a server); a file leaves it empty.
ALTER TABLE audit ADD COLUMN login TEXT NOT NULL DEFAULT '';
)sql";

}  // namespace

void addPersonLogins(SQLite::Database& db) { db.exec(kPersonLogins); }

}  // namespace innotrack::storage::detail
