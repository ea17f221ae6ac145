// People and the council's ambitions.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

Id SqliteStore::insertPerson(const Person& person) {
    auto& c = *connection_;
    return c.run("add the person '" + person.name + "'", [&] { return insertRecord(c, person); });
}

void SqliteStore::updatePerson(const Person& person) {
    auto& c = *connection_;
    c.run("update the person '" + person.name + "'", [&] { updateRecord(c, person, "person"); });
}

std::optional<Person> SqliteStore::findPerson(Id personId) const {
    auto& c = *connection_;
    return c.run("read a person", [&] { return findRecord<Person>(c, personId); });
}

std::optional<Person> SqliteStore::findPersonByName(const std::string& name) const {
    auto& c = *connection_;
    return c.run("find the person '" + name + "'", [&] {
        // The column's NOCASE collation makes this ignore case (ASCII letters).
        static const std::string sql = selectSql<Person>() + " WHERE name = :name";
        Query query(c, sql);
        bindParam(*query, ":name", name);
        return readOne(query, readRecord<Person>);
    });
}

std::optional<Person> SqliteStore::findPersonByLogin(const std::string& login) const {
    if (login.empty()) return std::nullopt;
    auto& c = *connection_;
    return c.run("find the person with the login '" + login + "'", [&] {
        static const std::string sql = selectSql<Person>() + " WHERE login = :login";
        Query query(c, sql);
        bindParam(*query, ":login", login);
        return readOne(query, readRecord<Person>);
    });
}

std::vector<Person> SqliteStore::listPeople() const {
    auto& c = *connection_;
    return c.run("list the people", [&] {
        static const std::string sql = selectSql<Person>() + " ORDER BY id";
        Query query(c, sql);
        return readAll(query, readRecord<Person>);
    });
}

Id SqliteStore::insertAmbition(const Ambition& ambition) {
    auto& c = *connection_;
    return c.run("add the ambition '" + ambition.title + "'", [&] { return insertRecord(c, ambition); });
}

void SqliteStore::updateAmbition(const Ambition& ambition) {
    auto& c = *connection_;
    c.run("update the ambition '" + ambition.title + "'", [&] { updateRecord(c, ambition, "ambition"); });
}

std::optional<Ambition> SqliteStore::findAmbition(Id ambitionId) const {
    auto& c = *connection_;
    return c.run("read an ambition", [&] { return findRecord<Ambition>(c, ambitionId); });
}

std::vector<Ambition> SqliteStore::listAmbitions() const {
    auto& c = *connection_;
    return c.run("list the ambitions", [&] {
        static const std::string sql = selectSql<Ambition>() + " ORDER BY id";
        Query query(c, sql);
        return readAll(query, readRecord<Ambition>);
    });
}

}  // namespace innotrack::storage
