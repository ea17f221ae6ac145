// The app's look: light and dark themes, the colours of delivery confidence and of badges, and
// the fonts (DejaVu Sans scaled to the monitor, ImGui's own as fallback).
#pragma once

#include "gui/settings.hpp"
#include "tracker/scales.hpp"

#include <imgui.h>

#include <string>

namespace innotrack::gui {

void applyTheme(Theme theme);
Theme currentTheme();  // as last applied

// The strong colour of a rating (the card's edge and the legend) and a tint for the card's body
// that keeps text readable in the current theme.
ImU32 confidenceColour(Confidence confidence);
ImU32 confidenceTint(Confidence confidence);

enum class Badge { Overdue, CriticalRisk, NewSetback };
ImU32 badgeColour(Badge badge);

// `colour` darkened (light theme) or lightened (dark theme) just enough for words drawn in it to
// read at least 4.5:1 in a window or on a table's striped row: a milestone's state, "today".
ImU32 legibleText(ImU32 colour);

ImVec4 errorTextColour();   // validation messages next to fields
ImVec4 mutedTextColour();   // hints and secondary facts
// The keyboard focus outline's colour in `theme` (applyTheme sets ImGuiCol_NavHighlight to it).
ImVec4 focusOutlineColour(Theme theme);

struct FontChoice {
    std::string path;    // the TrueType file used; empty when ImGui's own font was the fallback
    float pixels = 0;    // body text size after scaling
};

// Replaces the current context's fonts with the body font and a larger heading font rasterised at
// `scale` (the monitor's content scale times the zoom; 1 in tests), so text is sharp at any zoom.
// Call between frames; the backend then rebuilds its font texture.
FontChoice loadFonts(float scale, const std::string& fontDirectory = "/usr/share/fonts/truetype/dejavu");
// The theme's colours and the style's sizes (padding, spacing, rounding) at `scale`.
void applyLook(Theme theme, float scale);
ImFont* headingFont();  // the larger font, or the body font when only one is loaded

}  // namespace innotrack::gui
