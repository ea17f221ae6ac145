// A small portfolio for the import targets to import into: the people, ambition, innovations and
// risk that rows of a register name, made through the Portfolio service like any other change.
#pragma once

#include "tracker/portfolio.hpp"

#include <memory>

namespace innotrack::fuzz {

// The day every target's clock is stopped at.
inline const Date kFuzzToday{2026, 3, 2};

// Leader "Cllr Ann Jones" (1), cabinet "Cllr Bob Hughes" (2), officer "Olly Officer" (3), viewer
// "Vera Viewer" (4); ambition "Healthy ageing"; innovations "Virtual wards" and "Home care by
// video"; a risk "Kit late" on the first, owned by the officer.
void seedPortfolio(Portfolio& portfolio);

}  // namespace innotrack::fuzz
