// A view of the app (a tab in the main window): a small class that draws one screen's content.
// What it shows comes from a view model with no ImGui in it.
#pragma once

#include <string_view>

namespace innotrack::gui {

class AppState;

class View {
public:
    virtual ~View() = default;
    // Stable key: `innotrack-gui --view NAME` and the settings file use it.
    virtual std::string_view name() const = 0;
    // The tab's label, in plain English.
    virtual std::string_view title() const = 0;
    // Draws the content into the current window.
    virtual void draw(AppState& state) = 0;
};

}  // namespace innotrack::gui
