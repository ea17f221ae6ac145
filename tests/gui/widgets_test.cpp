// Shared widgets: a validation error is never lost, even for a field the form does not show.
#include "gui/headless.hpp"
#include "gui/widgets.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

// Vertices drawn by one frame of `form` in a window.
int verticesOf(HeadlessBackend& backend, const std::function<void()>& form) {
    backend.run([&] {
        ImGui::Begin("form");
        form();
        ImGui::End();
    });
    return ImGui::GetDrawData()->TotalVtxCount;
}

// How many vertices of the last frame have exactly this colour.
int verticesColoured(ImU32 colour) {
    int count = 0;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int list = 0; list < data->CmdListsCount; ++list)
        for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer)
            if (vertex.col == colour) ++count;
    return count;
}

TEST_CASE("a button the person may not press has no fill and a muted label at full strength", "[gui][widgets]") {
    HeadlessBackend backend(800, 600, false);
    ImGui::GetIO().MousePos = ImVec2(-100, -100);  // hovering nothing
    const Permission yes{true, ""};
    const Permission no{false, "only the leader can change this"};
    for (int frame = 0; frame < 2; ++frame)  // a new window is drawn from its second frame
        verticesOf(backend, [&] { CHECK_FALSE(permittedButton("Save", no)); });
    const ImU32 fill = ImGui::GetColorU32(ImGuiCol_Button);
    const ImU32 muted = ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    const int window = verticesColoured(fill);  // the window's own vertices of that colour, if any
    CHECK(verticesColoured(muted) > 0);         // the label, not faded
    verticesOf(backend, [&] { permittedButton("Save", yes); });
    CHECK(verticesColoured(fill) > window);  // an allowed button is filled
}

TEST_CASE("errors no field showed are drawn at the form's end", "[gui][widgets]") {
    HeadlessBackend backend(800, 600, false);
    FieldErrors errors;
    const int empty = verticesOf(backend, [&] { otherErrors(errors); });

    errors.byField["title"] = "title: a title is required";
    const int besideField = verticesOf(backend, [&] {
        fieldError(errors, "title");
        CHECK(errors.shown.count("title") == 1);
        otherErrors(errors);  // already shown: drawn once only
        CHECK(errors.shown.empty());
    });
    CHECK(besideField > empty);

    errors.byField["budget"] = "budget: must be £0 or more";
    const int withBudget = verticesOf(backend, [&] {
        fieldError(errors, "title");
        otherErrors(errors);
    });
    CHECK(withBudget > besideField);
    errors.clear();
    CHECK(errors.empty());
}

}  // namespace
TEST_CASE("beside its field a message drops the field's name and starts with a capital", "[gui][widgets]") {
    CHECK(messageBesideField("date", "date: 2026-02-30 is not a date") == "2026-02-30 is not a date");
    CHECK(messageBesideField("kind", "kind: choose what kind of setback this was (basic, complex or intelligent)") ==
          "Choose what kind of setback this was (basic, complex or intelligent)");
    CHECK(messageBesideField("horizon year", "horizon year: '20x5' is not a year such as 2045") ==
          "'20x5' is not a year such as 2045");
    // Another field's name, or none, is left as it is; only the first letter is raised.
    CHECK(messageBesideField("date", "due date: 2026-02-30 is not a date") == "Due date: 2026-02-30 is not a date");
    CHECK(messageBesideField("owner", "Choose the one person who owns the risk") == "Choose the one person who owns the risk");
    CHECK(messageBesideField("title", "title: ") == "");
}

}  // namespace innotrack::gui
