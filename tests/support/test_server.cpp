// The test run's throwaway databases; see test_server.hpp.
#include "test_server.hpp"

#include "backends/location_opener.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace innotrack::testing {

namespace {

constexpr const char* kTemplate = "innotrack_test_template";

struct Closer {
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
using Administrator = std::unique_ptr<PGconn, Closer>;

Administrator connectTo(const std::string& database) {
    const char* keywords[] = {"dbname", nullptr};
    const char* values[] = {database.c_str(), nullptr};
    Administrator connection(PQconnectdbParams(keywords, values, 0));
    if (PQstatus(connection.get()) != CONNECTION_OK)
        throw std::runtime_error("the PostgreSQL tests need a server (scripts/test.sh starts one with pg_virtualenv): " +
                                 std::string(PQerrorMessage(connection.get())));
    return connection;
}

void run(PGconn* connection, const std::string& sql) {
    PGresult* result = PQexec(connection, sql.c_str());
    const ExecStatusType status = PQresultStatus(result);
    const std::string message = PQresultErrorMessage(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw std::runtime_error("the test server refused '" + sql + "': " + message);
}

bool exists(PGconn* connection, const std::string& database) {
    const char* values[] = {database.c_str()};
    PGresult* result = PQexecParams(connection, "SELECT 1 FROM pg_database WHERE datname = $1", 1, nullptr, values,
                                    nullptr, nullptr, 0);
    const bool found = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    PQclear(result);
    return found;
}

// The template is made once per server, by the first test program that needs it; the others
// wait on the lock and then find it.
void requireTemplate(PGconn* administrator) {
    run(administrator, "SELECT pg_advisory_lock(hashtext('innotrack test template'))");
    try {
        if (!exists(administrator, kTemplate)) {
            run(administrator, std::string("CREATE DATABASE ") + kTemplate);
            backends::LocationOpener().open(std::string("postgresql:///") + kTemplate, OpenPurpose::Create);
        }
    } catch (...) {
        run(administrator, "SELECT pg_advisory_unlock(hashtext('innotrack test template'))");
        throw;
    }
    run(administrator, "SELECT pg_advisory_unlock(hashtext('innotrack test template'))");
}

std::string freshName() {
    static std::atomic<int> made{0};
    return "innotrack_test_" + std::to_string(getpid()) + "_" + std::to_string(++made);
}

}  // namespace

TestDatabase::TestDatabase(Holding holding) : name_(freshName()) {
    const Administrator administrator = connectTo("postgres");
    if (holding == Holding::Nothing) {
        run(administrator.get(), "CREATE DATABASE " + name_);
        return;
    }
    requireTemplate(administrator.get());
    run(administrator.get(), "CREATE DATABASE " + name_ + " TEMPLATE " + kTemplate);
}

TestDatabase::~TestDatabase() {
    try {
        const Administrator administrator = connectTo("postgres");
        run(administrator.get(), "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The cluster is thrown away after the run; a database left behind harms nothing.
    }
}

void TestDatabase::givePassword(const std::string& login) const {
    const char* password = std::getenv("PGPASSWORD");
    const Administrator administrator = connectTo("postgres");
    const char* values[] = {login.c_str(), password ? password : ""};
    // Parameters cannot stand for names in ALTER ROLE: format() quotes them on the server.
    PGresult* result = PQexecParams(administrator.get(),
                                    "SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text) AS sql", 2, nullptr,
                                    values, nullptr, nullptr, 0);
    const std::string sql = PQresultStatus(result) == PGRES_TUPLES_OK ? PQgetvalue(result, 0, 0) : "";
    PQclear(result);
    run(administrator.get(), sql);
}

std::string refusalOf(const std::string& location, const std::string& sql) {
    const char* keywords[] = {"dbname", nullptr};
    const char* values[] = {location.c_str(), nullptr};
    Administrator connection(PQconnectdbParams(keywords, values, 1));
    if (PQstatus(connection.get()) != CONNECTION_OK) return PQerrorMessage(connection.get());
    PGresult* result = PQexec(connection.get(), sql.c_str());
    const ExecStatusType status = PQresultStatus(result);
    const std::string message = PQresultErrorMessage(result);
    PQclear(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK ? "" : message;
}

void runAsAdministrator(const std::string& database, const std::string& sql) {
    const Administrator administrator = connectTo(database);
    run(administrator.get(), sql);
}

}  // namespace innotrack::testing
