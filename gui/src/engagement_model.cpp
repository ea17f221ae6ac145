// The engagement model and form; see engagement_model.hpp.
#include "gui/engagement_model.hpp"

#include "gui/undo_steps.hpp"
#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <algorithm>

namespace innotrack::gui {

void EngagementModel::reload(const PortfolioStore& store, Date today) {
    names_.clear();
    for (const Person& person : store.listPeople()) names_[person.id] = person.name;
    titles_.clear();
    InnovationFilter all;
    const std::vector<Innovation> innovations = store.listInnovations(all);
    for (const Innovation& innovation : innovations) titles_[innovation.id] = innovation.title;
    const std::vector<Engagement> engagements = store.listEngagements(std::nullopt);
    rows_.clear();
    for (const Engagement& engagement : engagements) rows_.push_back(rowOf(engagement));
    std::reverse(rows_.begin(), rows_.end());  // listed by date, then id: newest first here
    taken_.clear();
    for (const Innovation& innovation : innovations)
        if (takingPeopleWithItApplies(innovation))
            taken_.push_back({innovation.id, innovation.title, innovation.stage,
                              groupsNotEngaged(innovation.id, engagements, today)});
    unanswered_.clear();
    for (const Engagement& engagement : innotrack::unansweredOpposition(engagements, today))
        unanswered_.push_back(rowOf(engagement));
}

EngagementRow EngagementModel::rowOf(const Engagement& engagement) const {
    EngagementRow row{engagement, {}, {}};
    if (const auto title = titles_.find(engagement.innovationId); title != titles_.end()) row.innovation = title->second;
    if (const auto name = names_.find(engagement.ledById); name != names_.end()) row.ledBy = name->second;
    return row;
}

std::vector<const EngagementRow*> EngagementModel::rowsOf(Id innovationId) const {
    std::vector<const EngagementRow*> out;
    for (const EngagementRow& row : rows_)
        if (row.engagement.innovationId == innovationId) out.push_back(&row);
    return out;
}

std::size_t EngagementModel::takenPeopleCount() const {
    return static_cast<std::size_t>(
        std::count_if(taken_.begin(), taken_.end(), [](const TakenPeopleRow& row) { return row.notEngaged.empty(); }));
}

std::string groupsInWords(const std::vector<EngagedGroup>& groups) {
    std::string words;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (i > 0) words += i + 1 == groups.size() ? " and " : ", ";
        words += describe(groups[i]);
    }
    return words;
}

void EngagementFormModel::reset(Date today, OptionalId actorId) {
    draft = EngagementDraft{};
    draft.heldOn = formatDate(today);
    draft.ledById = actorId;
    errors_.clear();
}

bool EngagementFormModel::submit(AppState& state, Id innovationId) {
    errors_.clear();
    Engagement record;
    record.innovationId = innovationId;
    try {
        record.heldOn = parseDate(draft.heldOn, state.clock(), "date");
    } catch (const ValidationError& error) {
        errors_.byField["date"] = error.what();
    }
    if (!draft.participants.empty()) {
        std::string count = draft.participants;
        count.erase(0, count.find_first_not_of(' '));
        count.erase(count.find_last_not_of(' ') + 1);
        const bool digits = !count.empty() && count.size() <= 6 && std::all_of(count.begin(), count.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
        if (digits) record.participants = std::stoi(count);
        else errors_.byField["how many took part"] = "how many took part: '" + draft.participants + "' is not a whole number";
    }
    if (!draft.ledById) errors_.byField["led by"] = "led by: choose who led it";
    if (!errors_.empty()) return false;
    record.audience = draft.audience;
    record.form = draft.form;
    record.ledById = *draft.ledById;
    record.stance = draft.stance;
    record.concerns = draft.concerns;
    record.response = draft.response;
    return state.saveRecord<Engagement>(
        "Recording the engagement", RecordKind::Engagements,
        [record](Portfolio& portfolio, Id actor) { return portfolio.addEngagement(actor, record); },
        [this, &state](const Engagement& saved) {
            recorded_ = saved.id;
            const OptionalId ledBy = draft.ledById;
            reset(state.today(), ledBy);
            const std::string said = "Recorded engagement " + std::to_string(saved.id) + " (" +
                                     std::string(labelOf(saved.audience)) + ", " + std::string(labelOf(saved.form)) + ")";
            state.confirm(said, additionUndo(saved, said));
        },
        &errors_);
}

}  // namespace innotrack::gui
