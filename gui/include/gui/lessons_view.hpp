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
    // Every lesson with its tags, the innovation and setback (its kind of failure) it came from,
    // and who recorded it.
    Changes shows() const override {
        return RecordKind::Lessons | RecordKind::Setbacks | RecordKind::Innovations | RecordKind::People;
    }

    const LessonsModel& model() const { return model_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawFilters(AppState& state);
    void drawTable(AppState& state);
    void drawSelected();

    LessonsModel model_;
    LessonFilter editing_;
    OptionalId selected_;
};

}  // namespace innotrack::gui
