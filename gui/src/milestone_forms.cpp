// The officer's milestone upkeep; see milestone_forms.hpp.
#include "gui/milestone_forms.hpp"

#include "gui/form_fields.hpp"
#include "gui/undo_steps.hpp"

namespace innotrack::gui {

void MilestoneForms::reset() {
    adding = {};
    cancel();
    confirmation_.clear();
}

void MilestoneForms::cancel() {
    renaming.reset();
    moving.reset();
    errors_.clear();
}

std::optional<Date> MilestoneForms::date(const AppState& state, const std::string& typed, const std::string& field) {
    return dateField(state, typed, field, errors_);
}

bool MilestoneForms::add(AppState& state, Id innovationId) {
    errors_.clear();
    const std::optional<Date> due = date(state, adding.due, "due date");
    if (!due) return false;
    Milestone draft;
    draft.innovationId = innovationId;
    draft.title = adding.title;
    draft.due = *due;
    draft.baselineDue = *due;
    return state.saveRecord<Milestone>(
        "Adding the milestone", RecordKind::Milestones,
        [draft](Portfolio& portfolio, Id actor) { return portfolio.addMilestone(actor, draft); },
        [this, &state](const Milestone& added) {
            confirmation_ = "Added milestone " + quoted(added.title) + ", due " + formatDate(added.due) + ".";
            confirmedAs_ = state.confirm(confirmation_, additionUndo(added, "Added milestone " + quoted(added.title)));
            adding = {};
        },
        &errors_);
}

void MilestoneForms::startRename(const Milestone& milestone) {
    cancel();
    renaming = MilestoneRenameDraft{milestone.id, milestone.title};
}

void MilestoneForms::startMove(const Milestone& milestone) {
    cancel();
    moving = MilestoneMoveDraft{milestone.id, milestone.title, formatDate(milestone.due), ""};
}

bool MilestoneForms::rename(AppState& state) {
    if (!renaming) return false;
    errors_.clear();
    const MilestoneRenameDraft draft = *renaming;
    auto before = std::make_shared<Milestone>();
    return state.saveRecord<Milestone>(
        "Renaming the milestone", RecordKind::Milestones,
        [draft, before](Portfolio& portfolio, Id actor) {
            *before = portfolio.milestone(draft.milestoneId);
            Milestone edited = *before;
            edited.title = draft.title;
            return portfolio.updateMilestone(actor, edited);
        },
        [this, &state, before](const Milestone& renamed) {
            confirmation_ = "Renamed the milestone " + quoted(renamed.title) + ".";
            confirmedAs_ = state.confirm(confirmation_, milestoneEditUndo(*before, renamed,
                                                           "Renamed " + quoted(before->title) + " to " + quoted(renamed.title)));
            renaming.reset();
        },
        &errors_);
}

bool MilestoneForms::move(AppState& state) {
    if (!moving) return false;
    errors_.clear();
    const MilestoneMoveDraft draft = *moving;
    const std::optional<Date> to = date(state, draft.newDue, "due date");
    if (!to) return false;
    auto from = std::make_shared<Date>();
    auto moveId = std::make_shared<Id>();  // the move just made, read back on the worker, for Undo
    const Date newDue = *to;
    return state.saveRecord<Milestone>(
        "Moving the milestone", RecordKind::Milestones,
        [draft, newDue, from, moveId](Portfolio& portfolio, Id actor) {
            *from = portfolio.milestone(draft.milestoneId).due;
            Milestone moved = portfolio.moveMilestone(actor, draft.milestoneId, newDue, draft.reason);
            *moveId = portfolio.store().listMilestoneMoves(moved.id).back().id;
            return moved;
        },
        [this, &state, from, moveId](const Milestone& moved) {
            confirmation_ =
                "Moved " + quoted(moved.title) + " from " + formatDate(*from) + " to " + formatDate(moved.due) + ".";
            confirmedAs_ = state.confirm(confirmation_,
                          milestoneMoveUndo(moved.id, *moveId, "Moved " + quoted(moved.title) + " to " + formatDate(moved.due)));
            moving.reset();
        },
        &errors_);
}

}  // namespace innotrack::gui
