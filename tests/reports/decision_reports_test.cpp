// The Forward Plan and the decision record, on a portfolio of five decisions worked out by hand
// (the fixture says which the plan lists, their clear days and which are flagged), and a golden
// file per format. Regenerate the goldens with UPDATE_GOLDEN=1 and read the diff.
#include "backend_under_test.hpp"
#include "report_files.hpp"

#include "reports/decision_reports.hpp"
#include "tracker/errors.hpp"
#include "tracker/portfolio.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::checkGolden;
using innotrack::testing::xmlError;

namespace {

const Date kToday(2026, 11, 27);

// Five decisions on one innovation, today 27 November 2026:
//   enough  key (two wards), notice 2 Nov for 1 Dec: 3 to 30 November, 28 clear days, enough.
//   excepted key (£600,000), notice 20 Nov for 10 Dec: 21 Nov to 9 Dec, 19 clear days, short; the
//           scrutiny chair told 25 Nov, 26 Nov to 9 Dec, 14 clear days: a general exception.
//   unmet   key (£500,000, exactly the threshold), no notice, for 18 Dec: short and flagged.
//   small   £120,000, one ward, for 5 Dec: not key, not in the plan.
//   made    key (two wards), notice 20 Oct, made 20 Nov by the cabinet (30 clear days), with its
//           record, led from the weekly review of 16 November: not in the plan (made).
struct DecisionsPortfolio {
    innotrack::testing::TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock{kToday};
    Portfolio portfolio{*store, clock};
    Id leader = 0, cabinet = 0, innovation = 0;
    Id enough = 0, excepted = 0, unmet = 0, small = 0, made = 0;

    DecisionsPortfolio() {
        Person first;
        first.name = "Cllr Ann Leader";
        first.role = Role::Leader;
        first.portfolio = "Leader of the council";
        leader = portfolio.initialise(first).id;
        Person bob;
        bob.name = "Cllr Bob Cabinet";
        bob.role = Role::Cabinet;
        bob.portfolio = "Adult social care";
        cabinet = portfolio.addPerson(leader, bob).id;
        Innovation draft;
        draft.title = "Home care by video";
        draft.cabinetLeadId = cabinet;
        innovation = portfolio.addInnovation(leader, draft).id;

        const auto add = [&](const char* matter, Date on, Pence pence, bool wards, std::optional<Date> notice) {
            Decision d;
            d.innovationId = innovation;
            d.matter = matter;
            d.makerId = cabinet;
            d.plannedOn = on;
            d.amountPence = pence;
            d.affectsTwoOrMoreWards = wards;
            d.noticeOn = notice;
            if (notice) {
                d.documents = "Report of the Director of Adult Social Care";
                d.documentsFrom = "Democratic Services, County Hall; democracy@example.gov.uk";
            }
            return portfolio.addDecision(cabinet, d).id;
        };
        enough = add("Set up video visits in every ward", Date(2026, 12, 1), 0, true, Date(2026, 11, 2));
        excepted = add("Award the video platform contract", Date(2026, 12, 10), 60'000'000, false, Date(2026, 11, 20));
        portfolio.markGeneralException(cabinet, excepted, "Cllr Gwen Scrutiny", Date(2026, 11, 25));
        unmet = add("Buy 300 tablets for carers", Date(2026, 12, 18), 50'000'000, false, std::nullopt);
        small = add("Train 20 carers", Date(2026, 12, 5), 12'000'000, false, std::nullopt);

        const Review review = portfolio.startReview(cabinet, Date(2026, 11, 16));
        ReviewEntry entry;
        entry.reviewId = review.id;
        entry.innovationId = innovation;
        entry.confidence = Confidence::AmberGreen;
        entry.decision = "Take the pilot's extension to cabinet";
        portfolio.recordReview(cabinet, entry);
        portfolio.closeReview(cabinet, review.id, Date(2026, 11, 16));

        Decision extension;
        extension.innovationId = innovation;
        extension.matter = "Extend the pilot to the whole borough";
        extension.makerBody = "Cabinet";
        extension.makerMembers = "Cllr Ann Leader, Cllr Bob Cabinet";
        extension.plannedOn = Date(2026, 11, 20);
        extension.affectsTwoOrMoreWards = true;
        extension.noticeOn = Date(2026, 10, 20);
        extension.reviewId = review.id;
        made = portfolio.addDecision(cabinet, extension).id;
        Decision record;
        record.madeOn = Date(2026, 11, 20);
        record.decision = "Extend the pilot to all 21 wards from January";
        record.reasons = "The pilot halved missed visits";
        record.alternativesRejected = "Extend to the four pilot wards only";
        record.conflictsDeclared = "Cllr Bob Cabinet: his sister is a carer in the pilot; he did not vote";
        record.dispensation = "None";
        portfolio.recordDecision(cabinet, made, record);
    }

