// The stage board: a column per stage, a card per innovation coloured by delivery confidence; filter,
// drag a card to change its stage, double-click to open it.
#pragma once

#include "gui/app_state.hpp"
#include "gui/stage_board_model.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace innotrack::gui {

class StageBoardView final : public View {
public:
    std::string_view name() const override { return "board"; }
    std::string_view title() const override { return "Board"; }
    void draw(AppState& state) override;

    const StageBoardModel& model() const { return model_; }
    // The last move that was refused, and why; shown above the columns until dismissed.
    const std::string& notice() const { return notice_; }

private:
    struct PendingMove {
        Id innovationId = 0;
        Stage to = Stage::Idea;
    };
    struct StopRequest {
        Id innovationId = 0;
        std::string title;
        std::string reason;
        FieldErrors errors;
        bool opened = false;
    };

    void refresh(AppState& state);
    void drawFilters(AppState& state);
    void drawColumns(AppState& state);
    void drawColumn(AppState& state, std::size_t index, float height);
    void drawCard(AppState& state, const StageBoardCard& card, float height);
    static void drawUnreadCard(float height);
    void drawCardMenu(AppState& state, const StageBoardCard& card);
    void drawLegend();
    void drawStopDialog(AppState& state);
    void move(AppState& state, Id innovationId, Stage to);

    StageBoardModel model_;
    std::uint64_t generation_ = 0;
    StageBoardFilter editing_;
    std::string notice_;
    std::optional<PendingMove> pendingMove_;  // applied after the frame's drawing, never mid-list
    std::optional<StopRequest> stop_;
};

}  // namespace innotrack::gui
