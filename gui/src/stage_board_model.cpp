// The stage board view's model; see stage_board_model.hpp.
#include "gui/stage_board_model.hpp"

#include <algorithm>

namespace innotrack::gui {

std::size_t columnOf(Stage stage) {
    return static_cast<std::size_t>(std::find(kStageBoardColumns.begin(), kStageBoardColumns.end(), stage) -
                                     kStageBoardColumns.begin());
}

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

bool equalIgnoringAsciiCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

}  // namespace

std::optional<StageBoardFlag> flagNamedBy(std::string_view text) {
    const std::string_view words = trimmed(text);
    if (words.empty()) return std::nullopt;
    for (const StageBoardQuickFilter& quick : kStageBoardQuickFilters)
        for (const std::string_view word : quick.searchWords)
            if (!word.empty() && equalIgnoringAsciiCase(words, word)) return quick.flag;
    return std::nullopt;
}

void StageBoardModel::load(const StageBoardQueries& queries, Date today) {
    // Read everything first, so a failure keeps the board as it was. Another program may have
    // changed what the text finds and which cards are in each state, as it may have changed the cards.
    StageBoardPlaces read = queries.stageBoardPlaces(StageBoardScope{today, std::nullopt});
    std::vector<Id> matches = filter_.text.empty() ? std::vector<Id>() : search(queries, filter_.text, today);
    FlaggedIds flagged = StageBoardModel::flagged(queries, filter_, today, {});
    board_ = std::move(read);
    matches_ = std::move(matches);
    flagged_ = std::move(flagged);
    cards_.clear();
    on_ = today;
    loaded_ = true;
    applyFilter();
    readFirstPages(queries);
}

void StageBoardModel::setFilter(const StageBoardQueries& queries, const StageBoardFilter& filter) {
    if (filter == filter_) return;
    // Read what the new filter needs first, so a failure keeps the filter as it was.
    const bool searchAgain = filter.text != filter_.text && !filter.text.empty();
    std::vector<Id> matches = searchAgain ? search(queries, filter.text, on_) : std::vector<Id>();
    FlaggedIds known = flagged_;
    if (filter.me != filter_.me) known.erase(StageBoardFlag::Mine);  // someone else's, now
    FlaggedIds flagged = StageBoardModel::flagged(queries, filter, on_, std::move(known));
    if (searchAgain) matches_ = std::move(matches);
    flagged_ = std::move(flagged);
    filter_ = filter;
    applyFilter();
    readFirstPages(queries);
}

void StageBoardModel::readCards(const StageBoardQueries& queries, std::size_t index, std::size_t first,
                                std::size_t last) {
    std::vector<Id> unread;
    collectUnread(index, first, last, unread);
    // Something on screen is missing: read the whole page it starts, not just the rows asked for.
    if (!unread.empty()) collectUnread(index, last, first + kStageBoardPage, unread);
    readCardsOf(queries, unread);
}

void StageBoardModel::readFirstPages(const StageBoardQueries& queries) {
    std::vector<Id> unread;
    for (std::size_t index = 0; index < visible_.size(); ++index) collectUnread(index, 0, kStageBoardPage, unread);
    readCardsOf(queries, unread);
}

void StageBoardModel::collectUnread(std::size_t index, std::size_t first, std::size_t last,
                                    std::vector<Id>& unread) const {
    const std::vector<const StageBoardPlace*>& places = visible_.at(index);
    for (std::size_t row = first; row < std::min(last, places.size()); ++row)
        if (cards_.count(places[row]->innovationId) == 0) unread.push_back(places[row]->innovationId);
}

void StageBoardModel::readCardsOf(const StageBoardQueries& queries, const std::vector<Id>& innovations) {
    if (innovations.empty()) return;
    // Marked as asked first: a failure (in the error dialog) is not repeated every frame.
    for (const Id each : innovations) cards_.emplace(each, std::nullopt);
    for (StageBoardCard& card : queries.stageBoardCardsOf(on_, innovations)) cards_[card.innovationId] = std::move(card);
}

