// Themes, colours and fonts; see theme.hpp.
#include "gui/theme.hpp"

#include <array>
#include <cmath>
#include <filesystem>

namespace innotrack::gui {
namespace {

constexpr float kBodyPixels = 17.0f;
constexpr float kHeadingPixels = 21.0f;

// Latin with Welsh's circumflexes (ŵ, ŷ), punctuation (– … “ ”), £, ×, arrows, ticks and the
// shapes the views use.
constexpr std::array<ImWchar, 17> kGlyphRanges = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 (£, ×)
    0x0100, 0x017F,  // Latin Extended-A (ŵ, ŷ)
    0x2000, 0x206F,  // General Punctuation (– … “ ”)
    0x2190, 0x21FF,  // Arrows (→)
    0x2200, 0x22FF,  // Mathematical operators (≥)
    0x25A0, 0x25FF,  // Geometric shapes (●)
    0x2700, 0x27BF,  // Dingbats (✓)
    0,
};

struct Rgb {
    int r, g, b;
};

// Delivery confidence, Green to Red, as UK major-project dashboards colour it.
constexpr std::array<Rgb, 5> kConfidence = {{
    {46, 139, 87},   // Green
    {138, 166, 42},  // Amber/Green
    {232, 163, 23},  // Amber
    {222, 102, 29},  // Amber/Red
    {192, 40, 40},   // Red
}};
static_assert(kConfidence.size() == Scale<Confidence>::entries.size(), "a colour for every confidence rating");

ImU32 mix(Rgb colour, Rgb with, float amount) {
    const auto channel = [&](int a, int b) { return static_cast<int>(static_cast<float>(a) * (1 - amount) + static_cast<float>(b) * amount); };
    return IM_COL32(channel(colour.r, with.r), channel(colour.g, with.g), channel(colour.b, with.b), 255);
}

// WCAG 2.1's relative luminance of an opaque colour.
float luminance(const ImVec4& c) {
    const auto linear = [](float v) { return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
    return 0.2126f * linear(c.x) + 0.7152f * linear(c.y) + 0.0722f * linear(c.z);
}

float contrastRatio(const ImVec4& a, const ImVec4& b) {
    const float la = luminance(a);
    const float lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

// `top` at its alpha over the opaque `below`.
ImVec4 blended(const ImVec4& top, const ImVec4& below) {
    const auto channel = [&](float t, float b) { return t * top.w + b * (1 - top.w); };
    return ImVec4(channel(top.x, below.x), channel(top.y, below.y), channel(top.z, below.z), 1.0f);
}

}  // namespace

void applyTheme(Theme theme) {
    ImGuiStyle& style = ImGui::GetStyle();
    if (theme == Theme::Dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.WindowRounding = 4;
    style.FrameRounding = 3;
    style.TabRounding = 3;
    style.GrabRounding = 3;
    style.FrameBorderSize = theme == Theme::Light ? 1.0f : 0.0f;
    // Hints, labels and confirmations at least 4.5:1 against every background the app draws them
    // on (ImGui's own greys are about 2.4:1), also where a disabled form fades them a little
    // (tests/gui/contrast_test.cpp measures it).
    style.Colors[ImGuiCol_TextDisabled] = theme == Theme::Dark ? ImVec4(0.66f, 0.66f, 0.66f, 1.0f)
                                                               : ImVec4(0.28f, 0.28f, 0.28f, 1.0f);
    if (theme == Theme::Dark) {
        // White text on ImGui's hovered and pressed blues (a menu item or row under the pointer, a
        // hovered button or tab, a slider's value on its grab) is 3.0–4.2:1; these darker blues keep it above 5.5:1.
        const ImVec4 hovered(0.16f, 0.38f, 0.68f, 1.0f);
        const ImVec4 pressed(0.12f, 0.32f, 0.60f, 1.0f);
        for (const ImGuiCol colour : {ImGuiCol_HeaderHovered, ImGuiCol_ButtonHovered, ImGuiCol_TabHovered, ImGuiCol_SliderGrab})
            style.Colors[colour] = hovered;
        for (const ImGuiCol colour : {ImGuiCol_HeaderActive, ImGuiCol_ButtonActive, ImGuiCol_SliderGrabActive})
            style.Colors[colour] = pressed;
    }
    style.DisabledAlpha = 0.85f;
    // The keyboard focus outline (ImGui's nav highlight, drawn once Tab or an arrow key moves the
    // focus): opaque and at least 3:1 against every background it is drawn on (WCAG 2.1's non-text
    // contrast), where ImGui's light blue at 80% is about 2.6:1 on the light theme's grey.
    style.Colors[ImGuiCol_NavHighlight] = focusOutlineColour(theme);
}

ImVec4 focusOutlineColour(Theme theme) {
    return theme == Theme::Dark ? ImVec4(0.92f, 0.96f, 1.0f, 1.0f) : ImVec4(0.0f, 0.25f, 0.62f, 1.0f);
}

Theme currentTheme() {
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return background.x + background.y + background.z < 1.5f ? Theme::Dark : Theme::Light;
}

ImU32 confidenceColour(Confidence confidence) {
    const Rgb colour = kConfidence.at(static_cast<std::size_t>(confidence));
    return IM_COL32(colour.r, colour.g, colour.b, 255);
}

ImU32 confidenceTint(Confidence confidence) {
    const Rgb colour = kConfidence.at(static_cast<std::size_t>(confidence));
    return currentTheme() == Theme::Dark ? mix(colour, Rgb{30, 30, 34}, 0.72f) : mix(colour, Rgb{255, 255, 255}, 0.80f);
}

ImU32 badgeColour(Badge badge) {
    switch (badge) {
        case Badge::Overdue: return IM_COL32(176, 48, 48, 255);
        case Badge::CriticalRisk: return IM_COL32(120, 40, 140, 255);
        case Badge::NewSetback: return IM_COL32(30, 96, 170, 255);
    }
    return IM_COL32(90, 90, 90, 255);
}

ImU32 legibleText(ImU32 colour) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 window = blended(style.Colors[ImGuiCol_WindowBg], ImVec4(0, 0, 0, 1));
    const ImVec4 stripe = blended(style.Colors[ImGuiCol_TableRowBgAlt], window);
    const ImVec4 towards = currentTheme() == Theme::Dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1);
    const ImVec4 given = ImGui::ColorConvertU32ToFloat4(colour);
    // Drawn in a window or on a table's striped row: 4.6:1 against both, a little above the 4.5 the
    // contrast test asks, so rounding to 8-bit channels cannot take it under.
    for (float amount = 0; amount < 1.0f; amount += 0.05f) {
        const ImVec4 mixed(given.x + (towards.x - given.x) * amount, given.y + (towards.y - given.y) * amount,
                           given.z + (towards.z - given.z) * amount, 1.0f);
        if (contrastRatio(mixed, window) >= 4.6f && contrastRatio(mixed, stripe) >= 4.6f)
            return ImGui::ColorConvertFloat4ToU32(mixed);
    }
    return ImGui::ColorConvertFloat4ToU32(towards);
}

ImVec4 errorTextColour() {
    return currentTheme() == Theme::Dark ? ImVec4(1.0f, 0.45f, 0.40f, 1.0f) : ImVec4(0.70f, 0.05f, 0.05f, 1.0f);
}

ImVec4 mutedTextColour() { return ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]; }

