// What the undo tests (undo_test.cpp, undo_additions_test.cpp) read: this year's tally and the
// audit trail's entries by action.
#pragma once

#include "portfolio_fixture.hpp"

#include "tracker/tally_queries.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace innotrack::testing {

struct UndoFixture : PortfolioFixture {
    TallyCounts tally() const {
        const Period thisYear{Date(2026, 4, 1), Date(2027, 3, 31)};
        const auto rows = test.backend().tallyQueries().tally(thisYear, {}, TallyGrouping::None);
        REQUIRE(rows.size() == 1);
        return rows.front().counts;
    }

    std::size_t auditedAs(const std::string& action) const {
        const auto trail = store->listAudit({});
        return static_cast<std::size_t>(
            std::count_if(trail.begin(), trail.end(), [&](const AuditEntry& e) { return e.action == action; }));
    }

    Id latestStageChange() const { return store->listStageChanges(innovation.id).back().id; }
};

}  // namespace innotrack::testing
