// A small portfolio for the checklist's tests, written through the service on the backend under test
// on 27 November 2026. Every record below is listed in checklist_fixture.cpp with its dates, so
// each test can work out the measures by hand from that list.
#pragma once

#include "backend_under_test.hpp"
#include "tracker/portfolio.hpp"

#include <memory>

namespace innotrack::testing {

struct ChecklistPortfolio {
    // The empty portfolio: only its leader.
    ChecklistPortfolio();

    // Fills in the people, ambitions, innovations, milestones, setbacks, lessons and reviews of
    // checklist_fixture.cpp, but no checklist answers.
    void fill();

    TestPortfolio test;
    PortfolioStore* store = &test.store();
    const ChecklistQueries& checklist() const { return test.backend().checklistQueries(); }
    FixedClock clock{Date(2026, 11, 27)};
    Portfolio portfolio{*store, clock};

    Person leader;
    Person bob;  // cabinet, leads I1 and I2
    Person cat;  // cabinet, leads I3
    Person dan;  // cabinet, leads nothing
    Person dev;  // officer
    Id homeCare = 0;    // I1
    Id heatPumps = 0;   // I2
    Id fridges = 0;     // I3
    Id libraries = 0;   // I4
};

}  // namespace innotrack::testing
