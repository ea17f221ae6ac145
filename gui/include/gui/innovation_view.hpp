// The Innovation view: one innovation's details (editable by those allowed), milestones as a
// table and a baseline-against-current timeline, the risk register with a 5×5 heat map, setbacks
// and lessons, benefits, and its audit history.
#pragma once

#include "gui/app_state.hpp"
#include "gui/engagement_model.hpp"
#include "gui/innovation_model.hpp"
#include "gui/milestone_forms.hpp"
#include "gui/outcome_forms.hpp"
#include "gui/risk_forms.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace innotrack::gui {

class InnovationView final : public View {
public:
    std::string_view name() const override { return "innovation"; }
    std::string_view title() const override { return "Innovation"; }
    // One innovation in full: its ambition, people, stage history, milestones, risks (by the risk
    // bands), setbacks, lessons, benefits, confidence at each review and audit history; and every
    // title, for the chooser.
    Changes shows() const override {
        return RecordKind::Innovations | RecordKind::Ambitions | RecordKind::People | RecordKind::Milestones |
               RecordKind::Risks | RecordKind::Setbacks | RecordKind::Lessons | RecordKind::Benefits |
               RecordKind::Engagements | RecordKind::Reviews | RecordKind::Settings | RecordKind::Audit;
    }

    const std::optional<InnovationDetail>& detail() const { return detail_; }
    EngagementFormModel& engagementForm() { return engagementForm_; }
    MilestoneForms& milestoneForms() { return milestoneForms_; }
    RiskForms& riskForms() { return riskForms_; }
    SuccessLessonForm& lessonForm() { return lessonForm_; }
    BenefitForm& benefitForm() { return benefitForm_; }

private:
    // The fields a person edits, as typed.
    struct Edit {
        Id innovationId = 0;
        std::string title;
        std::string summary;
        int priority = 3;
        Confidence confidence = Confidence::Amber;
        std::string targetDate;
        FieldErrors errors;
    };

    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    // Reads the chosen innovation in full when the choice moved, or after reload().
    void refresh(AppState& state);
    void drawChooser(AppState& state);
    void drawHeader(AppState& state);
    void drawConfidenceByReview(AppState& state);
    void drawEdit(AppState& state);
    void startEdit();

    bool stale_ = false;  // reload() ran: the innovation shown is read again too
    OptionalId shown_;
    std::optional<InnovationDetail> detail_;
    std::vector<std::pair<Id, std::string>> titles_;
    Edit edit_;
    EngagementFormModel engagementForm_;  // kept across frames and tabs; emptied for another innovation
    MilestoneForms milestoneForms_;       // likewise
    RiskForms riskForms_;                 // likewise
    SuccessLessonForm lessonForm_;        // likewise
    BenefitForm benefitForm_;             // likewise
};

}  // namespace innotrack::gui
