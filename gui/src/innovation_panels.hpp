// The Innovation view's panels, one function each (innovation_panels.cpp, innovation_risks.cpp).
#pragma once

#include "gui/app_state.hpp"
#include "gui/innovation_model.hpp"

namespace innotrack::gui::panels {

void milestones(AppState& state, const InnovationDetail& detail);
void timeline(const InnovationDetail& detail, Date today);
void risks(const InnovationDetail& detail);
void setbacksAndLessons(AppState& state, const InnovationDetail& detail);
void benefits(const InnovationDetail& detail);
void history(const InnovationDetail& detail);

}  // namespace innotrack::gui::panels
