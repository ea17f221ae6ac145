// The demo portfolio: written through the service, in one transaction, with something on the
// board to talk about whatever day it is written.
#include "pass_through_store.hpp"

#include "backend_under_test.hpp"
#include "tracker/checklist.hpp"
#include "demo/demo.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace innotrack {
namespace {

struct DemoFixture {
    explicit DemoFixture(Date today) : clock(today) {}

    testing::TestPortfolio test;
    PortfolioStore* store = &test.store();
    FixedClock clock;
    Portfolio portfolio{*store, clock};

    std::vector<Innovation> innovations() const { return store->listInnovations({}); }
    std::vector<Milestone> milestones() const { return store->listMilestones(std::nullopt); }
    std::vector<Risk> risks() const { return store->listRisks(std::nullopt); }
    std::vector<Setback> setbacks() const { return store->listSetbacks(std::nullopt); }
};

Date endOfWeek(Date day) {
    const int daysSinceMonday = (day.day_of_week().as_number() + 6) % 7;
    return day + boost::gregorian::days(6 - daysSinceMonday);
}

int stageChanges(const PortfolioStore& store) {
    int count = 0;
    for (const Innovation& innovation : store.listInnovations({}))
        count += static_cast<int>(store.listStageChanges(innovation.id).size());
    return count;
}

int reviewEntries(const PortfolioStore& store) {
    int count = 0;
    for (const Review& review : store.listReviews())
        count += static_cast<int>(store.listReviewEntries(review.id).size());
    return count;
}

// Forwards to a real store, but fails the risk writes once `risksBeforeFailure` have landed:
// a backend failure part-way through the demo.
class FailingStore final : public testing::PassThroughStore {
public:
    FailingStore(PortfolioStore& inner, int risksBeforeFailure)
        : PassThroughStore(inner), risksLeft_(risksBeforeFailure) {}

    Id insertRisk(const Risk& r) override {
        if (risksLeft_-- <= 0) throw StorageError("disk full (simulated)");
        return PassThroughStore::insertRisk(r);
    }

private:
    int risksLeft_;
};

}  // namespace

// A Monday, a Friday and a Sunday: the edges of "due this week".
const Date kWrittenOn[] = {Date(2026, 11, 23), Date(2026, 11, 27), Date(2026, 11, 29)};

TEST_CASE("the demo writes counts in the ranges a realistic council portfolio has", "[demo][backend]") {
    const Date today = GENERATE(from_range(std::begin(kWrittenOn), std::end(kWrittenOn)));
    DemoFixture demo(today);
    const DemoSummary summary = writeDemoPortfolio(demo.portfolio);

    CHECK(summary.people == 6);
    CHECK(summary.ambitions == 3);
    // Twelve priority innovations, and the seven promoted from its ideas.
    CHECK(summary.innovations >= 15);
    CHECK(summary.innovations <= 22);
    CHECK(summary.milestones >= 50);
    CHECK(summary.milestones <= 70);
    CHECK(summary.risks >= 25);
    CHECK(summary.risks <= 35);
    CHECK(summary.setbacks >= 8);
    CHECK(summary.setbacks <= 12);
    CHECK(summary.reviews == 8);
    CHECK(summary.ideas == 25);

    // The summary counts what is really in the file.
    CHECK(demo.store->listPeople().size() == static_cast<std::size_t>(summary.people));
    CHECK(demo.store->listAmbitions().size() == static_cast<std::size_t>(summary.ambitions));
    CHECK(demo.innovations().size() == static_cast<std::size_t>(summary.innovations));
    CHECK(demo.milestones().size() == static_cast<std::size_t>(summary.milestones));
    CHECK(demo.risks().size() == static_cast<std::size_t>(summary.risks));
    CHECK(demo.setbacks().size() == static_cast<std::size_t>(summary.setbacks));
    CHECK(demo.store->listLessons({}).size() == static_cast<std::size_t>(summary.lessons));
    CHECK(demo.store->listBenefits(std::nullopt).size() == static_cast<std::size_t>(summary.benefits));
    CHECK(demo.store->listEngagements(std::nullopt).size() == static_cast<std::size_t>(summary.engagements));
    CHECK(summary.engagements > 0);
    const auto innovations = demo.innovations();
    CHECK(std::count_if(innovations.begin(), innovations.end(), [](const Innovation& i) { return i.isPublic; }) ==
          summary.publicInnovations);
    CHECK(demo.store->listReviews().size() == static_cast<std::size_t>(summary.reviews));
    CHECK(stageChanges(*demo.store) == summary.stageChanges);
    CHECK(reviewEntries(*demo.store) == summary.reviewEntries);
    CHECK(demo.store->listIdeas().size() == static_cast<std::size_t>(summary.ideas));
    CHECK(demo.store->listDecisions(std::nullopt).size() == static_cast<std::size_t>(summary.decisions));

    // Every record was audited like a user's: at least one entry per record written.
    const int records = summary.people + summary.ambitions + summary.innovations + summary.milestones +
                        summary.risks + summary.setbacks + summary.lessons + summary.benefits + summary.reviews +
                        summary.ideas + summary.engagements + summary.decisions;
    CHECK(demo.store->listAudit({}).size() >= static_cast<std::size_t>(records));
}

