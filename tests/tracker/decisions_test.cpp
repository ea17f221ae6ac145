// Decisions and the Forward Plan (tracker/decision.hpp), worked by hand: clear days counted with a
// calendar (each case names the days that count), key decisions at the threshold, the 28 and 5
// clear days lines, and a decision record refused until a short notice is resolved, all through
// the service with its permissions and audit.
#include "portfolio_fixture.hpp"
#include "tracker/decision.hpp"
#include "tracker/errors.hpp"
#include "tracker/permissions.hpp"
#include "tracker/record_checks.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using boost::gregorian::date;
using innotrack::testing::PortfolioFixture;

TEST_CASE("clear days leave out the day of publication and the day of the decision", "[tracker][decisions]") {
    CHECK(clearDays(date(2027, 3, 1), date(2027, 3, 30)) == 28);  // 2 to 29 March
    CHECK(clearDays(date(2027, 3, 1), date(2027, 3, 29)) == 27);
    CHECK(clearDays(date(2027, 3, 1), date(2027, 3, 3)) == 1);  // 2 March alone
    CHECK(clearDays(date(2027, 3, 1), date(2027, 3, 2)) == 0);  // the next day: none between
    CHECK(clearDays(date(2027, 3, 1), date(2027, 3, 1)) == 0);
    CHECK(clearDays(date(2027, 3, 5), date(2027, 3, 1)) == 0);  // a decision before its notice
}

TEST_CASE("clear days across a month's end, a year's end and 29 February", "[tracker][decisions]") {
    // 31 October to 29 November: 1 to 28 November.
    CHECK(clearDays(date(2026, 10, 31), date(2026, 11, 29)) == 28);
    // 3 December 2026 to 1 January 2027: 4 to 31 December, 28 days; a day later, 27.
    CHECK(clearDays(date(2026, 12, 3), date(2027, 1, 1)) == 28);
    CHECK(clearDays(date(2026, 12, 4), date(2027, 1, 1)) == 27);
    // 31 January to 1 March: all of February, 28 days in 2027 and 29 in the leap year 2028.
    CHECK(clearDays(date(2027, 1, 31), date(2027, 3, 1)) == 28);
    CHECK(clearDays(date(2028, 1, 31), date(2028, 3, 1)) == 29);
    // Published on 29 February 2028: 1 to 27 March is 27, so 29 March is the first day with 28.
    CHECK(clearDays(date(2028, 2, 29), date(2028, 3, 28)) == 27);
    CHECK(clearDays(date(2028, 2, 29), date(2028, 3, 29)) == 28);
    // 1 February 2028 to 1 March 2028: 2 to 29 February.
    CHECK(clearDays(date(2028, 2, 1), date(2028, 3, 1)) == 28);
}

TEST_CASE("a key decision: spending or savings at the threshold or above, or two or more wards",
          "[tracker][decisions]") {
    Decision d;
    const Pence threshold = kDefaultKeyDecisionThreshold;  // £500,000.00
    d.amountPence = threshold - 1;
    CHECK_FALSE(keyReasonsOf(d, threshold).isKey());
    d.amountPence = threshold;
    CHECK(keyReasonsOf(d, threshold).spending);
    CHECK(describe(keyReasonsOf(d, threshold), d, threshold) ==
          "spending or savings of £500,000.00 (the threshold is £500,000.00)");
    d.amountPence = 0;
    d.affectsTwoOrMoreWards = true;
    const KeyReasons wards = keyReasonsOf(d, threshold);
    CHECK(wards.isKey());
    CHECK_FALSE(wards.spending);
    CHECK(describe(wards, d, threshold) == "a significant effect on two or more wards");
}

