// `checkStorage`: SQLite's own checks of the file, reported as sentences about records.
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

#include <map>

namespace innotrack::storage {

using namespace detail;

namespace {

// Tables named as DOMAIN.md names the records they hold.
std::string recordNoun(const std::string& table) {
    static const std::map<std::string, std::string> nouns{
        {"people", "person"},
        {"ambitions", "ambition"},
        {"innovations", "innovation"},
        {"stage_changes", "stage change"},
        {"milestones", "milestone"},
        {"milestone_moves", "milestone move"},
        {"benefits", "benefit"},
        {"engagements", "engagement"},
        {"decisions", "decision"},
        {"risks", "risk"},
        {"setbacks", "setback"},
        {"lessons", "lesson"},
        {"lesson_tags", "lesson tag"},
        {"reviews", "review"},
        {"review_entries", "review entry"},
        {"audit", "audit entry"},
        {"settings", "setting"},
        {"ideas", "idea"},
        {"idea_scores", "idea's score"},
    };
    const auto found = nouns.find(table);
    return found == nouns.end() ? "record in " + table : found->second;
}

// Identifiers come from the file's own schema, never from users; quoting still keeps an odd
// table name from breaking the statement.
std::string quotedIdentifier(const std::string& name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

struct BrokenLink {
    std::string table;
    std::int64_t rowid;
    std::string parent;
    int foreignKey;
};

// "milestone 12 refers to innovation 99, which does not exist".
std::string describe(Connection& c, const BrokenLink& link) {
    Query columns(c, "SELECT \"from\" FROM pragma_foreign_key_list(:table) WHERE id = :id");
    bindParam(*columns, ":table", link.table);
    bindParam(*columns, ":id", link.foreignKey);
    std::string missing = "a record";
    if (columns.step()) {
        const std::string column = columns->getColumn(0).getString();
        SQLite::Statement value(c.db(), "SELECT " + quotedIdentifier(column) + " FROM " +
                                            quotedIdentifier(link.table) + " WHERE rowid = :rowid");
        value.bind(":rowid", link.rowid);
        if (value.executeStep()) missing = recordNoun(link.parent) + " " + value.getColumn(0).getString();
    }
    return recordNoun(link.table) + " " + std::to_string(link.rowid) + " refers to " + missing +
           ", which does not exist";
}

void checkIntegrity(Connection& c, std::vector<Problem>& problems) {
    Query query(c, "PRAGMA integrity_check");
    while (query.step()) {
        const std::string finding = query->getColumn(0).getString();
        if (finding != "ok") problems.push_back({"the file is damaged: " + finding});
    }
}

void checkForeignKeys(Connection& c, std::vector<Problem>& problems) {
    std::vector<BrokenLink> links;
    {
        Query query(c, "PRAGMA foreign_key_check");
        while (query.step())
            links.push_back({query->getColumn(0).getString(), query->getColumn(1).getInt64(),
                             query->getColumn(2).getString(), query->getColumn(3).getInt()});
    }
    for (const auto& link : links) problems.push_back({describe(c, link)});
}

}  // namespace

std::vector<Problem> SqliteStore::checkStorage() const {
    auto& c = *connection_;
    std::vector<Problem> problems;
    try {
        checkIntegrity(c, problems);
        if (problems.empty()) checkForeignKeys(c, problems);
    } catch (const SQLite::Exception& failure) {
        // A file too damaged to check is itself the finding.
        problems.push_back({storageError(failure, c.path(), "check the portfolio file").what()});
    }
    return problems;
}

}  // namespace innotrack::storage
