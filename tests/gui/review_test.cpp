// The weekly review: its model on the demo, and a whole review run through headless frames.
#include "fixture.hpp"

#include "gui/review_model.hpp"
#include "gui/innovation_view.hpp"
#include "gui/review_view.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <initializer_list>
#include <map>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

TEST_CASE("the review model lists every active innovation and what is new since the last review", "[gui][review]") {
    DemoApp demo;
    ReviewModel model;
    model.load(demo.store(), demo.state.backend().boardQueries(), demo.state.today());
    InnovationFilter active;
    active.activeOnly = true;
    CHECK(model.items().size() == demo.store().listInnovations(active).size());
    REQUIRE(model.lastClosed());
    REQUIRE(model.since());
    CHECK_FALSE(model.openReview());

    // The demo records what is dated after the last review after it closed, as it happened, so the
    // new setbacks are those dated after its closing day, and they show.
    std::size_t newSetbacks = 0;
    for (const ReviewItem& item : model.items()) {
        const ReviewChanges changes = model.changesFor(demo.store(), item.innovation.id, demo.clock.today());
        for (const Setback& setback : changes.newSetbacks) CHECK(setback.occurredOn > *model.since());
        for (const Risk& risk : changes.newRisks) CHECK(risk.raisedOn > *model.since());
        for (const Milestone& milestone : changes.completed) CHECK(*milestone.completedOn > *model.since());
        for (const Milestone& milestone : changes.overdue) CHECK(milestone.due < demo.clock.today());
        newSetbacks += changes.newSetbacks.size();
    }
    std::size_t expected = 0;
    for (const Setback& setback : demo.store().listSetbacks(std::nullopt))
        if (setback.occurredOn > *model.since() && isActive(demo.state.portfolio().innovation(setback.innovationId).stage))
            ++expected;
    CHECK(newSetbacks == expected);
    CHECK(expected > 0);
}

TEST_CASE("a setback logged on the day the last review closed, after it closed, is new in the next review",
          "[gui][review][new-since]") {
    DemoApp demo;
    ReviewModel model;
    model.load(demo.store(), demo.state.backend().boardQueries(), demo.state.today());
    REQUIRE(model.since());
    const Innovation sensors = demo.innovation("Falls prevention sensors at home");
    const ReviewChanges before = model.changesFor(demo.store(), sensors.id, demo.clock.today());

    // Dated the closing day itself, and another typed in late: both recorded after the review closed.
    Setback setback;
    setback.innovationId = sensors.id;
    setback.kind = FailureKind::Basic;
    setback.whatHappened = "A sensor's battery ran flat on the day of the review";
    setback.occurredOn = *model.since();
    const Person officer = demo.person("Sophie Turner");
    const Id sameDay = demo.state.portfolio().logSetback(officer.id, setback).id;
    setback.whatHappened = "A hub lost power a month ago, reported only now";
    setback.occurredOn = *model.since() - boost::gregorian::days(30);
    const Id late = demo.state.portfolio().logSetback(officer.id, setback).id;

    const ReviewChanges after = model.changesFor(demo.store(), sensors.id, demo.clock.today());
    REQUIRE(after.newSetbacks.size() == before.newSetbacks.size() + 2);
    std::vector<Id> ids;
    for (const Setback& each : after.newSetbacks) ids.push_back(each.id);
    CHECK(std::count(ids.begin(), ids.end(), sameDay) == 1);
    CHECK(std::count(ids.begin(), ids.end(), late) == 1);

    // A lesson recorded now is new too, and the meeting mode's facts carry it.
    Lesson lesson;
    lesson.innovationId = sensors.id;
    lesson.source = LessonSource::Setback;
    lesson.setbackId = sameDay;
    lesson.whatHappened = "Batteries were not checked before the review";
    lesson.recommendation = "Check the batteries every month";
    lesson.recordedOn = demo.clock.today();
    const Id learned = demo.state.portfolio().addLesson(officer.id, lesson).id;
    const ReviewChanges withLesson = model.changesFor(demo.store(), sensors.id, demo.clock.today());
    REQUIRE(withLesson.newLessons.size() == before.newLessons.size() + 1);
    CHECK(withLesson.newLessons.back().id == learned);
}

