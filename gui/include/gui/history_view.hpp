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
    // The audit trail, and the names of the people who made each change.
    Changes shows() const override { return RecordKind::Audit | RecordKind::People; }

    const HistoryModel& model() const { return model_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;

    HistoryModel model_;
    HistoryFilter editing_;
};

}  // namespace innotrack::gui