FontChoice loadFonts(float wantedScale, const std::string& fontDirectory) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float scale = wantedScale > 0 ? wantedScale : 1.0f;
    const std::filesystem::path body = std::filesystem::path(fontDirectory) / "DejaVuSans.ttf";
    const std::filesystem::path bold = std::filesystem::path(fontDirectory) / "DejaVuSans-Bold.ttf";
    std::error_code error;
    FontChoice choice;
    // ImGui asserts on a missing file, so look first; without DejaVu, ImGui's own font still reads.
    if (std::filesystem::is_regular_file(body, error)) {
        choice.path = body.string();
        choice.pixels = kBodyPixels * scale;
        io.Fonts->AddFontFromFileTTF(choice.path.c_str(), choice.pixels, nullptr, kGlyphRanges.data());
        const std::filesystem::path headingFile = std::filesystem::is_regular_file(bold, error) ? bold : body;
        io.Fonts->AddFontFromFileTTF(headingFile.string().c_str(), kHeadingPixels * scale, nullptr, kGlyphRanges.data());
    } else {
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        choice.pixels = config.SizePixels;
        io.Fonts->AddFontDefault(&config);
    }
    return choice;
}

void applyLook(Theme theme, float scale) {
    ImGui::GetStyle() = ImGuiStyle();
    applyTheme(theme);
    ImGui::GetStyle().ScaleAllSizes(scale > 0 ? scale : 1.0f);
}

ImFont* headingFont() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace innotrack::gui
