// The headless backend; see headless.hpp.
#include "gui/headless.hpp"

#include "gui/theme.hpp"

namespace innotrack::gui {

constexpr float kFrameSeconds = 1.0f / 60.0f;

HeadlessBackend::HeadlessBackend(float width, float height, bool realFont) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = kFrameSeconds;
    // No platform keys here: the KeysDown index of each ImGuiKey is the key itself.
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
    if (realFont) loadFonts(1.0f);
    else io.Fonts->AddFontDefault();
    fontsChanged();
}

void HeadlessBackend::fontsChanged() {
    // No texture to upload; building the atlas is what a frame needs.
    unsigned char* pixels = nullptr;
    int atlasWidth = 0;
    int atlasHeight = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &atlasWidth, &atlasHeight);
}

bool HeadlessBackend::beginFrame() {
    ImGui::GetIO().DeltaTime = kFrameSeconds;
    seconds_ += kFrameSeconds;
    ImGui::NewFrame();
    return true;
}

void HeadlessBackend::endFrame() { ImGui::Render(); }

void HeadlessBackend::run(const std::function<void()>& draw, int count) {
    for (int i = 0; i < count; ++i) {
        if (beforeFrame) beforeFrame();
        beginFrame();
        draw();
        endFrame();
    }
}

void HeadlessBackend::moveMouse(float x, float y, const std::function<void()>& draw) {
    ImGui::GetIO().MousePos = ImVec2(x, y);
    run(draw);
}

void HeadlessBackend::click(float x, float y, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(x, y, draw);
    io.MouseDown[0] = true;
    run(draw);
    io.MouseDown[0] = false;
    run(draw);
}

void HeadlessBackend::wheel(float x, float y, float notches, const std::function<void()>& draw) {
    moveMouse(x, y, draw);
    ImGui::GetIO().MouseWheel = notches;
    run(draw);
}

void HeadlessBackend::doubleClick(float x, float y, const std::function<void()>& draw) {
    click(x, y, draw);
    ImGuiIO& io = ImGui::GetIO();
    io.MouseDown[0] = true;
    run(draw);
    io.MouseDown[0] = false;
    run(draw);
}

void HeadlessBackend::drag(ImVec2 from, ImVec2 to, const std::function<void()>& draw, int steps) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(from.x, from.y, draw);
    io.MouseDown[0] = true;
    run(draw);
    for (int step = 1; step <= steps; ++step) {
        const float t = static_cast<float>(step) / static_cast<float>(steps);
        io.MousePos = ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        run(draw);
    }
    io.MouseDown[0] = false;
    run(draw);
    run(draw);
}

void HeadlessBackend::type(const std::string& text, const std::function<void()>& draw) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    run(draw);
}

void HeadlessBackend::pressKey(ImGuiKey key, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = true;
    run(draw);
    io.KeysDown[key] = false;
    run(draw);
}

void HeadlessBackend::pressCtrl(char key, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    io.KeysDown[static_cast<unsigned char>(key)] = true;
    run(draw);
    io.KeysDown[static_cast<unsigned char>(key)] = false;
    io.KeyCtrl = false;
    run(draw);
}

void HeadlessBackend::wait(double secondsToPass, const std::function<void()>& draw) {
    const double until = seconds_ + secondsToPass;
    while (seconds_ < until) run(draw);
}

}  // namespace innotrack::gui
