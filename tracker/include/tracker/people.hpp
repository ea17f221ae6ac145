// People, their roles, and the council's long-term ambitions.
#pragma once

#include "tracker/ids.hpp"
#include "tracker/scales.hpp"
#include "tracker/wellbeing.hpp"

#include <string>

namespace innotrack {

struct Person {
    Id id = 0;
    std::string name;       // unique in the portfolio, compared without regard to case
    Role role = Role::Viewer;
    std::string portfolio;  // a cabinet member's brief, e.g. "Adult social care"
    std::string email;
    // The account the person signs in with: on a shared portfolio their server login (their
    // PostgreSQL role), which is then who they are; "" for none. Unique in the portfolio.
    std::string login;

    bool operator==(const Person&) const = default;
};

// Who may be named an innovation's leads (DOMAIN.md "People and roles"): the cabinet lead is a
// cabinet member or the leader, the lead officer a project officer. The service checks leads with
// these, `check` reports stored leads that fail them, and reports and storage list possible leads.
constexpr bool mayBeCabinetLead(Role role) { return role == Role::Cabinet || role == Role::Leader; }
constexpr bool mayBeLeadOfficer(Role role) { return role == Role::Officer; }

struct Ambition {
    Id id = 0;
    std::string title;
    std::string description;
    int horizonYear = 0;  // e.g. 2045 for a 20-year plan
    std::string communityConcern;
    // Wales only (DOMAIN.md "Well-being goals (Wales)"): the goals it serves, the ways of working it shows.
    WellbeingGoals goals;
    WaysOfWorking ways;

    bool operator==(const Ambition&) const = default;
};

}  // namespace innotrack
