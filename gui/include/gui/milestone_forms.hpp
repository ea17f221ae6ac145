// The officer's milestone upkeep in the Innovation view: add a milestone, rename one, and move
// one's due date with the reason. Each form keeps what was typed when saving fails, with each error
// beside its field; the rules and messages are Portfolio's, as on the command line. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <optional>
#include <string>

namespace innotrack::gui {

struct MilestoneDraft {
    std::string title;
    std::string due;  // YYYY-MM-DD or "today"
};

struct MilestoneRenameDraft {
    Id milestoneId = 0;
    std::string title;
};

struct MilestoneMoveDraft {
    Id milestoneId = 0;
    std::string title;   // the milestone's, for the form's heading
    std::string newDue;  // YYYY-MM-DD or "today"
    std::string reason;
};

class MilestoneForms {
public:
    // Empties every form: for another innovation.
    void reset();

    MilestoneDraft adding;
    // Adds the milestone to `innovationId` as the acting person; its baseline is its due date.
    bool add(AppState& state, Id innovationId);

    // Opens the rename or move form for `milestone`, filled with its title or due date now.
    void startRename(const Milestone& milestone);
    void startMove(const Milestone& milestone);
    void cancel();  // closes the rename or move form
    std::optional<MilestoneRenameDraft> renaming;
    std::optional<MilestoneMoveDraft> moving;
    bool rename(AppState& state);
    bool move(AppState& state);

    // The errors of the form last submitted, by field ("title", "due date", "reason").
    const FieldErrors& errors() const { return errors_; }
    // What the last change saved did, in words ("Moved 'Go live' from 2026-12-01 to 2027-01-15."),
    // or empty.
    const std::string& confirmation() const { return confirmation_; }
    std::uint64_t confirmedAs() const { return confirmedAs_; }  // its serial (AppState::confirm)

private:
    // The date typed into `field`, or nothing with the error set beside it.
    std::optional<Date> date(const AppState& state, const std::string& typed, const std::string& field);

    FieldErrors errors_;
    std::string confirmation_;
    std::uint64_t confirmedAs_ = 0;
};

}  // namespace innotrack::gui
