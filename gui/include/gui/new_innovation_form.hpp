// "New innovation…" on the board (cabinet members and the leader): the fields `innovation add`
// takes, with the people and ambitions to choose from read when the form opens. It keeps what was
// typed when saving fails, each error beside its field; the rules and messages are Portfolio's.
// No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <map>
#include <optional>
#include <string>

namespace innotrack::gui {

struct NewInnovationDraft {
    std::string title;
    std::string summary;
    OptionalId ambitionId;
    int priority = 3;
    OptionalId cabinetLeadId;
    OptionalId leadOfficerId;
    std::string start;   // YYYY-MM-DD, "today", or empty for none
    std::string target;  // likewise
    std::string budget;  // pounds as typed ("£250,000"), or empty for none
    std::string inspiredBy;
};

class NewInnovationForm {
public:
    // Opens the form and reads the choices. A new form's cabinet lead is the acting person when
    // they may lead one; a form closed without adding keeps what was typed.
    void open(AppState& state);
    void close();    // keeps the draft for the next time it opens
    void discard();  // closes and forgets the draft
    bool isOpen() const { return open_; }

    NewInnovationDraft draft;
    // Adds the innovation at Idea stage as the acting person; then the app shows it.
    bool submit(AppState& state);

    // Who may lead (cabinet members and the leader; project officers) and the ambitions, by id.
    const std::map<Id, std::string>& cabinetLeads() const { return cabinetLeads_; }
    const std::map<Id, std::string>& officers() const { return officers_; }
    const std::map<Id, std::string>& ambitions() const { return ambitions_; }

    const FieldErrors& errors() const { return errors_; }
    // What the last innovation added was, in words, or empty.
    const std::string& confirmation() const { return confirmation_; }
    OptionalId addedId() const { return addedId_; }
    std::uint64_t confirmedAs() const { return confirmedAs_; }  // its serial (AppState::confirm)

private:
    bool open_ = false;
    std::map<Id, std::string> cabinetLeads_;
    std::map<Id, std::string> officers_;
    std::map<Id, std::string> ambitions_;
    FieldErrors errors_;
    std::string confirmation_;
    std::uint64_t confirmedAs_ = 0;
    OptionalId addedId_;
};

}  // namespace innotrack::gui
