// The Reports view: the tally for a chosen period with its charts, the innovation checklist, and
// buttons that write the tally, checklist and board reports as HTML, CSV or Markdown files.
#pragma once

#include "gui/reports_model.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <vector>

namespace innotrack::gui {

class ReportsView final : public View {
public:
    std::string_view name() const override { return "reports"; }
    std::string_view title() const override { return "Reports"; }
    // The tally and the checklist draw on every kind of record but the audit trail; the scope's
    // choice of cabinet lead on the people.
    Changes shows() const override {
        return RecordKind::People | RecordKind::Ambitions | RecordKind::Innovations | RecordKind::Milestones |
               RecordKind::Risks | RecordKind::Setbacks | RecordKind::Lessons | RecordKind::Benefits |
               RecordKind::Reviews | RecordKind::Checklist | RecordKind::Settings;
    }

    const ReportsModel& model() const { return model_; }
    const std::string& lastWritten() const { return lastWritten_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawControls(AppState& state);
    void drawTally(const reports::TallyReport& tally);
    void drawChecklist(const reports::ChecklistReport& checklist);
    void drawWriteButtons(AppState& state);

    ReportsModel model_;
    ReportsRequest editing_;
    bool built_ = false;
    std::vector<Person> leads_;
    std::string lastWritten_;
    ReportKind writeKind_ = ReportKind::Tally;
};

}  // namespace innotrack::gui
