// Reads and writes the app's settings file; see settings.hpp.
#include "gui/settings.hpp"

#include "tracker/errors.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace innotrack::gui {
namespace {

constexpr std::string_view kActorPrefix = "actor:";

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

}  // namespace

std::optional<std::string> Settings::actorFor(const std::string& portfolio) const {
    const auto found = actorByPortfolio.find(portfolio);
    if (found == actorByPortfolio.end()) return std::nullopt;
    return found->second;
}

std::string configDirectory() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0')
        return (std::filesystem::path(xdg) / "innotrack").string();
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        return (std::filesystem::path(home) / ".config" / "innotrack").string();
    return {};
}

int nearestZoomStep(int percent) {
    return *std::min_element(kZoomSteps.begin(), kZoomSteps.end(),
                             [&](int a, int b) { return std::abs(a - percent) < std::abs(b - percent); });
}

int zoomedIn(int percent) {
    for (const int step : kZoomSteps)
        if (step > percent) return step;
    return kZoomSteps.back();
}

int zoomedOut(int percent) {
    for (auto step = kZoomSteps.rbegin(); step != kZoomSteps.rend(); ++step)
        if (*step < percent) return *step;
    return kZoomSteps.front();
}

std::string_view themeKey(Theme theme) { return theme == Theme::Dark ? "dark" : "light"; }

void Settings::opened(const std::string& location) {
    lastPortfolio = location;
    std::erase(recentPortfolios, location);
    recentPortfolios.insert(recentPortfolios.begin(), location);
    if (recentPortfolios.size() > kRecentPortfolios) recentPortfolios.resize(kRecentPortfolios);
}

Settings loadSettings(const std::string& path) {
    Settings settings;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        const auto equals = line.find('=');
        if (equals == std::string::npos) continue;
        const std::string key = trimmed(line.substr(0, equals));
        const std::string value = trimmed(line.substr(equals + 1));
        if (key == "theme") settings.theme = value == "dark" ? Theme::Dark : Theme::Light;
        else if (key == "portfolio") settings.lastPortfolio = value;
        else if (key == "recent" && !value.empty() && settings.recentPortfolios.size() < kRecentPortfolios)
            settings.recentPortfolios.push_back(value);
        else if (key == "view") settings.lastView = value;
        else if (key == "zoom") settings.zoomPercent = nearestZoomStep(std::atoi(value.c_str()));
        else if (key.starts_with(kActorPrefix) && !value.empty())
            settings.actorByPortfolio[key.substr(kActorPrefix.size())] = value;
    }
    return settings;
}

void saveSettings(const Settings& settings, const std::string& path) {
    const std::filesystem::path file(path);
    std::error_code error;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
    std::ofstream out(path, std::ios::trunc);
    out << "# innotrack desktop app settings\n";
    out << "theme=" << themeKey(settings.theme) << '\n';
    if (!settings.lastPortfolio.empty()) out << "portfolio=" << settings.lastPortfolio << '\n';
    if (!settings.lastView.empty()) out << "view=" << settings.lastView << '\n';
    if (settings.zoomPercent != 100) out << "zoom=" << settings.zoomPercent << '\n';
    for (const std::string& recent : settings.recentPortfolios) out << "recent=" << recent << '\n';
    for (const auto& [portfolio, actor] : settings.actorByPortfolio)
        out << kActorPrefix << portfolio << '=' << actor << '\n';
    out.flush();
    if (!out) throw StorageError("Could not save the app's settings to " + path + "; check the folder can be written.");
}

}  // namespace innotrack::gui
