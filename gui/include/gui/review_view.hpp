// The weekly review: start it, step through each active innovation seeing what changed since the
// last review, record confidence, comment and decision, and close it.
#pragma once

#include "gui/app_state.hpp"
#include "gui/meeting_model.hpp"
#include "gui/review_model.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace innotrack::gui {

// F5, the meeting mode's shortcut, as the window system numbers it (GLFW_KEY_F5: ImGui 1.86 names
// no function keys); the headless backend the tests use takes the same number.
inline constexpr int kMeetingModeKey = 294;

class ReviewView final : public View {
public:
    std::string_view name() const override { return "review"; }
    std::string_view title() const override { return "Weekly review"; }
    // The open and last closed reviews with their entries, the active innovations, their cabinet
    // leads and the chair, and for the innovation in hand its milestones, risks and setbacks.
    Changes shows() const override {
        return RecordKind::Reviews | RecordKind::Innovations | RecordKind::People | RecordKind::Milestones |
               RecordKind::Risks | RecordKind::Setbacks;
    }

    const ReviewModel& model() const { return model_; }
    std::size_t currentIndex() const { return current_; }
    // What is new since the last review for the innovation in hand, as last read.
    const ReviewChanges& changes() const { return changes_; }

    // What is typed and not yet recorded, per innovation of the open review.
    const ReviewDrafts& drafts() const { return drafts_; }
    // Whether the close summary is showing.
    bool closing() const { return closing_.has_value(); }

    // What the close summary's buttons do (also what the tests call).
    // Records every unrecorded draft, then closes; stops at the first that cannot be recorded
    // and shows it, with its error beside the field.
    bool recordDraftsAndClose(AppState& state);
    // Throws the drafts away, then closes.
    bool discardDraftsAndClose(AppState& state);

    // The past review being read (read-only), if any, and what it recorded as last read.
    OptionalId pastShown() const { return pastShown_; }
    const std::vector<PastReviewEntry>& pastEntries() const { return pastEntries_; }
    // Whether a confirmation is asked: starting a second review on a day one was held and
    // closed, or abandoning the open review.
    bool askingToStartAgain() const { return startAgain_.has_value(); }
    bool askingToAbandon() const { return abandoning_.has_value(); }
    // What was typed and not recorded when the review closed or was abandoned at another desk.
    const std::vector<LeftDraft>& leftBehind() const { return leftBehind_; }

    // Meeting mode: the open review one innovation at a time in large type (meeting_view.cpp).
    bool inMeeting() const { return meeting_; }
    // Enters meeting mode on the next draw if a review is open then (App::openMeeting: F5, the
    // View menu, innotrack-gui --meeting).
    void requestMeeting() { meetingRequested_ = true; }
    const MeetingCursor& meetingCursor() const { return meetingAt_; }
    const MeetingFacts& meetingFacts() const { return facts_; }

private:
    // A modal dialog asked for and not yet answered.
    struct Closing {
        bool opened = false;
    };
    using Asking = Closing;

    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawStart(AppState& state);
    void drawList(AppState& state);
    void drawCurrent(AppState& state);
    void drawChanges(const ReviewItem& item);
    void drawRecordForm(AppState& state, const ReviewItem& item);
    // An entry's confidence, comment and decision, disabled with the reason for a person who may
    // not record, then any error not beside a field. `at` begins their locator keys.
    static void drawEntryFields(AppState& state, ReviewDraft& draft, const Permission& permission,
                                const std::string& at);
    void drawClose(AppState& state);
    void drawCloseSummary(AppState& state);
    void start(AppState& state);
    void drawStartAgain(AppState& state);
    void drawAbandon(AppState& state);
    void drawPastList(AppState& state);
    void drawPast(AppState& state);
    void drawLeftBehind(AppState& state);
    // Records the draft off the frame loop (AppState::save); `recorded` runs once it is (moving on
    // to the next innovation). True when it was recorded before returning.
    bool record(AppState& state, const ReviewItem& item, ReviewDraft& draft, std::function<void()> recorded = {});
    bool close(AppState& state);
    Permission mayRecord(const AppState& state) const;
    void drawMeetingButton(AppState& state);
    void enterMeeting();
    void drawMeeting(AppState& state);
    void drawMeetingInnovation(AppState& state, const ReviewItem& item);
    void drawMeetingEnd(AppState& state);

    ReviewModel model_;
    bool loaded_ = false;
    std::size_t current_ = 0;
    // The innovation whose changes since the last review are in changes_; reset by reload(), so
    // they are read again after a change as well as when the chair moves to another innovation.
    OptionalId changesFor_;
    ReviewChanges changes_;
    ReviewDrafts drafts_;
    std::optional<Closing> closing_;
    std::optional<Asking> startAgain_;
    std::optional<Asking> abandoning_;
    bool listingPast_ = false;  // the open review's chair looks at the past reviews instead
    OptionalId pastShown_;
    OptionalId pastEntriesFor_;  // reset by reload(), so they are read again after a change
    std::vector<PastReviewEntry> pastEntries_;
    std::vector<LeftDraft> leftBehind_;
    bool meeting_ = false;
    bool meetingRequested_ = false;
    MeetingCursor meetingAt_;
    OptionalId factsFor_;  // the innovation whose facts are in facts_; reset by reload()
    MeetingFacts facts_;
};

}  // namespace innotrack::gui