struct ReviewScreen {
    DemoApp demo;
    // Clicks each control in turn, drawing two frames after each (a dialog opens on the next).
    void clicks(std::initializer_list<const char*> keys) {
        for (const char* key : keys) {
            demo.click(key);
            demo.frames(2);
        }
    }
    explicit ReviewScreen(const std::string& actor) {
        demo.actAs(actor);
        demo.app.select("review");
        demo.frames(3);
    }
    ReviewView& view() { return dynamic_cast<ReviewView&>(*demo.app.view("review")); }
    // Clicks `ask`, checks the view asks (`asking`), answers no with `refuse` and checks it stopped.
    void askAndRefuse(const char* ask, const char* refuse, bool (ReviewView::*asking)() const) {
        clicks({ask});
        CHECK((view().*asking)());
        clicks({refuse});
        CHECK_FALSE((view().*asking)());
    }
};

TEST_CASE("a cabinet member starts a review, records an innovation and closes the review", "[gui][review]") {
    ReviewScreen screen("Cllr Priya Shah");
    DemoApp& demo = screen.demo;
    demo.click("review.start");
    demo.frames(2);
    const auto open = demo.store().findOpenReview();
    REQUIRE(open);
    CHECK(open->chairId == demo.person("Cllr Priya Shah").id);

    const ReviewItem first = screen.view().model().items().at(screen.view().currentIndex());
    demo.click("review.confidence.red");
    demo.click("review.comment");
    demo.backend.type("Recruitment has stalled in two wards", demo.draw());
    demo.click("review.decision");
    demo.backend.type("Escalate to the workforce board", demo.draw());
    demo.click("review.record");
    demo.frames(2);

    const auto entries = demo.store().listReviewEntries(open->id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().innovationId == first.innovation.id);
    CHECK(entries.front().confidence == Confidence::Red);
    CHECK(entries.front().comment == "Recruitment has stalled in two wards");
    CHECK(entries.front().decision == "Escalate to the workforce board");
    CHECK(demo.state.portfolio().innovation(first.innovation.id).confidence == Confidence::Red);
    CHECK(screen.view().currentIndex() == 1);  // on to the next innovation

    demo.click("review.close");
    demo.frames(2);
    // The summary comes first: nothing closes until the chair confirms.
    CHECK(screen.view().closing());
    CHECK(demo.store().findOpenReview());
    demo.click("review.close.confirm");
    demo.frames(2);
    const Review closed = demo.state.portfolio().review(open->id);
    CHECK(closed.closedOn == demo.clock.today());
    CHECK_FALSE(demo.store().findOpenReview());
    CHECK(demo.state.errors().empty());
}

TEST_CASE("an officer cannot start a review: the button is disabled and says why", "[gui][review]") {
    ReviewScreen screen("Sophie Turner");
    DemoApp& demo = screen.demo;
    demo.click("review.start");
    demo.frames(2);
    CHECK_FALSE(demo.store().findOpenReview());
    CHECK(demo.state.permits(Action::RunReview).reason.find("cabinet members") != std::string::npos);
}

TEST_CASE("only the chair or the leader records in an open review", "[gui][review]") {
    ReviewScreen screen("Cllr Tom Okafor");
    DemoApp& demo = screen.demo;
    demo.state.portfolio().startReview(demo.person("Cllr Priya Shah").id);
    demo.state.changed(RecordKind::Reviews | RecordKind::Audit);
    demo.frames(2);
    demo.click("review.record");
    demo.frames(2);
    const auto open = demo.store().findOpenReview();
    REQUIRE(open);
    CHECK(demo.store().listReviewEntries(open->id).empty());
    CHECK(demo.state.errors().empty());
}

