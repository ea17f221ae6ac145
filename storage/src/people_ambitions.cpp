// People and the council's ambitions.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kSelectPerson = "SELECT id, name, role, portfolio, email, login FROM people";

Person readPerson(const SQLite::Statement& row) {
    Person person;
    person.id = id(row, "id");
    person.name = text(row, "name");
    person.role = key<Role>(row, "role");
    person.portfolio = text(row, "portfolio");
    person.email = text(row, "email");
    person.login = text(row, "login");
    return person;
}

void bindPerson(SQLite::Statement& statement, const Person& person) {
    bindParam(statement, ":name", person.name);
    bindParam(statement, ":role", person.role);
    bindParam(statement, ":portfolio", person.portfolio);
    bindParam(statement, ":email", person.email);
    bindParam(statement, ":login", person.login);
}

constexpr const char* kSelectAmbition =
    "SELECT id, title, description, horizon_year, community_concern FROM ambitions";

Ambition readAmbition(const SQLite::Statement& row) {
    Ambition ambition;
    ambition.id = id(row, "id");
    ambition.title = text(row, "title");
    ambition.description = text(row, "description");
    ambition.horizonYear = integer(row, "horizon_year");
    ambition.communityConcern = text(row, "community_concern");
    return ambition;
}

void bindAmbition(SQLite::Statement& statement, const Ambition& ambition) {
    bindParam(statement, ":title", ambition.title);
    bindParam(statement, ":description", ambition.description);
    bindParam(statement, ":horizon_year", ambition.horizonYear);
    bindParam(statement, ":community_concern", ambition.communityConcern);
}

}  // namespace

Id SqliteStore::insertPerson(const Person& person) {
    auto& c = *connection_;
    return c.run("add the person '" + person.name + "'", [&] {
        Query query(c, "INSERT INTO people (id, name, role, portfolio, email, login) "
                       "VALUES (:id, :name, :role, :portfolio, :email, :login)");
        bindPerson(*query, person);
        bindParam(*query, ":id", givenId(person.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updatePerson(const Person& person) {
    auto& c = *connection_;
    c.run("update the person '" + person.name + "'", [&] {
        Query query(c, "UPDATE people SET name = :name, role = :role, portfolio = :portfolio, email = :email, login = :login "
                       "WHERE id = :id");
        bindPerson(*query, person);
        bindParam(*query, ":id", person.id);
        updateRow(query, "person", person.id);
    });
}

std::optional<Person> SqliteStore::findPerson(Id personId) const {
    auto& c = *connection_;
    return c.run("read a person", [&] {
        Query query(c, std::string(kSelectPerson) + " WHERE id = :id");
        bindParam(*query, ":id", personId);
        return readOne(query, readPerson);
    });
}

std::optional<Person> SqliteStore::findPersonByName(const std::string& name) const {
    auto& c = *connection_;
    return c.run("find the person '" + name + "'", [&] {
        // The column's NOCASE collation makes this ignore case (ASCII letters).
        Query query(c, std::string(kSelectPerson) + " WHERE name = :name");
        bindParam(*query, ":name", name);
        return readOne(query, readPerson);
    });
}

std::optional<Person> SqliteStore::findPersonByLogin(const std::string& login) const {
    if (login.empty()) return std::nullopt;
    auto& c = *connection_;
    return c.run("find the person with the login '" + login + "'", [&] {
        Query query(c, std::string(kSelectPerson) + " WHERE login = :login");
        bindParam(*query, ":login", login);
        return readOne(query, readPerson);
    });
}

std::vector<Person> SqliteStore::listPeople() const {
    auto& c = *connection_;
    return c.run("list the people", [&] {
        Query query(c, std::string(kSelectPerson) + " ORDER BY id");
        return readAll(query, readPerson);
    });
}

Id SqliteStore::insertAmbition(const Ambition& ambition) {
    auto& c = *connection_;
    return c.run("add the ambition '" + ambition.title + "'", [&] {
        Query query(c, "INSERT INTO ambitions (id, title, description, horizon_year, community_concern) "
                       "VALUES (:id, :title, :description, :horizon_year, :community_concern)");
        bindAmbition(*query, ambition);
        bindParam(*query, ":id", givenId(ambition.id));
        return insertRow(c, query);
    });
}

void SqliteStore::updateAmbition(const Ambition& ambition) {
    auto& c = *connection_;
    c.run("update the ambition '" + ambition.title + "'", [&] {
        Query query(c, "UPDATE ambitions SET title = :title, description = :description, "
                       "horizon_year = :horizon_year, community_concern = :community_concern WHERE id = :id");
        bindAmbition(*query, ambition);
        bindParam(*query, ":id", ambition.id);
        updateRow(query, "ambition", ambition.id);
    });
}

std::optional<Ambition> SqliteStore::findAmbition(Id ambitionId) const {
    auto& c = *connection_;
    return c.run("read an ambition", [&] {
        Query query(c, std::string(kSelectAmbition) + " WHERE id = :id");
        bindParam(*query, ":id", ambitionId);
        return readOne(query, readAmbition);
    });
}

std::vector<Ambition> SqliteStore::listAmbitions() const {
    auto& c = *connection_;
    return c.run("list the ambitions", [&] {
        Query query(c, std::string(kSelectAmbition) + " ORDER BY id");
        return readAll(query, readAmbition);
    });
}

}  // namespace innotrack::storage
