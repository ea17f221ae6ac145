// Throwaway databases on the PostgreSQL server a test run is given: the environment libpq reads
// (PGHOST, PGPORT, PGUSER, PGPASSWORD), which scripts/test.sh gets from pg_virtualenv. Each test
// portfolio on the server is a database of its own, copied from a template that already holds the
// schema, and dropped when the test ends. With no server, these fail; they never skip.
#pragma once

#include <string>

namespace innotrack::testing {

class TestDatabase {
public:
    enum class Holding { EmptyPortfolio, Nothing };
    // A new database: by default an empty portfolio (the schema made, nobody added yet); with
    // Holding::Nothing, not even the schema, as an administrator's new database is.
    explicit TestDatabase(Holding holding = Holding::EmptyPortfolio);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& name() const { return name_; }
    // postgresql:///NAME: the server and login come from the environment, as for every program.
    std::string location() const { return "postgresql:///" + name_; }
    // The same, signed in as `login` (whose password the test run's administrator gave it: see
    // givePassword).
    std::string locationAs(const std::string& login) const { return "postgresql://" + login + "@/" + name_; }
    // A login unique to this database, since a server's logins are shared by all its databases.
    std::string login(const std::string& who) const { return name_ + "_" + who; }
    // Lets `login` sign in with the password the test run's own login uses (PGPASSWORD).
    void givePassword(const std::string& login) const;

private:
    std::string name_;
};

// Runs `sql` signed in at `location` (as psql would): "" when the server accepted it, else the
// server's message.
std::string refusalOf(const std::string& location, const std::string& sql);

// Runs SQL as the test run's administrator (pg_virtualenv's superuser) on the database `database`;
// throws std::runtime_error with the server's message.
void runAsAdministrator(const std::string& database, const std::string& sql);

}  // namespace innotrack::testing
