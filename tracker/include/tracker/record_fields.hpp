// Every record's fields, described once: the key (the column and the portfolio document's name),
// the label the audit trail shows (none for ids and the record a record belongs to), the kind (the
// visitor method called) and the limit. The audit trail, the portfolio document and storage walk
// these lists, so adding a field means adding it here and in a migration.
#pragma once

#include "tracker/checklist.hpp"
#include "tracker/decision.hpp"
#include "tracker/idea.hpp"
#include "tracker/limits.hpp"
#include "tracker/store.hpp"

#include <concepts>
#include <cstddef>
#include <limits>
#include <type_traits>
#include <utility>

namespace innotrack::record_fields {

// A field's names: `key` is how storage and the portfolio document name it; `label` how a person
// reads it in the audit trail, or null where a change to it is not a field's change (ids, the
// record a record belongs to, who recorded it).
// `column` is storage's name where it differs from the key (a name the document kept from its
// first version).
struct Field {
    const char* key;
    const char* label = nullptr;
    const char* column = nullptr;
};

inline constexpr const char* columnOf(Field field) { return field.column ? field.column : field.key; }

// The records a link can point to; None for a record nothing links to.
enum class Table { People, Ambitions, Innovations, Milestones, Risks, Setbacks, Reviews, Ideas, None };
inline constexpr std::size_t kTables = static_cast<std::size_t>(Table::None);

// A linked record in words, as the audit trail names one it cannot describe by name: "risk 4".
inline constexpr const char* recordOf(Table table) {
    constexpr const char* kRecords[] = {"person", "ambition", "innovation", "milestone", "risk", "setback", "review", "idea"};
    return kRecords[static_cast<std::size_t>(table)];
}

// Each record's collection: its table in storage and its array in the portfolio document.
template <typename R>
inline constexpr const char* kCollection = nullptr;
template <> inline constexpr const char* kCollection<Person> = "people";
template <> inline constexpr const char* kCollection<Ambition> = "ambitions";
template <> inline constexpr const char* kCollection<Innovation> = "innovations";
template <> inline constexpr const char* kCollection<StageChange> = "stage_changes";
template <> inline constexpr const char* kCollection<Milestone> = "milestones";
template <> inline constexpr const char* kCollection<MilestoneMove> = "milestone_moves";
template <> inline constexpr const char* kCollection<Risk> = "risks";
template <> inline constexpr const char* kCollection<Setback> = "setbacks";
template <> inline constexpr const char* kCollection<Lesson> = "lessons";
template <> inline constexpr const char* kCollection<Benefit> = "benefits";
template <> inline constexpr const char* kCollection<Engagement> = "engagements";
template <> inline constexpr const char* kCollection<Review> = "reviews";
template <> inline constexpr const char* kCollection<ReviewEntry> = "review_entries";
template <> inline constexpr const char* kCollection<ChecklistAnswer> = "checklist_answers";
template <> inline constexpr const char* kCollection<Idea> = "ideas";
template <> inline constexpr const char* kCollection<IdeaScore> = "idea_scores";
template <> inline constexpr const char* kCollection<Decision> = "decisions";
template <> inline constexpr const char* kCollection<AuditEntry> = "audit";

// How a text field is checked on the way in (tracker/text.hpp): one line or several, the most
// characters allowed (tracker/limits.hpp, as the service allows), and whether it may be empty.
struct TextRule {
    std::size_t max;
    bool multiline;
    bool required;
};
inline constexpr TextRule line(std::size_t max) { return {max, false, false}; }
inline constexpr TextRule requiredLine(std::size_t max) { return {max, false, true}; }
inline constexpr TextRule text(std::size_t max) { return {max, true, false}; }
inline constexpr TextRule requiredText(std::size_t max) { return {max, true, true}; }
// Audit values quote whole records in words; the trail keeps whatever was written.
inline constexpr TextRule anyText() { return {std::numeric_limits<std::size_t>::max(), true, false}; }

// R is T or const T: the writer walks const records, the reader fills new ones.
template <typename R, typename T>
concept RecordOf = std::same_as<std::remove_const_t<R>, T>;

// Each visitor V has, for a Field and a member: id (the record's own id, in `table`), link (to a
// record in `table`; optional when the member is), text, integer (optional<int> allowed; with a
// range where no record check holds it, tracker/record_checks.hpp), pence, count (a whole number
// 0 or more that links to nothing), number (optional<double> allowed), date (optional allowed),
// timestamp, flag, scale, tags and keys (a ScaleSet: some of a scale's values, in `since`). A restore then holds each record to its record checks.

template <typename V, RecordOf<Person> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::People);
    v.text({"name", "name"}, r.name, requiredLine(kMaxName));
    v.scale({"role", "role"}, r.role);
    v.text({"portfolio", "portfolio"}, r.portfolio, line(kMaxTitle));
    v.text({"email", "email"}, r.email, line(kMaxEmail));
    v.text({"login", "login"}, r.login, line(kMaxLogin), 2);
}

