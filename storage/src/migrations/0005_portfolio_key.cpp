// Schema 5: the portfolio key, a random id made once per portfolio file. Exports that others keep
// (the iCalendar file's UIDs) name the portfolio by it, so two councils' files never collide and a
// re-export of the same file names the same events.
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

// 64 random bits from SQLite's own generator, as 16 lower-case hex digits: enough that two
// councils never draw the same key, short enough to read in a UID.
constexpr const char* kPortfolioKey = R"sql(
INSERT INTO settings (key, value) VALUES ('portfolio.key', lower(hex(randomblob(8))));
)sql";

}  // namespace

void addPortfolioKey(SQLite::Database& db) {
    db.exec(kPortfolioKey);
}

}  // namespace innotrack::storage::detail
