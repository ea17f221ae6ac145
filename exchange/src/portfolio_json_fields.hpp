// The portfolio document's names and every record's fields, listed once: the writer and the reader
// walk the same lists, so a field cannot be written under one name and read under another.
#pragma once

#include "tracker/checklist.hpp"
#include "tracker/store.hpp"
#include "tracker/text.hpp"

#include <concepts>
#include <cstddef>
#include <limits>
#include <string_view>
#include <type_traits>

namespace innotrack::exchange::json_fields {

inline constexpr std::string_view kFormatName = "innotrack-portfolio";

// Top-level keys, in the order they are written.
inline constexpr const char* kFormat = "format";
inline constexpr const char* kVersion = "version";
inline constexpr const char* kSettings = "settings";
inline constexpr const char* kRiskBands = "risk_bands";
inline constexpr const char* kPortfolioKey = "portfolio_key";

// The record arrays a link can point into, each with its key in the document and its record in
// words; None for a record nothing links to.
enum class Table { People, Ambitions, Innovations, Milestones, Risks, Setbacks, Reviews, None };
inline constexpr std::size_t kTables = static_cast<std::size_t>(Table::None);

inline constexpr const char* arrayOf(Table table) {
    constexpr const char* kArrays[] = {"people", "ambitions", "innovations", "milestones", "risks", "setbacks", "reviews"};
    return kArrays[static_cast<std::size_t>(table)];
}

inline constexpr const char* recordOf(Table table) {
    constexpr const char* kRecords[] = {"person", "ambition", "innovation", "milestone", "risk", "setback", "review"};
    return kRecords[static_cast<std::size_t>(table)];
}

// The arrays without a table of their own (nothing links to their records).
inline constexpr const char* kStageChanges = "stage_changes";
inline constexpr const char* kMilestoneMoves = "milestone_moves";
inline constexpr const char* kLessons = "lessons";
inline constexpr const char* kBenefits = "benefits";
inline constexpr const char* kReviewEntries = "review_entries";
inline constexpr const char* kChecklistAnswers = "checklist_answers";
inline constexpr const char* kAudit = "audit";

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

// Each visitor V has, for a key and a member: id (the record's own id, in `table`), link (to a
// record in `table`; optional when the member is), text, integer (optional<int> allowed; with a
// range where no record check holds it, tracker/record_checks.hpp), pence, count (a whole number
// 0 or more that links to nothing), number (optional<double> allowed), date (optional allowed),
// timestamp, flag, scale and tags. A restore then holds each record to its record checks.

template <typename V, RecordOf<Person> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::People);
    v.text("name", r.name, requiredLine(kMaxName));
    v.scale("role", r.role);
    v.text("portfolio", r.portfolio, line(kMaxTitle));
    v.text("email", r.email, line(kMaxEmail));
    v.text("login", r.login, line(kMaxLogin), 2);
}

template <typename V, RecordOf<Ambition> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::Ambitions);
    v.text("title", r.title, requiredLine(kMaxTitle));
    v.text("description", r.description, text(kMaxText));
    v.integer("horizon_year", r.horizonYear);
    v.text("community_concern", r.communityConcern, text(kMaxConcern));
}

template <typename V, RecordOf<Innovation> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::Innovations);
    v.text("title", r.title, requiredLine(kMaxTitle));
    v.text("summary", r.summary, text(kMaxText));
    v.link("ambition_id", r.ambitionId, Table::Ambitions);
    v.scale("stage", r.stage);
    v.text("stop_reason", r.stopReason, text(kMaxReason));
    v.integer("priority", r.priority);
    v.scale("confidence", r.confidence);
    v.link("cabinet_lead_id", r.cabinetLeadId, Table::People);
    v.link("lead_officer_id", r.leadOfficerId, Table::People);
    v.date("start_date", r.startDate);
    v.date("target_date", r.targetDate);
    v.pence("budget_pence", r.budgetPence);
    v.integer("staff_days", r.staffDays);
    v.text("inspired_by", r.inspiredBy, text(kMaxConcern));
    v.text("expected_benefits", r.expectedBenefits, text(kMaxText));
}

template <typename V, RecordOf<StageChange> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::None);
    v.link("innovation_id", r.innovationId, Table::Innovations);
    v.scale("from_stage", r.from);
    v.scale("to_stage", r.to);
    v.date("changed_on", r.changedOn);
    v.text("reason", r.reason, text(kMaxReason));
    v.link("actor_id", r.actorId, Table::People);
}

template <typename V, RecordOf<Milestone> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::Milestones);
    v.link("innovation_id", r.innovationId, Table::Innovations);
    v.text("title", r.title, requiredLine(kMaxTitle));
    v.date("baseline_due", r.baselineDue);
    v.date("due", r.due);
    v.date("completed_on", r.completedOn);
}

template <typename V, RecordOf<MilestoneMove> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::None);
    v.link("milestone_id", r.milestoneId, Table::Milestones);
    v.date("from_due", r.from);
    v.date("to_due", r.to);
    v.text("reason", r.reason, requiredText(kMaxReason));
    v.date("moved_on", r.movedOn);
    v.link("actor_id", r.actorId, Table::People);
}

template <typename V, RecordOf<Risk> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::Risks);
    v.link("innovation_id", r.innovationId, Table::Innovations);
    v.text("title", r.title, requiredLine(kMaxTitle));
    v.text("cause", r.cause, text(kMaxLongText));
    v.text("event", r.event, text(kMaxLongText));
    v.text("effect", r.effect, text(kMaxLongText));
    v.integer("inherent_likelihood", r.inherentLikelihood);
    v.integer("inherent_impact", r.inherentImpact);
    v.integer("residual_likelihood", r.residualLikelihood);
    v.integer("residual_impact", r.residualImpact);
    v.link("owner_id", r.ownerId, Table::People);
    v.scale("response", r.response);
    v.text("mitigation", r.mitigation, text(kMaxLongText));
    v.scale("proximity", r.proximity);
    v.scale("status", r.status);
    v.date("raised_on", r.raisedOn);
    v.date("closed_on", r.closedOn);
    v.link("setback_id", r.setbackId, Table::Setbacks);
}