// A review started by the chair, with the first innovation recorded and a comment typed for the
// second but not recorded.
struct ReviewWithDraft : ReviewScreen {
    Id reviewId = 0;
    ReviewItem typedFor;
    ReviewWithDraft() : ReviewScreen("Cllr Priya Shah") {
        demo.click("review.start");
        demo.frames(2);
        reviewId = demo.store().findOpenReview()->id;
        demo.click("review.record");  // the first, as it stands
        demo.frames(2);
        typedFor = view().model().items().at(view().currentIndex());
        demo.click("review.comment");
        demo.backend.type("Waiting for the ward survey", demo.draw());
        demo.frames(1);
    }
};

TEST_CASE("the close summary lists what has no entry and what was typed but not recorded", "[gui][review]") {
    ReviewWithDraft screen;
    DemoApp& demo = screen.demo;
    const CloseSummary summary = closeSummary(screen.view().model(), screen.view().drafts());
    CHECK(summary.recorded == 1);
    CHECK(summary.noEntry.size() == screen.view().model().items().size() - 1);
    REQUIRE(summary.unrecordedDrafts.size() == 1);
    CHECK(summary.unrecordedDrafts.front()->innovation.id == screen.typedFor.innovation.id);

    demo.click("review.close");
    demo.frames(2);
    // With a draft the plain "close" is not offered: the chair chooses what becomes of it.
    CHECK_FALSE(demo.state.locator().find("review.close.confirm").has_value());
    REQUIRE(demo.state.locator().find("review.close.record").has_value());
    REQUIRE(demo.state.locator().find("review.close.discard").has_value());
    demo.click("review.close.keep");
    demo.frames(2);
    CHECK_FALSE(screen.view().closing());
    CHECK(demo.store().findOpenReview());
    CHECK(screen.view().drafts().find(screen.typedFor.innovation.id)->comment == "Waiting for the ward survey");
}

TEST_CASE("closing with drafts can record them first", "[gui][review]") {
    ReviewWithDraft screen;
    DemoApp& demo = screen.demo;
    demo.click("review.close");
    demo.frames(2);
    demo.click("review.close.record");
    demo.frames(2);
    const Review closed = demo.state.portfolio().review(screen.reviewId);
    CHECK(closed.closedOn);
    const auto entries = demo.store().listReviewEntries(screen.reviewId);
    REQUIRE(entries.size() == 2);
    bool found = false;
    for (const ReviewEntry& entry : entries)
        if (entry.innovationId == screen.typedFor.innovation.id) found = entry.comment == "Waiting for the ward survey";
    CHECK(found);
    CHECK(demo.state.errors().empty());
}

TEST_CASE("closing with drafts can throw them away, deliberately", "[gui][review]") {
    ReviewWithDraft screen;
    DemoApp& demo = screen.demo;
    demo.click("review.close");
    demo.frames(2);
    demo.click("review.close.discard");
    demo.frames(2);
    CHECK(demo.state.portfolio().review(screen.reviewId).closedOn);
    CHECK(demo.store().listReviewEntries(screen.reviewId).size() == 1);
    CHECK_FALSE(demo.store().findOpenReview());
    CHECK(screen.view().drafts().find(screen.typedFor.innovation.id) == nullptr);
}

TEST_CASE("what was typed in a review stays when the chair switches tab and comes back", "[gui][review]") {
    ReviewWithDraft screen;
    DemoApp& demo = screen.demo;
    demo.app.select("board");
    demo.frames(3);
    demo.app.select("history");
    demo.frames(3);
    demo.app.select("review");
    demo.frames(3);
    const ReviewDraft* draft = screen.view().drafts().find(screen.typedFor.innovation.id);
    REQUIRE(draft);
    CHECK(draft->comment == "Waiting for the ward survey");
    // Another desk's change reloads the review; the draft is still there, and records.
    demo.state.changed(RecordKind::Reviews | RecordKind::Innovations);
    demo.frames(2);
    CHECK(screen.view().model().items().at(screen.view().currentIndex()).innovation.id == screen.typedFor.innovation.id);
    demo.click("review.record");
    demo.frames(2);
    bool found = false;
    for (const ReviewEntry& entry : demo.store().listReviewEntries(screen.reviewId))
        if (entry.innovationId == screen.typedFor.innovation.id) found = entry.comment == "Waiting for the ward survey";
    CHECK(found);
}

