// People, their roles, and the council's long-term ambitions.
#pragma once

#include "tracker/ids.hpp"
#include "tracker/scales.hpp"

#include <string>

namespace innotrack {

struct Person {
    Id id = 0;
    std::string name;       // unique in the portfolio, compared without regard to case
    Role role = Role::Viewer;
    std::string portfolio;  // a cabinet member's brief, e.g. "Adult social care"
    std::string email;
};

struct Ambition {
    Id id = 0;
    std::string title;
    std::string description;
    int horizonYear = 0;  // e.g. 2045 for a 20-year plan
    std::string communityConcern;
};

}  // namespace innotrack
