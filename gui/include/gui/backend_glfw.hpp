// The real window: GLFW with an OpenGL 3 context and Dear ImGui's GLFW and OpenGL 3 backends.
// Only innotrack-gui's main() uses it; the tests run headless.
#pragma once

#include "gui/backend.hpp"
#include "gui/png.hpp"

#include <string>

struct GLFWwindow;

namespace innotrack::gui {

class GlfwBackend final : public Backend {
public:
    // Opens the window; throws std::runtime_error saying what is missing (no display, no OpenGL 3).
    GlfwBackend(const std::string& title, int width, int height);
    ~GlfwBackend() override;
    GlfwBackend(const GlfwBackend&) = delete;
    GlfwBackend& operator=(const GlfwBackend&) = delete;

    bool beginFrame() override;
    void endFrame() override;
    float contentScale() const override;
    void fontsChanged() override;
    double seconds() const override;

    // For screenshots: draws the frame into the back buffer, reads it, then shows it.
    Pixels endFrameAndRead();

private:
    void draw();

    GLFWwindow* window_ = nullptr;
    bool imguiReady_ = false;
};

}  // namespace innotrack::gui
