// The stage board: a card per innovation in a column per stage, with the badges a cabinet needs to
// see at a glance. Its cards come from tracker's StageBoardQueries, whose figures are the board
// paper's (docs/REPORTS.md); plain data, so the text renderer and the desktop board share it.
#pragma once

#include "tracker/stage_board_queries.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace innotrack::reports {

struct StageBoardColumn {
    Stage stage = Stage::Idea;
    std::vector<StageBoardCard> cards;  // by priority, then id
};

inline constexpr std::array<Stage, 5> kStageBoardStages = {Stage::Idea, Stage::Exploring, Stage::Piloting,
                                                           Stage::Scaling, Stage::Mainstreamed};

struct StageBoard {
    Date on;                      // the day every card is as of
    OptionalId cabinetLeadId;     // the filter, when the board shows one cabinet lead's innovations
    std::string cabinetLeadName;  // empty when not filtered
    RiskBands bands;
    std::optional<Date> lastReviewClosedOn;         // setbacks after this day are new
    std::array<StageBoardColumn, 5> columns;        // in the order of kStageBoardStages
    std::vector<StageBoardCard> stopped;            // listed apart, collapsed when shown

    const StageBoardColumn& column(Stage stage) const;  // throws std::out_of_range for Stopped
    std::size_t activeCount() const;                    // cards in every column but Mainstreamed
    std::size_t cardCount() const;                      // every card, stopped ones too
};

// One read through the port: every card with its figures. Throws NotFound when `cabinetLeadId`
// names nobody.
StageBoard buildStageBoard(const StageBoardQueries& queries, Date on, OptionalId cabinetLeadId = std::nullopt);

// The board for an 80-column terminal: a section per stage with aligned rows, confidence by its
// label, stopped innovations on a few lines at the end, then a legend for the badges.
std::string renderStageBoardText(const StageBoard& board);

}  // namespace innotrack::reports
