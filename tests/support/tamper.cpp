// Raw SQL against a portfolio; see tamper.hpp.
#include "tamper.hpp"

#include "test_server.hpp"

#include <SQLiteCpp/Database.h>

#include <stdexcept>

namespace innotrack::testing {

void tamperWithAuditTrail(const std::string& location, const std::string& sql) {
    const std::string server = "postgresql:///";
    if (location.rfind(server, 0) == 0) {
        const std::string database = location.substr(server.size());
        runAsAdministrator(database, "BEGIN; ALTER TABLE audit DISABLE TRIGGER USER; "
                                     "ALTER TABLE audit NO FORCE ROW LEVEL SECURITY; " +
                                         sql + "; COMMIT");
        return;
    }
    try {
        SQLite::Database db(location, SQLite::OPEN_READWRITE);
        db.exec("DROP TRIGGER IF EXISTS audit_is_append_only_update; DROP TRIGGER IF EXISTS audit_is_append_only_delete");
        db.exec(sql);
    } catch (const std::exception& failure) {
        throw std::runtime_error("could not tamper with " + location + ": " + failure.what());
    }
}

}  // namespace innotrack::testing