TEST_CASE("a notice of exactly 28 clear days is enough, 27 is short and flagged, Wales is not checked",
          "[tracker][decisions]") {
    Decision d;
    d.affectsTwoOrMoreWards = true;
    d.plannedOn = date(2027, 3, 30);
    d.noticeOn = date(2027, 3, 1);
    const NoticeCheck enough = checkNotice(d, kDefaultKeyDecisionThreshold, Nation::England);
    CHECK(enough.standing == NoticeStanding::Enough);
    CHECK(*enough.clearDays == 28);
    CHECK_FALSE(enough.isFlagged());

    d.noticeOn = date(2027, 3, 2);
    const NoticeCheck shortOne = checkNotice(d, kDefaultKeyDecisionThreshold, Nation::England);
    CHECK(shortOne.standing == NoticeStanding::Short);
    CHECK(*shortOne.clearDays == 27);
    CHECK(shortOne.isFlagged());
    CHECK(describe(shortOne, d) ==
          "notice published 2027-03-02, 27 clear days before 2027-03-30: short of 28 clear days; no general "
          "exception or special urgency is recorded");

    CHECK(checkNotice(d, kDefaultKeyDecisionThreshold, Nation::Wales).standing == NoticeStanding::NotChecked);
    d.affectsTwoOrMoreWards = false;
    CHECK(checkNotice(d, kDefaultKeyDecisionThreshold, Nation::England).standing == NoticeStanding::NotKey);

    // No notice at all is short; once made, the clear days run to the day it was made.
    Decision none;
    none.affectsTwoOrMoreWards = true;
    none.plannedOn = date(2027, 3, 30);
    CHECK(checkNotice(none, kDefaultKeyDecisionThreshold, Nation::England).standing == NoticeStanding::Short);
    d.affectsTwoOrMoreWards = true;
    d.noticeOn = date(2027, 3, 1);
    d.madeOn = date(2027, 3, 29);
    CHECK(*checkNotice(d, kDefaultKeyDecisionThreshold, Nation::England).clearDays == 27);
}

TEST_CASE("a general exception needs the scrutiny chair told 5 clear days before, 4 is not enough",
          "[tracker][decisions]") {
    Decision d;
    d.makerId = 1;
    d.affectsTwoOrMoreWards = true;
    d.plannedOn = date(2027, 3, 10);
    d.noticeOn = date(2027, 3, 1);  // 2 to 9 March: 8 clear days, short
    d.route = ShortNoticeRoute::GeneralException;
    d.scrutinyChair = "Cllr Gwen Scrutiny";
    d.chairOn = date(2027, 3, 4);  // 5 to 9 March: 5 clear days
    CHECK(checkNotice(d, kDefaultKeyDecisionThreshold, Nation::England).standing == NoticeStanding::ShortResolved);
    CHECK(problemsOf(d).empty());

    d.chairOn = date(2027, 3, 5);  // 6 to 9 March: 4
    CHECK(checkNotice(d, kDefaultKeyDecisionThreshold, Nation::England).standing == NoticeStanding::Short);
    const auto problems = problemsOf(d);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message ==
          "short notice: the scrutiny chair was told on 2027-03-05, 4 clear days before 2027-03-10; a general "
          "exception needs 5 clear days");
}

namespace {

// The fixture's day is 27 November 2026, so decisions made in October are in the past.
struct DecisionsFixture : PortfolioFixture {
    Decision draft(Date plannedOn, std::optional<Date> noticeOn, Pence amount = 75'000'000) const {
        Decision d;
        d.innovationId = innovation.id;
        d.matter = "Award the contract for home sensors";
        d.makerId = cabinet.id;
        d.plannedOn = plannedOn;
        d.amountPence = amount;
        d.noticeOn = noticeOn;
        d.documents = "Report of the Director of Adult Social Care";
        d.documentsFrom = "Democratic Services, County Hall; democracy@example.gov.uk";
        return d;
    }

    static Decision made(Date on) {
        Decision r;
        r.madeOn = on;
        r.decision = "Award the contract to Sensible Homes Ltd";
        r.reasons = "Best value of the three tenders";
        r.alternativesRejected = "Do nothing; extend the current pilot";
        return r;
    }

    std::vector<AuditEntry> auditOf(Id decision) const {
        AuditFilter filter;
        filter.entity = "decision";
        filter.entityId = decision;
        return store->listAudit(filter);
    }
};

}  // namespace

