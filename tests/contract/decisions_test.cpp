// Decisions: every field kept (a person or a body as decision maker, the notice, the short
// notice's route, the record and the link to a weekly review), the documented order, a missing
// decision, and the two settings their rules read with their defaults.
#include "backend_under_test.hpp"
#include "records.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

struct Decisions {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    Seed ids = seed(*store);

    Decision sample(const std::string& matter, Date plannedOn) const {
        Decision d;
        d.innovationId = ids.innovation;
        d.matter = matter;
        d.makerId = ids.cabinet;
        d.plannedOn = plannedOn;
        return d;
    }
};

}  // namespace

TEST_CASE("a decision keeps every field, with its notice, route, record and review",
          "[contract][backend][decisions]") {
    Decisions t;
    Review review;
    review.heldOn = Date(2026, 11, 2);
    review.chairId = t.ids.cabinet;
    const Id reviewId = t.store->insertReview(review);

    Decision full = t.sample("Award the sensors contract — Dyfarnu'r contract", Date(2027, 2, 26));
    full.makerId.reset();
    full.makerBody = "Cabinet";
    full.makerMembers = "Cllr Ann Leader, Cllr Siân Ellis-Jones";
    full.amountPence = 75'000'000;
    full.affectsTwoOrMoreWards = true;
    full.noticeOn = Date(2027, 2, 1);
    full.documents = "Report of the Director\nAppendix A: tenders";
    full.documentsFrom = "Democratic Services, County Hall";
    full.route = ShortNoticeRoute::GeneralException;
    full.scrutinyChair = "Cllr Gwen Scrutiny";
    full.chairOn = Date(2027, 2, 10);
    full.urgencyReason = "";
    full.reviewId = reviewId;
    full.madeOn = Date(2027, 2, 26);
    full.decision = "Award to Sensible Homes Ltd";
    full.reasons = "Best value";
    full.alternativesRejected = "Do nothing";
    full.conflictsDeclared = "Cllr Ellis-Jones: a relative works for a bidder; left the room";
    full.dispensation = "None sought";
    full.id = t.store->insertDecision(full);
    CHECK(*t.store->findDecision(full.id) == full);

    const Decision bare = [&] {
        Decision d = t.sample("Extend the pilot", Date(2027, 1, 5));
        d.id = t.store->insertDecision(d);
        return d;
    }();
    const auto stored = t.store->findDecision(bare.id);
    REQUIRE(stored);
    CHECK(*stored == bare);
    CHECK_FALSE(stored->noticeOn);
    CHECK_FALSE(stored->madeOn);
    CHECK_FALSE(stored->reviewId);
    CHECK(stored->route == ShortNoticeRoute::None);
    CHECK_FALSE(t.store->findDecision(9999));

    for (const auto& route : Scale<ShortNoticeRoute>::entries) {
        Decision each = full;
        each.id = 0;
        each.route = route.value;
        each.id = t.store->insertDecision(each);
        CHECK(t.store->findDecision(each.id)->route == route.value);
    }

    Decision edited = bare;
    edited.noticeOn = Date(2026, 12, 1);
    edited.amountPence = 1;
    t.store->updateDecision(edited);
    CHECK(*t.store->findDecision(bare.id) == edited);
    edited.id = 777;
    CHECK_THROWS_AS(t.store->updateDecision(edited), NotFound);
}

TEST_CASE("decisions are listed by the day they are to be made, then id, all or one innovation's",
          "[contract][backend][decisions]") {
    Decisions t;
    const Id other = t.store->insertInnovation(sampleInnovation(t.ids, "Other"));
    const Id late = t.store->insertDecision(t.sample("Late", Date(2027, 3, 1)));
    const Id soonA = t.store->insertDecision(t.sample("Soon A", Date(2027, 1, 4)));
    const Id soonB = t.store->insertDecision(t.sample("Soon B", Date(2027, 1, 4)));
    Decision others = t.sample("Other's", Date(2026, 12, 1));
    others.innovationId = other;
    const Id othersId = t.store->insertDecision(others);

    const auto mine = t.store->listDecisions(t.ids.innovation);
    REQUIRE(mine.size() == 3);
    CHECK(mine[0].id == soonA);
    CHECK(mine[1].id == soonB);
    CHECK(mine[2].id == late);
    const auto all = t.store->listDecisions(std::nullopt);
    REQUIRE(all.size() == 4);
    CHECK(all[0].id == othersId);
    CHECK(t.store->listDecisions(999).empty());
}

TEST_CASE("the key decision threshold and the nation default to £500,000 and England, and keep what is set",
          "[contract][backend][decisions]") {
    Decisions t;
    CHECK(t.store->keyDecisionThreshold() == 50'000'000);
    CHECK(t.store->nation() == Nation::England);
    t.store->setKeyDecisionThreshold(25'000'050);
    t.store->setNation(Nation::Wales);
    CHECK(t.store->keyDecisionThreshold() == 25'000'050);
    CHECK(t.store->nation() == Nation::Wales);
    t.store->setNation(Nation::England);
    CHECK(t.store->nation() == Nation::England);
}
