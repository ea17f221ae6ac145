// Schema 8: a person's login, the account they sign in with (on a shared portfolio, their server
// login). One person per login; most people in a file have none.
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kPersonLogins = R"sql(
ALTER TABLE people ADD COLUMN login TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX people_by_login ON people (login) WHERE login <> '';
)sql";

}  // namespace

void addPersonLogins(SQLite::Database& db) { db.exec(kPersonLogins); }

}  // namespace innotrack::storage::detail
