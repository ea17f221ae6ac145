// Ambitions (the leader's): the council's long-term aims, how many innovations serve each, and a
// form to add or change one.
#pragma once

#include "gui/ambitions_people_model.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <vector>

namespace innotrack::gui {

class AmbitionsView final : public View {
public:
    std::string_view name() const override { return "ambitions"; }
    std::string_view title() const override { return "Ambitions"; }
    // Each ambition and how many innovations at each stage serve it.
    Changes shows() const override { return RecordKind::Ambitions | RecordKind::Innovations; }

    const std::vector<AmbitionRow>& rows() const { return rows_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawForm(AppState& state);

    std::vector<AmbitionRow> rows_;
    AmbitionDraft draft_;
};

}  // namespace innotrack::gui
