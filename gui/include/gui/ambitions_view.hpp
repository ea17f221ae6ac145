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
    void draw(AppState& state) override;

    const std::vector<AmbitionRow>& rows() const { return rows_; }

private:
    void drawForm(AppState& state);

    std::vector<AmbitionRow> rows_;
    std::uint64_t generation_ = 0;
    AmbitionDraft draft_;
};

}  // namespace innotrack::gui
