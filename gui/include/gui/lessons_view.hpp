// The lessons library: search every lesson by text, tag and failure kind, and read one in full.
#pragma once

#include "gui/app_state.hpp"
#include "gui/lessons_model.hpp"
#include "gui/view.hpp"

#include <cstdint>

namespace innotrack::gui {

class LessonsView final : public View {
public:
    std::string_view name() const override { return "lessons"; }
    std::string_view title() const override { return "Lessons library"; }
    void draw(AppState& state) override;

    const LessonsModel& model() const { return model_; }

private:
    void drawFilters(AppState& state);
    void drawTable(AppState& state);
    void drawSelected();

    LessonsModel model_;
    LessonFilter editing_;
    std::uint64_t generation_ = 0;
    OptionalId selected_;
};

}  // namespace innotrack::gui