std::vector<Id> StageBoardModel::search(const StageBoardQueries& queries, const std::string& text, Date on) const {
    std::vector<Id> matches = queries.stageBoardSearch(text);
    if (const auto flag = flagNamedBy(text)) {
        const std::vector<Id> inState = queries.stageBoardFlagged(on, *flag, filter_.me);
        matches.insert(matches.end(), inState.begin(), inState.end());
    }
    std::sort(matches.begin(), matches.end());
    matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
    return matches;
}

StageBoardModel::FlaggedIds StageBoardModel::flagged(const StageBoardQueries& queries, const StageBoardFilter& filter,
                                                     Date on, FlaggedIds known) {
    FlaggedIds flagged;
    for (const StageBoardQuickFilter& quick : kStageBoardQuickFilters) {
        if (!filter.has(quick.flag)) continue;
        if (auto found = known.find(quick.flag); found != known.end()) {
            flagged.emplace(quick.flag, std::move(found->second));
            continue;
        }
        std::vector<Id> ids = queries.stageBoardFlagged(on, quick.flag, filter.me);
        std::sort(ids.begin(), ids.end());
        flagged.emplace(quick.flag, std::move(ids));
    }
    return flagged;
}

bool StageBoardModel::passes(const StageBoardPlace& place) const {
    if (filter_.cabinetLeadId && place.cabinetLeadId != filter_.cabinetLeadId) return false;
    if (filter_.ambitionId && place.ambitionId != filter_.ambitionId) return false;
    for (const auto& [flag, ids] : flagged_)
        if (!std::binary_search(ids.begin(), ids.end(), place.innovationId)) return false;
    return filter_.text.empty() || std::binary_search(matches_.begin(), matches_.end(), place.innovationId);
}

void StageBoardModel::applyFilter() {
    // The places come in the board's order, so each column is one pass over them.
    for (auto& column : visible_) column.clear();
    for (const StageBoardPlace& place : board_.places)
        if (passes(place)) visible_[columnOf(place.stage)].push_back(&place);
}

std::size_t StageBoardModel::visibleCount() const {
    std::size_t count = 0;
    for (const auto& column : visible_) count += column.size();
    return count;
}

const StageBoardCard* StageBoardModel::card(Id innovationId) const {
    const auto found = cards_.find(innovationId);
    return found == cards_.end() || !found->second ? nullptr : &*found->second;
}

MoveCheck StageBoardModel::checkMove(const std::optional<Person>& actor, Id innovationId, Stage to) const {
    const StageBoardCard* shown = card(innovationId);
    if (shown == nullptr)
        return {MoveVerdict::Refused, "Innovation " + std::to_string(innovationId) +
                                          " is no longer in the portfolio; the board has been reloaded."};
    return checkMove(actor, *shown, to);
}

MoveCheck StageBoardModel::checkMove(const std::optional<Person>& actor, const StageBoardCard& card, Stage to) {
    if (card.stage == to) return {MoveVerdict::Unchanged, {}};
    if (!actor) return {MoveVerdict::Refused, "Choose who you are acting as first (Portfolio > Act as)."};
    // Who may change a stage depends on the innovation's cabinet lead alone (tracker/permissions),
    // which the card carries; Portfolio::changeStage checks again against the stored record.
    Innovation record;
    record.id = card.innovationId;
    record.title = card.title;
    record.stage = card.stage;
    record.cabinetLeadId = card.cabinetLeadId;
    record.stopReason = card.stopReason;
    if (const Permission permission = permits(*actor, Action::ChangeStage, &record); !permission)
        return {MoveVerdict::Refused, permission.reason};
    if (const auto refusal = stageChangeRefusal(record)) return {MoveVerdict::Refused, *refusal + "."};
    if (to == Stage::Stopped) return {MoveVerdict::NeedsReason, {}};
    return {MoveVerdict::Allowed, {}};
}

}  // namespace innotrack::gui
