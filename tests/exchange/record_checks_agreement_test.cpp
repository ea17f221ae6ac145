// The service, `check` and a restore refuse the same bad record with the same words, because all
// three hold it to tracker's record checks (tracker/record_checks.hpp): each case breaks one rule
// of one demo record and asks all three.
#include "portfolio_json_fixture.hpp"

#include "exchange/portfolio_document.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <sstream>
#include <stdexcept>

namespace innotrack {
namespace {

using nlohmann::json;

// The demo portfolio as another program might leave it: one record changed behind the service's
// back, as `check` lists it.
class Doctored final : public testing::PassThroughStore {
public:
    using PassThroughStore::PassThroughStore;

    std::optional<Ambition> ambition;
    std::optional<Innovation> innovation;
    std::optional<Risk> risk;
    std::optional<Setback> setback;

    std::vector<Ambition> listAmbitions() const override { return with(PassThroughStore::listAmbitions(), ambition); }
    void forEachInnovation(const InnovationFilter& filter, const RecordVisitor<Innovation>& visit) const override {
        PassThroughStore::forEachInnovation(filter, [&](const Innovation& record) { visit(changedOr(record, innovation)); });
    }
    void forEachRisk(OptionalId id, const RecordVisitor<Risk>& visit) const override {
        PassThroughStore::forEachRisk(id, [&](const Risk& record) { visit(changedOr(record, risk)); });
    }
    void forEachSetback(OptionalId id, const RecordVisitor<Setback>& visit) const override {
        PassThroughStore::forEachSetback(id, [&](const Setback& record) { visit(changedOr(record, setback)); });
    }

private:
    // The list methods collect through the visits above, so these change each record as it passes.
    template <typename Record>
    static const Record& changedOr(const Record& record, const std::optional<Record>& changed) {
        return changed && record.id == changed->id ? *changed : record;
    }
    template <typename Record>
    static std::vector<Record> with(std::vector<Record> records, const std::optional<Record>& changed) {
        for (Record& record : records)
            if (changed && record.id == changed->id) record = *changed;
        return records;
    }
};

struct Refusals {
    std::string service;
    std::vector<std::string> check;
    std::string restore;
};

class Agreement {
public:
    Agreement() : store_(demo_.open()), portfolio_(*store_, clock_), document_(json::parse(testing::exportJson(*store_))) {}

    Portfolio& portfolio() { return portfolio_; }
    Id leader() { return portfolio_.person("1").id; }

    // The message the service refuses `change` with; nothing is written.
    std::string serviceRefusal(const std::function<void()>& change) {
        try {
            change();
        } catch (const ValidationError& error) {
            return error.what();
        }
        FAIL("the service accepted the change");
        return "";
    }

    // What `check` finds with the record changed in the store.
    std::vector<std::string> checkProblems(const std::function<void(Doctored&)>& doctor) {
        Doctored doctored(*store_);
        doctor(doctored);
        std::vector<std::string> out;
        for (const Problem& problem : Portfolio(doctored, clock_).check()) out.push_back(problem.what);
        return out;
    }

    // The message a restore of the demo document, with `array[i][key]` changed, refuses it with.
    std::string restoreRefusal(const char* array, Id id, const std::function<void(json&)>& change) {
        json document = document_;
        change(record(document[array], id));
        auto target = storage::SqliteStore::openInMemory();
        std::istringstream in(document.dump());
        try {
            exchange::restorePortfolioJson(in, *target);
        } catch (const ValidationError& error) {
            return error.what();
        }
        FAIL("the document was restored");
        return "";
    }

    // All three at once: the service's refusal of `change`, what `check` finds with the store
    // doctored, and a restore's refusal of the document with `array`'s record `id` edited.
    Refusals refusals(const std::function<void()>& change, const std::function<void(Doctored&)>& doctor,
                      const char* array, Id id, const std::function<void(json&)>& edit) {
        return {serviceRefusal(change), checkProblems(doctor), restoreRefusal(array, id, edit)};
    }

    // "innovations[3]": where the record with `id` sits in the document.
    std::string placeOf(const char* array, Id id) {
        const json& rows = document_[array];
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i]["id"] == id) return std::string(array) + "[" + std::to_string(i) + "]";
        FAIL("no " << array << " record has id " << id);
        return "";
    }

private:
    static json& record(json& rows, Id id) {
        for (json& row : rows)
            if (row["id"] == id) return row;
        throw std::logic_error("no record with id " + std::to_string(id));
    }

    testing::DemoFile demo_;
    std::unique_ptr<storage::SqliteStore> store_;
    FixedClock clock_{testing::kDemoDay};
    Portfolio portfolio_;
    json document_;
};

