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
    void draw(AppState& state) override;

    const ReportsModel& model() const { return model_; }
    const std::string& lastWritten() const { return lastWritten_; }

private:
    void drawControls(AppState& state);
    void drawTally(const reports::TallyReport& tally);
    void drawChecklist(const reports::ChecklistReport& checklist);
    void drawWriteButtons(AppState& state);

    ReportsModel model_;
    ReportsRequest editing_;
    std::uint64_t generation_ = 0;
    bool built_ = false;
    std::vector<Person> leads_;
    std::string lastWritten_;
    ReportKind writeKind_ = ReportKind::Tally;
};

}  // namespace innotrack::gui
