// The three-year portfolio of trend_portfolio.hpp, entered record by record.
#include "trend_portfolio.hpp"

namespace innotrack::testing {
namespace {

void milestone(PortfolioStore& store, Id innovation, const std::string& title, Date baseline, Date completed) {
    Milestone draft = sampleMilestone(innovation, title, baseline);
    draft.completedOn = completed;
    store.insertMilestone(draft);
}

void benefit(PortfolioStore& store, Id innovation, const std::string& measure, Date realised) {
    Benefit draft;
    draft.innovationId = innovation;
    draft.measure = measure;
    draft.baseline = 30;
    draft.target = 20;
    draft.actual = 22;
    draft.realisedOn = realised;
    store.insertBenefit(draft);
}

void setback(PortfolioStore& store, const Seed& ids, Id innovation, const std::string& what, Date on, FailureKind kind,
             bool withLesson) {
    Setback draft = sampleSetback(ids, what, on);
    draft.innovationId = innovation;
    draft.kind = kind;
    const Id setbackId = store.insertSetback(draft);
    if (!withLesson) return;
    Lesson lesson = sampleLesson(ids, "What " + what + " taught us");
    lesson.innovationId = innovation;
    lesson.setbackId = setbackId;
    lesson.source = LessonSource::Setback;
    lesson.recordedOn = on;
    store.insertLesson(lesson);
}

void risk(PortfolioStore& store, const Seed& ids, Id innovation, const std::string& title, int likelihoodAndImpact,
          Date raised, std::optional<Date> closed) {
    Risk draft = sampleRisk(ids, title);
    draft.innovationId = innovation;
    draft.inherentLikelihood = likelihoodAndImpact;
    draft.inherentImpact = likelihoodAndImpact;
    draft.raisedOn = raised;
    draft.status = closed ? RiskStatus::Closed : RiskStatus::Open;
    draft.closedOn = closed;
    store.insertRisk(draft);
}

Id review(PortfolioStore& store, const Seed& ids, Date held, bool closed) {
    Review draft;
    draft.heldOn = held;
    draft.chairId = ids.cabinet;
    if (closed) draft.closedOn = held;
    return store.insertReview(draft);
}

}  // namespace

TrendPortfolio::TrendPortfolio() {
    Innovation draft = sampleInnovation(ids, "Falls sensors");
    draft.stage = Stage::Piloting;
    draft.priority = 1;
    sensors = store.insertInnovation(draft);
    const Id video = ids.innovation;

    // Before the three years: counted nowhere.
    milestone(store, sensors, "Scope the pilot", Date(2024, 3, 31), Date(2024, 3, 31));
    setback(store, ids, video, "a survey went unanswered", Date(2024, 3, 31), FailureKind::Basic, true);

    milestone(store, sensors, "Pick a supplier", Date(2024, 6, 30), Date(2024, 6, 20));
    store.insertStageChange(sampleStageChange(sensors, Stage::Idea, Stage::Exploring, Date(2024, 5, 1), ids.cabinet));
    risk(store, ids, sensors, "Supplier fails", 4, Date(2024, 4, 1), std::nullopt);
    setback(store, ids, video, "tablets were lost in the post", Date(2024, 8, 15), FailureKind::Intelligent, true);
    milestone(store, sensors, "Install in 50 homes", Date(2024, 12, 31), Date(2025, 2, 10));
    setback(store, ids, sensors, "sensors were fitted upside down", Date(2025, 1, 10), FailureKind::Basic, false);
    benefit(store, sensors, "Falls needing an ambulance", Date(2025, 4, 1));
    milestone(store, sensors, "Evaluate the pilot", Date(2025, 9, 30), Date(2025, 9, 30));
    store.insertStageChange(sampleStageChange(video, Stage::Idea, Stage::Stopped, Date(2025, 7, 15), ids.cabinet));
    store.insertStageChange(
        sampleStageChange(sensors, Stage::Exploring, Stage::Piloting, Date(2025, 10, 10), ids.cabinet));
    setback(store, ids, sensors, "readings were sent unencrypted", Date(2025, 11, 10), FailureKind::Complex, true);
    risk(store, ids, sensors, "Staff shortage", 3, Date(2025, 12, 1), Date(2026, 1, 5));
    benefit(store, sensors, "Nights in hospital", Date(2026, 3, 31));
    setback(store, ids, sensors, "a new alarm woke residents", Date(2026, 5, 1), FailureKind::Intelligent, false);
    milestone(store, sensors, "Report to cabinet", Date(2026, 10, 31), Date(2026, 11, 5));
    setback(store, ids, video, "calls dropped at peak times", Date(2026, 11, 20), FailureKind::Basic, true);
    store.insertMilestone(sampleMilestone(sensors, "Roll out", Date(2027, 3, 31)));  // not done yet

    may2025 = review(store, ids, Date(2025, 5, 1), true);
    store.saveReviewEntry({may2025, sensors, Confidence::Green, "", ""});
    store.saveReviewEntry({may2025, video, Confidence::Amber, "", ""});
    review(store, ids, Date(2025, 6, 1), true);  // abandoned: nothing recorded
    november2026 = review(store, ids, Date(2026, 11, 20), false);
    store.saveReviewEntry({november2026, sensors, Confidence::AmberRed, "Readings late", ""});
    november2025 = review(store, ids, Date(2025, 11, 15), true);
    store.saveReviewEntry({november2025, sensors, Confidence::Red, "", "Pause installs"});
    december2026 = review(store, ids, Date(2026, 12, 1), false);
    store.saveReviewEntry({december2026, sensors, Confidence::Green, "", ""});
}

}  // namespace innotrack::testing
