// When a view reads again; see view.hpp.
#include "gui/view.hpp"

#include "gui/app_state.hpp"

namespace innotrack::gui {

void View::draw(AppState& state) {
    if (state.hasPortfolio()) {
        const bool stale = reloads_ == 0 || state.changesSince(seen_).intersects(shows());
        seen_ = state.generation();
        if (stale) {
            ++reloads_;
            reload(state);
        }
    }
    drawContent(state);
}

}  // namespace innotrack::gui