template <typename V, RecordOf<Setback> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::Setbacks);
    v.link("innovation_id", r.innovationId, Table::Innovations);
    v.date("occurred_on", r.occurredOn);
    v.text("what_happened", r.whatHappened, requiredText(kMaxLongText));
    v.scale("kind", r.kind);
    v.link("risk_id", r.riskId, Table::Risks);
    v.text("response", r.response, text(kMaxLongText));
    v.flag("new_territory", r.test.newTerritory);
    v.flag("credible_opportunity", r.test.credibleOpportunity);
    v.flag("informed", r.test.informedByKnowledge);
    v.flag("small", r.test.smallAsPossible);
    v.flag("learned", r.test.learnedFrom);
    v.link("logged_by_id", r.loggedById, Table::People);
}

template <typename V, RecordOf<Lesson> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::None);
    v.link("innovation_id", r.innovationId, Table::Innovations);
    v.link("setback_id", r.setbackId, Table::Setbacks);
    v.scale("source", r.source);
    v.text("what_happened", r.whatHappened, requiredText(kMaxLongText));
    v.text("effect", r.effect, text(kMaxLongText));
    v.text("cause", r.cause, text(kMaxLongText));
    v.text("early_warnings", r.earlyWarnings, text(kMaxLongText));
    v.text("recommendation", r.recommendation, requiredText(kMaxLongText));
    v.flag("identified_as_risk", r.identifiedAsRisk);
    v.tags("tags", r.tags);
    v.link("recorded_by_id", r.recordedById, Table::People);
    v.date("recorded_on", r.recordedOn);
}

template <typename V, RecordOf<Benefit> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::None);
    v.link("innovation_id", r.innovationId, Table::Innovations);
    v.text("measure", r.measure, requiredLine(kMaxTitle));
    v.text("unit", r.unit, line(kMaxUnit));
    v.number("baseline", r.baseline);
    v.number("target", r.target);
    v.number("actual", r.actual);
    v.date("realised_on", r.realisedOn);
}

template <typename V, RecordOf<Review> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::Reviews);
    v.date("held_on", r.heldOn);
    v.link("chair_id", r.chairId, Table::People);
    v.date("closed_on", r.closedOn);
}

template <typename V, RecordOf<ReviewEntry> R>
void fields(V& v, R& r) {
    v.link("review_id", r.reviewId, Table::Reviews);
    v.link("innovation_id", r.innovationId, Table::Innovations);
    v.scale("confidence", r.confidence);
    v.text("comment", r.comment, text(kMaxLongText));
    v.text("decision", r.decision, text(kMaxLongText));
}

template <typename V, RecordOf<ChecklistAnswer> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::None);
    v.text("question_key", r.questionKey, requiredLine(kMaxTitle));
    v.scale("answer", r.answer);
    v.text("evidence", r.evidence, text(kMaxEvidence));
    v.link("answered_by_id", r.answeredById, Table::People);
    v.date("answered_on", r.answeredOn);
}

template <typename V, RecordOf<AuditEntry> R>
void fields(V& v, R& r) {
    v.id("id", r.id, Table::None);
    v.timestamp("at", r.at);
    v.link("actor_id", r.actorId, Table::People);
    v.text("entity", r.entity, requiredLine(kMaxTitle));
    v.count("entity_id", r.entityId);  // 0 for the settings; records are never deleted, but not checked
    v.text("action", r.action, requiredLine(kMaxTitle));
    v.text("field", r.field, anyText());
    v.text("old_value", r.oldValue, anyText());
    v.text("new_value", r.newValue, anyText());
    v.text("login", r.login, line(kMaxLogin), 2);
    v.text("os_user", r.osUser, anyText(), 3);
    v.text("host", r.host, anyText(), 3);
    // The entry's link in the audit chain: a restore works it out again and compares.
    v.text("hash", r.hash, line(64), 3);
}

template <typename V, RecordOf<RiskBands> R>
void fields(V& v, R& r) {
    v.integer("moderate_from", r.moderateFrom, kMinRiskScore, kMaxRiskScore);
    v.integer("high_from", r.highFrom, kMinRiskScore, kMaxRiskScore);
    v.integer("critical_from", r.criticalFrom, kMinRiskScore, kMaxRiskScore);
}

// Every record array of the document, in the order it is written and restored: a record comes
// after those it links to (risks and setbacks link both ways; storage defers that check).
template <typename Document, typename Visit>
void eachArray(Document& d, Visit&& visit) {
    visit(arrayOf(Table::People), d.people);
    visit(arrayOf(Table::Ambitions), d.ambitions);
    visit(arrayOf(Table::Innovations), d.innovations);
    visit(kStageChanges, d.stageChanges);
    visit(arrayOf(Table::Milestones), d.milestones);
    visit(kMilestoneMoves, d.milestoneMoves);
    visit(arrayOf(Table::Risks), d.risks);
    visit(arrayOf(Table::Setbacks), d.setbacks);
    visit(kLessons, d.lessons);
    visit(kBenefits, d.benefits);
    visit(arrayOf(Table::Reviews), d.reviews);
    visit(kReviewEntries, d.reviewEntries);
    visit(kChecklistAnswers, d.checklistAnswers);
    visit(kAudit, d.audit);
}

}  // namespace innotrack::exchange::json_fields
