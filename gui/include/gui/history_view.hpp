// History: the audit trail of every change, who made it and when, newest first.
#pragma once

#include "gui/app_state.hpp"
#include "gui/history_model.hpp"
#include "gui/view.hpp"

#include <cstdint>

namespace innotrack::gui {

class HistoryView final : public View {
public:
    std::string_view name() const override { return "history"; }
    std::string_view title() const override { return "History"; }
    void draw(AppState& state) override;

    const HistoryModel& model() const { return model_; }

private:
    HistoryModel model_;
    HistoryFilter editing_;
    std::uint64_t generation_ = 0;
};

}  // namespace innotrack::gui
