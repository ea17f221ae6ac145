// People, ambitions and the audit trail as lists and records.
#include "views.hpp"

#include "record_cells.hpp"

#include "tracker/money.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace innotrack::cli::views {

using reports::Align;
using reports::Cell;
using reports::Record;
using reports::Table;

Cell idCell(OptionalId id) { return id ? Cell::integer(*id) : Cell::null(); }
Cell personCell(Context& context, OptionalId id) { return id ? Cell::text(context.nameOf(id)) : Cell::null(); }

Cell moneyCell(Pence pence) { return Cell::integer(pence, formatPounds(pence)); }

Cell numberCell(const std::optional<double>& value) {
    if (!value) return Cell::null();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", *value);
    return Cell::decimal(*value, buffer);
}

Table people(const std::vector<Person>& people) {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("name", "Name")
        .column("role", "Role")
        .column("portfolio", "Portfolio")
        .column("email", "Email")
        .column("login", "Login");
    for (const auto& p : people)
        table.addRow(RecordCells(p, table.columns()).row(table));
    return table;
}

Record person(const Person& p) {
    Record record;
    record.field("id", "ID", Cell::integer(p.id))
        .field("name", "Name", Cell::text(p.name))
        .field("role", "Role", scaleCell(p.role))
        .field("portfolio", "Portfolio", Cell::text(p.portfolio))
        .field("email", "Email", Cell::text(p.email))
        .field("login", "Login", Cell::text(p.login));
    return record;
}

Table ambitions(const std::vector<Ambition>& ambitions) {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("title", "Title")
        .column("horizon_year", "Horizon", Align::Right)
        .column("community_concern", "Community concern")
        .hiddenColumn("description")
        .hiddenColumn("wellbeing_goals")
        .hiddenColumn("ways_of_working");
    for (const auto& a : ambitions)
        table.addRow(RecordCells(a, table.columns()).row(table));
    return table;
}

Record ambition(const Ambition& a) {
    Record record;
    record.field("id", "ID", Cell::integer(a.id))
        .field("title", "Title", Cell::text(a.title))
        .field("horizon_year", "Horizon year", Cell::integer(a.horizonYear))
        .field("description", "Description", Cell::text(a.description))
        .field("community_concern", "Community concern", Cell::text(a.communityConcern));
    addWellbeingFields(record, a);
    return record;
}

namespace {

// "2026-03-01 12:00" for people; the JSON keeps the full timestamp.
std::string minutes(Timestamp at) {
    const std::string full = formatTimestamp(at);  // YYYY-MM-DDTHH:MM:SSZ
    return full.size() >= 16 ? full.substr(0, 10) + " " + full.substr(11, 5) : full;
}

std::string change(const AuditEntry& entry) {
    // "moved — due date: 2026-12-01 → 2027-01-12": the action, then what it changed.
    std::string out = entry.action;
    std::string what = entry.field.empty() ? "" : entry.field + ": ";
    if (!entry.oldValue.empty() && !entry.newValue.empty())
        what += entry.oldValue + " \xE2\x86\x92 " + entry.newValue;  // →
    else if (!entry.newValue.empty())
        what += entry.newValue;
    else if (!entry.oldValue.empty())
        what += "(was " + entry.oldValue + ")";
    if (!what.empty()) out += " \xE2\x80\x94 " + what;  // —
    return out;
}

}  // namespace

namespace {

// On a file, the account and computer a change was made from, where the acting person has a
// login and the account is not it (the leader's account acting for them: worth a second look);
// "" otherwise. The JSON and CSV carry the account and computer of every entry.
std::string madeFrom(const AuditEntry& e, const std::map<Id, std::string>& logins) {
    const auto login = logins.find(e.actorId);
    if (e.osUser.empty() || login == logins.end() || login->second.empty() || login->second == e.osUser) return "";
    return e.osUser + (e.host.empty() ? "" : " on " + e.host);
}

}  // namespace

Table audit(Context& context, const std::vector<AuditEntry>& entries) {
    // On a shared portfolio the server names the login of every change; a file names none, so
    // its trail shows no empty column for them.
    const bool anyLogin = std::any_of(entries.begin(), entries.end(), [](const AuditEntry& e) { return !e.login.empty(); });
    std::map<Id, std::string> logins;
    for (const Person& person : context.portfolio().store().listPeople()) logins[person.id] = person.login;
    const bool anyOther =
        std::any_of(entries.begin(), entries.end(), [&](const AuditEntry& e) { return !madeFrom(e, logins).empty(); });
    Table table;
    table.hiddenColumn("id")
        .column("at", "When")
        .hiddenColumn("actor_id")
        .column("actor", "Who");
    if (anyLogin) table.column("login", "Login");
    else table.hiddenColumn("login");
    if (anyOther) table.column("made_from", "Made from");
    else table.hiddenColumn("made_from");
    table.hiddenColumn("os_user").hiddenColumn("host");
    table
        .hiddenColumn("entity")
        .hiddenColumn("entity_id")
        .column("record", "Record")
        .hiddenColumn("action")
        .hiddenColumn("field")
        .hiddenColumn("old_value")
        .hiddenColumn("new_value")
        .wrappingColumn("change", "Change");
    for (const auto& e : entries)
        table.addRow(RecordCells(e, table.columns())
                         .set("at", Cell::text(formatTimestamp(e.at), minutes(e.at)))
                         .set("actor", Cell::text(context.nameOf(e.actorId)))
                         .set("made_from", Cell::text(madeFrom(e, logins)))
                         .set("record", Cell::text(e.entity + " " + std::to_string(e.entityId)))
                         .set("change", Cell::text(change(e)))
                         .row(table));
    return table;
}

}  // namespace innotrack::cli::views
