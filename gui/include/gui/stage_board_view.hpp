// The stage board: a column per stage, a card per innovation coloured by delivery confidence; filter,
// drag a card to change its stage, double-click to open it.
#pragma once

#include "gui/app_state.hpp"
#include "gui/new_innovation_form.hpp"
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
    // The cards' stages, leads, ambitions, milestones, Critical risks (by the risk bands), setbacks
    // since the last review, and the filters' people and ambitions.
    Changes shows() const override {
        return RecordKind::Innovations | RecordKind::People | RecordKind::Ambitions | RecordKind::Milestones |
               RecordKind::Risks | RecordKind::Setbacks | RecordKind::Reviews | RecordKind::Settings;
    }

    const StageBoardModel& model() const { return model_; }
    // The last move that was refused, and why; shown above the columns until dismissed.
    const std::string& notice() const { return notice_; }
    NewInnovationForm& newInnovation() { return newInnovation_; }

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
        bool finished = false;  // saved, or refused with the reason in the error dialog
    };

    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawFilters(AppState& state);
    void drawQuickFilters(AppState& state);
    void drawColumns(AppState& state);
    void drawColumn(AppState& state, std::size_t index, float height);
    void drawCard(AppState& state, const StageBoardCard& card, float height);
    static void drawUnreadCard(float height);
    void drawCardMenu(AppState& state, const StageBoardCard& card);
    void drawLegend();
    void drawStopDialog(AppState& state);
    void drawNewInnovation(AppState& state);
    void move(AppState& state, Id innovationId, Stage to);
    // Changes the stage off the frame loop (AppState::save) and confirms it, with its undo; a
    // validation error goes to `errors`; `then` is told whether it was saved.
    void moveAndConfirm(AppState& state, Id innovationId, Stage to, const std::string& reason,
                        FieldErrors* errors = nullptr, std::function<void(bool saved)> then = {});

    StageBoardModel model_;
    StageBoardFilter editing_;
    std::string notice_;
    std::optional<PendingMove> pendingMove_;  // applied after the frame's drawing, never mid-list
    std::optional<StopRequest> stop_;
    NewInnovationForm newInnovation_;
    bool newInnovationOpened_ = false;  // the dialog has been asked to open
};

}  // namespace innotrack::gui
