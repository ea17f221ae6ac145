// The residents' public summary: a golden file per format, and the promise that nothing internal
// reaches it. Every internal field of a portfolio (summaries, risks, setbacks, lessons, budgets,
// people's names, engagements' concerns, milestones, reviews) carries its own marker; no format
// of the report may contain any of them. Regenerate the goldens with UPDATE_GOLDEN=1.
#include "backend_under_test.hpp"
#include "report_files.hpp"

#include "reports/public_summary.hpp"
#include "tracker/portfolio.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace innotrack;
using namespace innotrack::reports;
using innotrack::testing::checkGolden;
using innotrack::testing::xmlError;

namespace {

const Date kToday(2026, 11, 27);

// Two public innovations (one with results, one without) and one not public, each internal field
// holding a marker "SECRET-<field>".
struct PublicPortfolio {
    innotrack::testing::TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock{kToday};
    Portfolio portfolio{*store, clock};
    std::vector<std::string> markers;

    std::string secret(const std::string& field) {
        markers.push_back("SECRET-" + field);
        return markers.back();
    }

    PublicPortfolio() {
        Person first;
        first.name = "Cllr " + secret("leader-name");
        first.role = Role::Leader;
        const Id leader = portfolio.initialise(first).id;
        Person cabinet;
        cabinet.name = "Cllr " + secret("cabinet-name");
        cabinet.role = Role::Cabinet;
        cabinet.portfolio = secret("cabinet-brief");
        const Id bob = portfolio.addPerson(leader, cabinet).id;
        Person officer;
        officer.name = secret("officer-name");
        officer.role = Role::Officer;
        officer.email = "secret-officer@council.example";
        markers.push_back("secret-officer@council.example");
        const Id olly = portfolio.addPerson(leader, officer).id;
        Ambition ambition;
        ambition.title = secret("ambition-title");
        ambition.horizonYear = 2045;
        const Id ambitionId = portfolio.addAmbition(leader, ambition).id;

        const auto innovation = [&](const std::string& title, bool shown, const std::string& description) {
            Innovation i;
            i.title = title;
            i.summary = secret("summary-" + title.substr(0, 4));
            i.ambitionId = ambitionId;
            i.cabinetLeadId = bob;
            i.leadOfficerId = olly;
            i.budgetPence = 123'456'789;
            i.staffDays = 4321;
            i.inspiredBy = secret("inspired-" + title.substr(0, 4));
            i.expectedBenefits = secret("expected-" + title.substr(0, 4));
            i.isPublic = shown;
            i.publicDescription = description;
            return portfolio.addInnovation(bob, i).id;
        };
        const Id wards = innovation("Care at home by video", true,
                                    "Carers check in with you by video call, so you can stay in your own home "
                                    "for longer.\nAsk your care worker if you would like to take part.");
        portfolio.changeStage(bob, wards, Stage::Exploring, "", Date(2026, 5, 1));
        portfolio.changeStage(bob, wards, Stage::Piloting, "", Date(2026, 7, 1));
        const Id energy = innovation("Solar panels on council car parks", true,
                                     "Panels over the car parks make electricity for council buildings & shade "
                                     "for cars <in summer>.");
        innovation(secret("hidden-title"), false, secret("hidden-description"));

        const auto benefit = [&](Id on, const std::string& measure, const std::string& unit, double baseline,
                                 double target) {
            Benefit b;
            b.innovationId = on;
            b.measure = measure;
            b.unit = unit;
            b.baseline = baseline;
            b.target = target;
            return portfolio.addBenefit(olly, b).id;
        };
        portfolio.realiseBenefit(olly, benefit(wards, "People helped to stay at home", "people", 0, 150), 182,
                                 Date(2026, 10, 1));
        portfolio.realiseBenefit(olly, benefit(wards, "Hospital stays per month", "", 1200, 900), 1050.5,
                                 Date(2026, 9, 1));
        benefit(energy, "Electricity made each year", "MWh", 0, 400);  // not realised: not shown

        Risk risk;
        risk.innovationId = wards;
        risk.title = secret("risk-title");
        risk.cause = secret("risk-cause");
        risk.event = secret("risk-event");
        risk.effect = secret("risk-effect");
        risk.mitigation = secret("risk-mitigation");
        risk.inherentLikelihood = 3;
        risk.inherentImpact = 4;
        risk.ownerId = olly;
        portfolio.addRisk(olly, risk);
        Setback setback;
        setback.innovationId = wards;
        setback.occurredOn = Date(2026, 8, 1);
        setback.whatHappened = secret("setback-what");
        setback.response = secret("setback-response");
        const Id setbackId = portfolio.logSetback(olly, setback).id;
        Lesson lesson;
        lesson.innovationId = wards;
        lesson.setbackId = setbackId;
        lesson.source = LessonSource::Setback;
        lesson.whatHappened = secret("lesson-what");
        lesson.effect = secret("lesson-effect");
        lesson.cause = secret("lesson-cause");
        lesson.recommendation = secret("lesson-recommendation");
        lesson.tags = {secret("lesson-tag")};
        portfolio.addLesson(olly, lesson);
        Milestone milestone;
        milestone.innovationId = wards;
        milestone.title = secret("milestone-title");
        milestone.due = Date(2026, 12, 1);
        portfolio.addMilestone(olly, milestone);
        Engagement engagement;
        engagement.innovationId = wards;
        engagement.heldOn = Date(2026, 10, 12);
        engagement.audience = Audience::Residents;
        engagement.stance = Stance::Opposed;
        engagement.ledById = olly;
        engagement.concerns = secret("engagement-concerns");
        engagement.response = secret("engagement-response");
        portfolio.addEngagement(olly, engagement);
        const Id review = portfolio.startReview(bob, Date(2026, 11, 20)).id;
        ReviewEntry entry;
        entry.reviewId = review;
        entry.innovationId = wards;
        entry.confidence = Confidence::Amber;
        entry.comment = secret("review-comment");
        entry.decision = secret("review-decision");
        portfolio.recordReview(bob, entry);
        portfolio.closeReview(bob, review, Date(2026, 11, 20));
    }