template <typename V, RecordOf<Ambition> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::Ambitions);
    v.text({"title", "title"}, r.title, requiredLine(kMaxTitle));
    v.text({"description", "description"}, r.description, text(kMaxText));
    v.integer({"horizon_year", "horizon year"}, r.horizonYear);
    v.text({"community_concern", "community concern"}, r.communityConcern, text(kMaxConcern));
    v.keys({"wellbeing_goals", "well-being goals"}, r.goals, 6);
    v.keys({"ways_of_working", "ways of working"}, r.ways, 6);
}

template <typename V, RecordOf<Innovation> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::Innovations);
    v.text({"title", "title"}, r.title, requiredLine(kMaxTitle));
    v.text({"summary", "summary"}, r.summary, text(kMaxText));
    v.link({"ambition_id", "ambition"}, r.ambitionId, Table::Ambitions);
    v.scale({"stage", "stage"}, r.stage);
    v.text({"stop_reason", "stop reason"}, r.stopReason, text(kMaxReason));
    v.integer({"priority", "priority"}, r.priority);
    v.scale({"confidence", "confidence"}, r.confidence);
    v.link({"cabinet_lead_id", "cabinet lead"}, r.cabinetLeadId, Table::People);
    v.link({"lead_officer_id", "lead officer"}, r.leadOfficerId, Table::People);
    v.date({"start_date", "start date"}, r.startDate);
    v.date({"target_date", "target date"}, r.targetDate);
    v.pence({"budget_pence", "budget"}, r.budgetPence);
    v.integer({"staff_days", "staff days"}, r.staffDays);
    v.text({"inspired_by", "inspired by"}, r.inspiredBy, text(kMaxConcern));
    v.text({"expected_benefits", "expected benefits"}, r.expectedBenefits, text(kMaxText));
    v.flag({"is_public", "public"}, r.isPublic, 4);
    v.text({"public_description", "public description"}, r.publicDescription, text(kMaxPublicDescription), 4);
    v.keys({"wellbeing_goals", "well-being goals"}, r.goals, 6);
    v.keys({"ways_of_working", "ways of working"}, r.ways, 6);
}

template <typename V, RecordOf<StageChange> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.scale({"from_stage"}, r.from);
    v.scale({"to_stage"}, r.to);
    v.date({"changed_on"}, r.changedOn);
    v.text({"reason"}, r.reason, text(kMaxReason));
    v.link({"actor_id"}, r.actorId, Table::People);
}

template <typename V, RecordOf<Milestone> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::Milestones);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.text({"title", "title"}, r.title, requiredLine(kMaxTitle));
    v.date({"baseline_due", "baseline due date"}, r.baselineDue);
    v.date({"due", "due date"}, r.due);
    v.date({"completed_on", "completed on"}, r.completedOn);
}

template <typename V, RecordOf<MilestoneMove> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.link({"milestone_id"}, r.milestoneId, Table::Milestones);
    v.date({"from_due"}, r.from);
    v.date({"to_due"}, r.to);
    v.text({"reason"}, r.reason, requiredText(kMaxReason));
    v.date({"moved_on"}, r.movedOn);
    v.link({"actor_id"}, r.actorId, Table::People);
}

