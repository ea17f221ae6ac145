// Ideas' sources and statuses, and an idea's score in words (DOMAIN.md "Ideas and the gate").
// Keys are stored in files: never change one.
#include "tracker/idea.hpp"

#include "audit_fields.hpp"
#include "tracker/record_checks.hpp"

#include <tuple>

namespace innotrack {

const std::array<ScaleEntry<IdeaSource>, 5> Scale<IdeaSource>::entries{{
    {IdeaSource::Own, "own", "Own idea"},
    {IdeaSource::OtherCouncil, "other-council", "Another council"},
    {IdeaSource::CaseStudy, "case-study", "A case study"},
    {IdeaSource::Resident, "resident", "A resident"},
    {IdeaSource::Partner, "partner", "A partner"},
}};

const std::array<ScaleEntry<IdeaStatus>, 5> Scale<IdeaStatus>::entries{{
    {IdeaStatus::Submitted, "submitted", "Submitted"},
    {IdeaStatus::UnderAssessment, "under-assessment", "Under assessment"},
    {IdeaStatus::Promoted, "promoted", "Promoted"},
    {IdeaStatus::Declined, "declined", "Declined"},
    {IdeaStatus::Parked, "parked", "Parked"},
}};

static_assert(static_cast<int>(IdeaSource::Partner) == 4, "IdeaSource table out of step with the enum");
static_assert(static_cast<int>(IdeaStatus::Parked) == 4, "IdeaStatus table out of step with the enum");

std::optional<double> ideaScore(const std::vector<IdeaScore>& scores) {
    if (scores.empty()) return std::nullopt;
    double sum = 0;
    for (const IdeaScore& score : scores) sum += score.total();
    return sum / static_cast<double>(scores.size());
}

std::string formatIdeaScore(const std::optional<double>& score) {
    return score ? audit::formatNumber(*score) : "—";
}

std::string describeScores(const IdeaScore& score) {
    std::string words;
    for (const auto& [field, value] : audit::fieldsOf(score))
        if (field != "scored on") words += (words.empty() ? "" : ", ") + field + " " + value;
    return words + " = " + std::to_string(score.total());
}

std::string inspiredByOf(const Idea& idea) {
    if (idea.source == IdeaSource::Own) return idea.reference;
    const std::string from(labelOf(idea.source));
    return idea.reference.empty() ? from : from + ": " + idea.reference;
}

FieldProblems problemsOf(const Idea& idea) {
    FieldProblems out;
    const auto add = [&](const char* key, const char* field, std::string value, const std::string& why) {
        out.push_back({key, field, value, why, std::string(field) + ": " + why});
    };
    const std::string status(keyOf(idea.status));
    const bool decided = idea.isDecided();
    if ((idea.status == IdeaStatus::Promoted) != idea.innovationId.has_value())
        add("innovation_id", "innovation", idea.innovationId ? std::to_string(*idea.innovationId) : "",
            idea.innovationId ? "only a promoted idea names an innovation, and this one is " + status
                              : "a promoted idea names the innovation it became");
    if (decided != idea.decidedOn.has_value())
        add("decided_on", "decided on", formatDate(idea.decidedOn),
            decided ? "a " + status + " idea has the day it was decided" : "a " + status + " idea is not decided yet");
    if (decided != idea.decidedById.has_value())
        add("decided_by_id", "decided by", idea.decidedById ? std::to_string(*idea.decidedById) : "",
            decided ? "a " + status + " idea names who decided it" : "a " + status + " idea is not decided yet");
    if (idea.status == IdeaStatus::Declined && idea.decisionReason.empty())
        add("decision_reason", "reason", "", "a declined idea has the reason its submitter is shown");
    if ((idea.status == IdeaStatus::Parked) != idea.lookAgainOn.has_value())
        add("look_again_on", "look again on", formatDate(idea.lookAgainOn),
            idea.lookAgainOn ? "only a parked idea has a day to look again, and this one is " + status
                             : "a parked idea has a day to look again");
    if (idea.status == IdeaStatus::Parked && !idea.parkedOn)
        add("parked_on", "parked on", "", "a parked idea has the day it was parked");
    if (idea.status == IdeaStatus::Submitted && idea.assessedFrom)
        add("assessed_from", "under assessment from", formatDate(idea.assessedFrom),
            "a submitted idea has no score yet");
    if (idea.status == IdeaStatus::UnderAssessment && !idea.assessedFrom)
        add("assessed_from", "under assessment from", "", "an idea under assessment has the day of its first score");
    for (const auto& [key, field, day] : {std::tuple{"assessed_from", "under assessment from", idea.assessedFrom},
                                          std::tuple{"parked_on", "parked on", idea.parkedOn},
                                          std::tuple{"decided_on", "decided on", idea.decidedOn}})
        if (day && *day < idea.submittedOn)
            add(key, field, formatDate(day),
                formatDate(day) + " is before the idea was submitted (" + formatDate(idea.submittedOn) + ")");
    return out;
}

}  // namespace innotrack
