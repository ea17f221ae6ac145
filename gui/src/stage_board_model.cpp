// The board view's model; see board_model.hpp.
#include "gui/stage_board_model.hpp"

#include <algorithm>
#include <set>

namespace innotrack::gui {

std::size_t columnOf(Stage stage) {
    return static_cast<std::size_t>(std::find(kStageBoardColumns.begin(), kStageBoardColumns.end(), stage) -
                                     kStageBoardColumns.begin());
}

std::string lowerCase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

void StageBoardModel::load(const PortfolioStore& store, Date today) {
    board_ = reports::buildStageBoard(store, today);
    records_.clear();
    for (const Innovation& innovation : store.listInnovations({}))
        records_[innovation.id].innovation = innovation;

    const auto attach = [&](const reports::StageBoardCard& card) {
        CardRecord& record = records_[card.innovationId];
        record.card = &card;
        record.haystack = lowerCase(card.title + '\n' + record.innovation.summary + '\n' +
                                    record.innovation.inspiredBy + '\n' + card.cabinetLead);
    };
    for (const reports::StageBoardColumn& column : board_.columns)
        for (const reports::StageBoardCard& card : column.cards) attach(card);
    for (const reports::StageBoardCard& card : board_.stopped) attach(card);

    std::set<Id> leads;
    for (const auto& [id, record] : records_)
        if (record.innovation.cabinetLeadId) leads.insert(*record.innovation.cabinetLeadId);
    cabinetLeads_.clear();
    for (const Person& person : store.listPeople())
        if (leads.count(person.id) > 0) cabinetLeads_.push_back(person);
    ambitions_ = store.listAmbitions();

    loaded_ = true;
    applyFilter();
}

void StageBoardModel::setFilter(const StageBoardFilter& filter) {
    if (filter == filter_) return;
    filter_ = filter;
    applyFilter();
}

bool StageBoardModel::passes(const CardRecord& record, const std::string& needle) const {
    if (filter_.cabinetLeadId && record.innovation.cabinetLeadId != filter_.cabinetLeadId) return false;
    if (filter_.ambitionId && record.innovation.ambitionId != filter_.ambitionId) return false;
    return needle.empty() || record.haystack.find(needle) != std::string::npos;
}

void StageBoardModel::applyFilter() {
    const std::string needle = lowerCase(filter_.text);
    const auto fill = [&](std::vector<const reports::StageBoardCard*>& into, const std::vector<reports::StageBoardCard>& cards) {
        into.clear();
        for (const reports::StageBoardCard& card : cards) {
            const auto found = records_.find(card.innovationId);
            if (found != records_.end() && passes(found->second, needle)) into.push_back(&card);
        }
    };
    for (std::size_t i = 0; i < board_.columns.size(); ++i) fill(visible_[i], board_.columns[i].cards);
    fill(visible_[columnOf(Stage::Stopped)], board_.stopped);
}

std::size_t StageBoardModel::visibleCount() const {
    std::size_t count = 0;
    for (const auto& column : visible_) count += column.size();
    return count;
}

std::size_t StageBoardModel::cardCount() const {
    std::size_t count = board_.stopped.size();
    for (const reports::StageBoardColumn& column : board_.columns) count += column.cards.size();
    return count;
}

const reports::StageBoardCard* StageBoardModel::card(Id innovationId) const {
    const auto found = records_.find(innovationId);
    return found == records_.end() ? nullptr : found->second.card;
}

const Innovation* StageBoardModel::innovation(Id innovationId) const {
    const auto found = records_.find(innovationId);
    return found == records_.end() ? nullptr : &found->second.innovation;
}

MoveCheck StageBoardModel::checkMove(const std::optional<Person>& actor, Id innovationId, Stage to) const {
    const Innovation* record = innovation(innovationId);
    if (record == nullptr)
        return {MoveVerdict::Refused, "Innovation " + std::to_string(innovationId) +
                                          " is no longer in the portfolio; the board has been reloaded."};
    if (record->stage == to) return {MoveVerdict::Unchanged, {}};
    if (!actor) return {MoveVerdict::Refused, "Choose who you are acting as first (Portfolio > Act as)."};
    if (const Permission permission = permits(*actor, Action::ChangeStage, record); !permission)
        return {MoveVerdict::Refused, permission.reason};
    if (const auto refusal = stageChangeRefusal(*record)) return {MoveVerdict::Refused, *refusal + "."};
    if (to == Stage::Stopped) return {MoveVerdict::NeedsReason, {}};
    return {MoveVerdict::Allowed, {}};
}

}  // namespace innotrack::gui
