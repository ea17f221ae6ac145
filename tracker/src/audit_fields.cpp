// Field lists for the audit trail. Labels are the words people see in `innotrack history`.
#include "audit_fields.hpp"

#include "tracker/money.hpp"

#include <cstdio>

namespace innotrack::audit {
namespace {

std::string yesNo(bool value) { return value ? "yes" : "no"; }

template <typename E>
std::string label(E value) {
    return std::string(labelOf(value));
}

std::string optionalInt(const std::optional<int>& value) {
    return value ? std::to_string(*value) : "";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

std::string formatNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

FieldValues fieldsOf(const Person& person) {
    return {{"name", person.name},
            {"role", label(person.role)},
            {"portfolio", person.portfolio},
            {"email", person.email},
            {"login", person.login}};
}

FieldValues fieldsOf(const Ambition& ambition) {
    return {{"title", ambition.title},
            {"description", ambition.description},
            {"horizon year", std::to_string(ambition.horizonYear)},
            {"community concern", ambition.communityConcern}};
}

FieldValues fieldsOf(const Innovation& innovation, const Describe& person, const Describe& ambition) {
    return {{"title", innovation.title},
            {"summary", innovation.summary},
            {"ambition", ambition(innovation.ambitionId)},
            {"stage", label(innovation.stage)},
            {"priority", std::to_string(innovation.priority)},
            {"confidence", label(innovation.confidence)},
            {"cabinet lead", person(innovation.cabinetLeadId)},
            {"lead officer", person(innovation.leadOfficerId)},
            {"start date", formatDate(innovation.startDate)},
            {"target date", formatDate(innovation.targetDate)},
            {"budget", formatPounds(innovation.budgetPence)},
            {"staff days", std::to_string(innovation.staffDays)},
            {"inspired by", innovation.inspiredBy},
            {"expected benefits", innovation.expectedBenefits},
            {"stop reason", innovation.stopReason}};
}

FieldValues fieldsOf(const Milestone& milestone) {
    return {{"title", milestone.title},
            {"baseline due date", formatDate(milestone.baselineDue)},
            {"due date", formatDate(milestone.due)},
            {"completed on", formatDate(milestone.completedOn)}};
}

FieldValues fieldsOf(const Risk& risk, const Describe& person) {
    return {{"title", risk.title},
            {"cause", risk.cause},
            {"event", risk.event},
            {"effect", risk.effect},
            {"inherent likelihood", std::to_string(risk.inherentLikelihood)},
            {"inherent impact", std::to_string(risk.inherentImpact)},
            {"residual likelihood", optionalInt(risk.residualLikelihood)},
            {"residual impact", optionalInt(risk.residualImpact)},
            {"owner", person(risk.ownerId)},
            {"response", label(risk.response)},
            {"mitigation", risk.mitigation},
            {"proximity", label(risk.proximity)},
            {"status", label(risk.status)},
            {"raised on", formatDate(risk.raisedOn)},
            {"closed on", formatDate(risk.closedOn)}};
}

FieldValues fieldsOf(const Setback& setback) {
    return {{"date", formatDate(setback.occurredOn)},
            {"what happened", setback.whatHappened},
            {"kind", label(setback.kind)},
            {"risk", setback.riskId ? "risk " + std::to_string(*setback.riskId) : ""},
            {"response", setback.response},
            {"new territory", yesNo(setback.test.newTerritory)},
            {"credible opportunity", yesNo(setback.test.credibleOpportunity)},
            {"informed by what was known", yesNo(setback.test.informedByKnowledge)},
            {"as small as possible", yesNo(setback.test.smallAsPossible)},
            {"learned from", yesNo(setback.test.learnedFrom)}};
}

FieldValues fieldsOf(const Lesson& lesson) {
    return {{"setback", lesson.setbackId ? "setback " + std::to_string(*lesson.setbackId) : ""},
            {"source", label(lesson.source)},
            {"what happened", lesson.whatHappened},
            {"effect", lesson.effect},
            {"cause", lesson.cause},
            {"early warning signs", lesson.earlyWarnings},
            {"recommendation", lesson.recommendation},
            {"identified as a risk", yesNo(lesson.identifiedAsRisk)},
            {"tags", joined(lesson.tags)},
            {"recorded on", formatDate(lesson.recordedOn)}};
}

FieldValues fieldsOf(const Benefit& benefit) {
    return {{"measure", benefit.measure},
            {"unit", benefit.unit},
            {"baseline", formatNumber(benefit.baseline)},
            {"target", formatNumber(benefit.target)},
            {"actual", benefit.actual ? formatNumber(*benefit.actual) : ""},
            {"realised on", formatDate(benefit.realisedOn)}};
}

FieldValues fieldsOf(const ReviewEntry& entry) {
    return {{"confidence", label(entry.confidence)},
            {"comment", entry.comment},
            {"decision", entry.decision}};
}

std::vector<FieldChange> differences(const FieldValues& before, const FieldValues& after) {
    std::vector<FieldChange> changes;
    for (const auto& [field, value] : after) {
        std::string old;
        for (const auto& [oldField, oldValue] : before)
            if (oldField == field) old = oldValue;
        if (old != value) changes.push_back({field, old, value});
    }
    return changes;
}

}  // namespace innotrack::audit
