// Internal to the CSV import: people, ambitions, innovations, risks and setbacks found by the
// names a spreadsheet uses (any case; "#12" for a record's number), loaded once per import so
// no row costs a query by name.
#pragma once

#include "csv_row.hpp"
#include "tracker/store.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace innotrack::exchange::detail {

// Names in lower case (ASCII letters, as the store compares names) to the ids that carry them.
class NameIndex {
public:
    struct Match {
        Id first = 0;
        Id second = 0;        // another record with the same name, when there is one
        std::size_t count = 0;
    };

    void add(std::string_view name, Id id);
    // count 0 when nothing has the name.
    Match find(std::string_view name) const;
    void clear() { entries_.clear(); }

private:
    const std::string& key(std::string_view name) const;

    std::unordered_map<std::string, Match> entries_;
    mutable std::string key_;  // reused for every look-up
};

class Directory {
public:
    explicit Directory(const PortfolioStore& store);

    // Each resolves the row's cell, or notes a problem on the row and returns nothing. An
    // empty cell gives nothing, with no problem.
    OptionalId person(Row& row, const Field& field) const;
    OptionalId ambition(Row& row, const Field& field) const;
    OptionalId innovation(Row& row, const Field& field) const;
    // A risk or setback of `innovationId`, by its title (risk) or what happened (setback).
    OptionalId risk(Row& row, const Field& field, Id innovationId);
    OptionalId setback(Row& row, const Field& field, Id innovationId);

    // An innovation added by this import, so later rows can name it and repeats are caught.
    void addInnovation(const std::string& title, Id id);
    // The id of an innovation already called `title` (any case), if there is one.
    OptionalId innovationCalled(std::string_view title) const;
    // The same for ambitions, and an ambition added by this import.
    OptionalId ambitionCalled(std::string_view title) const;
    void addAmbition(const std::string& title, Id id);

    const Person* personById(Id id) const;

private:
    void loadRisks(Id innovationId);
    void loadSetbacks(Id innovationId);

    const PortfolioStore& store_;
    std::unordered_map<Id, Person> people_;
    NameIndex peopleByName_;
    std::unordered_set<Id> ambitionIds_;
    NameIndex ambitionsByTitle_;
    std::unordered_set<Id> innovationIds_;
    NameIndex innovationsByTitle_;
    // Risks and setbacks are loaded per innovation, the first time a row names one of its own.
    std::unordered_set<Id> risksLoaded_;
    std::unordered_map<Id, Id> riskInnovation_;  // risk id to its innovation
    NameIndex risksByTitle_;                      // keyed "innovation id/title"
    std::unordered_set<Id> setbacksLoaded_;
    std::unordered_map<Id, Id> setbackInnovation_;
    NameIndex setbacksByText_;
};

}  // namespace innotrack::exchange::detail
