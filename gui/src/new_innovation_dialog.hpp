// The "New innovation…" dialog the board opens; its state is NewInnovationForm.
#pragma once

#include "gui/new_innovation_form.hpp"

namespace innotrack::gui {

// Draws the dialog while the form is open; closes the form when the dialog is closed.
void drawNewInnovationDialog(AppState& state, NewInnovationForm& form, bool& opened);

}  // namespace innotrack::gui
