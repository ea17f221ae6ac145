// Where named controls were drawn in the last frame, so headless tests can click and drag them the
// way a person would instead of calling the view models behind the views' backs.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace innotrack::gui {

struct ScreenRect {
    float minX = 0, minY = 0, maxX = 0, maxY = 0;

    float centreX() const { return (minX + maxX) / 2; }
    float centreY() const { return (minY + maxY) / 2; }
    bool contains(float x, float y) const { return x >= minX && x < maxX && y >= minY && y < maxY; }
    bool operator==(const ScreenRect& other) const {
        return minX == other.minX && minY == other.minY && maxX == other.maxX && maxY == other.maxY;
    }
};

class Locator {
public:
    void clear() { rects_.clear(); }
    void note(const std::string& key, ScreenRect rect) { rects_[key] = rect; }
    std::optional<ScreenRect> find(const std::string& key) const {
        const auto found = rects_.find(key);
        if (found == rects_.end()) return std::nullopt;
        return found->second;
    }
    // Every control located in the last frame, by key.
    const std::map<std::string, ScreenRect>& all() const { return rects_; }

private:
    std::map<std::string, ScreenRect> rects_;
};

}  // namespace innotrack::gui