TEST_CASE("the demo has every stage, every failure kind and every role", "[demo][backend]") {
    DemoFixture demo(kWrittenOn[1]);
    writeDemoPortfolio(demo.portfolio);

    std::set<Stage> stages;
    for (const Innovation& innovation : demo.innovations()) {
        stages.insert(innovation.stage);
        CHECK(innovation.budgetPence > 0);
        CHECK(innovation.staffDays > 0);
        if (innovation.stage == Stage::Stopped) CHECK_FALSE(innovation.stopReason.empty());
    }
    CHECK(stages.size() == Scale<Stage>::entries.size());

    std::set<FailureKind> kinds;
    for (const Setback& setback : demo.setbacks()) {
        kinds.insert(setback.kind);
        if (setback.kind == FailureKind::Intelligent) CHECK(setback.test.allHold());
        LessonFilter fromThisInnovation;
        fromThisInnovation.innovationId = setback.innovationId;
        const auto lessons = demo.store->listLessons(fromThisInnovation);
        const bool learned = std::any_of(lessons.begin(), lessons.end(), [&](const Lesson& lesson) {
            return lesson.setbackId == setback.id && !lesson.tags.empty();
        });
        CHECK(learned);
    }
    CHECK(kinds.size() == Scale<FailureKind>::entries.size());

    std::set<Role> roles;
    for (const Person& person : demo.store->listPeople()) roles.insert(person.role);
    CHECK(roles.size() == Scale<Role>::entries.size());

    const auto innovations = demo.innovations();
    const auto inspired = std::count_if(innovations.begin(), innovations.end(),
                                        [](const Innovation& innovation) { return !innovation.inspiredBy.empty(); });
    CHECK(inspired >= 3);
}

TEST_CASE("the demo's milestones are overdue, due this week, moved, on time and late", "[demo][backend]") {
    const Date today = GENERATE(from_range(std::begin(kWrittenOn), std::end(kWrittenOn)));
    DemoFixture demo(today);
    writeDemoPortfolio(demo.portfolio);

    int overdue = 0, dueThisWeek = 0, moved = 0, onTime = 0, late = 0;
    for (const Milestone& milestone : demo.milestones()) {
        if (milestone.isOverdue(today)) ++overdue;
        if (!milestone.isDone() && milestone.due >= today && milestone.due <= endOfWeek(today)) ++dueThisWeek;
        const auto moves = demo.store->listMilestoneMoves(milestone.id);
        if (!moves.empty()) {
            ++moved;
            CHECK(milestone.due != milestone.baselineDue);
            CHECK_FALSE(moves.front().reason.empty());
        }
        if (milestone.isDone()) (milestone.onTime() ? onTime : late) += 1;
    }
    CHECK(overdue >= 3);
    CHECK(dueThisWeek >= 3);
    CHECK(moved >= 3);
    CHECK(onTime >= 10);
    CHECK(late >= 5);
}

TEST_CASE("the demo's risks include Critical, closed and occurred ones, linked to their setbacks", "[demo][backend]") {
    DemoFixture demo(kWrittenOn[1]);
    const DemoSummary summary = writeDemoPortfolio(demo.portfolio);
    const RiskBands bands = demo.store->riskBands();

    int criticalOpen = 0, closed = 0, occurred = 0, withResidual = 0;
    for (const Risk& risk : demo.risks()) {
        if (risk.hasResidual()) ++withResidual;
        if (risk.status == RiskStatus::Open && bands.bandOf(risk.score()) == RiskBand::Critical) ++criticalOpen;
        if (risk.status == RiskStatus::Closed) ++closed;
        if (risk.status == RiskStatus::Occurred) {
            ++occurred;
            REQUIRE(risk.setbackId.has_value());
            const auto setback = demo.store->findSetback(*risk.setbackId);
            REQUIRE(setback.has_value());
            CHECK(setback->riskId == risk.id);
            CHECK(setback->innovationId == risk.innovationId);
        }
    }
    CHECK(criticalOpen >= 1);
    CHECK(withResidual >= 5);
    CHECK(closed == summary.risksClosed);
    CHECK(closed >= 3);
    CHECK(occurred == summary.risksOccurred);
    CHECK(occurred >= 1);
}

