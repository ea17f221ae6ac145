// The board view's model: reports' StageBoard plus what the desktop needs on top of it (filters
// kept as index lists, the records behind each card for permission checks, and card moves).
// No ImGui here: it is tested directly.
#pragma once

#include "reports/stage_board.hpp"
#include "tracker/permissions.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace innotrack::gui {

struct StageBoardFilter {
    OptionalId cabinetLeadId;
    OptionalId ambitionId;
    std::string text;  // matched, without regard to case, in title, summary, inspired-by and cabinet lead

    bool operator==(const StageBoardFilter&) const = default;
};

// The five stages in order, then Stopped: a column each, so a card can be dropped on Stopped too.
inline constexpr std::array<Stage, 6> kStageBoardColumns = {Stage::Idea,    Stage::Exploring,    Stage::Piloting,
                                                       Stage::Scaling, Stage::Mainstreamed, Stage::Stopped};

// What dropping a card on a column would do.
enum class MoveVerdict {
    Unchanged,    // dropped back on its own column
    Allowed,      // the stage can change now
    NeedsReason,  // Stopped: ask why first
    Refused,      // `reason` says why, in words
};

struct MoveCheck {
    MoveVerdict verdict = MoveVerdict::Unchanged;
    std::string reason;
};

class StageBoardModel {
public:
    // Reads the portfolio: the stage board, and the records behind the cards.
    void load(const PortfolioStore& store, Date today);
    bool loaded() const { return loaded_; }

    // Recomputes the visible cards only when the filter differs from the current one.
    void setFilter(const StageBoardFilter& filter);
    const StageBoardFilter& filter() const { return filter_; }

    // Column `index` of kStageBoardColumns: the cards that pass the filter, in board order.
    const std::vector<const reports::StageBoardCard*>& visible(std::size_t index) const { return visible_.at(index); }
    std::size_t visibleCount() const;
    std::size_t cardCount() const;
    const reports::StageBoardCard* card(Id innovationId) const;
    const Innovation* innovation(Id innovationId) const;
    const reports::StageBoard& board() const { return board_; }

    // The choices of the filter: cabinet members and the leader who lead something, and ambitions.
    const std::vector<Person>& cabinetLeads() const { return cabinetLeads_; }
    const std::vector<Ambition>& ambitions() const { return ambitions_; }

    // `actor` empty: nobody chosen yet.
    MoveCheck checkMove(const std::optional<Person>& actor, Id innovationId, Stage to) const;

private:
    struct CardRecord {
        const reports::StageBoardCard* card = nullptr;
        Innovation innovation;
        std::string haystack;  // lower-case text the filter searches
    };

    bool passes(const CardRecord& record, const std::string& needle) const;
    void applyFilter();

    bool loaded_ = false;
    reports::StageBoard board_;
    std::unordered_map<Id, CardRecord> records_;
    std::vector<Id> order_;  // innovations in board order, column by column
    std::array<std::vector<const reports::StageBoardCard*>, kStageBoardColumns.size()> visible_;
    StageBoardFilter filter_;
    std::vector<Person> cabinetLeads_;
    std::vector<Ambition> ambitions_;
};

// Index of `stage` in kStageBoardColumns.
std::size_t columnOf(Stage stage);

// Lower case for ASCII letters; other characters (é, ŵ) stay as typed.
std::string lowerCase(std::string_view text);

}  // namespace innotrack::gui
