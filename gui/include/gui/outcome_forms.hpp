// What went right, recorded from the Innovation view: a lesson learned from a success (tied to no
// setback), and the value a benefit actually reached. Each keeps what was typed when saving fails,
// with the error beside its field; the rules and messages are Portfolio's. No ImGui here.
#pragma once

#include "gui/app_state.hpp"
#include "gui/setback_form.hpp"

#include <optional>
#include <string>

namespace innotrack::gui {

class SuccessLessonForm {
public:
    void reset();
    LessonDraft draft;
    // Records the lesson on `innovationId` as the acting person, recorded today, from a success.
    bool submit(AppState& state, Id innovationId);
    const FieldErrors& errors() const { return errors_; }
    const std::string& confirmation() const { return confirmation_; }
    std::uint64_t confirmedAs() const { return confirmedAs_; }  // its serial (AppState::confirm)

private:
    FieldErrors errors_;
    FieldErrors addErrors_;
    std::string confirmation_;
    std::uint64_t confirmedAs_ = 0;
};

struct BenefitRealisation {
    Id benefitId = 0;
    std::string measure;  // the benefit's, for the form's heading
    std::string unit;
    std::string actual;   // as typed
    std::string on;       // YYYY-MM-DD or "today"
};

// A new benefit as typed, for Portfolio::addBenefit (as `innotrack benefit add`).
struct NewBenefitDraft {
    std::string measure;
    std::string unit;
    std::string baseline;  // as typed
    std::string target;
};

// The benefits panel's forms: adding a benefit, and recording what one reached.
class BenefitForm {
public:
    void reset();
    NewBenefitDraft adding;
    // Adds `adding` to the innovation, off the frame loop; the confirmation has Undo.
    bool add(AppState& state, Id innovationId);
    const FieldErrors& addErrors() const { return addErrors_; }
    // Opens the form for `benefit`, with its actual value so far (if any) and today.
    void start(const Benefit& benefit);
    void cancel();
    std::optional<BenefitRealisation> realising;
    bool realise(AppState& state);
    const FieldErrors& errors() const { return errors_; }
    const std::string& confirmation() const { return confirmation_; }
    std::uint64_t confirmedAs() const { return confirmedAs_; }  // its serial (AppState::confirm)

private:
    FieldErrors errors_;
    FieldErrors addErrors_;
    std::string confirmation_;
    std::uint64_t confirmedAs_ = 0;
};

}  // namespace innotrack::gui
