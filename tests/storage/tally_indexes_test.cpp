// Schema 3: a file from schema 2 gains the tally's covering indexes, loses the single-column
// indexes they replace, and counts the same records as before.
#include "storage_fixture.hpp"

#include "storage/testing.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

namespace {

int indexCount(const std::string& path, const std::string& name) {
    return rawInt(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '" + name + "'");
}

}  // namespace

TEST_CASE("a schema 2 file gains the tally indexes and its tally is unchanged", "[storage][migrations][tally]") {
    TempDir dir;
    const std::string path = dir.file("two.innotrack");
    createAtVersion(path, 2);
    rawExec(path, R"sql(
        INSERT INTO people (id, name, role) VALUES (1, 'Cllr Ann Leader', 'leader'), (2, 'Dev Officer', 'officer');
        INSERT INTO innovations (id, title, stage, priority, confidence) VALUES (1, 'Home care by video', 'piloting', 2, 'amber');
        INSERT INTO milestones (innovation_id, title, baseline_due, due, completed_on)
            VALUES (1, 'On the day', '2026-06-01', '2026-06-01', '2026-06-01'),
                   (1, 'A day late', '2026-06-01', '2026-06-01', '2026-06-02');
        INSERT INTO risks (innovation_id, title, inherent_likelihood, inherent_impact, owner_id, response, proximity,
                           status, raised_on) VALUES (1, 'Low uptake', 4, 4, 2, 'reduce', 'this-stage', 'open', '2026-04-02');
    )sql");
    REQUIRE(indexCount(path, "milestones_by_completion") == 1);

    const auto store = SqliteStore::open(path, OpenMode::OpenExisting);
    CHECK(store->schemaVersion() >= 3);
    for (const char* name :
         {"milestones_for_tally", "benefits_for_tally", "stage_changes_for_tally", "setbacks_for_tally",
          "risks_raised_for_tally", "risks_open_for_tally", "risks_closed_for_tally"})
        CHECK(indexCount(path, name) == 1);
    for (const char* name : {"milestones_by_completion", "benefits_by_realisation", "stage_changes_by_date",
                             "setbacks_by_date", "risks_by_raised_date"})
        CHECK(indexCount(path, name) == 0);

    const TallyCounts counts = store->tally(financialYear(2026), {}, TallyGrouping::None).at(0).counts;
    CHECK(counts.milestonesOnTime == 1);
    CHECK(counts.milestonesLate == 1);
    CHECK(counts.risksRaised == 1);
    CHECK(counts.risksRaisedCritical == 1);  // 16 under the default bands
    CHECK(counts.risksOpenAtEnd == 1);
    CHECK(store->checkStorage().empty());
}
