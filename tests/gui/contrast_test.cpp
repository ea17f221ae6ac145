// Every text the app draws is readable: at least 4.5:1 against what is drawn beneath it (WCAG 2.1
// AA), measured from ImGui's draw data over every view in both themes, and the lowest printed.
#include "fixture.hpp"

#include "gui/theme.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

struct Colour {
    float r = 0, g = 0, b = 0;
};

Colour over(ImU32 top, Colour below) {
    const float alpha = static_cast<float>((top >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f;
    const auto channel = [&](int shift, float under) {
        return static_cast<float>((top >> shift) & 0xFF) / 255.0f * alpha + under * (1 - alpha);
    };
    return {channel(IM_COL32_R_SHIFT, below.r), channel(IM_COL32_G_SHIFT, below.g), channel(IM_COL32_B_SHIFT, below.b)};
}

// WCAG 2.1's relative luminance and contrast ratio.
float luminance(Colour c) {
    const auto linear = [](float v) { return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
    return 0.2126f * linear(c.r) + 0.7152f * linear(c.g) + 0.0722f * linear(c.b);
}

float contrast(Colour a, Colour b) {
    const float la = luminance(a);
    const float lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

bool inside(const ImVec2& p, const ImVec2& a, const ImVec2& b, const ImVec2& c) {
    const auto side = [](const ImVec2& p1, const ImVec2& p2, const ImVec2& p3) {
        return (p1.x - p3.x) * (p2.y - p3.y) - (p2.x - p3.x) * (p1.y - p3.y);
    };
    const float d1 = side(p, a, b);
    const float d2 = side(p, b, c);
    const float d3 = side(p, c, a);
    const bool negative = d1 < 0 || d2 < 0 || d3 < 0;
    const bool positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
}

struct Lowest {
    float ratio = 100;
    std::string where;
};

// Each glyph (a textured triangle pair) against the solid shapes drawn before it that cover its
// centre, blended in drawing order over black (every window draws its own background first).
void measure(const ImDrawData& data, const std::string& view, Lowest& lowest, std::map<std::string, int>& failures) {
    // A child window's list holds no background of its own: beneath it is the window's.
    const Colour base = over(ImGui::GetColorU32(ImGuiCol_WindowBg), Colour{});
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const auto solid = [&](const ImDrawVert& v) { return v.uv.x == white.x && v.uv.y == white.y; };
    for (int list = 0; list < data.CmdListsCount; ++list) {
        const ImDrawList& draw = *data.CmdLists[list];
        std::vector<int> shapes;  // first index of each opaque-cornered solid triangle so far
        for (const ImDrawCmd& command : draw.CmdBuffer) {
            for (unsigned i = 0; i + 2 < command.ElemCount; i += 3) {
                const unsigned first = command.IdxOffset + i;
                const ImDrawVert& a = draw.VtxBuffer[static_cast<int>(command.VtxOffset + draw.IdxBuffer[static_cast<int>(first)])];
                const ImDrawVert& b = draw.VtxBuffer[static_cast<int>(command.VtxOffset + draw.IdxBuffer[static_cast<int>(first + 1)])];
                const ImDrawVert& c = draw.VtxBuffer[static_cast<int>(command.VtxOffset + draw.IdxBuffer[static_cast<int>(first + 2)])];
                if (solid(a) && solid(b) && solid(c)) {
                    // Anti-aliased fringes fade to nothing at one edge: not a background.
                    const bool opaque = ((a.col & b.col & c.col) >> IM_COL32_A_SHIFT & 0xFF) != 0;
                    if (opaque && a.col == b.col && b.col == c.col) shapes.push_back(static_cast<int>(first));
                    continue;
                }
                if (i % 6 != 0) continue;  // one measurement per glyph (two triangles)
                const ImVec2 centre((a.pos.x + b.pos.x + c.pos.x) / 3, (a.pos.y + b.pos.y + c.pos.y) / 3);
                Colour beneath = base;
                for (const int shape : shapes) {
                    const ImDrawVert& s0 = draw.VtxBuffer[static_cast<int>(command.VtxOffset + draw.IdxBuffer[shape])];
                    const ImDrawVert& s1 = draw.VtxBuffer[static_cast<int>(command.VtxOffset + draw.IdxBuffer[shape + 1])];
                    const ImDrawVert& s2 = draw.VtxBuffer[static_cast<int>(command.VtxOffset + draw.IdxBuffer[shape + 2])];
                    if (inside(centre, s0.pos, s1.pos, s2.pos)) beneath = over(s0.col, beneath);
                }
                const float ratio = contrast(over(a.col, beneath), beneath);
                if (ratio < 4.5f) {
                    char pair[64];
                    std::snprintf(pair, sizeof pair, "%s: %08X on %.2f,%.2f,%.2f = %.1f", view.c_str(), a.col, beneath.r,
                                  beneath.g, beneath.b, ratio);
                    ++failures[pair];
                }
                if (ratio < lowest.ratio) {
                    lowest.ratio = ratio;
                    char colours[96];
                    std::snprintf(colours, sizeof colours, " (text %08X on %.2f,%.2f,%.2f, uv %.3f,%.3f)", a.col,
                                  beneath.r, beneath.g, beneath.b, a.uv.x, a.uv.y);
                    lowest.where = view + " at (" + std::to_string(static_cast<int>(centre.x)) + ", " +
                                   std::to_string(static_cast<int>(centre.y)) + ")" + colours;
                }
            }
        }
    }
}

TEST_CASE("every text in every view is at least 4.5:1 against what is beneath it, in both themes",
          "[gui][contrast]") {
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        DemoApp demo;
        demo.actAs("Cllr Priya Shah");
        applyTheme(theme);
        ImGui::GetStyle().AntiAliasedLinesUseTex = false;  // so only glyphs are textured
        ImGui::GetIO().MousePos = ImVec2(-100, -100);        // nothing hovered
        Lowest lowest;
        std::map<std::string, int> failures;
        for (const std::string& name : viewNames()) {
            testing::showView(demo.app, demo.backend, name);
            measure(*ImGui::GetDrawData(), name, lowest, failures);
        }
        std::cout << "Lowest text contrast, " << themeKey(theme) << " theme: " << lowest.ratio << ":1 in "
                  << lowest.where << '\n';
        for (const auto& [pair, count] : failures) std::cout << "  " << pair << " (" << count << " glyphs)\n";
        CHECK(lowest.ratio >= 4.5f);
    }
}

// What the first test does not reach: every view scrolled through to its end (with the pointer
// resting on whatever lies under it, hovered), each menu open, a combo's list, a card's menu and its
// tooltip, a disabled button's reason, and the dialogs (an error, the new innovation, who to act as).
TEST_CASE("every text in menus, dialogs, tooltips and at every scroll position is at least 4.5:1, in both themes",
          "[gui][contrast]") {
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        DemoApp demo;
        demo.actAs("Cllr Priya Shah");
        applyTheme(theme);
        ImGui::GetStyle().AntiAliasedLinesUseTex = false;
        Lowest lowest;
        std::map<std::string, int> failures;
        int measured = 0;
        const auto measureNow = [&](const std::string& where) {
            measure(*ImGui::GetDrawData(), where, lowest, failures);
            ++measured;
        };
        const ImVec2 middle(640, 420);
        for (const std::string& name : viewNames()) {
            testing::showView(demo.app, demo.backend, name);
            for (int step = 0; step < 12; ++step) {
                demo.backend.wheel(middle.x, middle.y, -4, demo.draw());
                demo.frames(2);
                measureNow(name + " scrolled " + std::to_string(step + 1));
            }
        }
        testing::showView(demo.app, demo.backend, "board");
        const std::vector<std::pair<std::string, std::string>> menus = {{"menu.file", "menu.file.open"},
                                                                        {"menu.edit", "menu.edit.undo"},
                                                                        {"menu.view", "menu.view.search"},
                                                                        {"menu.portfolio", "menu.portfolio.actas"}};
        for (const auto& [menu, item] : menus) {
            demo.click(menu);
            demo.frames(2);
            REQUIRE(testing::located(demo, item));  // open
            measureNow(menu);
            demo.backend.pressKey(ImGuiKey_Escape, demo.draw());
        }
        demo.click("board.filter.lead");
        demo.frames(2);
        measureNow("the cabinet member filter's list");
        demo.backend.pressKey(ImGuiKey_Escape, demo.draw());

        const Innovation care = demo.innovation("Neighbourhood care teams");
        const ScreenRect card = demo.rect("board.card." + std::to_string(care.id));
        demo.backend.moveMouse(card.centreX(), card.centreY(), demo.draw());
        demo.frames(3);
        measureNow("a card's tooltip");
        ImGui::GetIO().MouseDown[ImGuiMouseButton_Right] = true;
        demo.frames(1);
        ImGui::GetIO().MouseDown[ImGuiMouseButton_Right] = false;
        demo.frames(2);
        measureNow("a card's menu");
        demo.backend.pressKey(ImGuiKey_Escape, demo.draw());

        demo.click("board.new");
        demo.frames(2);
        REQUIRE(testing::located(demo, "new.innovation.submit"));
        measureNow("the new innovation dialog");
        demo.backend.pressKey(ImGuiKey_Escape, demo.draw());

        demo.actAs("Amira Hussain");  // a viewer: the button is drawn as an outline, its reason on hover
        testing::showView(demo.app, demo.backend, "board");
        const ScreenRect button = demo.rect("board.new");
        demo.backend.moveMouse(button.centreX(), button.centreY(), demo.draw());
        demo.frames(3);
        measureNow("a disabled button's reason");

        demo.state.reportError("The milestone's due date '2026-02-30' is not a day in the calendar.");
        demo.frames(2);
        REQUIRE(testing::located(demo, "error.message"));
        measureNow("the error dialog");
        demo.click("error.ok");
        demo.frames(1);
        demo.click("menu.portfolio");
        demo.frames(1);
        demo.click("menu.portfolio.actas");
        demo.frames(2);
        REQUIRE(testing::located(demo, "actas." + std::to_string(demo.person("Cllr Helen Marsh").id)));
        measureNow("who to act as");

        std::cout << "Lowest text contrast in menus, dialogs, tooltips and scrolled views, " << themeKey(theme)
                  << " theme (" << measured << " frames): " << lowest.ratio << ":1 in " << lowest.where << '\n';
        for (const auto& [pair, count] : failures) std::cout << "  " << pair << " (" << count << " glyphs)\n";
        CHECK(lowest.ratio >= 4.5f);
    }
}

Colour opaque(const ImVec4& colour) { return {colour.x, colour.y, colour.z}; }

// The triangles drawn in exactly `colour` in the last frame: the focus outline's, when `colour` is
// ImGuiCol_NavHighlight (no other part of the app draws in it).
int trianglesIn(ImU32 colour) {
    int count = 0;
    const ImDrawData& data = *ImGui::GetDrawData();
    for (int list = 0; list < data.CmdListsCount; ++list) {
        const ImDrawList& draw = *data.CmdLists[list];
        for (int i = 0; i + 2 < draw.IdxBuffer.Size; i += 3)
            if (draw.VtxBuffer[draw.IdxBuffer[i]].col == colour && draw.VtxBuffer[draw.IdxBuffer[i + 1]].col == colour &&
                draw.VtxBuffer[draw.IdxBuffer[i + 2]].col == colour)
                ++count;
    }
    return count;
}

TEST_CASE("the keyboard focus outline is opaque and at least 3:1 against every background it is drawn on, in both themes",
          "[gui][contrast][focus]") {
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        INFO(themeKey(theme) << " theme");
        DemoApp demo;  // a context, so the theme's style can be applied and read
        applyTheme(theme);
        const ImGuiStyle& style = ImGui::GetStyle();
        const ImVec4 outline = style.Colors[ImGuiCol_NavHighlight];
        CHECK(outline.w == 1.0f);
        CHECK(opaque(outline).r == opaque(focusOutlineColour(theme)).r);
        // Beneath the outline: a window, a child, a dialog or menu, a table's striped row, a menu
        // bar; and for a list row (ImGui draws its outline inside the row) the row selected or
        // focused, which ImGui draws in its hovered colour, in a window or a dialog.
        const Colour window = over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_WindowBg]), Colour{});
        const Colour popup = over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_PopupBg]), window);
        const std::vector<std::pair<const char*, Colour>> backgrounds = {
            {"window", window},
            {"child window", over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_ChildBg]), window)},
            {"dialog or menu", popup},
            {"menu bar", over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_MenuBarBg]), window)},
            {"striped table row", over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_TableRowBgAlt]), window)},
            {"selected row", over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_Header]), window)},
            {"focused row", over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_HeaderHovered]), window)},
            {"focused row in a dialog", over(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_HeaderHovered]), popup)},
        };
        float lowest = 100;
        std::string where;
        for (const auto& [name, background] : backgrounds) {
            const float ratio = contrast(opaque(outline), background);
            INFO("on a " << name << ": " << ratio << ":1");
            CHECK(ratio >= 3.0f);
            if (ratio < lowest) lowest = ratio, where = name;
        }
        std::cout << "Lowest focus outline contrast, " << themeKey(theme) << " theme: " << lowest << ":1 on a " << where
                  << '\n';
    }
}

TEST_CASE("Tab and the arrow keys show the focus outline around the focused control, the mouse hides it",
          "[gui][focus]") {
    const auto key = GENERATE(ImGuiKey_Tab, ImGuiKey_DownArrow);
    INFO((key == ImGuiKey_Tab ? "Tab" : "Down arrow"));
    DemoApp demo;
    demo.actAs("Sophie Turner");
    testing::showView(demo.app, demo.backend, "setback");
    demo.click("setback.what");  // the mouse: no outline
    demo.frames(2);
    const ImU32 outline = ImGui::GetColorU32(ImGuiCol_NavHighlight);
    CHECK(trianglesIn(outline) == 0);
    if (key != ImGuiKey_Tab) demo.backend.pressKey(ImGuiKey_Escape, demo.draw());  // out of the text field first
    demo.backend.pressKey(key, demo.draw());
    demo.frames(2);
    CHECK(ImGui::GetIO().NavVisible);
    CHECK(trianglesIn(outline) > 0);
    demo.click("setback.what");
    demo.frames(2);
    CHECK(trianglesIn(outline) == 0);
}

}  // namespace
}  // namespace innotrack::gui
