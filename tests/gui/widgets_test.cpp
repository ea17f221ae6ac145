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
}  // namespace innotrack::gui
