// Raw SQL against a portfolio; see tamper.hpp.
#include "tamper.hpp"

#include "test_server.hpp"

#include <SQLiteCpp/Database.h>

#include <stdexcept>

namespace innotrack::testing {

namespace {

constexpr const char* kServer = "postgresql:///";

bool onServer(const std::string& location) { return location.rfind(kServer, 0) == 0; }

void runOnFile(const std::string& location, const std::string& sql) {
    try {
        SQLite::Database db(location, SQLite::OPEN_READWRITE);
        db.exec(sql);
    } catch (const std::exception& failure) {
        throw std::runtime_error("could not change " + location + ": " + failure.what());
    }
}

}  // namespace

void tamperWithAuditTrail(const std::string& location, const std::string& sql) {
    if (onServer(location)) {
        runAsAdministrator(location.substr(std::string(kServer).size()),
                           "BEGIN; ALTER TABLE audit DISABLE TRIGGER USER; ALTER TABLE audit NO FORCE ROW LEVEL SECURITY; " +
                               sql + "; COMMIT");
        return;
    }
    runOnFile(location,
              "DROP TRIGGER IF EXISTS audit_is_append_only_update; DROP TRIGGER IF EXISTS audit_is_append_only_delete; " +
                  sql);
}

void editWithRawSql(const std::string& location, const std::string& sql) {
    if (onServer(location)) runAsAdministrator(location.substr(std::string(kServer).size()), sql);
    else runOnFile(location, sql);
}

}  // namespace innotrack::testing
