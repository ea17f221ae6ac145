// The officer's risk upkeep; see risk_forms.hpp.
#include "gui/risk_forms.hpp"

#include "gui/form_fields.hpp"
#include "gui/undo_steps.hpp"

namespace innotrack::gui {

namespace {

std::string scoreWords(const Risk& risk) {
    return std::to_string(risk.likelihood()) + " × " + std::to_string(risk.impact()) + " = " +
           std::to_string(risk.score());
}

}  // namespace

RiskDraft RiskDraft::of(const Risk& risk) {
    RiskDraft draft;
    draft.title = risk.title;
    draft.cause = risk.cause;
    draft.event = risk.event;
    draft.effect = risk.effect;
    draft.likelihood = risk.inherentLikelihood;
    draft.impact = risk.inherentImpact;
    draft.residual = risk.hasResidual();
    if (draft.residual) {
        draft.residualLikelihood = *risk.residualLikelihood;
        draft.residualImpact = *risk.residualImpact;
    }
    draft.ownerId = risk.ownerId;
    draft.response = risk.response;
    draft.mitigation = risk.mitigation;
    draft.proximity = risk.proximity;
    return draft;
}

void RiskDraft::applyTo(Risk& risk) const {
    risk.title = title;
    risk.cause = cause;
    risk.event = event;
    risk.effect = effect;
    risk.inherentLikelihood = likelihood;
    risk.inherentImpact = impact;
    risk.residualLikelihood = residual ? std::optional<int>(residualLikelihood) : std::nullopt;
    risk.residualImpact = residual ? std::optional<int>(residualImpact) : std::nullopt;
    if (ownerId) risk.ownerId = *ownerId;
    risk.response = response;
    risk.mitigation = mitigation;
    risk.proximity = proximity;
}

void RiskForms::reset() {
    adding = {};
    cancel();
    confirmation_.clear();
}

void RiskForms::cancel() {
    editing.reset();
    errors_.clear();
}

bool RiskForms::ownerChosen(const RiskDraft& draft) {
    if (draft.ownerId) return true;
    errors_.byField["owner"] = "Choose the one person who owns the risk";
    return false;
}

bool RiskForms::add(AppState& state, Id innovationId) {
    errors_.clear();
    if (!ownerChosen(adding)) return false;
    Risk draft;
    draft.innovationId = innovationId;
    draft.raisedOn = state.today();
    adding.applyTo(draft);
    return state.saveRecord<Risk>(
        "Adding the risk", RecordKind::Risks, [draft](Portfolio& portfolio, Id actor) { return portfolio.addRisk(actor, draft); },
        [this, &state](const Risk& added) {
            confirmation_ = "Added risk " + quoted(added.title) + ", scored " + scoreWords(added) + ".";
            confirmedAs_ = state.confirm(confirmation_, additionUndo(added, "Added risk " + quoted(added.title)));
            adding = {};
        },
        &errors_);
}

void RiskForms::startEdit(const Risk& risk) {
    cancel();
    editing = RiskEdit{risk.id, risk.title, RiskDraft::of(risk)};
}

bool RiskForms::save(AppState& state) {
    if (!editing) return false;
    errors_.clear();
    const RiskEdit edit = *editing;
    if (!ownerChosen(edit.draft)) return false;
    auto before = std::make_shared<Risk>();
    return state.saveRecord<Risk>(
        "Saving the risk", RecordKind::Risks,
        [edit, before](Portfolio& portfolio, Id actor) {
            *before = portfolio.risk(edit.riskId);
            Risk edited = *before;
            edit.draft.applyTo(edited);
            return portfolio.updateRisk(actor, edited);
        },
        [this, &state, before](const Risk& saved) {
            confirmation_ = "Saved risk " + quoted(saved.title) + ", scored " + scoreWords(saved) + ".";
            confirmedAs_ = state.confirm(confirmation_, riskEditUndo(*before, saved, "Saved risk " + quoted(saved.title)));
            editing.reset();
        },
        &errors_);
}

bool RiskForms::close(AppState& state, Id riskId) {
    errors_.clear();
    return state.saveRecord<Risk>(
        "Closing the risk", RecordKind::Risks,
        [riskId](Portfolio& portfolio, Id actor) { return portfolio.closeRisk(actor, riskId); },
        [this, &state](const Risk& closed) {
            if (editing && editing->riskId == closed.id) editing.reset();
            confirmation_ = "Closed risk " + quoted(closed.title) + ": it did not occur.";
            confirmedAs_ = state.confirm(confirmation_, riskClosedUndo(closed, "Closed risk " + quoted(closed.title)));
        },
        &errors_);
}

void RiskForms::occurred(AppState& state, const Risk& risk) {
    state.selectedInnovation = risk.innovationId;
    state.occurredRisk = risk.id;
    state.show("setback");
}

}  // namespace innotrack::gui
