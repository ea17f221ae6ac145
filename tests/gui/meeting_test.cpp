// The weekly review's meeting mode: one innovation at a time in large type, recorded live through
// the review's own drafts and permissions, ending with the decisions taken.
#include "fixture.hpp"

#include "gui/meeting_model.hpp"
#include "gui/review_view.hpp"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

// The review tab shown as `actor`, with this week's review started by Cllr Priya Shah.
struct Meeting {
    DemoApp demo;
    explicit Meeting(const std::string& actor) {
        demo.state.portfolio().startReview(demo.person("Cllr Priya Shah").id);
        demo.actAs(actor);
        demo.app.select("review");
        demo.frames(3);
    }
    ReviewView& view() { return dynamic_cast<ReviewView&>(*demo.app.view("review")); }
    void press(ImGuiKey key) {
        demo.backend.pressKey(key, demo.draw());
        demo.frames(2);
    }
    void enter() {
        demo.click("review.meeting");
        demo.frames(2);
    }
    // Steps right until the meeting shows `title`.
    void goTo(const std::string& title) {
        const auto& items = view().model().items();
        while (!view().meetingCursor().atEnd() && items[view().meetingCursor().index()].innovation.title != title)
            press(ImGuiKey_RightArrow);
        REQUIRE_FALSE(view().meetingCursor().atEnd());
    }
};

TEST_CASE("meeting mode is offered only while a review is open", "[gui][meeting]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    demo.app.select("review");
    demo.frames(3);
    demo.click("review.meeting");
    demo.frames(2);
    CHECK_FALSE(dynamic_cast<ReviewView&>(*demo.app.view("review")).inMeeting());
}

TEST_CASE("F5 enters meeting mode on the innovation the review was on", "[gui][meeting]") {
    Meeting meeting("Cllr Priya Shah");
    meeting.press(static_cast<ImGuiKey>(kMeetingModeKey));
    REQUIRE(meeting.view().inMeeting());
    CHECK(meeting.view().meetingCursor().index() == meeting.view().currentIndex());
    CHECK(testing::located(meeting.demo, "review.meeting.record"));
}

TEST_CASE("View > Weekly review in meeting mode, its action and F5 open meeting mode from another tab",
          "[gui][meeting][shortcut]") {
    Meeting meeting("Cllr Priya Shah");
    DemoApp& demo = meeting.demo;
    demo.backend.pressCtrl('1', demo.draw());
    demo.frames(2);
    REQUIRE(demo.app.current() == "board");
    REQUIRE_FALSE(meeting.view().inMeeting());
    SECTION("the menu entry, clicked") {
        demo.click("menu.view");
        demo.frames(2);
        demo.click("menu.view.meeting");
    }
    SECTION("the action the menu entry calls") { demo.app.openMeeting(); }
    SECTION("F5, the shortcut the menu shows") { demo.backend.pressKey(static_cast<ImGuiKey>(kMeetingModeKey), demo.draw()); }
    demo.frames(3);
    CHECK(demo.app.current() == "review");
    REQUIRE(meeting.view().inMeeting());
    CHECK(meeting.view().meetingCursor().index() == meeting.view().currentIndex());
    CHECK(testing::located(demo, "review.meeting.record"));
}

TEST_CASE("with no review open, the meeting mode entry shows the weekly review's start page", "[gui][meeting][shortcut]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    demo.frames(2);
    demo.click("menu.view");
    demo.frames(2);
    demo.click("menu.view.meeting");
    demo.frames(3);
    CHECK(demo.app.current() == "review");
    CHECK_FALSE(dynamic_cast<ReviewView&>(*demo.app.view("review")).inMeeting());
    CHECK(testing::located(demo, "review.start"));
}

TEST_CASE("the meeting's arrow keys move through the review, not the keyboard focus", "[gui][meeting][focus]") {
    Meeting meeting("Cllr Priya Shah");
    // The keyboard focus on the review's tab, as after clicking it, then F5.
    meeting.demo.click("tab.review");
    meeting.press(static_cast<ImGuiKey>(kMeetingModeKey));
    REQUIRE(meeting.view().inMeeting());
    const ImGuiID before = ImGui::GetCurrentContext()->NavId;
    REQUIRE(before != 0);
    for (int i = 0; i < 4; ++i) meeting.press(ImGuiKey_RightArrow);
    meeting.press(ImGuiKey_LeftArrow);
    CHECK(meeting.view().meetingCursor().index() == 3);
    CHECK(ImGui::GetCurrentContext()->NavId == before);
    CHECK(meeting.demo.app.current() == "review");
}

