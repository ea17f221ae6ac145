// The stage board view's model: every card's place from the stage board's query port (one read per
// reload), the filtered columns as lists of places, and the whole cards of those on screen, read a
// page at a time; and whether a card may move. Its memory follows the cards, not the milestones,
// risks and reviews behind them. No ImGui here: it is tested directly.
#pragma once

#include "tracker/permissions.hpp"
#include "tracker/stage_board_queries.hpp"

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace innotrack::gui {

// A quick filter: a button above the board that keeps only the cards in its state, and the words
// that, typed alone in the search box, find the cards in that state too.
struct StageBoardQuickFilter {
    StageBoardFlag flag;
    std::string_view label;
    std::array<std::string_view, 3> searchWords;  // lower case; unused ones empty
};

// In the order the board shows them. "Mine" has no search words: it is whose, not a state.
inline constexpr std::array<StageBoardQuickFilter, 5> kStageBoardQuickFilters = {{
    {StageBoardFlag::Overdue, "Overdue", {"overdue", "overdue milestone", "overdue milestones"}},
    {StageBoardFlag::CriticalRisk, "Critical risk", {"critical", "critical risk", "critical risks"}},
    {StageBoardFlag::NewSetback, "New setback", {"setback", "new setback", "new setbacks"}},
    {StageBoardFlag::InDoubt, "Amber/Red or Red", {"red", "amber/red", "in doubt"}},
    {StageBoardFlag::Mine, "Mine", {}},
}};

// The quick filter whose state `text` names (one of its search words, whatever the case of its
// ASCII letters and the spaces around it), if any.
std::optional<StageBoardFlag> flagNamedBy(std::string_view text);

struct StageBoardFilter {
    OptionalId cabinetLeadId;
    OptionalId ambitionId;
    // Matched, without regard to the case of ASCII letters, in title, summary, inspired-by and
    // cabinet lead, by the backend (StageBoardQueries::stageBoardSearch); a quick filter's search
    // word also finds the cards in its state.
    std::string text;
    // The quick filters turned on, by StageBoardFlag; a card must be in every state turned on.
    std::array<bool, kStageBoardQuickFilters.size()> flags{};
    OptionalId me;  // whose cards "Mine" keeps: the person acting

    bool has(StageBoardFlag flag) const { return flags.at(static_cast<std::size_t>(flag)); }
    void set(StageBoardFlag flag, bool on) { flags.at(static_cast<std::size_t>(flag)) = on; }
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

// How many whole cards one read fetches: more than a column shows on a tall screen, so scrolling
// reads a page at a time and the first frame reads one page per column, all in one query.
inline constexpr std::size_t kStageBoardPage = 24;

class StageBoardModel {
public:
    // The columns point into the model's own places: moved, never copied.
    StageBoardModel() = default;
    StageBoardModel(const StageBoardModel&) = delete;
    StageBoardModel& operator=(const StageBoardModel&) = delete;
    StageBoardModel(StageBoardModel&&) = default;
    StageBoardModel& operator=(StageBoardModel&&) = default;

    // Reads the stage board as of `today`: every card's place (one query), the search again when the
    // filter has text, and the whole cards of the first page of each column (one more), replacing
    // what was read before.
    void load(const StageBoardQueries& queries, Date today);
    bool loaded() const { return loaded_; }

    // Recomputes the visible cards only when the filter differs from the current one; asks the
    // backend for the search only when its text changed, and for the cards that now head the columns.
    void setFilter(const StageBoardQueries& queries, const StageBoardFilter& filter);
    const StageBoardFilter& filter() const { return filter_; }

    // Reads the whole cards at rows [first, last) of column `index` that are not read yet, with the
    // rest of their page: at most one query, none when all are read.
    void readCards(const StageBoardQueries& queries, std::size_t index, std::size_t first, std::size_t last);

    // Column `index` of kStageBoardColumns: the places of the cards that pass the filter, in board order.
    const std::vector<const StageBoardPlace*>& visible(std::size_t index) const { return visible_.at(index); }
    std::size_t visibleCount() const;
    std::size_t cardCount() const { return board_.places.size(); }
    // The whole card, once read (the rows readCards was asked for); nullptr before, or when its
    // innovation was removed since the places were read.
    const StageBoardCard* card(Id innovationId) const;
    Date on() const { return on_; }  // the day the cards are as of

    // The choices of the filter: cabinet members and the leader who lead something, and ambitions.
    const std::vector<StageBoardLead>& cabinetLeads() const { return board_.cabinetLeads; }
    const std::vector<StageBoardAmbition>& ambitions() const { return board_.ambitions; }

    // `actor` empty: nobody chosen yet. The first finds the card (it must have been read); the second
    // is for a card at hand.
    MoveCheck checkMove(const std::optional<Person>& actor, Id innovationId, Stage to) const;
    static MoveCheck checkMove(const std::optional<Person>& actor, const StageBoardCard& card, Stage to);

private:
    using FlaggedIds = std::map<StageBoardFlag, std::vector<Id>>;

    bool passes(const StageBoardPlace& place) const;
    // What the text finds, and the cards in the state it names, by id.
    std::vector<Id> search(const StageBoardQueries& queries, const std::string& text, Date on) const;
    // The cards in each state `filter` turns on, by id: those in `known` taken from it, the others read.
    static FlaggedIds flagged(const StageBoardQueries& queries, const StageBoardFilter& filter, Date on,
                              FlaggedIds known);
    void applyFilter();
    void readFirstPages(const StageBoardQueries& queries);
    // Adds to `unread` the innovations at rows [first, last) of column `index` whose cards are not read.
    void collectUnread(std::size_t index, std::size_t first, std::size_t last, std::vector<Id>& unread) const;
    void readCardsOf(const StageBoardQueries& queries, const std::vector<Id>& innovations);

    bool loaded_ = false;
    Date on_;
    StageBoardPlaces board_;  // every card's place by priority, then id, every stage together
    std::array<std::vector<const StageBoardPlace*>, kStageBoardColumns.size()> visible_;
    // The cards asked for so far; one that could not be read, or whose innovation was removed since
    // the places were read, maps to nothing, so it is not asked for again every frame.
    std::unordered_map<Id, std::optional<StageBoardCard>> cards_;
    StageBoardFilter filter_;
    std::vector<Id> matches_;  // the innovations filter_.text finds, by id; unused while it is empty
    FlaggedIds flagged_;       // the innovations in each state filter_ turns on, by id
};

// Index of `stage` in kStageBoardColumns.
std::size_t columnOf(Stage stage);

}  // namespace innotrack::gui
