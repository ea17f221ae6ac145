// The schema's CHECK constraints held to tracker's limits (tracker/limits.hpp) and scales
// (scales.hpp): every value tracker allows is stored, and where the schema enforces a limit
// itself, it is tracker's. The migrations are frozen in councils' files, so where the schema is
// wider (the horizon year, the most money) tracker is the rule; this test pins how wide, so a
// drift either way is noticed.
#include "storage_fixture.hpp"

#include "tracker/checklist.hpp"
#include "tracker/limits.hpp"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include <regex>
#include <set>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

namespace {

// A portfolio file with one record in every table that has a CHECK, for values to be tried on.
class SchemaProbe {
public:
    SchemaProbe() : path_(dir_.file("probe.innotrack")) {
        auto store = SqliteStore::open(path_, OpenMode::CreateNew);
        const Seed ids = seed(*store);
        store->insertRisk(sampleRisk(ids, "Low uptake"));
        store->insertSetback(sampleSetback(ids, "Provider withdrew", Date(2026, 6, 1)));
        store->insertLesson(sampleLesson(ids, "Ask providers early"));
        StageChange move;
        move.innovationId = ids.innovation;
        move.to = Stage::Exploring;
        move.changedOn = Date(2026, 6, 1);
        move.actorId = ids.cabinet;
        store->insertStageChange(move);
        Review review;
        review.heldOn = Date(2026, 6, 1);
        review.chairId = ids.cabinet;
        const Id reviewId = store->insertReview(review);
        store->saveReviewEntry({reviewId, ids.innovation, Confidence::Amber, "", ""});
        ChecklistAnswer answer;
        answer.questionKey = std::string(checklistQuestions()[0].key);
        answer.answeredById = ids.leader;
        answer.answeredOn = Date(2026, 6, 1);
        store->insertChecklistAnswer(answer);
        db_ = std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READWRITE);
    }

    // Whether the schema lets the one record of `table` have `value` in `column` (SQL text, such
    // as "6" or "'amber'"). Nothing is kept either way.
    bool accepts(const std::string& table, const std::string& column, const std::string& value) {
        db_->exec("SAVEPOINT probe");
        bool accepted = true;
        try {
            db_->exec("UPDATE " + table + " SET " + column + " = " + value);
        } catch (const SQLite::Exception&) {
            accepted = false;
        }
        db_->exec("ROLLBACK TO probe");
        db_->exec("RELEASE probe");
        return accepted;
    }
    bool accepts(const std::string& table, const std::string& column, long long value) {
        return accepts(table, column, std::to_string(value));
    }

    // The keys a CHECK lists for `column` ("column IN ('a', 'b')") in the table's SQL.
    std::set<std::string> listedKeys(const std::string& table, const std::string& column) {
        SQLite::Statement query(*db_, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :table");
        query.bind(":table", table);
        REQUIRE(query.executeStep());
        const std::string sql = query.getColumn(0).getString();
        std::smatch found;
        REQUIRE(std::regex_search(sql, found, std::regex("\\b" + column + " IN \\(([^)]*)\\)")));
        std::set<std::string> keys;
        const std::string list = found[1].str();
        const std::regex quoted("'([^']*)'");
        for (auto it = std::sregex_iterator(list.begin(), list.end(), quoted); it != std::sregex_iterator(); ++it)
            keys.insert((*it)[1].str());
        return keys;
    }

private:
    TempDir dir_;
    std::string path_;
    std::unique_ptr<SQLite::Database> db_;
};

template <typename E>
std::set<std::string> scaleKeys() {
    std::set<std::string> keys;
    for (const auto& entry : Scale<E>::entries) keys.insert(std::string(entry.key));
    return keys;
}

// The schema's list for the column is exactly the scale's keys, and a word off the list is refused.
template <typename E>
void requireScaleColumn(SchemaProbe& probe, const std::string& table, const std::string& column) {
    INFO(table << "." << column);
    CHECK(probe.listedKeys(table, column) == scaleKeys<E>());
    for (const auto& key : scaleKeys<E>()) CHECK(probe.accepts(table, column, "'" + key + "'"));
    CHECK_FALSE(probe.accepts(table, column, "'not-a-key'"));
}

// The schema holds the column to exactly tracker's range.
void requireSameRange(SchemaProbe& probe, const std::string& table, const std::string& column, long long min,
                      long long max) {
    INFO(table << "." << column);
    CHECK(probe.accepts(table, column, min));
    CHECK(probe.accepts(table, column, max));
    CHECK_FALSE(probe.accepts(table, column, min - 1));
    CHECK_FALSE(probe.accepts(table, column, max + 1));
}

}  // namespace