// `message` is the service's sentence and `why` the part without the field's name: the restore
// names the record's place and key before `why`, and `check` names the record before `message`.
void requireSameWords(const Refusals& refusals, const std::string& message, const std::string& why,
                      const std::string& path, const std::string& who) {
    CHECK(refusals.service == message);
    CHECK(refusals.restore == path + ": " + why);
    CHECK(refusals.check == std::vector<std::string>{who + ": " + message});
}

}  // namespace

TEST_CASE("an innovation with priority 0 is refused in the same words by the service, check and a restore",
          "[exchange][record-checks]") {
    Agreement agreement;
    Innovation bad = agreement.portfolio().innovation(1);
    bad.priority = 0;
    const Refusals refusals = agreement.refusals(
        [&] { agreement.portfolio().updateInnovation(agreement.leader(), bad); },
        [&](Doctored& store) { store.innovation = bad; }, "innovations", 1,
        [](json& row) { row["priority"] = 0; });
    const std::string why = "0 is out of range; it must be 1 to 5 (1 is the highest)";
    requireSameWords(refusals, "priority: " + why, why, agreement.placeOf("innovations", 1) + ".priority",
                     "innovation 1 '" + bad.title + "'");
}

TEST_CASE("an ambition with horizon year 1999 is refused in the same words by the service, check and a restore",
          "[exchange][record-checks]") {
    Agreement agreement;
    Ambition bad = agreement.portfolio().ambition(1);
    bad.horizonYear = 1999;
    const Refusals refusals = agreement.refusals(
        [&] { agreement.portfolio().updateAmbition(agreement.leader(), bad); },
        [&](Doctored& store) { store.ambition = bad; }, "ambitions", 1,
        [](json& row) { row["horizon_year"] = 1999; });
    const std::string why = "1999 is out of range; it must be 2000 to 2100";
    requireSameWords(refusals, "horizon year: " + why, why, agreement.placeOf("ambitions", 1) + ".horizon_year",
                     "ambition 1 '" + bad.title + "'");
}

TEST_CASE("an innovation due before it starts is refused in the same words by the service, check and a restore",
          "[exchange][record-checks]") {
    Agreement agreement;
    Innovation bad = agreement.portfolio().innovation(2);
    bad.startDate = Date(2026, 4, 1);
    bad.targetDate = Date(2026, 1, 1);
    const Refusals refusals = agreement.refusals(
        [&] { agreement.portfolio().updateInnovation(agreement.leader(), bad); },
        [&](Doctored& store) { store.innovation = bad; }, "innovations", 2,
        [](json& row) {
            row["start_date"] = "2026-04-01";
            row["target_date"] = "2026-01-01";
        });
    const std::string why = "2026-01-01 is before the start date 2026-04-01";
    requireSameWords(refusals, "target date: " + why, why, agreement.placeOf("innovations", 2) + ".target_date",
                     "innovation 2 '" + bad.title + "'");
}

TEST_CASE("an intelligent setback short of a condition is refused in the same words by the service, check and a "
          "restore",
          "[exchange][record-checks]") {
    Agreement agreement;
    Setback bad = agreement.portfolio().setback(1);
    bad.kind = FailureKind::Intelligent;
    bad.test = {true, true, true, true, false};
    const Refusals refusals = agreement.refusals(
        [&] { agreement.portfolio().updateSetback(agreement.leader(), bad); },
        [&](Doctored& store) { store.setback = bad; }, "setbacks", 1,
        [](json& row) {
            row["kind"] = "intelligent";
            for (const char* test : {"new_territory", "credible_opportunity", "informed", "small"}) row[test] = true;
            row["learned"] = false;
        });
    const std::string why =
        "a setback is an intelligent failure only if all five conditions hold; not confirmed: learned from";
    requireSameWords(refusals, "kind: " + why, why, agreement.placeOf("setbacks", 1) + ".kind", "setback 1");
}

TEST_CASE("a risk with half a residual score is refused in the same words by the service, check and a restore",
          "[exchange][record-checks]") {
    Agreement agreement;
    Risk bad = agreement.portfolio().risk(1);
    bad.residualLikelihood = 2;
    bad.residualImpact.reset();
    const Refusals refusals = agreement.refusals(
        [&] { agreement.portfolio().updateRisk(agreement.leader(), bad); },
        [&](Doctored& store) { store.risk = bad; }, "risks", 1,
        [](json& row) {
            row["residual_likelihood"] = 2;
            row["residual_impact"] = nullptr;
        });
    // The sentence names both fields itself.
    const std::string sentence = "residual likelihood and residual impact: give both or neither";
    requireSameWords(refusals, sentence, sentence, agreement.placeOf("risks", 1) + ".residual_impact",
                     "risk 1 '" + bad.title + "'");
}

}  // namespace innotrack