TEST_CASE("the demo has stage advances in the past and eight weekly reviews, the latest closed a week ago",
          "[demo][backend]") {
    const Date today = kWrittenOn[1];
    DemoFixture demo(today);
    const DemoSummary summary = writeDemoPortfolio(demo.portfolio);

    int forwardLastQuarter = 0;
    for (const Innovation& innovation : demo.innovations())
        for (const StageChange& change : demo.store->listStageChanges(innovation.id)) {
            CHECK(change.changedOn < today);
            if (isForward(change.from, change.to) && change.changedOn >= today - boost::gregorian::days(91))
                ++forwardLastQuarter;
        }
    CHECK(forwardLastQuarter >= 3);

    const auto reviews = demo.store->listReviews();
    REQUIRE(reviews.size() == 8);
    CHECK_FALSE(demo.store->findOpenReview().has_value());
    CHECK(reviews.front().heldOn == today - boost::gregorian::days(7));
    CHECK(reviews.front().closedOn == today - boost::gregorian::days(7));
    CHECK(reviews.back().heldOn == today - boost::gregorian::days(56));
    for (const Review& review : reviews) CHECK_FALSE(demo.store->listReviewEntries(review.id).empty());
    CHECK(summary.reviewEntries >= 50);

    // The latest review recorded every innovation that is active, and nothing else: a stopped or
    // mainstreamed innovation is no longer reviewed.
    std::set<Id> recorded;
    for (const ReviewEntry& entry : demo.store->listReviewEntries(reviews.front().id)) {
        recorded.insert(entry.innovationId);
        CHECK_FALSE(entry.comment.empty());
        CHECK_FALSE(entry.decision.empty());
    }
    std::set<Id> active;
    for (const Innovation& innovation : demo.innovations()) {
        if (isActive(innovation.stage)) active.insert(innovation.id);
    }
    CHECK(recorded == active);
}

TEST_CASE("the demo's leader has answered most of the checklist, some answers old, some not yes", "[demo][backend]") {
    const Date today = kWrittenOn[1];
    DemoFixture demo(today);
    writeDemoPortfolio(demo.portfolio);

    const auto answers = demo.store->listChecklistAnswers();
    REQUIRE_FALSE(answers.empty());
    const auto leader = demo.store->listPeople().front();
    REQUIRE(leader.role == Role::Leader);
    std::set<std::string> answered;
    std::set<Answer> kinds;
    int overAYearOld = 0;
    for (const ChecklistAnswer& answer : answers) {
        CHECK(isChecklistQuestion(answer.questionKey));
        CHECK(answered.insert(answer.questionKey).second);  // one answer per question
        CHECK(answer.answeredById == leader.id);
        CHECK(answer.answeredOn <= today);
        CHECK_FALSE(answer.evidence.empty());
        kinds.insert(answer.answer);
        if ((today - answer.answeredOn).days() > 365) ++overAYearOld;
    }
    CHECK(kinds.size() == Scale<Answer>::entries.size());  // yes, partly and no all appear
    CHECK(answered.size() >= 12);
    CHECK(answered.size() < kChecklistQuestionCount);  // something is left for the leader to answer
    CHECK(overAYearOld >= 1);

    // Each answer was audited like a user's.
    AuditFilter filter;
    filter.entity = "checklist";
    CHECK(demo.store->listAudit(filter).size() == answers.size());
}

TEST_CASE("the demo passes the portfolio's consistency check", "[demo][backend]") {
    DemoFixture demo(kWrittenOn[1]);
    writeDemoPortfolio(demo.portfolio);
    const auto problems = demo.portfolio.check();
    for (const Problem& problem : problems) UNSCOPED_INFO(problem.what);
    CHECK(problems.empty());
}