TEST_CASE("meeting mode shows one innovation's facts, hand-checked against the demo", "[gui][meeting]") {
    Meeting meeting("Cllr Priya Shah");
    meeting.enter();
    REQUIRE(meeting.view().inMeeting());
    meeting.goTo("Heat pump street pilot");
    const MeetingFacts& facts = meeting.view().meetingFacts();
    // Amber eight weeks ago and now, so Amber at every review in between.
    CHECK(facts.now == Confidence::Amber);
    REQUIRE(facts.atLastReview);
    CHECK(*facts.atLastReview == Confidence::Amber);
    // Two open milestones, due in 25 and 40 days: the sooner is next, neither is overdue.
    REQUIRE(facts.nextMilestone);
    CHECK(facts.nextMilestone->title == "Tenant drop-in sessions on the chosen street");
    CHECK(facts.nextMilestone->due == Date{2026, 12, 22});
    CHECK(facts.overdue.empty());
    // Grant bid 3 × 5 = 15 against tenants declining, residual 2 × 4 = 8.
    REQUIRE(facts.topRisk);
    CHECK(facts.topRisk->title == "Heat decarbonisation grant bid fails");
    CHECK(facts.topRisk->score() == 15);
    CHECK(facts.newSetbacks.empty());
}

TEST_CASE("the arrow keys move through the review, clamped at the start and at the end page", "[gui][meeting]") {
    Meeting meeting("Cllr Priya Shah");
    meeting.enter();
    const std::size_t count = meeting.view().model().items().size();
    REQUIRE(count > 2);
    CHECK(meeting.view().meetingCursor().index() == 0);
    meeting.press(ImGuiKey_LeftArrow);
    CHECK(meeting.view().meetingCursor().index() == 0);
    meeting.press(ImGuiKey_RightArrow);
    CHECK(meeting.view().meetingCursor().index() == 1);
    for (std::size_t i = 0; i < count + 2; ++i) meeting.press(ImGuiKey_RightArrow);
    CHECK(meeting.view().meetingCursor().atEnd());
    CHECK(meeting.view().meetingCursor().index() == count);
    CHECK(testing::located(meeting.demo, "review.meeting.decisions"));
    meeting.press(ImGuiKey_LeftArrow);
    CHECK(meeting.view().meetingCursor().index() == count - 1);
}

TEST_CASE("the chair records confidence, comment and decision live, and the end page lists the decision",
          "[gui][meeting]") {
    Meeting meeting("Cllr Priya Shah");
    DemoApp& demo = meeting.demo;
    meeting.enter();
    meeting.goTo("Heat pump street pilot");
    const std::size_t at = meeting.view().meetingCursor().index();
    const Id heatPumps = demo.innovation("Heat pump street pilot").id;
    demo.click("review.meeting.confidence.red");
    demo.typeInto("review.meeting.comment", "Grant bid was turned down");
    demo.typeInto("review.meeting.decision", "Scale down to ten homes");
    demo.click("review.meeting.record");
    demo.frames(2);

    const auto open = demo.store().findOpenReview();
    REQUIRE(open);
    const auto entries = demo.store().listReviewEntries(open->id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().innovationId == heatPumps);
    CHECK(entries.front().confidence == Confidence::Red);
    CHECK(entries.front().comment == "Grant bid was turned down");
    CHECK(entries.front().decision == "Scale down to ten homes");
    CHECK(demo.state.portfolio().innovation(heatPumps).confidence == Confidence::Red);
    CHECK(meeting.view().meetingCursor().index() == at + 1);  // on to the next

    const std::vector<DecisionTaken> decisions = decisionsTaken(meeting.view().model());
    REQUIRE(decisions.size() == 1);
    CHECK(decisions.front().innovation == "Heat pump street pilot");
    CHECK(decisions.front().confidence == Confidence::Red);
    CHECK(decisions.front().decision == "Scale down to ten homes");
    CHECK(demo.state.errors().empty());
}

TEST_CASE("an officer sees the meeting read-only", "[gui][meeting]") {
    Meeting meeting("Sophie Turner");
    DemoApp& demo = meeting.demo;
    meeting.enter();
    REQUIRE(meeting.view().inMeeting());
    demo.click("review.meeting.record");
    demo.frames(2);
    CHECK(demo.store().listReviewEntries(demo.store().findOpenReview()->id).empty());
    CHECK(demo.state.errors().empty());
}

TEST_CASE("Escape leaves meeting mode back to the review, on the innovation the meeting was on", "[gui][meeting]") {
    Meeting meeting("Cllr Priya Shah");
    meeting.enter();
    meeting.press(ImGuiKey_RightArrow);
    meeting.press(ImGuiKey_RightArrow);
    meeting.press(ImGuiKey_Escape);
    CHECK_FALSE(meeting.view().inMeeting());
    CHECK(meeting.view().currentIndex() == 2);
    CHECK(testing::located(meeting.demo, "review.record"));
}

TEST_CASE("the meeting cursor clamps and has an end page after the last innovation", "[gui][meeting]") {
    MeetingCursor cursor;
    cursor.reset(2, 5);
    CHECK(cursor.atEnd());
    CHECK(cursor.index() == 2);
    cursor.next();
    CHECK(cursor.index() == 2);
    cursor.previous();
    cursor.previous();
    cursor.previous();
    CHECK(cursor.index() == 0);
    CHECK_FALSE(cursor.atEnd());
}

}  // namespace
}  // namespace innotrack::gui
