// The portfolio service: lookups, the change/audit machinery, people, ambitions and settings.
// Innovations, delivery records and reviews are in the portfolio_*.cpp files beside this one.
#include "portfolio_change.hpp"

#include <algorithm>
#include <cctype>

namespace innotrack {

// ---- the change in progress -------------------------------------------------------------

Portfolio::Change::Change(Portfolio& portfolio, Id actorId)
    : portfolio_(portfolio), transaction_(portfolio.store_.beginWrite()), actor_(portfolio.person(actorId)) {}

void Portfolio::Change::added(const std::string& entity, Id id, const FieldValues& fields) {
    std::string summary;
    for (const auto& [field, value] : fields) {
        if (value.empty()) continue;
        summary += (summary.empty() ? "" : "; ") + field + ": " + value;
    }
    record(entity, id, kAddedAction, "", "", summary);
}

void Portfolio::Change::changed(const std::string& entity, Id id, const FieldValues& before,
                                const FieldValues& after, const std::string& action) {
    for (const auto& change : audit::differences(before, after))
        record(entity, id, action, change.field, change.before, change.after);
}

void Portfolio::Change::record(const std::string& entity, Id id, const std::string& action,
                               const std::string& field, const std::string& before, const std::string& after) {
    AuditEntry entry = portfolio_.auditEntry(actor_.id);
    entry.entity = entity;
    entry.entityId = id;
    entry.action = action;
    entry.field = field;
    entry.oldValue = before;
    entry.newValue = after;
    store().appendAudit(entry);
}

std::string Portfolio::Change::describePerson(OptionalId id) const {
    if (!id) return "";
    const auto person = portfolio_.store_.findPerson(*id);
    return person ? person->name + " (#" + std::to_string(*id) + ")" : "#" + std::to_string(*id);
}

std::string Portfolio::Change::describeAmbition(OptionalId id) const {
    if (!id) return "";
    const auto ambition = portfolio_.store_.findAmbition(*id);
    return ambition ? ambition->title + " (#" + std::to_string(*id) + ")" : "#" + std::to_string(*id);
}

// ---- shared rules -------------------------------------------------------------------------

namespace rules {

void requireNotFuture(const std::string& field, Date date, Date today) {
    if (date.is_special()) throw ValidationError(field, "", field + " is required");
    if (date > today)
        throw ValidationError(field, formatDate(date),
                              field + ": " + formatDate(date) + " is in the future (today is " + formatDate(today) +
                                  ")");
}

Innovation deliveryInnovation(const Portfolio& portfolio, const Person& actor, Id innovationId) {
    Innovation innovation = portfolio.innovation(innovationId);
    require(actor, Action::EditDelivery, &innovation);
    return innovation;
}

}  // namespace rules

namespace {

template <typename T>
T found(std::optional<T> record, const std::string& what, Id id) {
    if (!record) throw NotFound("There is no " + what + " with id " + std::to_string(id));
    return std::move(*record);
}

void validatePerson(Person& person, const PortfolioStore& store) {
    person.name = requireLine("name", person.name, kMaxName);
    person.portfolio = optionalLine("portfolio", person.portfolio);
    person.email = optionalLine("email", person.email, kMaxEmail);
    person.login = optionalLine("login", person.login, kMaxLogin);
    requireNoProblems(problemsOf(person));
    // A login is who someone is on a server: one person each.
    if (!person.login.empty()) {
        const auto holder = store.findPersonByLogin(person.login);
        if (holder && holder->id != person.id)
            throw ValidationError("login", person.login,
                                  "login: '" + person.login + "' is already " + holder->name + "'s login (#" +
                                      std::to_string(holder->id) + ")");
    }
    // Names are how people are picked on the command line, so they must be unique.
    const auto existing = store.findPersonByName(person.name);
    if (existing && existing->id != person.id)
        throw ValidationError("name", person.name,
                              "name: there is already a person called '" + existing->name + "' (#" +
                                  std::to_string(existing->id) + ")");
}

void validateAmbition(Ambition& ambition, const PortfolioStore& store, const Ambition& before) {
    ambition.title = requireLine("title", ambition.title);
    ambition.description = optionalText("description", ambition.description);
    ambition.communityConcern = optionalText("community concern", ambition.communityConcern, kMaxConcern);
    requireNoProblems(problemsOf(ambition));
    rules::requireWellbeingTagsAllowed(store, before, ambition, "ambition");
}

}  // namespace

// ---- lookups --------------------------------------------------------------------------------

Portfolio::Portfolio(PortfolioStore& store, const Clock& clock) : store_(store), clock_(clock) {}

Person Portfolio::person(const std::string& idOrName) const {
    const bool isId = !idOrName.empty() && idOrName.size() < 19 &&
                      std::all_of(idOrName.begin(), idOrName.end(),
                                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (isId) return person(std::stoll(idOrName));
    if (auto found = store_.findPersonByName(idOrName)) return *found;
    throw NotFound("There is no person called '" + idOrName.substr(0, 60) +
                   "' in this portfolio (see: innotrack person list)");
}

Person Portfolio::person(Id id) const { return found(store_.findPerson(id), "person", id); }
Innovation Portfolio::innovation(Id id) const { return found(store_.findInnovation(id), "innovation", id); }
Milestone Portfolio::milestone(Id id) const { return found(store_.findMilestone(id), "milestone", id); }
Risk Portfolio::risk(Id id) const { return found(store_.findRisk(id), "risk", id); }
Setback Portfolio::setback(Id id) const { return found(store_.findSetback(id), "setback", id); }
Lesson Portfolio::lesson(Id id) const { return found(store_.findLesson(id), "lesson", id); }
Benefit Portfolio::benefit(Id id) const { return found(store_.findBenefit(id), "benefit", id); }
Engagement Portfolio::engagement(Id id) const { return found(store_.findEngagement(id), "engagement", id); }
Ambition Portfolio::ambition(Id id) const { return found(store_.findAmbition(id), "ambition", id); }
Review Portfolio::review(Id id) const { return found(store_.findReview(id), "review", id); }
Idea Portfolio::idea(Id id) const { return found(store_.findIdea(id), "idea", id); }
Decision Portfolio::decision(Id id) const { return found(store_.findDecision(id), "decision", id); }

// ---- people ---------------------------------------------------------------------------------

AuditEntry Portfolio::auditEntry(Id actorId) const {
    AuditEntry entry;
    entry.at = clock_.now();
    entry.actorId = actorId;
    if (desk_) {
        entry.osUser = desk_->osUser;
        entry.host = desk_->host;
    }
    return entry;
}

Person Portfolio::initialise(const Person& leader) {
    auto transaction = store_.beginWrite();
    if (!store_.listPeople().empty())
        throw ConflictError("This portfolio already has people; add more with a leader's permission");
    Person created = leader;
    created.id = 0;
    if (created.role != Role::Leader)
        throw ValidationError("role", std::string(keyOf(created.role)),
                              "role: the first person in a portfolio must be its leader");
    validatePerson(created, store_);
    created.id = store_.insertPerson(created);

    AuditEntry entry = auditEntry(created.id);
    entry.entity = "person";
    entry.entityId = created.id;
    entry.action = kAddedAction;
    entry.newValue = "name: " + created.name + "; role: Leader (first person of the portfolio)";
    store_.appendAudit(entry);
    transaction->commit();
    return created;
}

Person Portfolio::addPerson(Id actor, const Person& person) {
    Change change(*this, actor);
    require(change.actor(), Action::ManagePeople);
    Person created = person;
    created.id = 0;
    validatePerson(created, store_);
    created.id = store_.insertPerson(created);
    change.added("person", created.id, audit::fieldsOf(created));
    change.commit();
    return created;
}

Person Portfolio::updatePerson(Id actor, const Person& edited) {
    Change change(*this, actor);
    require(change.actor(), Action::ManagePeople);
    const Person current = person(edited.id);
    Person updated = edited;
    validatePerson(updated, store_);

    if (updated.role != current.role) {
        // A role change must not leave an innovation with a lead of the wrong role, or the
        // portfolio without a leader.
        InnovationFilter ledAsCabinet;
        ledAsCabinet.cabinetLeadId = current.id;
        if (!mayBeCabinetLead(updated.role) && !store_.listInnovations(ledAsCabinet).empty())
            throw ConflictError(current.name + " is cabinet lead of innovations; give them another cabinet lead "
                                               "before changing this role");
        InnovationFilter ledAsOfficer;
        ledAsOfficer.leadOfficerId = current.id;
        if (!mayBeLeadOfficer(updated.role) && !store_.listInnovations(ledAsOfficer).empty())
            throw ConflictError(current.name + " is lead officer of innovations; give them another lead officer "
                                               "before changing this role");
        if (current.role == Role::Leader) {
            const auto people = store_.listPeople();
            const auto leaders = std::count_if(people.begin(), people.end(),
                                               [](const Person& p) { return p.role == Role::Leader; });
            if (leaders <= 1)
                throw ConflictError(current.name + " is the only leader; the portfolio must keep a leader");
        }
    }
    store_.updatePerson(updated);
    change.changed("person", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated));
    change.commit();
    return updated;
}

// ---- ambitions ------------------------------------------------------------------------------

Ambition Portfolio::addAmbition(Id actor, const Ambition& ambition) {
    Change change(*this, actor);
    require(change.actor(), Action::ManageAmbitions);
    Ambition created = ambition;
    created.id = 0;
    validateAmbition(created, store_, Ambition{});
    created.id = store_.insertAmbition(created);
    change.added("ambition", created.id, audit::fieldsOf(created));
    change.commit();
    return created;
}

Ambition Portfolio::updateAmbition(Id actor, const Ambition& edited) {
    Change change(*this, actor);
    require(change.actor(), Action::ManageAmbitions);
    const Ambition current = ambition(edited.id);
    Ambition updated = edited;
    validateAmbition(updated, store_, current);
    store_.updateAmbition(updated);
    change.changed("ambition", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated));
    change.commit();
    return updated;
}

// ---- settings -------------------------------------------------------------------------------

void Portfolio::setRiskBands(Id actor, const RiskBands& bands) {
    Change change(*this, actor);
    require(change.actor(), Action::ManageSettings);
    bands.validate();
    const RiskBands current = store_.riskBands();
    const auto words = [](const RiskBands& b) {
        return "Moderate from " + std::to_string(b.moderateFrom) + ", High from " + std::to_string(b.highFrom) +
               ", Critical from " + std::to_string(b.criticalFrom);
    };
    store_.setRiskBands(bands);
    change.record("settings", 0, "changed", "risk bands", words(current), words(bands));
    change.commit();
}

}  // namespace innotrack
