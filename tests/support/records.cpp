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

namespace {

// Writes "name=value;" pairs; optionals show as "-" when empty.
class Fields {
public:
    template <typename T>
    Fields& operator()(const char* name, const T& value) {
        out_ << name << '=' << value << ';';
        return *this;
    }
    template <typename T>
    Fields& operator()(const char* name, const std::optional<T>& value) {
        out_ << name << '=';
        if (value) out_ << *value;
        else out_ << '-';
        out_ << ';';
        return *this;
    }
    Fields& operator()(const char* name, Date value) { return (*this)(name, formatDate(value)); }
    Fields& operator()(const char* name, const std::optional<Date>& value) {
        return (*this)(name, formatDate(value));
    }
    std::string str() const { return out_.str(); }

private:
    std::ostringstream out_;
};

template <typename E>
std::string k(E value) {
    return std::string(keyOf(value));
}

}  // namespace

std::string fieldsOf(const Person& r) {
    return Fields()("id", r.id)("name", r.name)("role", k(r.role))("portfolio", r.portfolio)("email", r.email)("login", r.login).str();
}

std::string fieldsOf(const Ambition& r) {
    return Fields()("id", r.id)("title", r.title)("description", r.description)("horizon", r.horizonYear)(
               "concern", r.communityConcern)
        .str();
}

std::string fieldsOf(const Innovation& r) {
    return Fields()("id", r.id)("title", r.title)("summary", r.summary)("ambition", r.ambitionId)(
               "stage", k(r.stage))("priority", r.priority)("confidence", k(r.confidence))(
               "cabinet", r.cabinetLeadId)("officer", r.leadOfficerId)("start", r.startDate)(
               "target", r.targetDate)("budget", r.budgetPence)("days", r.staffDays)("inspired", r.inspiredBy)(
               "benefits", r.expectedBenefits)("stop", r.stopReason)
        .str();
}

std::string fieldsOf(const StageChange& r) {
    return Fields()("id", r.id)("innovation", r.innovationId)("from", k(r.from))("to", k(r.to))(
               "on", r.changedOn)("reason", r.reason)("actor", r.actorId)
        .str();
}

std::string fieldsOf(const Milestone& r) {
    return Fields()("id", r.id)("innovation", r.innovationId)("title", r.title)("baseline", r.baselineDue)(
               "due", r.due)("completed", r.completedOn)
        .str();
}

std::string fieldsOf(const MilestoneMove& r) {
    return Fields()("id", r.id)("milestone", r.milestoneId)("from", r.from)("to", r.to)("reason", r.reason)(
               "on", r.movedOn)("actor", r.actorId)
        .str();
}

std::string fieldsOf(const Benefit& r) {
    return Fields()("id", r.id)("innovation", r.innovationId)("measure", r.measure)("unit", r.unit)(
               "baseline", r.baseline)("target", r.target)("actual", r.actual)("realised", r.realisedOn)
        .str();
}

std::string fieldsOf(const Risk& r) {
    return Fields()("id", r.id)("innovation", r.innovationId)("title", r.title)("cause", r.cause)("event", r.event)(
               "effect", r.effect)("il", r.inherentLikelihood)("ii", r.inherentImpact)("rl", r.residualLikelihood)(
               "ri", r.residualImpact)("owner", r.ownerId)("response", k(r.response))("mitigation", r.mitigation)(
               "proximity", k(r.proximity))("status", k(r.status))("raised", r.raisedOn)("closed", r.closedOn)(
               "setback", r.setbackId)
        .str();
}

std::string fieldsOf(const Setback& r) {
    return Fields()("id", r.id)("innovation", r.innovationId)("on", r.occurredOn)("what", r.whatHappened)(
               "kind", k(r.kind))("risk", r.riskId)("response", r.response)("new", r.test.newTerritory)(
               "credible", r.test.credibleOpportunity)("informed", r.test.informedByKnowledge)(
               "small", r.test.smallAsPossible)("learned", r.test.learnedFrom)("logged", r.loggedById)
        .str();
}

std::string fieldsOf(const Lesson& r) {
    std::string tags;
    for (const auto& tag : r.tags) tags += tag + "|";
    return Fields()("id", r.id)("innovation", r.innovationId)("setback", r.setbackId)("source", k(r.source))(
               "what", r.whatHappened)("effect", r.effect)("cause", r.cause)("warnings", r.earlyWarnings)(
               "recommendation", r.recommendation)("risk", r.identifiedAsRisk)("tags", tags)(
               "by", r.recordedById)("on", r.recordedOn)
        .str();
}

std::string fieldsOf(const Review& r) {
    return Fields()("id", r.id)("held", r.heldOn)("chair", r.chairId)("closed", r.closedOn).str();
}

std::string fieldsOf(const ReviewEntry& r) {
    return Fields()("review", r.reviewId)("innovation", r.innovationId)("confidence", k(r.confidence))(
               "comment", r.comment)("decision", r.decision)
        .str();
}

std::string fieldsOf(const AuditEntry& r) {
    return Fields()("id", r.id)("at", formatTimestamp(r.at))("actor", r.actorId)("entity", r.entity)(
               "entity id", r.entityId)("action", r.action)("field", r.field)("old", r.oldValue)("new", r.newValue)("login", r.login)(
               "os user", r.osUser)("host", r.host)("hash", r.hash)
        .str();
}

std::string fieldsOf(const ChecklistAnswer& r) {
    return Fields()("id", r.id)("question", r.questionKey)("answer", k(r.answer))("evidence", r.evidence)(
               "by", r.answeredById)("on", r.answeredOn)
        .str();
}

std::string longWelshText(std::size_t characters) {
    // "ŵ" and "â" are two bytes each in UTF-8: the store must keep characters, not bytes.
    const std::string pieces[] = {"C", "ŵ", "m", "r", "â", "e", "g", " "};  // one character each
    std::string out;
    for (std::size_t i = 0; i < characters; ++i) out += pieces[i % 8];
    return out;
}

}  // namespace innotrack::testing
