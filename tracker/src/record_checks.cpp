// Each record's own rules; see record_checks.hpp. A problem's words are the service's, so a
// person sees the same sentence from a form, an import, a restore and `innotrack check`.
#include "tracker/record_checks.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <algorithm>
#include <cctype>

namespace innotrack {
namespace {

const std::string kLikelihoodWords = "1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain";
const std::string kImpactWords = "1 negligible, 2 minor, 3 moderate, 4 major, 5 severe";

// "field: why", the shape of nearly every problem.
void add(FieldProblems& out, std::string key, std::string field, std::string value, std::string why) {
    std::string message = field + ": " + why;
    out.push_back({std::move(key), std::move(field), std::move(value), std::move(why), std::move(message)});
}

// A sentence that names its fields itself ("residual likelihood and residual impact: ...").
void addSentence(FieldProblems& out, std::string key, std::string field, std::string value, std::string sentence) {
    out.push_back({std::move(key), std::move(field), std::move(value), sentence, sentence});
}

void checkRange(FieldProblems& out, const char* key, const char* field, long long value, long long min,
                long long max, const std::string& scaleWords = "") {
    if (value >= min && value <= max) return;
    add(out, key, field, std::to_string(value),
        outOfRange(value, min, max) + (scaleWords.empty() ? "" : " (" + scaleWords + ")"));
}

}  // namespace

std::string outOfRange(long long value, long long min, long long max) {
    return std::to_string(value) + " is out of range; it must be " + std::to_string(min) + " to " +
           std::to_string(max);
}

FieldProblems problemsOf(const Person& person) {
    FieldProblems out;
    const bool looksLikeAddress =
        person.email.find('@') != std::string::npos && person.email.find(' ') == std::string::npos;
    if (!person.email.empty() && !looksLikeAddress)
        add(out, "email", "email", person.email, "'" + person.email + "' is not an email address");
    // A login is an account name (ann.jones, ajones@COUNCIL.GOV.UK): no spaces, quotes or
    // control characters, which no directory gives and which would read ambiguously in the audit.
    const bool plainLogin = std::all_of(person.login.begin(), person.login.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > ' ' && byte != 0x7f && c != '"' && c != '\'';
    });
    if (!plainLogin)
        add(out, "login", "login", person.login,
            "'" + person.login + "' is not an account name: a login has no spaces or quotes");
    // Names are how people are picked on the command line, so they must not look like ids.
    const auto isDigit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (std::all_of(person.name.begin(), person.name.end(), isDigit))
        add(out, "name", "name", person.name, "'" + person.name + "' is a number; a name needs letters");
    return out;
}

FieldProblems problemsOf(const Ambition& ambition) {
    FieldProblems out;
    checkRange(out, "horizon_year", "horizon year", ambition.horizonYear, kMinHorizonYear, kMaxHorizonYear);
    return out;
}

FieldProblems problemsOf(const Innovation& innovation) {
    FieldProblems out;
    checkRange(out, "priority", "priority", innovation.priority, kHighestPriority, kLowestPriority,
               "1 is the highest");
    const std::string pence = std::to_string(innovation.budgetPence);
    if (innovation.budgetPence < 0)
        add(out, "budget_pence", "budget", pence, pence + " is below zero; money is whole pence, 0 or more");
    if (innovation.budgetPence > kMaxBudgetPence)
        add(out, "budget_pence", "budget", pence, pence + " pence is more than £100 billion, the most the portfolio holds");
    checkRange(out, "staff_days", "staff days", innovation.staffDays, 0, kMaxStaffDays);
    if (innovation.startDate && innovation.targetDate && *innovation.targetDate < *innovation.startDate)
        add(out, "target_date", "target date", formatDate(innovation.targetDate),
            formatDate(innovation.targetDate) + " is before the start date " + formatDate(innovation.startDate));
    if (innovation.stage == Stage::Stopped && isBlank(innovation.stopReason))
        add(out, "stop_reason", "stop reason", "", "a stopped innovation needs the reason it was stopped");
    // The public summary shows only what was written for residents, never the internal summary.
    if (innovation.isPublic && isBlank(innovation.publicDescription))
        add(out, "public_description", "public description", "",
            "an innovation shown to residents needs a public description written for them");
    return out;
}