TEST_CASE("the schema's lists of keys are the scales' keys", "[storage][schema-limits]") {
    SchemaProbe probe;
    requireScaleColumn<Role>(probe, "people", "role");
    requireScaleColumn<Stage>(probe, "innovations", "stage");
    requireScaleColumn<Stage>(probe, "stage_changes", "from_stage");
    requireScaleColumn<Stage>(probe, "stage_changes", "to_stage");
    requireScaleColumn<Confidence>(probe, "innovations", "confidence");
    requireScaleColumn<Confidence>(probe, "review_entries", "confidence");
    requireScaleColumn<RiskResponse>(probe, "risks", "response");
    requireScaleColumn<Proximity>(probe, "risks", "proximity");
    requireScaleColumn<RiskStatus>(probe, "risks", "status");
    requireScaleColumn<FailureKind>(probe, "setbacks", "kind");
    requireScaleColumn<LessonSource>(probe, "lessons", "source");
    requireScaleColumn<Answer>(probe, "checklist_answers", "answer");
}

TEST_CASE("the schema holds priority, likelihood and impact to tracker's ranges", "[storage][schema-limits]") {
    SchemaProbe probe;
    requireSameRange(probe, "innovations", "priority", kHighestPriority, kLowestPriority);
    requireSameRange(probe, "risks", "inherent_likelihood", kMinScale, kMaxScale);
    requireSameRange(probe, "risks", "inherent_impact", kMinScale, kMaxScale);
    // Residuals are given together: set both to each value.
    for (long long value : {static_cast<long long>(kMinScale), static_cast<long long>(kMaxScale)})
        CHECK(probe.accepts("risks", "residual_likelihood", std::to_string(value) + ", residual_impact = " +
                                                                 std::to_string(value)));
    CHECK_FALSE(probe.accepts("risks", "residual_likelihood", std::to_string(kMaxScale + 1) + ", residual_impact = 1"));
    CHECK_FALSE(probe.accepts("risks", "residual_likelihood", "1, residual_impact = " + std::to_string(kMinScale - 1)));
    CHECK_FALSE(probe.accepts("risks", "residual_likelihood", "1"));  // without its impact
}

TEST_CASE("where the schema is wider than tracker, it holds all tracker allows and tracker is the rule",
          "[storage][schema-limits]") {
    SchemaProbe probe;
    // Horizon years: tracker 2000 to 2100 (limits.hpp says why); schema 1 allows 1900 to 2200.
    CHECK(probe.accepts("ambitions", "horizon_year", kMinHorizonYear));
    CHECK(probe.accepts("ambitions", "horizon_year", kMaxHorizonYear));
    requireSameRange(probe, "ambitions", "horizon_year", 1900, 2200);
    STATIC_REQUIRE(1900 <= kMinHorizonYear);
    STATIC_REQUIRE(kMaxHorizonYear <= 2200);

    // Money and staff time: the schema refuses below zero and leaves the top to tracker.
    CHECK(probe.accepts("innovations", "budget_pence", 0));
    CHECK(probe.accepts("innovations", "budget_pence", kMaxBudgetPence));
    CHECK_FALSE(probe.accepts("innovations", "budget_pence", -1));
    CHECK(probe.accepts("innovations", "staff_days", 0));
    CHECK(probe.accepts("innovations", "staff_days", kMaxStaffDays));
    CHECK_FALSE(probe.accepts("innovations", "staff_days", -1));
}