TEST_CASE("the demo refuses a portfolio that already has people and leaves it unchanged", "[demo][backend]") {
    DemoFixture demo(kWrittenOn[1]);
    const DemoSummary first = writeDemoPortfolio(demo.portfolio);
    const std::size_t audit = demo.store->listAudit({}).size();

    CHECK_THROWS_AS(writeDemoPortfolio(demo.portfolio), ConflictError);

    CHECK(demo.store->listPeople().size() == static_cast<std::size_t>(first.people));
    CHECK(demo.innovations().size() == static_cast<std::size_t>(first.innovations));
    CHECK(demo.milestones().size() == static_cast<std::size_t>(first.milestones));
    CHECK(demo.risks().size() == static_cast<std::size_t>(first.risks));
    CHECK(demo.store->listAudit({}).size() == audit);
}

TEST_CASE("the demo refuses a portfolio with only a leader in it", "[demo][backend]") {
    DemoFixture demo(kWrittenOn[1]);
    Person leader;
    leader.name = "Cllr Real Leader";
    leader.role = Role::Leader;
    demo.portfolio.initialise(leader);

    CHECK_THROWS_AS(writeDemoPortfolio(demo.portfolio), ConflictError);
    CHECK(demo.store->listPeople().size() == 1);
    CHECK(demo.innovations().empty());
}

TEST_CASE("a failure part-way through the demo leaves the portfolio empty", "[demo][backend]") {
    DemoFixture demo(kWrittenOn[1]);
    FailingStore failing(*demo.store, 10);
    Portfolio portfolio(failing, demo.clock);

    CHECK_THROWS_AS(writeDemoPortfolio(portfolio), StorageError);

    CHECK(demo.store->listPeople().empty());
    CHECK(demo.store->listAmbitions().empty());
    CHECK(demo.innovations().empty());
    CHECK(demo.milestones().empty());
    CHECK(demo.risks().empty());
    CHECK(demo.store->listAudit({}).empty());
    // And the file is still usable: the demo can be written into it afterwards.
    CHECK(writeDemoPortfolio(demo.portfolio).people == 6);
}

}  // namespace innotrack

TEST_CASE("the demo's ideas come from every source, in every status, scored by two or three",
          "[demo][backend][ideas]") {
    DemoFixture demo(kWrittenOn[1]);
    writeDemoPortfolio(demo.portfolio);
    const auto ideas = demo.store->listIdeas();
    std::set<IdeaSource> sources;
    std::set<IdeaStatus> statuses;
    std::size_t fromOtherCouncils = 0;
    for (const Idea& idea : ideas) {
        sources.insert(idea.source);
        statuses.insert(idea.status);
        if (idea.source == IdeaSource::OtherCouncil) ++fromOtherCouncils;
    }
    CHECK(sources.size() == Scale<IdeaSource>::entries.size());
    CHECK(statuses.size() == Scale<IdeaStatus>::entries.size());
    CHECK(fromOtherCouncils * 3 >= ideas.size());
    std::map<Id, std::set<Id>> assessors;
    for (const IdeaScore& score : demo.store->listIdeaScores(std::nullopt)) assessors[score.ideaId].insert(score.assessorId);
    std::size_t mostAssessors = 0;
    for (const auto& [idea, who] : assessors) mostAssessors = std::max(mostAssessors, who.size());
    CHECK(mostAssessors == 3);
    // A promotion below the gate has its reason; every promoted idea's innovation names it back.
    bool belowGate = false;
    for (const Idea& idea : ideas) {
        if (idea.status != IdeaStatus::Promoted) continue;
        CHECK(demo.store->findIdeaOfInnovation(*idea.innovationId)->id == idea.id);
        if (*ideaScore(demo.store->listIdeaScores(idea.id)) < demo.store->ideaGate()) {
            belowGate = true;
            CHECK_FALSE(idea.decisionReason.empty());
        }
    }
    CHECK(belowGate);
    CHECK(demo.portfolio.check().empty());
}

TEST_CASE("the demo's Forward Plan: one notice enough, one short made a general exception, one still short, "
          "one decision made from a weekly review, one not key",
          "[demo][backend][decisions]") {
    DemoFixture demo(kWrittenOn[0]);
    writeDemoPortfolio(demo.portfolio);
    const Pence threshold = demo.store->keyDecisionThreshold();
    int enough = 0, resolved = 0, stillShort = 0, made = 0, notKey = 0;
    for (const Decision& d : demo.store->listDecisions(std::nullopt)) {
        const NoticeCheck check = checkNotice(d, threshold, demo.store->nation());
        if (d.isMade()) {
            ++made;
            CHECK(d.reviewId.has_value());
            CHECK_FALSE(d.reasons.empty());
            continue;
        }
        switch (check.standing) {
            case NoticeStanding::Enough: ++enough; CHECK(*check.clearDays == 49); break;
            case NoticeStanding::ShortResolved: ++resolved; CHECK(*check.clearDays == 22); break;
            case NoticeStanding::Short: ++stillShort; CHECK(*check.clearDays == 11); break;
            case NoticeStanding::NotKey: ++notKey; break;
            case NoticeStanding::NotChecked: FAIL("the demo council is English"); break;
        }
    }
    CHECK(enough == 1);
    CHECK(resolved == 1);
    CHECK(stillShort == 1);
    CHECK(made == 1);
    CHECK(notKey == 1);
}

