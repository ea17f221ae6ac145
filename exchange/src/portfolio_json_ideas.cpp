// The rules of a document's ideas that span records, as the store and `check` hold them.
#include "portfolio_json_reader.hpp"

#include <map>
#include <utility>

namespace innotrack::exchange::json_reading {

namespace fields = json_fields;

void checkIdeas(const std::vector<Idea>& ideas, const std::vector<IdeaScore>& scores) {
    const char* array = fields::arrayOf(fields::Table::Ideas);
    std::map<Id, std::size_t> becameBy;  // innovation: the idea it came from
    std::map<Id, std::size_t> at;
    for (std::size_t i = 0; i < ideas.size(); ++i) {
        at[ideas[i].id] = i;
        if (!ideas[i].innovationId) continue;
        const auto [earlier, fresh] = becameBy.emplace(*ideas[i].innovationId, i);
        if (!fresh)
            refuse(Place{array, i}.field("innovation_id"), std::to_string(*ideas[i].innovationId),
                   "innovation " + std::to_string(*ideas[i].innovationId) + " was already promoted from " +
                       Place{array, earlier->second}.words());
    }
    std::map<std::pair<Id, Id>, std::size_t> scored;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const IdeaScore& score = scores[i];
        const Place place{fields::kIdeaScores, i};
        const auto [earlier, fresh] = scored.emplace(std::pair(score.ideaId, score.assessorId), i);
        if (!fresh)
            refuse(place.words(), "",
                   "idea " + std::to_string(score.ideaId) + " already has a score by person " +
                       std::to_string(score.assessorId) + " (" + Place{fields::kIdeaScores, earlier->second}.words() + ")");
        const Idea& idea = ideas[at.at(score.ideaId)];
        if (idea.status == IdeaStatus::Submitted)
            refuse(place.words(), "",
                   "idea " + std::to_string(idea.id) + " is scored but still marked submitted, not under assessment");
    }
}

}  // namespace innotrack::exchange::json_reading