    PublicSummary summary() const { return buildPublicSummary(*store, kToday); }
};

}  // namespace

TEST_CASE("the public summary matches its golden file in every format", "[backend][reports][public][golden]") {
    const PublicPortfolio p;
    const PublicSummary summary = p.summary();
    REQUIRE(summary.innovations.size() == 2);
    checkGolden("public.txt", renderPublicText(summary));
    checkGolden("public.md", renderPublicMarkdown(summary));
    const std::string page = renderPublicHtml(summary);
    checkGolden("public.html", page);
    CHECK(xmlError(page).empty());
}

TEST_CASE("no internal field reaches any format of the public summary", "[backend][reports][public]") {
    const PublicPortfolio p;
    REQUIRE(p.markers.size() > 25);
    const PublicSummary summary = p.summary();
    const std::vector<std::pair<const char*, std::string>> formats{{"text", renderPublicText(summary)},
                                                                   {"markdown", renderPublicMarkdown(summary)},
                                                                   {"html", renderPublicHtml(summary)}};
    for (const auto& [format, rendered] : formats) {
        INFO(format);
        for (const std::string& marker : p.markers) {
            INFO(marker);
            CHECK(rendered.find(marker) == std::string::npos);
        }
        CHECK(rendered.find("SECRET") == std::string::npos);
        CHECK(rendered.find("secret") == std::string::npos);
        for (const char* money : {"1,234,567", "1234567", "123456789", "4321"}) {
            INFO(money);
            CHECK(rendered.find(money) == std::string::npos);
        }
        // What residents are meant to read is there.
        CHECK(rendered.find("Care at home by video") != std::string::npos);
        CHECK(rendered.find("People helped to stay at home: from 0 to 182 people") != std::string::npos);
        CHECK(rendered.find("Being tried out on a small scale") != std::string::npos);
        CHECK(rendered.find("Electricity made each year") == std::string::npos);  // not realised yet
    }
}

TEST_CASE("the public summary as of an earlier day shows only the results reached by then", "[backend][reports][public]") {
    const PublicPortfolio p;
    const PublicSummary early = buildPublicSummary(*p.store, Date(2026, 9, 15));
    REQUIRE(early.innovations.size() == 2);
    REQUIRE(early.innovations[0].benefitsRealised.size() == 1);
    CHECK(early.innovations[0].benefitsRealised[0].measure == "Hospital stays per month");
    CHECK(benefitInPlainEnglish(early.innovations[0].benefitsRealised[0]) ==
          "Hospital stays per month: from 1,200 to 1,050.5 (the aim was 900), by 1 September 2026.");
}
