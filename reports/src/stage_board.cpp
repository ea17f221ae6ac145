// Builds the stage board model from the store's reads.
#include "reports/stage_board.hpp"

#include "tracker/errors.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

namespace innotrack::reports {
namespace {

std::optional<Date> lastReviewClosedOn(const PortfolioStore& store) {
    std::optional<Date> last;
    for (const Review& review : store.listReviews())
        if (review.closedOn && (!last || *review.closedOn > *last)) last = review.closedOn;
    return last;
}

// Everything on the board that is not on the innovation itself, gathered in one pass over each
// kind of record.
struct CardFacts {
    const Milestone* next = nullptr;
    StageBoardBadges badges;
};

std::unordered_map<Id, CardFacts> gatherFacts(const PortfolioStore& store, const StageBoard& board,
                                              const std::vector<Milestone>& milestones) {
    std::unordered_map<Id, CardFacts> facts;
    // listMilestones orders by due date, so the first outstanding one is the next.
    for (const Milestone& milestone : milestones) {
        if (milestone.isDone()) continue;
        CardFacts& card = facts[milestone.innovationId];
        if (card.next == nullptr) card.next = &milestone;
        if (milestone.isOverdue(board.today)) ++card.badges.overdueMilestones;
    }
    for (const Risk& risk : store.listRisks(std::nullopt))
        if (risk.status == RiskStatus::Open && board.bands.bandOf(risk.score()) == RiskBand::Critical)
            ++facts[risk.innovationId].badges.criticalRisksOpen;
    for (const Setback& setback : store.listSetbacks(std::nullopt))
        if (!board.lastReviewClosedOn || setback.occurredOn > *board.lastReviewClosedOn)
            ++facts[setback.innovationId].badges.setbacksSinceReview;
    return facts;
}

}  // namespace

const StageBoardColumn& StageBoard::column(Stage stage) const {
    for (const StageBoardColumn& candidate : columns)
        if (candidate.stage == stage) return candidate;
    throw std::out_of_range("the stage board has no column for stage " + std::string(labelOf(stage)));
}

std::size_t StageBoard::activeCount() const {
    std::size_t count = 0;
    for (const StageBoardColumn& each : columns)
        if (isActive(each.stage)) count += each.cards.size();
    return count;
}

StageBoard buildStageBoard(const PortfolioStore& store, Date today, OptionalId cabinetLeadId) {
    StageBoard board;
    board.today = today;
    board.cabinetLeadId = cabinetLeadId;
    if (cabinetLeadId) {
        const std::optional<Person> lead = store.findPerson(*cabinetLeadId);
        if (!lead)
            throw NotFound("No person has id " + std::to_string(*cabinetLeadId) +
                           "; the board can only be filtered by someone in the portfolio.");
        board.cabinetLeadName = lead->name;
    }
    board.bands = store.riskBands();
    board.lastReviewClosedOn = lastReviewClosedOn(store);
    for (std::size_t i = 0; i < kStageBoardStages.size(); ++i) board.columns[i].stage = kStageBoardStages[i];

    std::unordered_map<Id, std::string> names;
    for (const Person& person : store.listPeople()) names.emplace(person.id, person.name);
    const std::vector<Milestone> milestones = store.listMilestones(std::nullopt);
    const std::unordered_map<Id, CardFacts> facts = gatherFacts(store, board, milestones);

    InnovationFilter filter;
    filter.cabinetLeadId = cabinetLeadId;
    for (const Innovation& innovation : store.listInnovations(filter)) {
        StageBoardCard card;
        card.innovationId = innovation.id;
        card.title = innovation.title;
        card.stage = innovation.stage;
        card.priority = innovation.priority;
        card.confidence = innovation.confidence;
        if (innovation.cabinetLeadId) {
            const auto name = names.find(*innovation.cabinetLeadId);
            if (name != names.end()) card.cabinetLead = name->second;
        }
        card.stopReason = innovation.stopReason;
        if (const auto found = facts.find(innovation.id); found != facts.end()) {
            card.badges = found->second.badges;
            if (const Milestone* next = found->second.next) {
                card.nextMilestone = next->title;
                card.nextMilestoneDue = next->due;
            }
        }
        // listInnovations orders by priority then id, which is the order within a column.
        if (innovation.stage == Stage::Stopped) {
            board.stopped.push_back(std::move(card));
        } else {
            const auto index = static_cast<std::size_t>(
                std::find(kStageBoardStages.begin(), kStageBoardStages.end(), innovation.stage) - kStageBoardStages.begin());
            board.columns.at(index).cards.push_back(std::move(card));
        }
    }
    return board;
}

}  // namespace innotrack::reports
