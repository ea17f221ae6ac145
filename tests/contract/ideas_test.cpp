// Ideas and their scores: every field kept, one score per assessor (scoring again replaces it),
// the documented orders, the link to the innovation an idea became, and the gate setting.
#include "backend_under_test.hpp"
#include "records.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

struct Ideas {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    Seed ids = seed(*store);

    Idea sample(const std::string& title) const {
        Idea idea;
        idea.title = title;
        idea.problem = "Carers wait weeks for a visit";
        idea.proposal = "Video calls first, visits where needed";
        idea.submittedById = ids.officer;
        idea.submittedOn = Date(2026, 5, 4);
        return idea;
    }

    IdeaScore score(Id idea, Id assessor, int each) const {
        IdeaScore s;
        s.ideaId = idea;
        s.assessorId = assessor;
        s.strategicFit = s.residentBenefit = s.feasibility = s.costToTry = s.evidence = each;
        s.scoredOn = Date(2026, 5, 11);
        return s;
    }
};

}  // namespace

TEST_CASE("an idea keeps every field, set and empty", "[contract][backend][ideas]") {
    Ideas t;
    Idea bare = t.sample("Cwtch cafés — Caffis cwtch");
    bare.id = t.store->insertIdea(bare);
    CHECK(*t.store->findIdea(bare.id) == bare);

    Idea full = t.sample("Wigan Deal for adult care");
    full.source = IdeaSource::OtherCouncil;
    full.reference = "The Wigan Deal, Wigan Council (2019) — 'plagiarise with pride'";
    full.ambitionId = t.ids.ambition;
    full.problem = longWelshText(4'000);
    full.status = IdeaStatus::Promoted;
    full.assessedFrom = Date(2026, 5, 11);
    full.parkedOn = Date(2026, 5, 20);
    full.lookAgainOn = Date(2026, 9, 1);
    full.decidedOn = Date(2026, 6, 1);
    full.decidedById = t.ids.cabinet;
    full.decisionReason = "Below the gate, but the cabinet wants to try it";
    full.innovationId = t.ids.innovation;
    full.id = t.store->insertIdea(full);
    CHECK(*t.store->findIdea(full.id) == full);
    CHECK(t.store->findIdeaOfInnovation(t.ids.innovation)->id == full.id);
    CHECK_FALSE(t.store->findIdeaOfInnovation(t.ids.innovation + 100));
    CHECK_FALSE(t.store->findIdea(4242));

    for (const auto& entry : Scale<IdeaSource>::entries) {
        Idea from = t.sample(std::string(entry.key));
        from.source = entry.value;
        CHECK(t.store->findIdea(t.store->insertIdea(from))->source == entry.value);
    }
}

TEST_CASE("an idea is updated whole, listed by id, and keeps the id it is given", "[contract][backend][ideas]") {
    Ideas t;
    Idea given = t.sample("Given");
    given.id = 40;
    CHECK(t.store->insertIdea(given) == 40);
    const Id next = t.store->insertIdea(t.sample("Next"));
    CHECK(next > 40);
    CHECK_THROWS_AS(t.store->insertIdea(given), StorageError);

    Idea parked = *t.store->findIdea(40);
    parked.status = IdeaStatus::Parked;
    parked.parkedOn = Date(2026, 6, 1);
    parked.lookAgainOn = Date(2026, 10, 1);
    t.store->updateIdea(parked);
    CHECK(*t.store->findIdea(40) == parked);

    Idea missing = t.sample("Nowhere");
    missing.id = 999;
    CHECK_THROWS_AS(t.store->updateIdea(missing), NotFound);

    const auto listed = t.store->listIdeas();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == 40);
    CHECK(listed[1].id == next);
}

TEST_CASE("two ideas cannot become the same innovation", "[contract][backend][ideas]") {
    Ideas t;
    Idea first = t.sample("First");
    first.status = IdeaStatus::Promoted;
    first.innovationId = t.ids.innovation;
    t.store->insertIdea(first);
    CHECK_THROWS_AS(t.store->insertIdea(first), StorageError);
    CHECK(t.store->listIdeas().size() == 1);
}

TEST_CASE("an assessor's second score replaces their first, and scores are by idea, then assessor",
          "[contract][backend][ideas]") {
    Ideas t;
    const Id a = t.store->insertIdea(t.sample("A"));
    const Id b = t.store->insertIdea(t.sample("B"));
    t.store->saveIdeaScore(t.score(b, t.ids.leader, 2));
    t.store->saveIdeaScore(t.score(a, t.ids.leader, 3));
    t.store->saveIdeaScore(t.score(a, t.ids.cabinet, 4));

    IdeaScore again = t.score(a, t.ids.cabinet, 5);
    again.feasibility = 1;
    again.scoredOn = Date(2026, 5, 12);
    t.store->saveIdeaScore(again);

    const auto ofA = t.store->listIdeaScores(a);
    REQUIRE(ofA.size() == 2);
    const bool cabinetFirst = t.ids.cabinet < t.ids.leader;
    CHECK(ofA[cabinetFirst ? 0 : 1] == again);
    CHECK(ofA[cabinetFirst ? 1 : 0] == t.score(a, t.ids.leader, 3));
    CHECK(again.total() == 21);

    const auto all = t.store->listIdeaScores(std::nullopt);
    REQUIRE(all.size() == 3);
    CHECK(all[0].ideaId == a);
    CHECK(all[1].ideaId == a);
    CHECK(all[0].assessorId < all[1].assessorId);
    CHECK(all[2] == t.score(b, t.ids.leader, 2));
}

TEST_CASE("a score out of 1 to 5 or for no idea is refused by the store", "[contract][backend][ideas]") {
    Ideas t;
    const Id a = t.store->insertIdea(t.sample("A"));
    IdeaScore six = t.score(a, t.ids.leader, 3);
    six.costToTry = 6;
    CHECK_THROWS_AS(t.store->saveIdeaScore(six), StorageError);
    {
        auto write = t.store->beginWrite();
        CHECK_THROWS_AS(t.store->saveIdeaScore(t.score(a + 50, t.ids.leader, 3)), StorageError);
    }
    CHECK(t.store->listIdeaScores(std::nullopt).empty());
}

TEST_CASE("scores and ideas written in a transaction rolled back are gone", "[contract][backend][ideas]") {
    Ideas t;
    {
        auto write = t.store->beginWrite();
        const Id a = t.store->insertIdea(t.sample("A"));
        t.store->saveIdeaScore(t.score(a, t.ids.leader, 3));
        t.store->setIdeaGate(20);
    }
    CHECK(t.store->listIdeas().empty());
    CHECK(t.store->listIdeaScores(std::nullopt).empty());
    CHECK(t.store->ideaGate() == kDefaultIdeaGate);
}

TEST_CASE("the gate starts at 15 and keeps what it is set to", "[contract][backend][ideas]") {
    Ideas t;
    CHECK(t.store->ideaGate() == 15);
    t.store->setIdeaGate(18);
    CHECK(t.store->ideaGate() == 18);
    CHECK(t.store->riskBands() == RiskBands{});
}

TEST_CASE("another desk reads the gate and the scores saved", "[contract][backend][ideas][location]") {
    Ideas t;
    t.store->setIdeaGate(18);
    const Id a = t.store->insertIdea(t.sample("A"));
    t.store->saveIdeaScore(t.score(a, t.ids.cabinet, 4));
    auto again = t.portfolio.connectAgain(OpenPurpose::Read);
    CHECK(again->store().ideaGate() == 18);
    CHECK(again->store().listIdeaScores(a) == std::vector<IdeaScore>{t.score(a, t.ids.cabinet, 4)});
}
