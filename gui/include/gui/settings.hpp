// What the app remembers between runs (who you act as, the theme, the last portfolio and view),
// kept as plain "key=value" lines in a small file under $XDG_CONFIG_HOME/innotrack.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace innotrack::gui {

enum class Theme { Light, Dark };

struct Settings {
    Theme theme = Theme::Light;
    std::string lastPortfolio;  // the location (a file's path, a server's address) opened last; empty for none
    // The portfolios opened lately, newest first, without repeats: files and shared portfolios.
    std::vector<std::string> recentPortfolios;
    std::string lastView;       // the --view name of the tab shown last
    // Who the user acts as, per portfolio path: the person's name (names are unique in a portfolio).
    std::map<std::string, std::string> actorByPortfolio;
    // The zoom chosen with Ctrl+plus and Ctrl+minus, in percent of the monitor's own size: one of
    // kZoomSteps.
    int zoomPercent = 100;

    std::optional<std::string> actorFor(const std::string& portfolio) const;
    // Puts `location` first in the recent portfolios (at most kRecentPortfolios) and makes it the last opened.
    void opened(const std::string& location);
};

inline constexpr std::size_t kRecentPortfolios = 8;

// The zooms Ctrl+plus and Ctrl+minus step through, in percent.
inline constexpr std::array<int, 9> kZoomSteps{70, 80, 90, 100, 110, 125, 150, 175, 200};
// The next step larger or smaller than `percent` (the end step at either end).
int zoomedIn(int percent);
int zoomedOut(int percent);
// The step nearest `percent`: what an edited settings file's zoom is read as.
int nearestZoomStep(int percent);

// $XDG_CONFIG_HOME/innotrack, else $HOME/.config/innotrack; empty when neither is set.
std::string configDirectory();

// A missing or unreadable file gives the defaults: settings are a convenience, never a reason to stop.
Settings loadSettings(const std::string& path);
// Creates the directory when needed. Throws StorageError naming the file when it cannot be written.
void saveSettings(const Settings& settings, const std::string& path);

std::string_view themeKey(Theme theme);  // "light" or "dark"

}  // namespace innotrack::gui
