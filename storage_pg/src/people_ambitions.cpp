// People and the council's ambitions, as storage/src/people_ambitions.cpp keeps them in a file.
#include "pg_store.hpp"

namespace innotrack::storage_pg {

namespace {

constexpr const char* kSelectPerson = "SELECT id, name, role, portfolio, email, login FROM people";

constexpr const char* kPersonValues = "name = :name, role = :role, portfolio = :portfolio, email = :email, login = :login";

Person readPerson(const pq::Row& row) {
    Person person;
    person.id = row["id"].integer();
    person.name = row["name"].text();
    person.role = key<Role>(row["role"], "role");
    person.portfolio = row["portfolio"].text();
    person.email = row["email"].text();
    person.login = row["login"].text();
    return person;
}

void bindPerson(pq::Statement& statement, const Person& person) {
    statement.bind(":name", person.name);
    statement.bind(":role", person.role);
    statement.bind(":portfolio", person.portfolio);
    statement.bind(":email", person.email);
    statement.bind(":login", person.login);
}

constexpr const char* kSelectAmbition =
    "SELECT id, title, description, horizon_year, community_concern FROM ambitions";

constexpr const char* kAmbitionValues =
    "title = :title, description = :description, horizon_year = :horizon_year, "
    "community_concern = :community_concern";

Ambition readAmbition(const pq::Row& row) {
    Ambition ambition;
    ambition.id = row["id"].integer();
    ambition.title = row["title"].text();
    ambition.description = row["description"].text();
    ambition.horizonYear = static_cast<int>(row["horizon_year"].integer());
    ambition.communityConcern = row["community_concern"].text();
    return ambition;
}

void bindAmbition(pq::Statement& statement, const Ambition& ambition) {
    statement.bind(":title", ambition.title);
    statement.bind(":description", ambition.description);
    statement.bind(":horizon_year", ambition.horizonYear);
    statement.bind(":community_concern", ambition.communityConcern);
}

}  // namespace

Id PgStore::insertPerson(const Person& person) {
    auto& s = *session_;
    return s.change("add the person '" + person.name + "'", [&] {
        pq::Statement insert(s.connection(), std::string("INSERT INTO people (id, name, role, portfolio, email, login) VALUES (") +
                                                 nextIdSql("people") + ", :name, :role, :portfolio, :email, :login) RETURNING id");
        bindPerson(insert, person);
        insert.bind(":id", givenId(person.id));
        return insertRow(s, insert, "people", person.id);
    });
}

void PgStore::updatePerson(const Person& person) {
    auto& s = *session_;
    s.change("update the person '" + person.name + "'", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE people SET ") + kPersonValues + " WHERE id = :id");
        bindPerson(update, person);
        update.bind(":id", person.id);
        updateRow(update, "person", person.id);
    });
}

std::optional<Person> PgStore::findPersonByLogin(const std::string& login) const {
    if (login.empty()) return std::nullopt;
    auto& s = *session_;
    return s.run("find the person with the login '" + login + "'", [&] {
        pq::Statement find(s.connection(), std::string(kSelectPerson) + " WHERE login = :login");
        find.bind(":login", login);
        return readOne(find.run(), readPerson);
    });
}

std::optional<Person> PgStore::findPerson(Id personId) const {
    auto& s = *session_;
    return s.run("read a person", [&] {
        pq::Statement find(s.connection(), std::string(kSelectPerson) + " WHERE id = :id");
        find.bind(":id", personId);
        return readOne(find.run(), readPerson);
    });
}

std::optional<Person> PgStore::findPersonByName(const std::string& name) const {
    auto& s = *session_;
    return s.run("find the person '" + name + "'", [&] {
        // Both sides lowered the way the unique index on people's names is, so the look-up ignores
        // the case of ASCII letters only (SQLite's NOCASE) and the index serves it.
        pq::Statement find(s.connection(), std::string(kSelectPerson) + " WHERE " + asciiLower("name") + " = " +
                                               asciiLower(":name"));
        find.bind(":name", name);
        return readOne(find.run(), readPerson);
    });
}

std::vector<Person> PgStore::listPeople() const {
    auto& s = *session_;
    return s.run("list the people", [&] {
        pq::Statement list(s.connection(), std::string(kSelectPerson) + " ORDER BY id");
        return readAll(list.run(), readPerson);
    });
}

Id PgStore::insertAmbition(const Ambition& ambition) {
    auto& s = *session_;
    return s.change("add the ambition '" + ambition.title + "'", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO ambitions (id, title, description, horizon_year, community_concern) "
                                         "VALUES (") +
                                 nextIdSql("ambitions") +
                                 ", :title, :description, :horizon_year, :community_concern) RETURNING id");
        bindAmbition(insert, ambition);
        insert.bind(":id", givenId(ambition.id));
        return insertRow(s, insert, "ambitions", ambition.id);
    });
}

void PgStore::updateAmbition(const Ambition& ambition) {
    auto& s = *session_;
    s.change("update the ambition '" + ambition.title + "'", [&] {
        pq::Statement update(s.connection(), std::string("UPDATE ambitions SET ") + kAmbitionValues + " WHERE id = :id");
        bindAmbition(update, ambition);
        update.bind(":id", ambition.id);
        updateRow(update, "ambition", ambition.id);
    });
}

std::optional<Ambition> PgStore::findAmbition(Id ambitionId) const {
    auto& s = *session_;
    return s.run("read an ambition", [&] {
        pq::Statement find(s.connection(), std::string(kSelectAmbition) + " WHERE id = :id");
        find.bind(":id", ambitionId);
        return readOne(find.run(), readAmbition);
    });
}

std::vector<Ambition> PgStore::listAmbitions() const {
    auto& s = *session_;
    return s.run("list the ambitions", [&] {
        pq::Statement list(s.connection(), std::string(kSelectAmbition) + " ORDER BY id");
        return readAll(list.run(), readAmbition);
    });
}

}  // namespace innotrack::storage_pg
