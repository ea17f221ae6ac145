// Builds the stage board model from the stage board's query port: the cards into their columns.
#include "reports/stage_board.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

namespace innotrack::reports {

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

std::size_t StageBoard::cardCount() const {
    std::size_t count = stopped.size();
    for (const StageBoardColumn& each : columns) count += each.cards.size();
    return count;
}

StageBoard buildStageBoard(const StageBoardQueries& queries, Date on, OptionalId cabinetLeadId) {
    StageBoardCards read = queries.stageBoardCards(StageBoardScope{on, cabinetLeadId});
    StageBoard board;
    board.on = on;
    board.cabinetLeadId = cabinetLeadId;
    board.cabinetLeadName = std::move(read.cabinetLeadName);
    board.bands = read.bands;
    board.lastReviewClosedOn = read.lastReviewClosedOn;
    for (std::size_t i = 0; i < kStageBoardStages.size(); ++i) board.columns[i].stage = kStageBoardStages[i];
    // The port's order (priority, then id) is the order within a column; each column's size is
    // counted first, so no card is moved twice.
    std::array<std::size_t, kStageBoardStages.size()> sizes{};
    const auto indexOf = [](Stage stage) {
        return static_cast<std::size_t>(std::find(kStageBoardStages.begin(), kStageBoardStages.end(), stage) -
                                        kStageBoardStages.begin());
    };
    for (const StageBoardCard& card : read.cards)
        if (card.stage != Stage::Stopped) ++sizes.at(indexOf(card.stage));
    for (std::size_t i = 0; i < sizes.size(); ++i) board.columns[i].cards.reserve(sizes[i]);
    for (StageBoardCard& card : read.cards) {
        if (card.stage == Stage::Stopped) {
            board.stopped.push_back(std::move(card));
            continue;
        }
        board.columns.at(indexOf(card.stage)).cards.push_back(std::move(card));
    }
    return board;
}

}  // namespace innotrack::reports