TEST_CASE("what was typed is shown, not dropped, when another desk closes the review", "[gui][review]") {
    ReviewWithDraft screen;
    DemoApp& demo = screen.demo;
    // Another desk (the leader, say) closes the review while the chair's comment is unrecorded.
    demo.state.portfolio().closeReview(demo.person("Cllr Priya Shah").id, screen.reviewId);
    demo.state.changed(RecordKind::Reviews);
    demo.frames(2);
    REQUIRE(screen.view().leftBehind().size() == 1);
    CHECK(screen.view().leftBehind().front().innovation == screen.typedFor.innovation.title);
    CHECK(screen.view().leftBehind().front().draft.comment == "Waiting for the ward survey");
    CHECK(describeDraft("Falls sensors", screen.view().leftBehind().front().draft)
              .find("Falls sensors: ") == 0);
    screen.clicks({"review.left.dismiss"});
    CHECK(screen.view().leftBehind().empty());
}

TEST_CASE("a review started by mistake is abandoned, after a confirmation", "[gui][review]") {
    ReviewScreen screen("Cllr Priya Shah");
    DemoApp& demo = screen.demo;
    screen.clicks({"review.start"});
    const Id id = demo.store().findOpenReview()->id;
    screen.askAndRefuse("review.abandon", "review.abandon.keep", &ReviewView::askingToAbandon);
    CHECK(demo.store().findOpenReview());

    screen.clicks({"review.abandon", "review.abandon.confirm"});
    CHECK_FALSE(demo.store().findOpenReview());
    const Review abandoned = demo.state.portfolio().review(id);
    CHECK(wasAbandoned(abandoned, demo.store().listReviewEntries(id).size()));
    CHECK(demo.state.errors().empty());
    // It is listed among the past reviews as abandoned, and "since the last review" is unchanged.
    REQUIRE(screen.view().model().pastReview(id));
    CHECK(screen.view().model().pastReview(id)->abandoned());
    CHECK(screen.view().model().lastClosed()->id != id);
    REQUIRE(demo.state.locator().find("review.start").has_value());
}

TEST_CASE("a review with an innovation recorded cannot be abandoned, and says why", "[gui][review]") {
    ReviewScreen screen("Cllr Priya Shah");
    DemoApp& demo = screen.demo;
    screen.clicks({"review.start", "review.record", "review.abandon"});
    CHECK_FALSE(screen.view().askingToAbandon());
    CHECK(demo.store().findOpenReview());
    // The domain refuses too, in plain words.
    const Id id = demo.store().findOpenReview()->id;
    CHECK_THROWS_WITH(demo.state.portfolio().abandonReview(demo.person("Cllr Priya Shah").id, id),
                      Catch::Contains("already has one innovation recorded, so it cannot be abandoned"));
}

TEST_CASE("starting a second review on the day one closed asks first", "[gui][review]") {
    ReviewScreen screen("Cllr Priya Shah");
    DemoApp& demo = screen.demo;
    screen.clicks({"review.start", "review.record", "review.close", "review.close.confirm"});
    REQUIRE_FALSE(demo.store().findOpenReview());

    screen.askAndRefuse("review.start", "review.start.cancel", &ReviewView::askingToStartAgain);
    CHECK_FALSE(demo.store().findOpenReview());

    screen.clicks({"review.start", "review.start.confirm"});
    CHECK(demo.store().findOpenReview());
    CHECK(demo.state.errors().empty());
}

