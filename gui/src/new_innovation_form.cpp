// "New innovation…"; see new_innovation_form.hpp.
#include "gui/new_innovation_form.hpp"

#include "gui/form_fields.hpp"
#include "gui/undo_steps.hpp"
#include "tracker/errors.hpp"
#include "tracker/money.hpp"
#include "tracker/text.hpp"

namespace innotrack::gui {

void NewInnovationForm::open(AppState& state) {
    errors_.clear();
    cabinetLeads_.clear();
    officers_.clear();
    ambitions_.clear();
    state.read([&] {
        for (const Person& person : state.store().listPeople()) {
            if (mayBeCabinetLead(person.role)) cabinetLeads_[person.id] = person.name;
            if (mayBeLeadOfficer(person.role)) officers_[person.id] = person.name;
        }
        for (const Ambition& ambition : state.store().listAmbitions()) ambitions_[ambition.id] = ambition.title;
    });
    const bool fresh = draft.title.empty() && draft.summary.empty();
    if (fresh && state.actor() && mayBeCabinetLead(state.actor()->role)) draft.cabinetLeadId = state.actor()->id;
    open_ = true;
}

void NewInnovationForm::close() {
    open_ = false;
    errors_.clear();
}

void NewInnovationForm::discard() {
    close();
    draft = {};
}

bool NewInnovationForm::submit(AppState& state) {
    errors_.clear();
    Innovation innovation;
    innovation.title = draft.title;
    innovation.summary = draft.summary;
    innovation.ambitionId = draft.ambitionId;
    innovation.priority = draft.priority;
    innovation.cabinetLeadId = draft.cabinetLeadId;
    innovation.leadOfficerId = draft.leadOfficerId;
    innovation.inspiredBy = draft.inspiredBy;
    if (!isBlank(draft.start)) innovation.startDate = dateField(state, draft.start, "start", errors_);
    if (!isBlank(draft.target)) innovation.targetDate = dateField(state, draft.target, "target", errors_);
    if (!isBlank(draft.budget)) {
        try {
            innovation.budgetPence = parsePounds("budget", draft.budget);
        } catch (const ValidationError& error) {
            errors_.byField["budget"] = error.what();
        }
    }
    if (!errors_.byField.empty()) return false;
    return state.saveRecord<Innovation>(
        "Adding the innovation", RecordKind::Innovations,
        [innovation](Portfolio& portfolio, Id actor) { return portfolio.addInnovation(actor, innovation); },
        [this, &state](const Innovation& added) {
            addedId_ = added.id;
            confirmation_ = "Added innovation " + quoted(added.title) + " at stage " +
                            std::string(labelOf(added.stage)) + ", priority " + std::to_string(added.priority) + ".";
            confirmedAs_ = state.confirm(confirmation_, additionUndo(added, "Added innovation " + quoted(added.title)));
            open_ = false;
            draft = {};
            state.selectedInnovation = added.id;
        },
        &errors_);
}

}  // namespace innotrack::gui
