// Shared ImGui helpers; see widgets.hpp.
#include "gui/widgets.hpp"

#include "gui/form_fields.hpp"
#include "gui/theme.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

namespace innotrack::gui {

void disabledReason(const Permission& permission) {
    if (!permission.allowed && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", permission.reason.c_str());
}

bool permittedButton(const char* label, const Permission& permission, const ImVec2& size) {
    if (permission.allowed) return ImGui::Button(label, size);
    // Unmistakably not a button to press: an outline without the fill, its label in the muted
    // colour at full strength (ImGui's fading would take the label below a readable contrast).
    const ImVec4 none(0, 0, 0, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Button, none);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, none);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, none);
    ImGui::PushStyleColor(ImGuiCol_Border, mutedTextColour());
    ImGui::PushStyleColor(ImGuiCol_Text, mutedTextColour());
    ImGui::BeginDisabled();
    ImGui::Button(label, size);
    ImGui::EndDisabled();
    ImGui::PopStyleColor(5);
    ImGui::PopStyleVar(2);
    disabledReason(permission);
    return false;
}

namespace {

void errorText(const std::string& message) {
    ImGui::PushStyleColor(ImGuiCol_Text, errorTextColour());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace

void otherErrors(const FieldErrors& errors) {
    for (const auto& [field, message] : errors.byField)
        if (errors.shown.count(field) == 0) errorText(message);
    errors.shown.clear();
}

std::string messageBesideField(const std::string& field, const std::string& message) {
    const std::string prefix = field + ": ";
    return capitalised(message.compare(0, prefix.size(), prefix) == 0 ? message.substr(prefix.size()) : message);
}

void fieldError(const FieldErrors& errors, const std::string& field) {
    if (const std::string* message = errors.find(field)) {
        errors.shown.insert(field);
        errorText(messageBesideField(field, *message));
    }
}

namespace {

int enterFrame = -1;  // the frame in which a one-line field was left by Enter, or -1

// ImGui tells a field was left one frame after the key went down, so by then Enter is still held
// (a person's press lasts several frames) or has just come up (the headless tests' press).
bool enterHeldOrReleased() {
    for (const ImGuiKey key : {ImGuiKey_Enter, ImGuiKey_KeyPadEnter}) {
        const int index = ImGui::GetKeyIndex(key);
        if (ImGui::IsKeyDown(index) || ImGui::IsKeyReleased(index)) return true;
    }
    return false;
}

}  // namespace

bool submittedByEnter() {
    if (enterFrame != ImGui::GetFrameCount()) return false;
    enterFrame = -1;
    return true;
}

bool textField(AppState& state, const std::string& key, const char* label, std::string& text,
               const FieldErrors& errors, const std::string& field, const char* hint) {
    const bool edited = hint ? ImGui::InputTextWithHint(label, hint, &text) : ImGui::InputText(label, &text);
    if (ImGui::IsItemDeactivated() && enterHeldOrReleased()) enterFrame = ImGui::GetFrameCount();
    locate(state, key);
    fieldError(errors, field);
    return edited;
}

bool textArea(AppState& state, const std::string& key, const char* label, std::string& text,
              const FieldErrors& errors, const std::string& field, float lines) {
    ImGui::TextUnformatted(label);
    const std::string id = std::string("##") + label;
    const bool edited = ImGui::InputTextMultiline(
        id.c_str(), &text, ImVec2(-1.0f, ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2));
    locate(state, key);
    fieldError(errors, field);
    return edited;
}

int fixedWidthDialog(float ems) {
    const float width = ImGui::GetFontSize() * ems;
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, ImGui::GetMainViewport()->WorkSize.y));
    return ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings;
}

bool beginRequestedDialog(const char* title, bool& opened, float ems) {
    if (!opened) {
        ImGui::OpenPopup(title);
        opened = true;
    }
    return ImGui::BeginPopupModal(title, nullptr, fixedWidthDialog(ems));
}

void heading(std::string_view text) {
    ImGui::PushFont(headingFont());
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopFont();
}

void readOnlyReason(const Permission& permission) {
    ImGui::PushStyleColor(ImGuiCol_Text, mutedTextColour());
    wrappedText("You can read these but not change them: " + permission.reason);
    ImGui::PopStyleColor();
}

void mutedText(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, mutedTextColour());
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopStyleColor();
}

void wrappedText(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void wrappedBullet(std::string_view text) {
    ImGui::Bullet();
    wrappedText(text);
}

void helpMarker(std::string_view text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void locate(AppState& state, const std::string& key) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    state.locator().note(key, ScreenRect{min.x, min.y, max.x, max.y});
}

void choiceCombo(AppState& state, const std::string& key, const char* label, OptionalId& chosen,
                 const std::map<Id, std::string>& names, const char* placeholder, float ems,
                 const char* noneLabel) {
    const auto current = chosen ? names.find(*chosen) : names.end();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * ems);
    if (ImGui::BeginCombo(label, current == names.end() ? placeholder : current->second.c_str())) {
        if (noneLabel && ImGui::Selectable(noneLabel, !chosen)) chosen.reset();
        for (const auto& [id, name] : names)
            if (ImGui::Selectable(name.c_str(), chosen == id)) chosen = id;
        ImGui::EndCombo();
    }
    locate(state, key);
}

void tagChips(AppState& state, const std::string& key, const std::vector<std::string>& tags) {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float right = start.x + ImGui::GetContentRegionAvail().x;
    const float pad = ImGui::GetFontSize() * 0.35f;
    const float height = ImGui::GetTextLineHeight();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImU32 fill = ImGui::GetColorU32(ImGuiCol_FrameBg);
    const ImU32 edge = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    float x = start.x;
    std::size_t shown = 0;
    for (const std::string& tag : tags) {
        const float width = ImGui::CalcTextSize(tag.c_str()).x + pad * 2;
        const std::size_t left = tags.size() - shown - 1;
        const float moreWidth =
            left == 0 ? 0 : ImGui::CalcTextSize(("+" + std::to_string(left) + " more").c_str()).x + pad;
        if (x + width + moreWidth > right) break;
        list->AddRectFilled(ImVec2(x, start.y), ImVec2(x + width, start.y + height), fill, height / 2);
        list->AddRect(ImVec2(x, start.y), ImVec2(x + width, start.y + height), edge, height / 2);
        list->AddText(ImVec2(x + pad, start.y), text, tag.c_str());
        x += width + pad;
        ++shown;
    }
    if (shown < tags.size()) {
        const std::size_t rest = tags.size() - shown;
        // Not even one chip fits: the count, never a chip cut in half.
        const std::string more = shown > 0 ? "+" + std::to_string(rest) + " more"
                                           : std::to_string(rest) + (rest == 1 ? " tag" : " tags");
        list->AddText(ImVec2(x, start.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), more.c_str());
    }
    ImGui::Dummy(ImVec2(std::max(right - start.x, 1.0f), height));
    locate(state, key);
    if (!tags.empty() && ImGui::IsItemHovered()) {
        std::string all;
        for (const std::string& tag : tags) all += (all.empty() ? "" : ", ") + tag;
        ImGui::SetTooltip("%s", all.c_str());
    }
}

}  // namespace innotrack::gui
