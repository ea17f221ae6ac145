// The portfolio-wide view of who has been engaged on what: for each active innovation at Piloting
// or beyond, which of the four groups it has reached in the last six months; the opposition heard
// and not yet answered; and every engagement, newest first.
#pragma once

#include "gui/engagement_model.hpp"
#include "gui/view.hpp"

namespace innotrack::gui {

class EngagementView final : public View {
public:
    std::string_view name() const override { return "engagement"; }
    std::string_view title() const override { return "Taking people with you"; }
    Changes shows() const override { return RecordKind::Engagements | RecordKind::Innovations | RecordKind::People; }

    const EngagementModel& model() const { return model_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawCoverage(AppState& state);
    void drawUnanswered(AppState& state);
    void drawAll(AppState& state);
    // A row's innovation, opened at its Engagement tab on a double-click.
    void openOnDoubleClick(AppState& state, Id innovationId);

    EngagementModel model_;
};

}  // namespace innotrack::gui
