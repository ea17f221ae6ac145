// Internal to reading a portfolio document: what the field reader learns on the way (every
// record's id, every link to check once all records are in) and the checks that need the whole
// document.
#pragma once

#include "exchange/portfolio_document.hpp"

#include "portfolio_json_fields.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace innotrack::exchange::json_reading {

// Where a record sits in the document: "risks[12]"; the settings have no index.
struct Place {
    const char* array = "";
    std::size_t index = 0;
    bool indexed = true;

    std::string words() const { return indexed ? std::string(array) + "[" + std::to_string(index) + "]" : array; }
    std::string field(const char* key) const { return words() + "." + key; }
};

// A link from one record to another, checked once every array has been read.
struct PendingLink {
    Place from;
    const char* key;
    json_fields::Table table;
    Id id;
};

struct ReadContext {
    // Per table: each id and the index of its record, so a link can be checked and a repeated
    // id can name both records.
    std::array<std::unordered_map<Id, std::size_t>, json_fields::kTables> ids;
    // The ids of the array being read, for arrays nothing links to.
    std::unordered_map<Id, std::size_t> arrayIds;
    std::vector<PendingLink> links;
    // The document's format version: a field added in a later one is absent from an older one.
    int version = 1;
};

// Throws ValidationError naming `path` ("risks[12].owner_id"): "path: why".
[[noreturn]] void refuse(const std::string& path, const std::string& value, const std::string& why);

// The rules that span fields or records: each link points at a record in the file, risks and
// setbacks link both ways, names are unique, a review has one entry per innovation, and each
// record's own rules (an intelligent setback passes all five tests, ...).
void checkDocument(const PortfolioDocument& document, const ReadContext& context);

// portfolio_json_ideas.cpp: one idea per innovation, one score per assessor of an idea, and an
// idea with scores no longer merely submitted.
void checkIdeas(const std::vector<Idea>& ideas, const std::vector<IdeaScore>& scores);

}  // namespace innotrack::exchange::json_reading