template <typename V, RecordOf<Risk> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::Risks);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.text({"title", "title"}, r.title, requiredLine(kMaxTitle));
    v.text({"cause", "cause"}, r.cause, text(kMaxLongText));
    v.text({"event", "event"}, r.event, text(kMaxLongText));
    v.text({"effect", "effect"}, r.effect, text(kMaxLongText));
    v.integer({"inherent_likelihood", "inherent likelihood"}, r.inherentLikelihood);
    v.integer({"inherent_impact", "inherent impact"}, r.inherentImpact);
    v.integer({"residual_likelihood", "residual likelihood"}, r.residualLikelihood);
    v.integer({"residual_impact", "residual impact"}, r.residualImpact);
    v.link({"owner_id", "owner"}, r.ownerId, Table::People);
    v.scale({"response", "response"}, r.response);
    v.text({"mitigation", "mitigation"}, r.mitigation, text(kMaxLongText));
    v.scale({"proximity", "proximity"}, r.proximity);
    v.scale({"status", "status"}, r.status);
    v.date({"raised_on", "raised on"}, r.raisedOn);
    v.date({"closed_on", "closed on"}, r.closedOn);
    v.link({"setback_id"}, r.setbackId, Table::Setbacks);
}

template <typename V, RecordOf<Setback> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::Setbacks);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.date({"occurred_on", "date"}, r.occurredOn);
    v.text({"what_happened", "what happened"}, r.whatHappened, requiredText(kMaxLongText));
    v.scale({"kind", "kind"}, r.kind);
    v.link({"risk_id", "risk"}, r.riskId, Table::Risks);
    v.text({"response", "response"}, r.response, text(kMaxLongText));
    v.flag({"new_territory", "new territory"}, r.test.newTerritory);
    v.flag({"credible_opportunity", "credible opportunity"}, r.test.credibleOpportunity);
    v.flag({"informed", "informed by what was known", "informed_by_knowledge"}, r.test.informedByKnowledge);
    v.flag({"small", "as small as possible", "small_as_possible"}, r.test.smallAsPossible);
    v.flag({"learned", "learned from", "learned_from"}, r.test.learnedFrom);
    v.link({"logged_by_id"}, r.loggedById, Table::People);
}

template <typename V, RecordOf<Lesson> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.link({"setback_id", "setback"}, r.setbackId, Table::Setbacks);
    v.scale({"source", "source"}, r.source);
    v.text({"what_happened", "what happened"}, r.whatHappened, requiredText(kMaxLongText));
    v.text({"effect", "effect"}, r.effect, text(kMaxLongText));
    v.text({"cause", "cause"}, r.cause, text(kMaxLongText));
    v.text({"early_warnings", "early warning signs"}, r.earlyWarnings, text(kMaxLongText));
    v.text({"recommendation", "recommendation"}, r.recommendation, requiredText(kMaxLongText));
    v.flag({"identified_as_risk", "identified as a risk"}, r.identifiedAsRisk);
    v.tags({"tags", "tags"}, r.tags);
    v.link({"recorded_by_id"}, r.recordedById, Table::People);
    v.date({"recorded_on", "recorded on"}, r.recordedOn);
}

template <typename V, RecordOf<Benefit> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.text({"measure", "measure"}, r.measure, requiredLine(kMaxTitle));
    v.text({"unit", "unit"}, r.unit, line(kMaxUnit));
    v.number({"baseline", "baseline"}, r.baseline);
    v.number({"target", "target"}, r.target);
    v.number({"actual", "actual"}, r.actual);
    v.date({"realised_on", "realised on"}, r.realisedOn);
}

template <typename V, RecordOf<Engagement> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.date({"held_on", "date"}, r.heldOn);
    v.scale({"audience", "audience"}, r.audience);
    v.scale({"form", "form"}, r.form);
    v.link({"led_by_id", "led by"}, r.ledById, Table::People);
    v.integer({"participants", "how many took part"}, r.participants);
    v.scale({"stance", "stance heard"}, r.stance);
    v.text({"concerns", "concerns raised"}, r.concerns, text(kMaxLongText));
    v.text({"response", "response"}, r.response, text(kMaxLongText));
}

template <typename V, RecordOf<Review> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::Reviews);
    v.date({"held_on"}, r.heldOn);
    v.link({"chair_id"}, r.chairId, Table::People);
    v.date({"closed_on"}, r.closedOn);
}

