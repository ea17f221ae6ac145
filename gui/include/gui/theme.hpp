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

ImVec4 errorTextColour();   // validation messages next to fields
ImVec4 mutedTextColour();   // hints and secondary facts

struct FontChoice {
    std::string path;    // the TrueType file used; empty when ImGui's own font was the fallback
    float pixels = 0;    // body text size after scaling
};

// Adds the body font and a larger heading font to the current context's atlas and scales the style
// by `contentScale` (the monitor's, 1 in tests). Call before the atlas is built.
FontChoice loadFonts(float contentScale, const std::string& fontDirectory = "/usr/share/fonts/truetype/dejavu");
ImFont* headingFont();  // the larger font, or the body font when only one is loaded

}  // namespace innotrack::gui
