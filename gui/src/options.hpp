// innotrack-gui's command line: which portfolio, as whom, which view, and the screenshot mode.
#pragma once

#include <optional>
#include <string>

namespace innotrack::gui {

struct GuiOptions {
    std::string db;          // empty: the demo (screenshots) or the portfolio opened last
    bool demo = false;       // the demo portfolio, in memory
    bool wales = false;      // with demo: the Welsh demo council
    std::string actAs;       // a person's name or id
    std::string view;        // the tab to show first
    bool meeting = false;    // the weekly review in meeting mode, when a review is open
    std::string theme;       // "light", "dark" or empty for the remembered one
    std::string screenshot;  // write this PNG and exit
    std::string locations;   // write where each located control was drawn to this file (for scripts)
    int width = 1280;
    int height = 800;
    int frames = 8;  // frames drawn before the screenshot, so layout and fonts have settled
    bool help = false;
    bool version = false;
    std::string usage;
};

// Throws ValidationError naming the option when something is wrong.
GuiOptions parseGuiOptions(int argc, const char* const argv[]);

}  // namespace innotrack::gui