template <typename V, RecordOf<ReviewEntry> R>
void fields(V& v, R& r) {
    v.link({"review_id"}, r.reviewId, Table::Reviews);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.scale({"confidence", "confidence"}, r.confidence);
    v.text({"comment", "comment"}, r.comment, text(kMaxLongText));
    v.text({"decision", "decision"}, r.decision, text(kMaxLongText));
}

template <typename V, RecordOf<ChecklistAnswer> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.text({"question_key"}, r.questionKey, requiredLine(kMaxTitle));
    v.scale({"answer"}, r.answer);
    v.text({"evidence"}, r.evidence, text(kMaxEvidence));
    v.link({"answered_by_id"}, r.answeredById, Table::People);
    v.date({"answered_on"}, r.answeredOn);
}

template <typename V, RecordOf<Idea> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::Ideas);
    v.text({"title", "title"}, r.title, requiredLine(kMaxTitle));
    v.text({"problem", "problem"}, r.problem, requiredText(kMaxText));
    v.text({"proposal", "proposal"}, r.proposal, requiredText(kMaxText));
    v.scale({"source", "source"}, r.source);
    v.text({"reference", "reference"}, r.reference, text(kMaxConcern));
    v.link({"ambition_id", "ambition"}, r.ambitionId, Table::Ambitions);
    v.link({"submitted_by_id"}, r.submittedById, Table::People);
    v.date({"submitted_on", "submitted on"}, r.submittedOn);
    v.scale({"status", "status"}, r.status);
    v.date({"assessed_from", "under assessment from"}, r.assessedFrom);
    v.date({"parked_on", "parked on"}, r.parkedOn);
    v.date({"look_again_on", "look again on"}, r.lookAgainOn);
    v.date({"decided_on", "decided on"}, r.decidedOn);
    v.link({"decided_by_id", "decided by"}, r.decidedById, Table::People);
    v.text({"decision_reason", "reason"}, r.decisionReason, text(kMaxReason));
    v.link({"innovation_id", "innovation"}, r.innovationId, Table::Innovations);
}

template <typename V, RecordOf<IdeaScore> R>
void fields(V& v, R& r) {
    v.link({"idea_id"}, r.ideaId, Table::Ideas);
    v.link({"assessor_id"}, r.assessorId, Table::People);
    v.integer({"strategic_fit", "strategic fit"}, r.strategicFit, kMinScale, kMaxScale);
    v.integer({"resident_benefit", "benefit to residents"}, r.residentBenefit, kMinScale, kMaxScale);
    v.integer({"feasibility", "feasibility"}, r.feasibility, kMinScale, kMaxScale);
    v.integer({"cost_to_try", "cost to try"}, r.costToTry, kMinScale, kMaxScale);
    v.integer({"evidence", "evidence from elsewhere"}, r.evidence, kMinScale, kMaxScale);
    v.date({"scored_on", "scored on"}, r.scoredOn);
}

template <typename V, RecordOf<Decision> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.link({"innovation_id"}, r.innovationId, Table::Innovations);
    v.text({"matter", "matter"}, r.matter, requiredText(kMaxLongText));
    v.link({"maker_id", "decision maker"}, r.makerId, Table::People);
    v.text({"maker_body", "deciding body"}, r.makerBody, line(kMaxTitle));
    v.text({"maker_members", "members"}, r.makerMembers, text(kMaxConcern));
    v.date({"planned_on", "to be made on"}, r.plannedOn);
    v.pence({"amount_pence", "spending or savings"}, r.amountPence);
    v.flag({"affects_two_or_more_wards", "two or more wards"}, r.affectsTwoOrMoreWards);
    v.date({"notice_on", "notice published on"}, r.noticeOn);
    v.text({"documents", "documents"}, r.documents, text(kMaxConcern));
    v.text({"documents_from", "copies from"}, r.documentsFrom, text(kMaxConcern));
    v.scale({"route", "short notice"}, r.route);
    v.text({"scrutiny_chair", "scrutiny chair"}, r.scrutinyChair, line(kMaxName));
    v.date({"chair_on", "chair told or agreed on"}, r.chairOn);
    v.text({"urgency_reason", "why it cannot wait"}, r.urgencyReason, text(kMaxReason));
    v.link({"review_id", "weekly review"}, r.reviewId, Table::Reviews);
    v.date({"made_on", "made on"}, r.madeOn);
    v.text({"decision", "decision"}, r.decision, text(kMaxLongText));
    v.text({"reasons", "reasons"}, r.reasons, text(kMaxLongText));
    v.text({"alternatives_rejected", "alternatives rejected"}, r.alternativesRejected, text(kMaxLongText));
    v.text({"conflicts_declared", "conflicts of interest"}, r.conflictsDeclared, text(kMaxLongText));
    v.text({"dispensation", "dispensation"}, r.dispensation, text(kMaxLongText));
}

