// Dear ImGui with no window or GPU (the pattern of ImGui's example_null): the views run frame by
// frame in tests and the benchmark, and mouse and keyboard input are injected through ImGuiIO.
#pragma once

#include "gui/backend.hpp"

#include <imgui.h>

#include <functional>
#include <string>

namespace innotrack::gui {

class HeadlessBackend final : public Backend {
public:
    // Builds the font atlas (DejaVu Sans when `realFont` and it is installed) at scale 1.
    explicit HeadlessBackend(float width = 1280, float height = 800, bool realFont = true);

    bool beginFrame() override;
    void endFrame() override;
    float contentScale() const override { return contentScale_; }
    void fontsChanged() override;
    // As if the window moved to a monitor of this content scale.
    void setContentScale(float scale) { contentScale_ = scale; }
    // Called before each frame that run() draws: where the app changes its fonts between frames.
    std::function<void()> beforeFrame;
    double seconds() const override { return seconds_; }

    // Runs `count` whole frames of `draw`.
    void run(const std::function<void()>& draw, int count = 1);

    // Input. Each helper runs the frames a person's action takes, so ImGui sees press and release
    // on different frames, as it would from a real mouse.
    void moveMouse(float x, float y, const std::function<void()>& draw);
    void click(float x, float y, const std::function<void()>& draw);
    void doubleClick(float x, float y, const std::function<void()>& draw);
    // Presses at `from`, moves in `steps` frames to `to`, and releases there.
    void drag(ImVec2 from, ImVec2 to, const std::function<void()>& draw, int steps = 8);
    // Turns the mouse wheel `notches` (negative: towards the end of the page) at (x, y).
    void wheel(float x, float y, float notches, const std::function<void()>& draw);
    void type(const std::string& text, const std::function<void()>& draw);
    void pressKey(ImGuiKey key, const std::function<void()>& draw);
    // Ctrl with a letter or digit, by its upper-case ASCII code, as GLFW numbers those keys.
    void pressCtrl(char key, const std::function<void()>& draw);
    // Advances the clock without input (the app polls the file about once a second).
    void wait(double secondsToPass, const std::function<void()>& draw);

private:
    float contentScale_ = 1.0f;
    ImGuiSession session_;
    double seconds_ = 0;
};

}  // namespace innotrack::gui
