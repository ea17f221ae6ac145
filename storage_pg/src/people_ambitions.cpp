// People and the council's ambitions, as storage/src/people_ambitions.cpp keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

Id PgStore::insertPerson(const Person& person) {
    auto& s = *session_;
    return s.change("add the person '" + person.name + "'", [&] { return insertRecord(s, person); });
}

void PgStore::updatePerson(const Person& person) {
    auto& s = *session_;
    s.change("update the person '" + person.name + "'", [&] { updateRecord(s, person, "person"); });
}

std::optional<Person> PgStore::findPersonByLogin(const std::string& login) const {
    if (login.empty()) return std::nullopt;
    auto& s = *session_;
    return s.run("find the person with the login '" + login + "'", [&] {
        static const std::string sql = selectSql<Person>() + " WHERE login = :login";
        pq::Statement find(s.connection(), sql);
        find.bind(":login", login);
        return readOne(find.run(), readRecord<Person>);
    });
}

std::optional<Person> PgStore::findPerson(Id personId) const {
    auto& s = *session_;
    return s.run("read a person", [&] { return findRecord<Person>(s, personId); });
}

std::optional<Person> PgStore::findPersonByName(const std::string& name) const {
    auto& s = *session_;
    return s.run("find the person '" + name + "'", [&] {
        // Both sides lowered the way the unique index on people's names is, so the look-up ignores
        // the case of ASCII letters only (SQLite's NOCASE) and the index serves it.
        static const std::string sql = selectSql<Person>() + " WHERE " + asciiLower("name") + " = " + asciiLower(":name");
        pq::Statement find(s.connection(), sql);
        find.bind(":name", name);
        return readOne(find.run(), readRecord<Person>);
    });
}

std::vector<Person> PgStore::listPeople() const {
    auto& s = *session_;
    return s.run("list the people", [&] {
        static const std::string sql = selectSql<Person>() + " ORDER BY id";
        pq::Statement list(s.connection(), sql);
        return readAll(list.run(), readRecord<Person>);
    });
}

Id PgStore::insertAmbition(const Ambition& ambition) {
    auto& s = *session_;
    return s.change("add the ambition '" + ambition.title + "'", [&] { return insertRecord(s, ambition); });
}

void PgStore::updateAmbition(const Ambition& ambition) {
    auto& s = *session_;
    s.change("update the ambition '" + ambition.title + "'", [&] { updateRecord(s, ambition, "ambition"); });
}

std::optional<Ambition> PgStore::findAmbition(Id ambitionId) const {
    auto& s = *session_;
    return s.run("read an ambition", [&] { return findRecord<Ambition>(s, ambitionId); });
}

std::vector<Ambition> PgStore::listAmbitions() const {
    auto& s = *session_;
    return s.run("list the ambitions", [&] {
        static const std::string sql = selectSql<Ambition>() + " ORDER BY id";
        pq::Statement list(s.connection(), sql);
        return readAll(list.run(), readRecord<Ambition>);
    });
}

}  // namespace innotrack::storage_pg
