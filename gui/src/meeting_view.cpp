// The weekly review's meeting mode, drawn by ReviewView: see meeting_model.hpp. Recording goes
// through ReviewView::record and its drafts, so the two views can never record differently.
#include "gui/review_view.hpp"

#include "gui/theme.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace innotrack::gui {
namespace {

// Large enough to read from the back of the cabinet room; a multiple of the zoomed font, so the
// person's zoom still counts.
constexpr float kMeetingTextScale = 1.6f;

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

}  // namespace

void ReviewView::drawMeetingButton(AppState& state) {
    const Permission permission = model_.openReview()
                                      ? Permission{true, ""}
                                      : Permission{false, "Start this week's review to use meeting mode."};
    // F5 is the app's (App::openMeeting): it works from any tab, and here it asks for the same.
    if (permittedButton("Meeting mode (F5)", permission)) enterMeeting();
    locate(state, "review.meeting");
}

void ReviewView::enterMeeting() {
    meeting_ = true;
    meetingAt_.reset(model_.items().size(), current_);
}

void ReviewView::drawMeeting(AppState& state) {
    ImGui::BeginChild("review.meeting.page", ImVec2(0, 0), false);
    ImGui::SetWindowFontScale(kMeetingTextScale);
    // Arrows move on and Escape goes back only when no text field is being typed in. The arrows
    // are the meeting's then, not ImGui's: its keyboard focus stays where it was, instead of also
    // moving left or right (along the tabs, where Space would then open another view).
    const bool typing = ImGui::GetIO().WantTextInput;
    const bool right = !typing && keyPressed(ImGuiKey_RightArrow);
    const bool left = !typing && keyPressed(ImGuiKey_LeftArrow);
    if (right) meetingAt_.next();
    if (left) meetingAt_.previous();
    if (right || left) ImGui::NavMoveRequestCancel();
    if (!typing && keyPressed(ImGuiKey_Escape)) meeting_ = false;
    if (ImGui::Button("Leave meeting mode (Esc)")) meeting_ = false;
    locate(state, "review.meeting.leave");
    ImGui::SameLine();
    if (permittedButton("< Previous", {meetingAt_.index() > 0, "This is the first innovation of the review."}))
        meetingAt_.previous();
    locate(state, "review.meeting.previous");
    ImGui::SameLine();
    if (permittedButton("Next >", {!meetingAt_.atEnd(), "This is the end of the review."})) meetingAt_.next();
    locate(state, "review.meeting.next");
    ImGui::SameLine();
    if (meetingAt_.atEnd()) ImGui::TextUnformatted("End of the review");
    else ImGui::Text("%zu of %zu", meetingAt_.index() + 1, model_.items().size());
    ImGui::Separator();
    if (meetingAt_.atEnd()) drawMeetingEnd(state);
    else drawMeetingInnovation(state, model_.items()[meetingAt_.index()]);
    ImGui::EndChild();
    // Leaving shows the review view on the innovation the meeting was on.
    if (!meeting_ && !model_.items().empty()) current_ = std::min(meetingAt_.index(), model_.items().size() - 1);
}

void ReviewView::drawMeetingInnovation(AppState& state, const ReviewItem& item) {
    if (factsFor_ != item.innovation.id) {
        factsFor_ = item.innovation.id;
        state.read([&] {
            const ReviewChanges changes = model_.changesFor(state.store(), item.innovation.id, state.today());
            facts_ = gui::meetingFacts(state.store(), item, changes, state.today());
        });
    }
    heading(item.innovation.title);
    const std::string now(labelOf(facts_.now));
    wrappedText("Delivery confidence: " + now + " now, " +
                (facts_.atLastReview ? std::string(labelOf(*facts_.atLastReview)) + " at the last review."
                                     : std::string("not assessed at the last review.")));
    wrappedText(facts_.nextMilestone ? "Next milestone: " + facts_.nextMilestone->title + ", due " +
                                           formatDate(facts_.nextMilestone->due) + "."
                                     : std::string("No milestone is coming up."));
    for (const Milestone& m : facts_.overdue) wrappedBullet("Overdue: " + m.title + ", due " + formatDate(m.due));
    wrappedText(facts_.topRisk ? "Top risk: " + facts_.topRisk->title + " (score " + std::to_string(facts_.topRisk->score()) + ")."
                               : std::string("No open risk."));
    for (const Setback& s : facts_.newSetbacks)
        wrappedBullet("New setback, " + formatDate(s.occurredOn) + ": " + s.whatHappened);
    for (const Lesson& l : facts_.newLessons) wrappedBullet("New lesson, " + formatDate(l.recordedOn) + ": " + l.whatHappened);
    ImGui::Separator();

    ReviewDraft& draft = drafts_.draftFor(item);
    const Permission permission = mayRecord(state);
    drawEntryFields(state, draft, permission, "review.meeting");
    if (permittedButton("Record and go to the next", permission)) record(state, item, draft, [this] { meetingAt_.next(); });
    locate(state, "review.meeting.record");
    if (item.recorded && !drafts_.unrecorded(item)) mutedText("Recorded in this review.");
}

void ReviewView::drawMeetingEnd(AppState& state) {
    heading("Decisions taken");
    const std::vector<DecisionTaken> decisions = decisionsTaken(model_);
    if (decisions.empty()) mutedText("No decision has been recorded in this review yet.");
    for (const DecisionTaken& taken : decisions)
        wrappedBullet(taken.innovation + " (" + std::string(labelOf(taken.confidence)) + "): " + taken.decision);
    locate(state, "review.meeting.decisions");
    ImGui::Spacing();
    wrappedText("Once the review is closed, the board paper can be produced with: innotrack report board");
}

}  // namespace innotrack::gui