template <typename V, RecordOf<AuditEntry> R>
void fields(V& v, R& r) {
    v.id({"id"}, r.id, Table::None);
    v.timestamp({"at"}, r.at);
    v.link({"actor_id"}, r.actorId, Table::People);
    v.text({"entity"}, r.entity, requiredLine(kMaxTitle));
    v.count({"entity_id"}, r.entityId);  // 0 for the settings; records are never deleted, but not checked
    v.text({"action"}, r.action, requiredLine(kMaxTitle));
    v.text({"field"}, r.field, anyText());
    v.text({"old_value"}, r.oldValue, anyText());
    v.text({"new_value"}, r.newValue, anyText());
    v.text({"login"}, r.login, line(kMaxLogin), 2);
    v.text({"os_user"}, r.osUser, anyText(), 3);
    v.text({"host"}, r.host, anyText(), 3);
    // The entry's link in the audit chain: a restore works it out again and compares.
    v.text({"hash"}, r.hash, line(64), 3);
}

template <typename V, RecordOf<RiskBands> R>
void fields(V& v, R& r) {
    v.integer({"moderate_from"}, r.moderateFrom, kMinRiskScore, kMaxRiskScore);
    v.integer({"high_from"}, r.highFrom, kMinRiskScore, kMaxRiskScore);
    v.integer({"critical_from"}, r.criticalFrom, kMinRiskScore, kMaxRiskScore);
}

// Walks a record's fields for a visitor that needs only each field's key (the portfolio document,
// storage): V's methods take `const char* key` where the lists pass a Field.
template <typename V>
class ByKey {
public:
    explicit ByKey(V& visitor) : v_(visitor) {}
    template <typename... A> void id(Field f, A&&... a) { v_.id(f.key, std::forward<A>(a)...); }
    template <typename... A> void link(Field f, A&&... a) { v_.link(f.key, std::forward<A>(a)...); }
    template <typename... A> void text(Field f, A&&... a) { v_.text(f.key, std::forward<A>(a)...); }
    template <typename... A> void integer(Field f, A&&... a) { v_.integer(f.key, std::forward<A>(a)...); }
    template <typename... A> void pence(Field f, A&&... a) { v_.pence(f.key, std::forward<A>(a)...); }
    template <typename... A> void count(Field f, A&&... a) { v_.count(f.key, std::forward<A>(a)...); }
    template <typename... A> void number(Field f, A&&... a) { v_.number(f.key, std::forward<A>(a)...); }
    template <typename... A> void date(Field f, A&&... a) { v_.date(f.key, std::forward<A>(a)...); }
    template <typename... A> void timestamp(Field f, A&&... a) { v_.timestamp(f.key, std::forward<A>(a)...); }
    template <typename... A> void flag(Field f, A&&... a) { v_.flag(f.key, std::forward<A>(a)...); }
    template <typename... A> void scale(Field f, A&&... a) { v_.scale(f.key, std::forward<A>(a)...); }
    template <typename... A> void tags(Field f, A&&... a) { v_.tags(f.key, std::forward<A>(a)...); }
    template <typename... A> void keys(Field f, A&&... a) { v_.keys(f.key, std::forward<A>(a)...); }

private:
    V& v_;
};

template <typename V, typename R>
void fieldsByKey(V& visitor, R& record) {
    ByKey<V> byKey(visitor);
    fields(byKey, record);
}

}  // namespace innotrack::record_fields