FieldProblems leadProblems(const Person* cabinetLead, const Person* leadOfficer) {
    FieldProblems out;
    if (cabinetLead && !mayBeCabinetLead(cabinetLead->role))
        add(out, "cabinet_lead_id", "cabinet lead", cabinetLead->name,
            cabinetLead->name + " is " + std::string(labelOf(cabinetLead->role)) +
                "; the cabinet lead must be a cabinet member or the leader");
    if (leadOfficer && !mayBeLeadOfficer(leadOfficer->role))
        add(out, "lead_officer_id", "lead officer", leadOfficer->name,
            leadOfficer->name + " is " + std::string(labelOf(leadOfficer->role)) +
                "; the lead officer must be a project officer");
    return out;
}

FieldProblems problemsOf(const Risk& risk) {
    FieldProblems out;
    checkRange(out, "inherent_likelihood", "likelihood", risk.inherentLikelihood, kMinScale, kMaxScale,
               kLikelihoodWords);
    checkRange(out, "inherent_impact", "impact", risk.inherentImpact, kMinScale, kMaxScale, kImpactWords);
    if (risk.residualLikelihood.has_value() != risk.residualImpact.has_value())
        addSentence(out, risk.residualLikelihood ? "residual_impact" : "residual_likelihood", "residual likelihood", "",
                    "residual likelihood and residual impact: give both or neither");
    if (risk.residualLikelihood)
        checkRange(out, "residual_likelihood", "residual likelihood", *risk.residualLikelihood, kMinScale, kMaxScale,
                   kLikelihoodWords);
    if (risk.residualImpact)
        checkRange(out, "residual_impact", "residual impact", *risk.residualImpact, kMinScale, kMaxScale, kImpactWords);
    if (risk.closedOn && *risk.closedOn < risk.raisedOn)
        add(out, "closed_on", "closed on", formatDate(risk.closedOn),
            formatDate(risk.closedOn) + " is before the risk was raised (" + formatDate(risk.raisedOn) + ")");
    // A foreseen risk that happened counts once, through the setback it became.
    if ((risk.status == RiskStatus::Occurred) != risk.setbackId.has_value())
        add(out, "setback_id", "setback", risk.setbackId ? std::to_string(*risk.setbackId) : "",
            risk.setbackId ? "a risk linked to a setback has status occurred, not " + std::string(keyOf(risk.status))
                           : std::string("a risk that occurred names the setback it became"));
    return out;
}

FieldProblems problemsOf(const Setback& setback) {
    FieldProblems out;
    if (setback.kind != FailureKind::Intelligent || setback.test.allHold()) return out;
    std::string missing;
    const auto note = [&](bool holds, const char* words) {
        if (!holds) missing += (missing.empty() ? "" : ", ") + std::string(words);
    };
    note(setback.test.newTerritory, "new territory");
    note(setback.test.credibleOpportunity, "a credible opportunity");
    note(setback.test.informedByKnowledge, "informed by what was known");
    note(setback.test.smallAsPossible, "as small as possible");
    note(setback.test.learnedFrom, "learned from");
    add(out, "kind", "kind", "intelligent",
        "a setback is an intelligent failure only if all five conditions hold; not confirmed: " + missing);
    return out;
}

FieldProblems problemsOf(const Lesson& lesson) {
    FieldProblems out;
    if (lesson.source == LessonSource::Setback && !lesson.setbackId)
        add(out, "setback_id", "setback", "", "a lesson from a setback must name the setback");
    if (lesson.setbackId && lesson.source != LessonSource::Setback)
        add(out, "source", "source", std::string(keyOf(lesson.source)), "a lesson that names a setback has source setback");
    return out;
}

FieldProblems problemsOf(const Benefit& benefit) {
    FieldProblems out;
    if (benefit.actual.has_value() != benefit.realisedOn.has_value())
        add(out, "actual", "actual", "", "a realised benefit needs both its actual value and the date");
    return out;
}

FieldProblems problemsOf(const Engagement& engagement) {
    FieldProblems out;
    if (engagement.participants && *engagement.participants < 0)
        add(out, "participants", "how many took part", std::to_string(*engagement.participants),
            std::to_string(*engagement.participants) + " is below zero; leave it empty where nobody counted");
    return out;
}

FieldProblems problemsOf(const Review& review) {
    FieldProblems out;
    if (review.closedOn && *review.closedOn < review.heldOn)
        add(out, "closed_on", "closed on", formatDate(review.closedOn),
            formatDate(review.closedOn) + " is before the review was held (" + formatDate(review.heldOn) + ")");
    return out;
}

void requireNoProblems(const FieldProblems& problems) {
    if (problems.empty()) return;
    const FieldProblem& first = problems.front();
    throw ValidationError(first.field, first.value, first.message);
}

}  // namespace innotrack
