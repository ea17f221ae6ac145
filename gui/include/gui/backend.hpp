// The seam between the app and where it draws: a real window (backend_glfw.hpp) or none at all
// (headless.hpp, for tests and the benchmark). The app's loop sees only this interface.
#pragma once

struct ImGuiContext;

namespace innotrack::gui {

// One Dear ImGui context for the lifetime of the object, with keyboard navigation on and
// `iniPath` (may be null: nothing saved) as the place the window layout is remembered.
class ImGuiSession {
public:
    explicit ImGuiSession(const char* iniPath = nullptr);
    ~ImGuiSession();
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;

private:
    ImGuiContext* context_;
};

class Backend {
public:
    virtual ~Backend() = default;
    // Reads input and starts an ImGui frame; false once the user has closed the window.
    virtual bool beginFrame() = 0;
    // Ends the ImGui frame and shows it.
    virtual void endFrame() = 0;
    // The content scale of the monitor the window is on now (2 on a "retina" screen), for the
    // font size; it changes when the window moves to another monitor.
    virtual float contentScale() const = 0;
    // After loadFonts between frames: makes the new fonts' texture.
    virtual void fontsChanged() = 0;
    // Seconds since the backend started, for polling the portfolio file.
    virtual double seconds() const = 0;
};

}  // namespace innotrack::gui