TEST_CASE_METHOD(DecisionsFixture, "a decision record is refused until a short notice is resolved",
                 "[backend][tracker][decisions]") {
    // Notice 1 October for 29 October: 2 to 28 October, 27 clear days, short.
    const Decision d = portfolio.addDecision(cabinet.id, draft(Date(2026, 10, 29), Date(2026, 10, 1)));
    const std::size_t before = auditOf(d.id).size();
    CHECK_THROWS_WITH(portfolio.recordDecision(cabinet.id, d.id, made(Date(2026, 10, 29))),
                      "Decision " + std::to_string(d.id) +
                          " 'Award the contract for home sensors' is a key decision and its notice is short (notice "
                          "published 2026-10-01, 27 clear days before 2026-10-29: short of 28 clear days; no "
                          "general exception or special urgency is recorded): make it a general exception or "
                          "special urgency before its record is made");
    CHECK_FALSE(portfolio.decision(d.id).isMade());

    // Told 24 October: 25 to 28 October is 4 clear days; told 23 October, 5.
    CHECK_THROWS_AS(portfolio.markGeneralException(cabinet.id, d.id, "Cllr Gwen Scrutiny", Date(2026, 10, 24)),
                    ValidationError);
    CHECK(auditOf(d.id).size() == before);
    const Decision excepted =
        portfolio.markGeneralException(cabinet.id, d.id, "Cllr Gwen Scrutiny", Date(2026, 10, 23));
    CHECK(excepted.route == ShortNoticeRoute::GeneralException);

    // Made a day early, on 28 October, the chair was told only 4 clear days before: still refused.
    CHECK_THROWS_AS(portfolio.recordDecision(cabinet.id, d.id, made(Date(2026, 10, 28))), ConflictError);
    const Decision recorded = portfolio.recordDecision(cabinet.id, d.id, made(Date(2026, 10, 29)));
    CHECK(recorded.madeOn == Date(2026, 10, 29));
    CHECK(recorded.decision == "Award the contract to Sensible Homes Ltd");
    CHECK(portfolio.decision(d.id) == recorded);

    const auto audit = auditOf(d.id);
    REQUIRE(audit.size() > before);
    CHECK(audit.back().action == "made");
    CHECK(audit.back().actorId == cabinet.id);
    // A record made is kept as it was.
    CHECK_THROWS_AS(portfolio.recordDecision(cabinet.id, d.id, made(Date(2026, 10, 29))), ConflictError);
    Decision edited = recorded;
    edited.matter = "Something else";
    CHECK_THROWS_AS(portfolio.updateDecision(cabinet.id, edited), ConflictError);
}

TEST_CASE_METHOD(DecisionsFixture, "28 clear days is enough for the record, special urgency resolves no notice at all",
                 "[backend][tracker][decisions]") {
    // Notice 1 October for 30 October: 2 to 29 October, 28 clear days.
    const Decision enough = portfolio.addDecision(cabinet.id, draft(Date(2026, 10, 30), Date(2026, 10, 1)));
    CHECK_THROWS_AS(portfolio.markGeneralException(cabinet.id, enough.id, "Cllr Gwen Scrutiny", Date(2026, 10, 20)),
                    ConflictError);  // needs none
    CHECK(portfolio.recordDecision(leader.id, enough.id, made(Date(2026, 10, 30))).isMade());

    const Decision urgent = portfolio.addDecision(cabinet.id, draft(Date(2026, 11, 20), std::nullopt));
    CHECK_THROWS_AS(portfolio.markSpecialUrgency(cabinet.id, urgent.id, "Cllr Gwen Scrutiny", Date(2026, 11, 19), ""),
                    ValidationError);  // why it cannot wait is required
    portfolio.markSpecialUrgency(cabinet.id, urgent.id, "Cllr Gwen Scrutiny", Date(2026, 11, 19),
                                 "The grant offer lapses on 30 November");
    CHECK(portfolio.recordDecision(cabinet.id, urgent.id, made(Date(2026, 11, 20))).isMade());

    // Not a key decision: no notice needed, and no exception either.
    const Decision small = portfolio.addDecision(cabinet.id, draft(Date(2026, 11, 2), std::nullopt, 10'000'000));
    CHECK_THROWS_AS(portfolio.markSpecialUrgency(cabinet.id, small.id, "Cllr Gwen Scrutiny", Date(2026, 11, 1), "x"),
                    ConflictError);
    CHECK(portfolio.recordDecision(cabinet.id, small.id, made(Date(2026, 11, 2))).isMade());
}

