// Zoom and the monitor's content scale: Ctrl+plus and Ctrl+minus step through the zooms, the
// choice is remembered, and the fonts are rasterised again at the new scale (not stretched), as
// they are when the window moves to a monitor of another scale.
#include "fixture.hpp"

#include "gui/settings.hpp"
#include "files.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using innotrack::testing::TemporaryFolder;

// The body font's size as rasterised in the atlas: what text is drawn at, with no stretching.
float bodyPixels() { return ImGui::GetIO().Fonts->Fonts[0]->FontSize; }

TEST_CASE("the zoom steps are ordered, end at both ends and read an edited value as the nearest", "[gui][zoom]") {
    CHECK(zoomedIn(100) == 110);
    CHECK(zoomedIn(110) == 125);
    CHECK(zoomedIn(200) == 200);
    CHECK(zoomedOut(100) == 90);
    CHECK(zoomedOut(70) == 70);
    CHECK(zoomedIn(105) == 110);  // between steps: the next one up
    CHECK(zoomedOut(105) == 100);
    CHECK(nearestZoomStep(130) == 125);
    CHECK(nearestZoomStep(5) == 70);
    CHECK(nearestZoomStep(900) == 200);
}

TEST_CASE("Ctrl+plus and Ctrl+minus zoom the whole app, its fonts rasterised at the new size", "[gui][zoom]") {
    DemoApp demo;
    demo.frames(2);
    const float atOne = bodyPixels();
    const float paddingAtOne = ImGui::GetStyle().FramePadding.x;
    REQUIRE(demo.app.scale() == Approx(1.0f));

    demo.backend.pressCtrl('=', demo.draw());
    demo.frames(1);
    CHECK(demo.state.settings().zoomPercent == 110);
    CHECK(demo.app.scale() == Approx(1.1f));
    CHECK(bodyPixels() == Approx(atOne * 1.1f));
    CHECK(ImGui::GetStyle().FramePadding.x == std::floor(paddingAtOne * 1.1f));  // ImGui floors sizes
    CHECK(ImGui::GetIO().FontGlobalScale == 1.0f);  // rasterised again, not stretched

    demo.backend.pressCtrl('-', demo.draw());
    demo.backend.pressCtrl('-', demo.draw());
    demo.frames(1);
    CHECK(demo.state.settings().zoomPercent == 90);
    CHECK(bodyPixels() == Approx(atOne * 0.9f));
    // The padding is scaled from the unscaled style, never compounded step on step.
    CHECK(ImGui::GetStyle().FramePadding.x == std::floor(paddingAtOne * 0.9f));
}

TEST_CASE("moving to a monitor of another content scale rasterises the fonts for it, zoom kept", "[gui][zoom]") {
    DemoApp demo;
    demo.frames(2);
    const float atOne = bodyPixels();
    demo.state.settings().zoomPercent = 125;
    demo.frames(1);
    CHECK(bodyPixels() == Approx(atOne * 1.25f));
    demo.backend.setContentScale(2.0f);
    demo.frames(1);
    CHECK(demo.app.scale() == Approx(2.5f));
    CHECK(bodyPixels() == Approx(atOne * 2.5f));
    CHECK(ImGui::GetStyle().FramePadding.x == std::floor(ImGuiStyle().FramePadding.x * 2.5f));
    demo.showEveryView();  // every view draws at the new scale
    CHECK(demo.state.errors().empty());
}

TEST_CASE("the zoom is remembered in the settings file, and a value between steps reads as the nearest",
          "[gui][zoom]") {
    TemporaryFolder folder;
    const std::string path = (folder.path() / "settings.ini").string();
    Settings settings;
    settings.zoomPercent = 150;
    saveSettings(settings, path);
    CHECK(loadSettings(path).zoomPercent == 150);
    {
        std::ofstream edited(path, std::ios::app);
        edited << "zoom=130\n";
    }
    CHECK(loadSettings(path).zoomPercent == 125);
    saveSettings(Settings{}, path);
    CHECK(loadSettings(path).zoomPercent == 100);
}

}  // namespace
}  // namespace innotrack::gui