TEST_CASE("a past review is opened and read: its date, chair and every entry", "[gui][review]") {
    ReviewScreen screen("Sophie Turner");  // an officer: reading needs no permission
    DemoApp& demo = screen.demo;
    const auto& past = screen.view().model().pastReviews();
    REQUIRE_FALSE(past.empty());
    const PastReview last = past.front();
    CHECK(last.chair == demo.state.portfolio().person(last.review.chairId).name);
    demo.click("review.past." + std::to_string(last.review.id));
    demo.frames(2);
    REQUIRE(screen.view().pastShown() == last.review.id);
    const auto stored = demo.store().listReviewEntries(last.review.id);
    REQUIRE(screen.view().pastEntries().size() == stored.size());
    for (const PastReviewEntry& row : screen.view().pastEntries()) {
        CHECK(row.innovation == demo.state.portfolio().innovation(row.entry.innovationId).title);
        bool same = false;
        for (const ReviewEntry& entry : stored)
            if (entry.innovationId == row.entry.innovationId)
                same = entry.comment == row.entry.comment && entry.decision == row.entry.decision &&
                       entry.confidence == row.entry.confidence;
        CHECK(same);
    }
    // Read-only: nothing to record or close while reading it.
    CHECK_FALSE(demo.state.locator().find("review.record").has_value());
    CHECK_FALSE(demo.state.locator().find("review.close").has_value());
    screen.clicks({"review.past.close"});
    CHECK_FALSE(screen.view().pastShown());
    REQUIRE(demo.state.locator().find("review.start").has_value());
}

TEST_CASE("the chair of an open review can look at past reviews and come back to it", "[gui][review]") {
    ReviewWithDraft screen;
    DemoApp& demo = screen.demo;
    screen.clicks({"review.past"});
    const Id pastId = screen.view().model().pastReviews().front().review.id;
    demo.click("review.past." + std::to_string(pastId));
    demo.frames(2);
    CHECK(screen.view().pastShown() == pastId);
    screen.clicks({"review.past.close", "review.past.back"});
    REQUIRE(demo.state.locator().find("review.record").has_value());
    CHECK(screen.view().drafts().find(screen.typedFor.innovation.id)->comment == "Waiting for the ward survey");
}

TEST_CASE("the Innovation view draws the confidence each review gave it, in the order they were held",
          "[gui][review][trend]") {
    DemoApp demo;
    // The innovation the demo's reviews recorded most often, with what the store says each gave it.
    std::map<Id, std::vector<std::pair<Date, Confidence>>> byInnovation;
    for (const Review& review : demo.store().listReviews())
        if (!(demo.clock.today() < review.heldOn))
            for (const ReviewEntry& entry : demo.store().listReviewEntries(review.id))
                byInnovation[entry.innovationId].emplace_back(review.heldOn, entry.confidence);
    REQUIRE_FALSE(byInnovation.empty());
    auto most = byInnovation.begin();
    for (auto it = byInnovation.begin(); it != byInnovation.end(); ++it)
        if (it->second.size() > most->second.size()) most = it;
    std::stable_sort(most->second.begin(), most->second.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    REQUIRE(most->second.size() > 1);

    demo.state.selectedInnovation = most->first;
    demo.app.select("innovation");
    demo.frames(3);
    auto& view = dynamic_cast<InnovationView&>(*demo.app.view("innovation"));
    REQUIRE(view.detail());
    const std::vector<ConfidencePoint>& points = view.detail()->confidenceByReview;
    REQUIRE(points.size() == most->second.size());
    for (std::size_t at = 0; at < points.size(); ++at) {
        CHECK(points[at].heldOn == most->second[at].first);
        CHECK(points[at].confidence == most->second[at].second);
        CHECK(testing::located(demo, "innovation.confidence." + std::to_string(at)));  // a point drawn for each
    }
    CHECK_FALSE(testing::located(demo, "innovation.confidence." + std::to_string(points.size())));
    CHECK(demo.state.errors().empty());
}

}  // namespace
}  // namespace innotrack::gui