    ForwardPlan plan(Date from = kToday, std::optional<Date> to = std::nullopt) const {
        return buildForwardPlan(*store, kToday, from, to);
    }
};

std::vector<Id> idsOf(const ForwardPlan& plan) {
    std::vector<Id> ids;
    for (const ForwardPlanEntry& e : plan.entries) ids.push_back(e.decision.id);
    return ids;
}

}  // namespace

TEST_CASE("the Forward Plan lists key decisions still to be made, soonest first, and flags short notices",
          "[backend][reports][decisions]") {
    const DecisionsPortfolio p;
    const ForwardPlan plan = p.plan();
    REQUIRE(idsOf(plan) == std::vector<Id>{p.enough, p.excepted, p.unmet});
    CHECK(plan.entries[0].notice.standing == NoticeStanding::Enough);
    CHECK(*plan.entries[0].notice.clearDays == 28);
    CHECK(plan.entries[1].notice.standing == NoticeStanding::ShortResolved);
    CHECK(*plan.entries[1].notice.clearDays == 19);
    CHECK(plan.entries[2].notice.standing == NoticeStanding::Short);
    CHECK_FALSE(plan.entries[2].notice.clearDays);
    CHECK(plan.flagged() == 2);
    CHECK(plan.entries[0].maker == "Cllr Bob Cabinet, Cabinet member for Adult social care");
    CHECK(plan.entries[2].keyReasons == "spending or savings of £500,000.00 (the threshold is £500,000.00)");

    // Its period: both ends count.
    CHECK(idsOf(p.plan(Date(2026, 12, 1), Date(2026, 12, 10))) == std::vector<Id>{p.enough, p.excepted});
    CHECK(idsOf(p.plan(Date(2026, 12, 2), Date(2026, 12, 17))) == std::vector<Id>{p.excepted});
    CHECK(p.plan(Date(2026, 12, 19)).entries.empty());
}

TEST_CASE("a Welsh portfolio's Forward Plan lists its key decisions and flags none", "[backend][reports][decisions]") {
    DecisionsPortfolio p;
    p.portfolio.setNation(p.leader, Nation::Wales);
    const ForwardPlan plan = p.plan();
    CHECK(plan.entries.size() == 3);
    CHECK(plan.flagged() == 0);
    CHECK(plan.entries[2].notice.standing == NoticeStanding::NotChecked);
    CHECK(renderForwardPlan(plan, ReportFormat::Text).find("the 28 clear days rule is England's") != std::string::npos);
}

TEST_CASE("the decision record is of a decision made, and names the weekly review that led to it",
          "[backend][reports][decisions]") {
    const DecisionsPortfolio p;
    const DecisionRecordReport report = buildDecisionRecord(*p.store, p.made, kToday);
    CHECK(report.isKey);
    CHECK(report.made.maker == "Cabinet (members: Cllr Ann Leader, Cllr Bob Cabinet)");
    CHECK(*report.made.notice.clearDays == 30);  // 21 October to 19 November
    CHECK(report.ledFrom == "the weekly review of 16 November 2026, which decided: Take the pilot's extension to cabinet");
    CHECK_THROWS_AS(buildDecisionRecord(*p.store, p.unmet, kToday), ConflictError);
    CHECK_THROWS_AS(buildDecisionRecord(*p.store, 999, kToday), NotFound);
}

TEST_CASE("the Forward Plan and the decision record match their golden files in every format",
          "[backend][reports][decisions][golden]") {
    const DecisionsPortfolio p;
    const ForwardPlan plan = p.plan();
    checkGolden("forward-plan.txt", renderForwardPlan(plan, ReportFormat::Text));
    checkGolden("forward-plan.md", renderForwardPlan(plan, ReportFormat::Markdown));
    checkGolden("forward-plan.csv", renderForwardPlan(plan, ReportFormat::Csv));
    const std::string json = renderForwardPlan(plan, ReportFormat::Json);
    checkGolden("forward-plan.json", json);
    CHECK(nlohmann::json::parse(json)["flagged"] == 2);
    const std::string page = renderForwardPlan(plan, ReportFormat::Html);
    checkGolden("forward-plan.html", page);
    CHECK(xmlError(page).empty());

    const DecisionRecordReport record = buildDecisionRecord(*p.store, p.made, kToday);
    checkGolden("decision.txt", renderDecisionRecord(record, ReportFormat::Text));
    checkGolden("decision.md", renderDecisionRecord(record, ReportFormat::Markdown));
    checkGolden("decision.csv", renderDecisionRecord(record, ReportFormat::Csv));
    checkGolden("decision.json", renderDecisionRecord(record, ReportFormat::Json));
    const std::string recordPage = renderDecisionRecord(record, ReportFormat::Html);
    checkGolden("decision.html", recordPage);
    CHECK(xmlError(recordPage).empty());
}
