// The Innovation view's panels, one function each (innovation_panels.cpp, innovation_risks.cpp).
#pragma once

#include "gui/app_state.hpp"
#include "gui/engagement_model.hpp"
#include "gui/innovation_model.hpp"
#include "gui/milestone_forms.hpp"
#include "gui/outcome_forms.hpp"
#include "gui/risk_forms.hpp"

namespace innotrack::gui::panels {

// The milestones with their state and moves; for those allowed, mark done, move (with the reason)
// and rename each, and add another.
void milestones(AppState& state, const InnovationDetail& detail, MilestoneForms& forms);
void timeline(const InnovationDetail& detail, Date today);
// The heat map and the register; for those allowed, edit, close or say it occurred (the setback
// form) of each open risk, and add another.
void risks(AppState& state, const InnovationDetail& detail, RiskForms& forms);
// The setbacks and lessons; for those allowed, the form that records a lesson from a success.
void setbacksAndLessons(AppState& state, const InnovationDetail& detail, SuccessLessonForm& lessonForm);
// The benefits; for those allowed, record the value each actually reached.
void benefits(AppState& state, const InnovationDetail& detail, BenefitForm& form);
// Who it has engaged and what they heard, whether it has taken people with it, and the form that
// records another engagement (engagement_panel.cpp).
void engagement(AppState& state, const InnovationDetail& detail, EngagementFormModel& form);
void history(const InnovationDetail& detail);

}  // namespace innotrack::gui::panels
