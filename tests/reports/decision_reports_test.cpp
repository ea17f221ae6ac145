// The Forward Plan and the decision record, on a portfolio of five decisions worked out by hand
// (decisions_fixture.hpp says which the plan lists, their clear days and which are flagged), and a
// golden file per format. Regenerate the goldens with UPDATE_GOLDEN=1 and read the diff.
#include "decisions_fixture.hpp"
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
using innotrack::testing::DecisionsPortfolio;
using innotrack::testing::kDecisionsToday;

namespace {

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
    const DecisionRecordReport report = buildDecisionRecord(*p.store, p.made, kDecisionsToday);
    CHECK(report.isKey);
    CHECK(report.made.maker == "Cabinet (members: Cllr Ann Leader, Cllr Bob Cabinet)");
    CHECK(*report.made.notice.clearDays == 30);  // 21 October to 19 November
    CHECK(report.ledFrom == "the weekly review of 16 November 2026, which decided: Take the pilot's extension to cabinet");
    CHECK_THROWS_AS(buildDecisionRecord(*p.store, p.unmet, kDecisionsToday), ConflictError);
    CHECK_THROWS_AS(buildDecisionRecord(*p.store, 999, kDecisionsToday), NotFound);
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

    const DecisionRecordReport record = buildDecisionRecord(*p.store, p.made, kDecisionsToday);
    checkGolden("decision.txt", renderDecisionRecord(record, ReportFormat::Text));
    checkGolden("decision.md", renderDecisionRecord(record, ReportFormat::Markdown));
    checkGolden("decision.csv", renderDecisionRecord(record, ReportFormat::Csv));
    checkGolden("decision.json", renderDecisionRecord(record, ReportFormat::Json));
    const std::string recordPage = renderDecisionRecord(record, ReportFormat::Html);
    checkGolden("decision.html", recordPage);
    CHECK(xmlError(recordPage).empty());
}
