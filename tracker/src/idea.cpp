// Ideas' sources and statuses, and an idea's score in words (DOMAIN.md "Ideas and the gate").
// Keys are stored in files: never change one.
#include "tracker/idea.hpp"

#include "audit_fields.hpp"

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

}  // namespace innotrack
