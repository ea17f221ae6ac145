// The officer's risk upkeep in the Innovation view: add a risk, edit one (scores, owner, response,
// mitigation), close one that did not occur. "It occurred" is the setback form's, with the risk
// chosen (Portfolio links a setback to its risk and marks the risk occurred). Each form keeps what
// was typed when saving fails, with each error beside its field; the rules and messages are
// Portfolio's, as on the command line. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <optional>
#include <string>

namespace innotrack::gui {

// A risk's fields as the form edits them; the rest of Risk (status, dates, setback) has its own
// operations.
struct RiskDraft {
    std::string title;
    std::string cause;
    std::string event;
    std::string effect;
    int likelihood = 3;
    int impact = 3;
    bool residual = false;  // scored again after mitigation
    int residualLikelihood = 2;
    int residualImpact = 2;
    OptionalId ownerId;
    RiskResponse response = RiskResponse::Reduce;
    std::string mitigation;
    Proximity proximity = Proximity::ThisProject;

    static RiskDraft of(const Risk& risk);
    void applyTo(Risk& risk) const;
};

struct RiskEdit {
    Id riskId = 0;
    std::string title;  // the risk's before editing, for the form's heading
    RiskDraft draft;
};

class RiskForms {
public:
    // Empties every form: for another innovation.
    void reset();

    RiskDraft adding;
    // Adds the risk to `innovationId` as the acting person, raised today.
    bool add(AppState& state, Id innovationId);

    void startEdit(const Risk& risk);
    void cancel();  // closes the edit form
    std::optional<RiskEdit> editing;
    bool save(AppState& state);

    // Closes the open risk `riskId` today: it did not occur.
    bool close(AppState& state, Id riskId);
    // Opens the setback form about the risk's innovation with the risk chosen: the officer says
    // what happened there, and logging it marks the risk occurred.
    static void occurred(AppState& state, const Risk& risk);

    // The errors of the form last submitted, by field ("title", "owner", …).
    const FieldErrors& errors() const { return errors_; }
    // What the last change saved did, in words, or empty.
    const std::string& confirmation() const { return confirmation_; }
    std::uint64_t confirmedAs() const { return confirmedAs_; }  // its serial (AppState::confirm)

private:
    // A risk has exactly one owner: the form asks for one before Portfolio would name id 0.
    bool ownerChosen(const RiskDraft& draft);

    FieldErrors errors_;
    std::string confirmation_;
    std::uint64_t confirmedAs_ = 0;
};

}  // namespace innotrack::gui
