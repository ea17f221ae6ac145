// Builds the synthetic portfolio: plausible council records with a fixed random sequence.
#include "synthetic_portfolio.hpp"

#include <algorithm>
#include <array>
#include <random>
#include <string>

namespace innotrack::bench {

namespace {

using boost::gregorian::days;

constexpr std::array kServices{"adult social care", "children's services", "highways", "waste and recycling",
                               "housing",           "libraries",           "planning",  "public health",
                               "transport",         "economic development"};
constexpr std::array kIdeas{"digital front door", "shared care record", "community hubs", "predictive maintenance",
                            "smart bins",         "reablement at home", "tenant app",     "school streets",
                            "e-bike library",     "social prescribing"};
constexpr std::array kInspirations{"", "", "Wigan Deal", "Camden Council", "Barking and Dagenham",
                                   "a Nesta case study", "Cardiff Council", "Leeds City Council"};
constexpr std::array kMilestoneSteps{"Business case approved", "Partners signed up", "Pilot site chosen",
                                     "Pilot live", "Pilot evaluated", "Procurement complete",
                                     "Staff trained", "Residents consulted", "Scaled to second area",
                                     "Handed to business as usual", "Budget confirmed", "Data sharing agreed"};
constexpr std::array kRiskTitles{"Supplier fails to deliver", "Staff capacity too thin", "Residents do not take it up",
                                 "Data protection concerns", "Budget cut mid-year", "Partner withdraws",
                                 "Legacy system cannot integrate"};
constexpr std::array kTags{"procurement", "data", "partners", "staffing", "engagement", "budget", "it", "governance"};

class Dice {
public:
    explicit Dice(std::uint32_t seed) : engine_(seed) {}
    int between(int from, int to) { return std::uniform_int_distribution<int>(from, to)(engine_); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename C>
    auto pick(const C& choices) {
        return choices[static_cast<std::size_t>(between(0, static_cast<int>(choices.size()) - 1))];
    }

private:
    std::mt19937 engine_;
};

struct Cast {
    Id leader = 0;
    std::vector<Id> cabinet;   // cabinet members and the leader
    std::vector<Id> officers;
};

Cast addPeople(SyntheticPortfolio& portfolio, int innovations) {
    Cast cast;
    const auto add = [&](std::string name, Role role, std::string brief) {
        Person person;
        person.id = static_cast<Id>(portfolio.people.size()) + 1;
        person.name = std::move(name);
        person.role = role;
        person.portfolio = std::move(brief);
        person.email = "person" + std::to_string(person.id) + "@council.example";
        portfolio.people.push_back(person);
        return person.id;
    };
    cast.leader = add("Cllr Leader", Role::Leader, "Leader of the council");
    cast.cabinet.push_back(cast.leader);
    for (std::size_t i = 0; i < kServices.size(); ++i)
        cast.cabinet.push_back(add("Cllr Cabinet " + std::to_string(i + 1), Role::Cabinet, kServices[i]));
    const int officers = std::max(4, innovations / 25);
    for (int i = 0; i < officers; ++i)
        cast.officers.push_back(add("Officer " + std::to_string(i + 1), Role::Officer, ""));
    return cast;
}

void addAmbitions(SyntheticPortfolio& portfolio, int count) {
    for (int i = 0; i < count; ++i) {
        Ambition ambition;
        ambition.id = i + 1;
        ambition.title = "Ambition " + std::to_string(i + 1) + ": better " + kServices[static_cast<std::size_t>(i) % kServices.size()];
        ambition.description = "Part of the council's 20-year plan.";
        ambition.horizonYear = 2040 + i % 10;
        ambition.communityConcern = "Residents asked for better " + std::string(kServices[static_cast<std::size_t>(i) % kServices.size()]);
        portfolio.ambitions.push_back(ambition);
    }
}

// Walks the innovation forward from Idea to its current stage, one change per step, so its history
// always reaches its stage (docs/REPORTS.md "The stage on the day"; `innotrack check` reports one
// that does not). A step that would fall after today is dated today, and so is every step after it;
// those take no throw of the dice, so everything else generated is what it always was.
void addStageChanges(SyntheticPortfolio& portfolio, const Innovation& innovation, Dice& dice, Id actor) {
    const Date today = syntheticToday();
    Date on = *innovation.startDate;
    Stage from = Stage::Idea;
    const auto finalStage = innovation.stage;
    const int forwardSteps = finalStage == Stage::Stopped ? dice.between(0, 3) : static_cast<int>(finalStage);
    for (int step = 0; step < forwardSteps; ++step) {
        if (on < today) on = std::min(today, on + days(dice.between(30, 240)));
        StageChange change;
        change.id = static_cast<Id>(portfolio.stageChanges.size()) + 1;
        change.innovationId = innovation.id;
        change.from = from;
        change.to = static_cast<Stage>(static_cast<int>(from) + 1);
        change.changedOn = on;
        change.reason = "Agreed at the weekly review";
        change.actorId = actor;
        portfolio.stageChanges.push_back(change);
        from = change.to;
    }
    if (finalStage == Stage::Stopped) {
        StageChange stop;
        stop.id = static_cast<Id>(portfolio.stageChanges.size()) + 1;
        stop.innovationId = innovation.id;
        stop.from = from;
        stop.to = Stage::Stopped;
        stop.changedOn = std::min(today, on + days(dice.between(10, 120)));
        stop.reason = innovation.stopReason;
        stop.actorId = actor;
        portfolio.stageChanges.push_back(stop);
    }
}

void addMilestones(SyntheticPortfolio& portfolio, const Innovation& innovation, Dice& dice, Id actor) {
    const Date today = syntheticToday();
    const int count = dice.between(8, 12);
    Date baseline = *innovation.startDate;
    for (int m = 0; m < count; ++m) {
        baseline += days(dice.between(20, 120));
        Milestone milestone;
        milestone.id = static_cast<Id>(portfolio.milestones.size()) + 1;
        milestone.innovationId = innovation.id;
        milestone.title = kMilestoneSteps[static_cast<std::size_t>(m) % kMilestoneSteps.size()];
        milestone.baselineDue = baseline;
        milestone.due = baseline;
        if (dice.chance(25)) {
            MilestoneMove move;
            move.id = static_cast<Id>(portfolio.milestoneMoves.size()) + 1;
            move.milestoneId = milestone.id;
            move.from = baseline;
            move.to = baseline + days(dice.between(14, 90));
            move.reason = "Supplier delay";
            move.movedOn = std::min(today, baseline - days(dice.between(1, 14)));
            move.actorId = actor;
            if (move.movedOn <= today) {
                milestone.due = move.to;
                portfolio.milestoneMoves.push_back(move);
            }
        }
        const Date done = milestone.due + days(dice.between(-20, 25));
        if (done <= today && dice.chance(85)) milestone.completedOn = done;
        portfolio.milestones.push_back(milestone);
    }
}

void addBenefits(SyntheticPortfolio& portfolio, const Innovation& innovation, Dice& dice) {
    const Date today = syntheticToday();
    const int count = dice.between(1, 2);
    for (int b = 0; b < count; ++b) {
        Benefit benefit;
        benefit.id = static_cast<Id>(portfolio.benefits.size()) + 1;
        benefit.innovationId = innovation.id;
        benefit.measure = b == 0 ? "Residents helped per month" : "Cost per case";
        benefit.unit = b == 0 ? "people" : "£";
        benefit.baseline = dice.between(50, 500);
        benefit.target = benefit.baseline * 1.25;
        const Date realised = *innovation.startDate + days(dice.between(180, 900));
        if (realised <= today && dice.chance(60)) {
            benefit.realisedOn = realised;
            benefit.actual = benefit.baseline * 1.1 + dice.between(0, 40);
        }
        portfolio.benefits.push_back(benefit);
    }
}

Setback makeSetback(SyntheticPortfolio& portfolio, const Innovation& innovation, Dice& dice, Date on, Id logger) {
    Setback setback;
    setback.id = static_cast<Id>(portfolio.setbacks.size()) + 1;
    setback.innovationId = innovation.id;
    setback.occurredOn = on;
    setback.kind = static_cast<FailureKind>(dice.between(0, 2));
    setback.whatHappened = "The " + std::string(kIdeas[static_cast<std::size_t>(innovation.id) % kIdeas.size()]) +
                           " pilot missed its date";
    setback.response = "Re-planned with the supplier";
    if (setback.kind == FailureKind::Intelligent)
        setback.test = {true, true, true, true, true};
    else
        setback.test.newTerritory = dice.chance(50);
    setback.loggedById = logger;
    return setback;
}

// Risks first, then setbacks: some realise a risk (which then names the setback it became).
void addRisksAndSetbacks(SyntheticPortfolio& portfolio, const Innovation& innovation, Dice& dice, Id owner) {
    const Date today = syntheticToday();
    const int riskCount = dice.between(3, 7);
    int setbacksLeft = dice.between(0, 4);
    for (int r = 0; r < riskCount; ++r) {
        Risk risk;
        risk.id = static_cast<Id>(portfolio.risks.size()) + 1;
        risk.innovationId = innovation.id;
        risk.title = kRiskTitles[static_cast<std::size_t>(dice.between(0, static_cast<int>(kRiskTitles.size()) - 1))];
        risk.cause = "Market conditions";
        risk.event = "Delay to delivery";
        risk.effect = "Benefits come later";
        risk.inherentLikelihood = dice.between(1, 5);
        risk.inherentImpact = dice.between(1, 5);
        if (dice.chance(60)) {
            risk.residualLikelihood = std::max(1, risk.inherentLikelihood - dice.between(0, 2));
            risk.residualImpact = std::max(1, risk.inherentImpact - dice.between(0, 1));
        }
        risk.ownerId = owner;
        risk.response = static_cast<RiskResponse>(dice.between(0, 5));
        risk.mitigation = "Weekly check with the supplier";
        risk.proximity = static_cast<Proximity>(dice.between(0, 3));
        risk.raisedOn = std::min(today, *innovation.startDate + days(dice.between(0, 500)));
        const Date settled = std::min(today, risk.raisedOn + days(dice.between(20, 400)));
        if (setbacksLeft > 0 && dice.chance(30) && settled < today) {
            Setback setback = makeSetback(portfolio, innovation, dice, settled, owner);
            setback.riskId = risk.id;
            risk.status = RiskStatus::Occurred;
            risk.closedOn = settled;
            risk.setbackId = setback.id;
            portfolio.setbacks.push_back(setback);
            --setbacksLeft;
        } else if (settled < today && dice.chance(35)) {
            risk.status = RiskStatus::Closed;
            risk.closedOn = settled;
        }
        portfolio.risks.push_back(risk);
    }
    for (; setbacksLeft > 0; --setbacksLeft) {
        const Date on = std::min(today, *innovation.startDate + days(dice.between(30, 800)));
        portfolio.setbacks.push_back(makeSetback(portfolio, innovation, dice, on, owner));
    }
}

// A lesson for most setbacks, and now and then one from a success.
void addLessons(SyntheticPortfolio& portfolio, const Innovation& innovation, std::size_t firstSetback, Dice& dice,
                Id recorder) {
    const Date today = syntheticToday();
    const auto add = [&](OptionalId setbackId, LessonSource source, Date on) {
        Lesson lesson;
        lesson.id = static_cast<Id>(portfolio.lessons.size()) + 1;
        lesson.innovationId = innovation.id;
        lesson.setbackId = setbackId;
        lesson.source = source;
        lesson.whatHappened = "The team found a better way to engage residents";
        lesson.effect = "Take-up doubled";
        lesson.cause = "Early conversations with the community";
        lesson.earlyWarnings = "Low attendance at the first sessions";
        lesson.recommendation = "Talk to residents before the pilot starts";
        lesson.identifiedAsRisk = dice.chance(40);
        lesson.tags = {kTags[static_cast<std::size_t>(dice.between(0, 7))]};
        if (dice.chance(50)) lesson.tags.push_back(kTags[static_cast<std::size_t>(dice.between(0, 7))]);
        std::sort(lesson.tags.begin(), lesson.tags.end());
        lesson.tags.erase(std::unique(lesson.tags.begin(), lesson.tags.end()), lesson.tags.end());
        lesson.recordedById = recorder;
        lesson.recordedOn = std::min(today, on);
        portfolio.lessons.push_back(lesson);
    };
    for (std::size_t s = firstSetback; s < portfolio.setbacks.size(); ++s)
        if (dice.chance(65))
            add(portfolio.setbacks[s].id, LessonSource::Setback, portfolio.setbacks[s].occurredOn + days(dice.between(1, 30)));
    if (dice.chance(30)) add(std::nullopt, LessonSource::Success, *innovation.startDate + days(dice.between(60, 600)));
}

}  // namespace

std::size_t SyntheticPortfolio::rowCount() const {
    std::size_t tags = 0;
    for (const auto& lesson : lessons) tags += lesson.tags.size();
    return people.size() + ambitions.size() + innovations.size() + stageChanges.size() + milestones.size() +
           milestoneMoves.size() + benefits.size() + risks.size() + setbacks.size() + lessons.size() + tags +
           reviews.size() + reviewEntries.size() + audit.size();
}

Date syntheticToday() { return Date(2026, 11, 27); }

SyntheticPortfolio generatePortfolio(int innovations, std::uint32_t seed) {
    SyntheticPortfolio portfolio;
    Dice dice(seed);
    const Cast cast = addPeople(portfolio, innovations);
    addAmbitions(portfolio, 30);
    const Date firstStart(2022, 4, 1);
    const int startSpan = static_cast<int>((syntheticToday() - firstStart).days()) - 30;
    portfolio.innovations.reserve(static_cast<std::size_t>(innovations));
    for (int i = 0; i < innovations; ++i) {
        Innovation innovation;
        innovation.id = i + 1;
        const auto idea = kIdeas[static_cast<std::size_t>(dice.between(0, static_cast<int>(kIdeas.size()) - 1))];
        const auto service = kServices[static_cast<std::size_t>(dice.between(0, static_cast<int>(kServices.size()) - 1))];
        innovation.title = "Innovation " + std::to_string(i + 1) + ": " + idea + " for " + service;
        innovation.summary = "Trial a " + std::string(idea) + " so residents get " + service + " sooner.";
        innovation.ambitionId = dice.between(1, static_cast<int>(portfolio.ambitions.size()));
        innovation.stage = static_cast<Stage>(dice.between(0, 5));
        if (innovation.stage == Stage::Stopped) innovation.stopReason = "The pilot showed it would not pay back";
        innovation.priority = dice.between(1, 5);
        innovation.confidence = static_cast<Confidence>(dice.between(0, 4));
        innovation.cabinetLeadId = dice.pick(cast.cabinet);
        innovation.leadOfficerId = dice.pick(cast.officers);
        innovation.startDate = firstStart + days(dice.between(0, startSpan));
        innovation.targetDate = *innovation.startDate + days(dice.between(365, 1460));
        innovation.budgetPence = static_cast<Pence>(dice.between(10, 5000)) * 100'000;
        innovation.staffDays = dice.between(20, 800);
        innovation.inspiredBy = dice.pick(kInspirations);
        innovation.expectedBenefits = "Faster help for residents and lower cost per case";
        portfolio.innovations.push_back(innovation);

        const Id officer = *innovation.leadOfficerId;
        addStageChanges(portfolio, innovation, dice, *innovation.cabinetLeadId);
        addMilestones(portfolio, innovation, dice, officer);
        addBenefits(portfolio, innovation, dice);
        const std::size_t firstSetback = portfolio.setbacks.size();
        addRisksAndSetbacks(portfolio, innovation, dice, officer);
        addLessons(portfolio, innovation, firstSetback, dice, officer);
    }
    for (int week = 52; week >= 1; --week) {
        Review review;
        review.id = static_cast<Id>(portfolio.reviews.size()) + 1;
        review.heldOn = syntheticToday() - days(7 * week);
        review.chairId = cast.leader;
        review.closedOn = review.heldOn + days(1);
        portfolio.reviews.push_back(review);
        // A dozen innovations spread over the portfolio assessed at each review, half with a decision.
        for (int k = 0; k < 12; ++k) {
            ReviewEntry entry;
            entry.reviewId = review.id;
            entry.innovationId = (static_cast<Id>(week) * 7919 + static_cast<Id>(k) * (innovations / 12 + 1)) %
                                     innovations + 1;
            entry.confidence = static_cast<Confidence>(dice.between(0, 4));
            entry.comment = "Reviewed with the lead officer";
            if (k % 2 == 0) entry.decision = "Carry on, and report back on the milestones due";
            const bool repeated = std::any_of(portfolio.reviewEntries.begin(), portfolio.reviewEntries.end(),
                                              [&](const ReviewEntry& e) {
                                                  return e.reviewId == entry.reviewId && e.innovationId == entry.innovationId;
                                              });
            if (!repeated) portfolio.reviewEntries.push_back(entry);
        }
    }
    portfolio.audit = syntheticAuditTrail(portfolio);
    return portfolio;
}

}  // namespace innotrack::bench
