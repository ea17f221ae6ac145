// Sample records and their fields as text; see records.hpp.
#include "records.hpp"

#include <sstream>

namespace innotrack::testing {

Person samplePerson(const std::string& name, Role role) {
    Person person;
    person.name = name;
    person.role = role;
    person.portfolio = role == Role::Cabinet ? "Adult social care" : "";
    person.email = "someone@council.gov.uk";
    return person;
}

Seed seed(PortfolioStore& store) {
    Seed ids;
    ids.leader = store.insertPerson(samplePerson("Cllr Ann Leader", Role::Leader));
    ids.cabinet = store.insertPerson(samplePerson("Cllr Bob Cabinet", Role::Cabinet));
    ids.officer = store.insertPerson(samplePerson("Dev Officer", Role::Officer));
    Ambition ambition;
    ambition.title = "Every older person lives independently at home";
    ambition.horizonYear = 2045;
    ids.ambition = store.insertAmbition(ambition);
    ids.innovation = store.insertInnovation(sampleInnovation(ids, "Home care by video"));
    return ids;
}

Innovation sampleInnovation(const Seed& ids, const std::string& title) {
    Innovation innovation;
    innovation.title = title;
    innovation.ambitionId = ids.ambition == 0 ? OptionalId{} : OptionalId{ids.ambition};
    innovation.cabinetLeadId = ids.cabinet == 0 ? OptionalId{} : OptionalId{ids.cabinet};
    innovation.leadOfficerId = ids.officer == 0 ? OptionalId{} : OptionalId{ids.officer};
    return innovation;
}

Milestone sampleMilestone(Id innovationId, const std::string& title, Date due) {
    Milestone milestone;
    milestone.innovationId = innovationId;
    milestone.title = title;
    milestone.baselineDue = due;
    milestone.due = due;
    return milestone;
}

StageChange sampleStageChange(Id innovationId, Stage from, Stage to, Date on, Id actorId) {
    StageChange change;
    change.innovationId = innovationId;
    change.from = from;
    change.to = to;
    change.changedOn = on;
    change.actorId = actorId;
    return change;
}

Risk sampleRisk(const Seed& ids, const std::string& title) {
    Risk risk;
    risk.innovationId = ids.innovation;
    risk.title = title;
    risk.ownerId = ids.officer;
    risk.raisedOn = Date(2026, 5, 1);
    return risk;
}

Setback sampleSetback(const Seed& ids, const std::string& whatHappened, Date on) {
    Setback setback;
    setback.innovationId = ids.innovation;
    setback.occurredOn = on;
    setback.whatHappened = whatHappened;
    setback.loggedById = ids.officer;
    return setback;
}

Lesson sampleLesson(const Seed& ids, const std::string& whatHappened) {
    Lesson lesson;
    lesson.innovationId = ids.innovation;
    lesson.whatHappened = whatHappened;
    lesson.recordedById = ids.officer;
    lesson.recordedOn = Date(2026, 6, 1);
    return lesson;
}

ChecklistAnswer sampleAnswer(Id leader, const std::string& key, Answer answer, Date on, const std::string& evidence) {
    ChecklistAnswer draft;
    draft.questionKey = key;
    draft.answer = answer;
    draft.evidence = evidence;
    draft.answeredById = leader;
    draft.answeredOn = on;
    return draft;
}

AuditEntry sampleAudit(Id actorId, const std::string& entity, Id entityId, const std::string& action) {
    AuditEntry entry;
    entry.at = Timestamp(Date(2026, 6, 1), boost::posix_time::hours(9));
    entry.actorId = actorId;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.action = action;
    return entry;
}

void recordAdded(PortfolioStore& store, Id actorId, const std::string& entity, Id entityId) {
    store.appendAudit(sampleAudit(actorId, entity, entityId, kAddedAction));
}

void recordClosed(PortfolioStore& store, Id actorId, Id reviewId) {
    store.appendAudit(sampleAudit(actorId, "review", reviewId, kClosedAction));
}

std::string longWelshText(std::size_t characters) {
    // "ŵ" and "â" are two bytes each in UTF-8: the store must keep characters, not bytes.
    const std::string pieces[] = {"C", "ŵ", "m", "r", "â", "e", "g", " "};  // one character each
    std::string out;
    for (std::size_t i = 0; i < characters; ++i) out += pieces[i % 8];
    return out;
}

}  // namespace innotrack::testing
