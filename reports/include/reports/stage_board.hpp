// The stage board: a card per innovation in a column per stage, with the badges a cabinet
// needs to see at a glance; plain data, so the text renderer and the desktop board share it.
#pragma once

#include "tracker/store.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace innotrack::reports {

// What needs attention on a card. Each is a count, so zero means nothing to flag.
struct StageBoardBadges {
    int overdueMilestones = 0;    // not completed and due before today
    int criticalRisksOpen = 0;    // open, and Critical by the portfolio's bands on Risk::score()
    int setbacksSinceReview = 0;  // dated after the last closed weekly review's closing day
};

struct StageBoardCard {
    Id innovationId = 0;
    std::string title;
    Stage stage = Stage::Idea;
    int priority = 3;
    Confidence confidence = Confidence::Amber;
    std::string cabinetLead;  // the person's name; empty when none is set
    // The outstanding milestone with the earliest current due date, even if it is overdue:
    // it is what the team has to deliver next.
    std::optional<std::string> nextMilestone;
    std::optional<Date> nextMilestoneDue;
    std::string stopReason;  // only for stopped innovations
    StageBoardBadges badges;
};

struct StageBoardColumn {
    Stage stage = Stage::Idea;
    std::vector<StageBoardCard> cards;  // by priority, then id
};

inline constexpr std::array<Stage, 5> kStageBoardStages = {Stage::Idea, Stage::Exploring, Stage::Piloting,
                                                      Stage::Scaling, Stage::Mainstreamed};

struct StageBoard {
    Date today;
    OptionalId cabinetLeadId;     // the filter, when the board shows one cabinet lead's innovations
    std::string cabinetLeadName;  // empty when not filtered
    RiskBands bands;
    std::optional<Date> lastReviewClosedOn;     // setbacks after this day are new
    std::array<StageBoardColumn, 5> columns;         // in the order of kStageBoardStages
    std::vector<StageBoardCard> stopped;             // listed apart, collapsed when shown

    const StageBoardColumn& column(Stage stage) const;  // throws std::out_of_range for Stopped
    std::size_t activeCount() const;               // cards in every column but Mainstreamed
};

// Reads the store once per kind of record, so the cost grows with the portfolio, not with
// innovations × queries. Throws NotFound when `cabinetLeadId` names nobody.
StageBoard buildStageBoard(const PortfolioStore& store, Date today, OptionalId cabinetLeadId = std::nullopt);

// The board for an 80-column terminal: a section per stage with aligned rows, confidence by its
// label, stopped innovations on a few lines at the end, then a legend for the badges.
std::string renderStageBoardText(const StageBoard& board);

}  // namespace innotrack::reports
