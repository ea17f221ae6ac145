// Finding the records a spreadsheet names: by name or title in any case, or by number ("#12").
#include "csv_names.hpp"

#include <cctype>

namespace innotrack::exchange::detail {
namespace {

// "#12" (or, for people, whose names are never numbers, "12"): a record's number.
OptionalId numberIn(std::string_view text, bool hashOptional) {
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    else if (!hashOptional) return std::nullopt;
    if (text.empty() || text.size() > 18) return std::nullopt;
    Id id = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        id = id * 10 + (c - '0');
    }
    return id;
}

std::string shown(std::string_view text) {
    constexpr std::size_t kShown = 60;
    if (text.size() <= kShown) return std::string(text);
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

// "'Home care' is the title of 2 innovations (#3, #9); write the number instead, such as #3"
std::string ambiguous(std::string_view name, const NameIndex::Match& match, const std::string& records) {
    const std::string first = "#" + std::to_string(match.first);
    return "'" + shown(name) + "' is the title of " + std::to_string(match.count) + " " + records + " (" + first +
           ", #" + std::to_string(match.second) + (match.count > 2 ? ", ..." : "") +
           "); write the number instead, such as " + first;
}

std::string scopedKey(Id innovationId, std::string_view text) {
    return std::to_string(innovationId) + "/" + std::string(text);
}

}  // namespace

// ---- NameIndex --------------------------------------------------------------------------------

const std::string& NameIndex::key(std::string_view name) const {
    key_.assign(name);
    for (char& c : key_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key_;
}

void NameIndex::add(std::string_view name, Id id) {
    Match& match = entries_[key(name)];
    if (match.count == 0) match.first = id;
    else if (match.count == 1) match.second = id;
    ++match.count;
}

NameIndex::Match NameIndex::find(std::string_view name) const {
    const auto found = entries_.find(key(name));
    return found == entries_.end() ? Match{} : found->second;
}

// ---- Directory --------------------------------------------------------------------------------

Directory::Directory(const PortfolioStore& store) : store_(store) {
    for (Person& person : store.listPeople()) {
        peopleByName_.add(person.name, person.id);
        const Id id = person.id;
        people_.emplace(id, std::move(person));
    }
    for (const Ambition& ambition : store.listAmbitions()) addAmbition(ambition.title, ambition.id);
    for (const Innovation& innovation : store.listInnovations({})) addInnovation(innovation.title, innovation.id);
}

void Directory::addInnovation(const std::string& title, Id id) {
    innovationIds_.insert(id);
    innovationsByTitle_.add(title, id);
}

OptionalId Directory::innovationCalled(std::string_view title) const {
    const auto match = innovationsByTitle_.find(title);
    return match.count > 0 ? OptionalId(match.first) : std::nullopt;
}

void Directory::addAmbition(const std::string& title, Id id) {
    ambitionIds_.insert(id);
    ambitionsByTitle_.add(title, id);
}

OptionalId Directory::ambitionCalled(std::string_view title) const {
    const auto match = ambitionsByTitle_.find(title);
    return match.count > 0 ? OptionalId(match.first) : std::nullopt;
}

const Person* Directory::personById(Id id) const {
    const auto found = people_.find(id);
    return found == people_.end() ? nullptr : &found->second;
}

OptionalId Directory::person(Row& row, const Field& field) const {
    const std::string_view name = row.cell(field);
    if (name.empty()) return std::nullopt;
    if (const auto id = numberIn(name, true)) {
        if (people_.count(*id) > 0) return id;
        row.problem(field, "there is no person number " + std::to_string(*id) + " (see: innotrack person list)");
        return std::nullopt;
    }
    const auto match = peopleByName_.find(name);
    if (match.count == 1) return match.first;
    row.problem(field,
                "there is no person called '" + shown(name) + "' in this portfolio (see: innotrack person list)");
    return std::nullopt;
}

OptionalId Directory::ambition(Row& row, const Field& field) const {
    const std::string_view title = row.cell(field);
    if (title.empty()) return std::nullopt;
    if (const auto id = numberIn(title, false)) {
        if (ambitionIds_.count(*id) > 0) return id;
        row.problem(field, "there is no ambition " + std::string(title) + " (see: innotrack ambition list)");
        return std::nullopt;
    }
    const auto match = ambitionsByTitle_.find(title);
    if (match.count == 1) return match.first;
    if (match.count > 1) row.problem(field, ambiguous(title, match, "ambitions"));
    else row.problem(field, "there is no ambition titled '" + shown(title) + "' (see: innotrack ambition list)");
    return std::nullopt;
}

OptionalId Directory::innovation(Row& row, const Field& field) const {
    const std::string_view title = row.cell(field);
    if (title.empty()) return std::nullopt;
    if (const auto id = numberIn(title, false)) {
        if (innovationIds_.count(*id) > 0) return id;
        row.problem(field, "there is no innovation " + std::string(title) + " (see: innotrack innovation list)");
        return std::nullopt;
    }
    const auto match = innovationsByTitle_.find(title);
    if (match.count == 1) return match.first;
    if (match.count > 1) row.problem(field, ambiguous(title, match, "innovations"));
    else row.problem(field, "there is no innovation titled '" + shown(title) + "' (see: innotrack innovation list)");
    return std::nullopt;
}

void Directory::loadRisks(Id innovationId) {
    if (!risksLoaded_.insert(innovationId).second) return;
    for (const Risk& risk : store_.listRisks(innovationId)) {
        riskInnovation_.emplace(risk.id, innovationId);
        risksByTitle_.add(scopedKey(innovationId, risk.title), risk.id);
    }
}

void Directory::loadSetbacks(Id innovationId) {
    if (!setbacksLoaded_.insert(innovationId).second) return;
    for (const Setback& setback : store_.listSetbacks(innovationId)) {
        setbackInnovation_.emplace(setback.id, innovationId);
        setbacksByText_.add(scopedKey(innovationId, setback.whatHappened), setback.id);
    }
}

OptionalId Directory::risk(Row& row, const Field& field, Id innovationId) {
    const std::string_view title = row.cell(field);
    if (title.empty()) return std::nullopt;
    loadRisks(innovationId);
    const std::string listing = " (see: innotrack risk list --innovation " + std::to_string(innovationId) + ")";
    if (const auto id = numberIn(title, false)) {
        const auto found = riskInnovation_.find(*id);
        if (found != riskInnovation_.end() && found->second == innovationId) return id;
        row.problem(field,
                    "innovation #" + std::to_string(innovationId) + " has no risk " + std::string(title) + listing);
        return std::nullopt;
    }
    const auto match = risksByTitle_.find(scopedKey(innovationId, title));
    if (match.count == 1) return match.first;
    if (match.count > 1) row.problem(field, ambiguous(title, match, "of this innovation's risks"));
    else
        row.problem(field, "innovation #" + std::to_string(innovationId) + " has no risk titled '" + shown(title) +
                               "'" + listing);
    return std::nullopt;
}

OptionalId Directory::setback(Row& row, const Field& field, Id innovationId) {
    const std::string_view text = row.cell(field);
    if (text.empty()) return std::nullopt;
    loadSetbacks(innovationId);
    const std::string listing = " (see: innotrack setback list --innovation " + std::to_string(innovationId) + ")";
    if (const auto id = numberIn(text, false)) {
        const auto found = setbackInnovation_.find(*id);
        if (found != setbackInnovation_.end() && found->second == innovationId) return id;
        row.problem(field,
                    "innovation #" + std::to_string(innovationId) + " has no setback " + std::string(text) + listing);
        return std::nullopt;
    }
    const auto match = setbacksByText_.find(scopedKey(innovationId, text));
    if (match.count == 1) return match.first;
    if (match.count > 1) row.problem(field, ambiguous(text, match, "of this innovation's setbacks (as what happened)"));
    else
        row.problem(field, "innovation #" + std::to_string(innovationId) + " has no setback where '" + shown(text) +
                               "' happened; write its number instead, such as #12" + listing);
    return std::nullopt;
}

}  // namespace innotrack::exchange::detail
