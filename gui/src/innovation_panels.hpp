// The Innovation view's panels, one function each (innovation_panels.cpp, innovation_risks.cpp).
#pragma once

#include "gui/app_state.hpp"
#include "gui/engagement_model.hpp"
#include "gui/innovation_model.hpp"

namespace innotrack::gui::panels {

void milestones(AppState& state, const InnovationDetail& detail);
void timeline(const InnovationDetail& detail, Date today);
void risks(const InnovationDetail& detail);
void setbacksAndLessons(AppState& state, const InnovationDetail& detail);
void benefits(const InnovationDetail& detail);
// Who it has engaged and what they heard, whether it has taken people with it, and the form that
// records another engagement (engagement_panel.cpp).
void engagement(AppState& state, const InnovationDetail& detail, EngagementFormModel& form);
void history(const InnovationDetail& detail);

}  // namespace innotrack::gui::panels