// The Welsh demo (demo/src/demo_nation.cpp), hand-checked against its tables: the goals served by
// its ambitions, and by its active innovations (Local Area Coordination and the electric fleet
// are mainstreamed, the smart bins stopped), and the one goal nothing serves.
TEST_CASE("the Welsh demo: the portfolio set to Wales, six goals served and culture and language by nothing, no "
          "Forward Plan flags, and the same council otherwise",
          "[demo][backend][wellbeing]") {
    DemoFixture welsh(kWrittenOn[0]);
    const DemoSummary summary = writeDemoPortfolio(welsh.portfolio, Nation::Wales);
    DemoFixture english(kWrittenOn[0]);
    const DemoSummary englishSummary = writeDemoPortfolio(english.portfolio);

    CHECK(welsh.store->nation() == Nation::Wales);
    CHECK(english.store->nation() == Nation::England);
    CHECK(summary.innovations == englishSummary.innovations);
    CHECK(summary.decisions == englishSummary.decisions);
    CHECK(summary.reviewEntries == englishSummary.reviewEntries);

    std::map<std::string, std::string> ambitionGoals;
    for (const Ambition& a : welsh.store->listAmbitions()) ambitionGoals[a.title] = a.goals.keys();
    CHECK(ambitionGoals == std::map<std::string, std::string>{
                               {"Net zero borough by 2045", "resilient,globally-responsible"},
                               {"Every older person lives independently at home", "healthier,more-equal"},
                               {"A thriving town centre economy", "prosperous,cohesive"}});
    for (const Ambition& a : english.store->listAmbitions()) CHECK(a.goals.empty());

    // Served by an active innovation's own tags: hand-listed from the table.
    std::map<WellbeingGoal, int> activeServing;
    WaysOfWorking waysShown;
    for (const Innovation& i : welsh.innovations()) {
        for (WayOfWorking way : i.ways.values()) waysShown.insert(way);
        if (!isActive(i.stage)) continue;
        for (WellbeingGoal goal : i.goals.values()) ++activeServing[goal];
    }
    CHECK(activeServing == std::map<WellbeingGoal, int>{{WellbeingGoal::Prosperous, 2},
                                                        {WellbeingGoal::Resilient, 2},
                                                        {WellbeingGoal::Healthier, 3},
                                                        {WellbeingGoal::MoreEqual, 1},
                                                        {WellbeingGoal::Cohesive, 4},
                                                        {WellbeingGoal::GloballyResponsible, 2}});
    CHECK(waysShown == WaysOfWorking{WayOfWorking::LongTerm, WayOfWorking::Prevention, WayOfWorking::Integration,
                                     WayOfWorking::Collaboration, WayOfWorking::Involvement});
    for (const Innovation& i : english.innovations()) {
        CHECK(i.goals.empty());
        CHECK(i.ways.empty());
    }

    // The council's place: its people's emails and the decision notices' address are Welsh.
    for (const Person& p : welsh.store->listPeople()) CHECK(p.email.ends_with("@glanafon.gov.wales"));
    for (const Person& p : english.store->listPeople()) CHECK(p.email.ends_with("@northbrook.gov.uk"));

    // No 28 clear days rule in Wales: every key decision is not checked, and none was routed as
    // a general exception (England's route for a short notice).
    int notChecked = 0;
    for (const Decision& d : welsh.store->listDecisions(std::nullopt)) {
        CHECK(d.route == ShortNoticeRoute::None);
        CHECK(d.scrutinyChair.empty());
        CHECK(d.documentsFrom.find("Northbrook") == std::string::npos);
        const NoticeCheck check = checkNotice(d, welsh.store->keyDecisionThreshold(), Nation::Wales);
        if (check.standing == NoticeStanding::NotChecked) ++notChecked;
        else CHECK(check.standing == NoticeStanding::NotKey);
    }
    CHECK(notChecked == 4);

    const auto problems = welsh.portfolio.check();
    for (const Problem& problem : problems) UNSCOPED_INFO(problem.what);
    CHECK(problems.empty());
}
