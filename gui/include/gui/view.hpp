// A view of the app (a tab in the main window): a small class that draws one screen's content.
// What it shows comes from a view model with no ImGui in it.
//
// The base owns "read again when the data changed": each view says which kinds of record it shows
// (shows()) and how to read them (reload()); draw() calls reload() on the view's first draw with a
// portfolio, after another portfolio is opened, and after a change event (AppState::changed) that
// names a kind it shows, never otherwise. What a view reads because the person chose something
// (another innovation, a filter) it reads itself, in drawContent().
#pragma once

#include "tracker/changes.hpp"

#include <cstdint>
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
    // The kinds of record the view shows: a change to any of them reads it again.
    virtual Changes shows() const = 0;

    // Reloads when the view needs it (see above), then draws the content into the current window.
    void draw(AppState& state);

    // How many times the view has reloaded: what the tests count.
    std::uint64_t reloads() const { return reloads_; }

protected:
    // Reads again what the view shows from the open portfolio. Failures go to the error dialog
    // (AppState::read).
    virtual void reload(AppState& state) = 0;
    virtual void drawContent(AppState& state) = 0;

private:
    std::uint64_t seen_ = 0;  // the generation of the last change event looked at
    std::uint64_t reloads_ = 0;
};

}  // namespace innotrack::gui
