// The leader's Ambitions and People views' models: the lists with what hangs off each entry, and
// the add-or-edit drafts that keep what was typed when saving fails. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <map>
#include <string>
#include <vector>

namespace innotrack::gui {

struct AmbitionRow {
    Ambition ambition;
    int active = 0;        // innovations serving it that are active
    int mainstreamed = 0;
    int stopped = 0;
};

struct AmbitionDraft {
    Id id = 0;  // 0: a new ambition
    std::string title;
    std::string description;
    std::string horizonYear;  // as typed
    std::string communityConcern;
    FieldErrors errors;
};

struct PersonRow {
    Person person;
    int leading = 0;  // innovations where they are cabinet lead or lead officer
};

struct PersonDraft {
    Id id = 0;  // 0: a new person
    std::string name;
    Role role = Role::Officer;
    std::string portfolio;
    std::string email;
    std::string login;
    FieldErrors errors;
};

std::vector<AmbitionRow> loadAmbitions(const PortfolioStore& store);
std::vector<PersonRow> loadPeople(const PortfolioStore& store);

AmbitionDraft draftOf(const Ambition& ambition);
PersonDraft draftOf(const Person& person);

// Adds or updates through the portfolio as the acting person, off the frame loop (AppState::save),
// and confirms it; errors go beside the fields. True when it was saved before returning.
bool saveAmbition(AppState& state, AmbitionDraft& draft);
bool savePerson(AppState& state, PersonDraft& draft);

}  // namespace innotrack::gui
