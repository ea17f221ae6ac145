// The Dear ImGui context's lifetime; see backend.hpp.
#include "gui/backend.hpp"

#include <imgui.h>

namespace innotrack::gui {

ImGuiSession::ImGuiSession(const char* iniPath) : context_(nullptr) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = iniPath;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

ImGuiSession::~ImGuiSession() { ImGui::DestroyContext(context_); }

}  // namespace innotrack::gui
