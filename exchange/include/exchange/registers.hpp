// The registers a council keeps in spreadsheets, and their columns: the same headers in what
// `innotrack export REGISTER` writes and what `innotrack import REGISTER` reads, so a register
// exported from one portfolio can be edited in Excel and imported into another.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace innotrack::exchange {

enum class Register { Innovations, Milestones, Risks, Setbacks, Lessons, Benefits, Engagements, Ideas, Decisions, Ambitions };

// What a cell holds, which decides how it is read and how a workbook formats it.
enum class CellKind {
    Text,       // free text
    Name,       // a person, an ambition or an innovation, by its name or title (any case)
    Scale,      // one of a scale's words: "amber-green", "piloting" (keyOf or labelOf)
    Number,     // a whole number (priority, likelihood, staff days)
    Decimal,    // a number that may have a fraction (benefit baselines and targets)
    Money,      // pounds: "£12,500", "12500.50"
    Date,       // YYYY-MM-DD (and, on import, what Excel writes for a date cell)
    YesNo,      // yes or no
    List,       // several values in one cell, separated by ';' (lesson tags)
    ScaleList   // some of a scale's words in one cell, separated by ';' (well-being goals)
};

struct Column {
    std::string_view key;      // the record's field it holds (tracker/record_fields.hpp): "cabinet_lead_id"
    std::string_view header;   // as it stands in row 1, e.g. "Cabinet lead"
    CellKind kind;
    bool required;             // an import row without it is refused
    std::string_view meaning;  // for `import --help` and the docs
    // Worked out by innotrack from the other cells (whether a decision is key), so it is written
    // on export for people to read and filter by, and passed over on import.
    bool derived = false;
};

// Every register, in the order commands and workbooks list them.
std::span<const Register> allRegisters();

// The register's plural word on the command line: "innovations", "risks".
std::string_view nameOf(Register reg);
// A heading a person reads: "Risks", "Lessons learned".
std::string_view titleOf(Register reg);
// "innovations", "milestones", ... any case; nullopt for anything else.
std::optional<Register> parseRegister(std::string_view name);
// "innovations, milestones, ..., decisions or ambitions", for messages and help.
std::string registerNames();

// The register's columns in the order an export writes them. An import matches headers without
// regard to case or surrounding spaces and in any order.
std::span<const Column> columnsOf(Register reg);

}  // namespace innotrack::exchange