TEST_CASE_METHOD(DecisionsFixture, "a Welsh portfolio records decisions without the Forward Plan's check",
                 "[backend][tracker][decisions]") {
    CHECK_THROWS_AS(portfolio.setNation(cabinet.id, Nation::Wales), PermissionDenied);
    portfolio.setNation(leader.id, Nation::Wales);
    CHECK(store->nation() == Nation::Wales);
    const Decision d = portfolio.addDecision(cabinet.id, draft(Date(2026, 10, 29), Date(2026, 10, 20)));
    CHECK_THROWS_WITH(portfolio.markGeneralException(cabinet.id, d.id, "Cllr Gwen Scrutiny", Date(2026, 10, 1)),
                      Catch::Contains("a Welsh portfolio has no Forward Plan check"));
    CHECK(portfolio.recordDecision(cabinet.id, d.id, made(Date(2026, 10, 29))).isMade());
}

TEST_CASE_METHOD(DecisionsFixture, "only the innovation's cabinet lead or the leader records its decisions",
                 "[backend][tracker][decisions]") {
    CHECK_THROWS_WITH(portfolio.addDecision(officer.id, draft(Date(2026, 12, 30), std::nullopt)),
                      "Dev Officer is a project officer: only the cabinet lead of 'Home care by video' or the leader "
                      "can record its decisions");
    CHECK_THROWS_AS(portfolio.addDecision(otherCabinet.id, draft(Date(2026, 12, 30), std::nullopt)), PermissionDenied);
    CHECK_THROWS_AS(portfolio.addDecision(viewer.id, draft(Date(2026, 12, 30), std::nullopt)), PermissionDenied);
    const Decision d = portfolio.addDecision(leader.id, draft(Date(2026, 12, 30), std::nullopt));
    CHECK_THROWS_AS(portfolio.recordDecision(otherCabinet.id, d.id, made(Date(2026, 11, 27))), PermissionDenied);
    CHECK_THROWS_AS(portfolio.setKeyDecisionThreshold(cabinet.id, 1), PermissionDenied);
    portfolio.setKeyDecisionThreshold(leader.id, 100'000'000);
    CHECK(store->keyDecisionThreshold() == 100'000'000);
}

TEST_CASE_METHOD(DecisionsFixture, "a decision names one decision maker: a cabinet member or the leader, or a body",
                 "[backend][tracker][decisions]") {
    Decision byOfficer = draft(Date(2026, 12, 30), std::nullopt);
    byOfficer.makerId = officer.id;
    CHECK_THROWS_WITH(portfolio.addDecision(cabinet.id, byOfficer),
                      "decision maker: Dev Officer is not a cabinet member or the leader; name the body that decides "
                      "instead");
    Decision byBody = draft(Date(2026, 12, 30), std::nullopt);
    byBody.makerId.reset();
    byBody.makerBody = "Cabinet";
    CHECK_THROWS_WITH(portfolio.addDecision(cabinet.id, byBody),
                      "members: a body that decides is named with its members");
    byBody.makerMembers = "Cllr Ann Leader, Cllr Bob Cabinet, Cllr Cat Cabinet";
    CHECK(portfolio.addDecision(cabinet.id, byBody).makerBody == "Cabinet");
    Decision late = draft(Date(2026, 10, 1), Date(2026, 10, 2));
    CHECK_THROWS_WITH(portfolio.addDecision(cabinet.id, late),
                      "notice published on: 2026-10-02 is after the day it is to be made (2026-10-01)");
}

TEST_CASE_METHOD(DecisionsFixture, "a decision led from a weekly review names a review that recorded the innovation",
                 "[backend][tracker][decisions]") {
    const Review review = portfolio.startReview(cabinet.id, Date(2026, 11, 2));
    Decision fromReview = draft(Date(2026, 12, 30), std::nullopt);
    fromReview.reviewId = review.id;
    CHECK_THROWS_WITH(portfolio.addDecision(cabinet.id, fromReview),
                      Catch::Contains("recorded nothing on this innovation"));
    ReviewEntry entry;
    entry.reviewId = review.id;
    entry.innovationId = innovation.id;
    entry.confidence = Confidence::Amber;
    entry.decision = "Take the contract award to cabinet in December";
    portfolio.recordReview(cabinet.id, entry);
    CHECK(portfolio.addDecision(cabinet.id, fromReview).reviewId == review.id);
}
