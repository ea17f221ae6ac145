// The GLFW and OpenGL 3 backend; see backend_glfw.hpp. The set-up and frame follow ImGui's
// examples/example_glfw_opengl3/main.cpp.
#include "gui/backend_glfw.hpp"

#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#define GL_SILENCE_DEPRECATION
#include <GLFW/glfw3.h>

#include <algorithm>
#include <stdexcept>

namespace innotrack::gui {
namespace {

std::string lastGlfwError() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "no reason given";
}

}  // namespace

GlfwBackend::GlfwBackend(const std::string& title, int width, int height) {
    if (glfwInit() == GLFW_FALSE)
        throw std::runtime_error("innotrack-gui needs a display (set DISPLAY or WAYLAND_DISPLAY): " + lastGlfwError());
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (window_ == nullptr) {
        const std::string why = lastGlfwError();
        glfwTerminate();
        throw std::runtime_error("Could not open a window with OpenGL 3: " + why);
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    imguiReady_ = true;
}

GlfwBackend::~GlfwBackend() {
    if (imguiReady_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    if (window_ != nullptr) glfwDestroyWindow(window_);
    glfwTerminate();
}

bool GlfwBackend::beginFrame() {
    if (glfwWindowShouldClose(window_)) return false;
    // Wait for input rather than spin, but wake often enough to notice the command line's changes;
    // while a button is held or text is typed, run at full speed so drags and typing stay smooth.
    const ImGuiIO& io = ImGui::GetIO();
    const bool busy = io.WantTextInput || ImGui::IsAnyMouseDown() || ImGui::GetFrameCount() < 3;
    if (busy) glfwPollEvents();
    else glfwWaitEventsTimeout(0.25);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    return true;
}

void GlfwBackend::draw() {
    ImGui::Render();
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void GlfwBackend::endFrame() {
    draw();
    glfwSwapBuffers(window_);
}

Pixels GlfwBackend::endFrameAndRead() {
    draw();
    Pixels pixels;
    glfwGetFramebufferSize(window_, &pixels.width, &pixels.height);
    const auto rowBytes = static_cast<std::size_t>(pixels.width) * 4;
    std::vector<unsigned char> bottomUp(rowBytes * static_cast<std::size_t>(pixels.height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, pixels.width, pixels.height, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
    // OpenGL's first row is the bottom one; images start at the top.
    pixels.rgba.resize(bottomUp.size());
    for (std::size_t row = 0; row < static_cast<std::size_t>(pixels.height); ++row) {
        const std::size_t from = (static_cast<std::size_t>(pixels.height) - 1 - row) * rowBytes;
        std::copy_n(bottomUp.begin() + static_cast<std::ptrdiff_t>(from), rowBytes,
                    pixels.rgba.begin() + static_cast<std::ptrdiff_t>(row * rowBytes));
    }
    glfwSwapBuffers(window_);
    return pixels;
}

void GlfwBackend::fontsChanged() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

float GlfwBackend::contentScale() const {
    float x = 1;
    float y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    return x > 0 ? x : 1.0f;
}

double GlfwBackend::seconds() const { return glfwGetTime(); }

}  // namespace innotrack::gui
