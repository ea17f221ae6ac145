// Internal to the CSV import: one importer per register, turning a checked row into the service
// calls that add it (and move, complete, close or realise it where the row says so).
#pragma once

#include "csv_names.hpp"
#include "csv_row.hpp"
#include "tracker/portfolio.hpp"

#include <memory>
#include <string>
#include <unordered_map>

namespace innotrack::exchange::detail {

// What every importer works with, for the length of one import.
struct ImportScope {
    Portfolio& portfolio;
    const Person& actor;
    const Layout& layout;
    Directory& names;
    ImportResult& result;
};

class RowImporter {
public:
    virtual ~RowImporter() = default;
    // Reads the row; if every cell is sound, adds it through the service. Every problem, the
    // service's refusals included, is noted on the row.
    virtual void import(Row& row) = 0;
};

std::unique_ptr<RowImporter> innovationImporter(ImportScope& scope);   // import_innovations.cpp
std::unique_ptr<RowImporter> milestoneImporter(ImportScope& scope);    // import_delivery.cpp
std::unique_ptr<RowImporter> benefitImporter(ImportScope& scope);      // import_delivery.cpp
std::unique_ptr<RowImporter> riskImporter(ImportScope& scope);         // import_risks.cpp
std::unique_ptr<RowImporter> setbackImporter(ImportScope& scope);      // import_risks.cpp
std::unique_ptr<RowImporter> lessonImporter(ImportScope& scope);       // import_lessons.cpp
std::unique_ptr<RowImporter> engagementImporter(ImportScope& scope);   // import_engagements.cpp
std::unique_ptr<RowImporter> ideaImporter(ImportScope& scope);         // import_ideas.cpp
std::unique_ptr<RowImporter> decisionImporter(ImportScope& scope);     // import_decisions.cpp
std::unique_ptr<RowImporter> ambitionImporter(ImportScope& scope);     // import_innovations.cpp

// Titles kept unique where the other registers name records by title (innovations, ambitions),
// so importing the same file twice is caught too: a title twice in the file, or already in the
// portfolio (`existing`, the id of a record already called so), is refused on the row. `record`
// is "innovation" or "ambition".
class NewTitles {
public:
    void check(Row& row, const Field& field, const std::string& title, OptionalId existing, std::string_view record);

private:
    std::unordered_map<std::string, std::size_t> lines_;  // titles in this file, to their line
};

// A "Logged by" or "Recorded by" cell: the service records the person importing as the one who
// logged the record, so the cell may only name that person (or be empty). Another name is
// refused rather than dropped or put in the audit trail under someone else's name.
void requireImporter(Row& row, const Field& field, const ImportScope& scope, const char* verb);

}  // namespace innotrack::exchange::detail
