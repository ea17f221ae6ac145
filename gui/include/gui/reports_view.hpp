// The Reports view: the tally for a chosen period with its charts, the trend over five financial
// years (a point to hover or click per quarter), the innovation checklist, and buttons that write
// the tally, trend, checklist and board reports as files.
#pragma once

#include "gui/charts.hpp"
#include "gui/reports_model.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <vector>

namespace innotrack::gui {

// One period's pair of bars (right, wrong) in a chart of such pairs.
struct BarPeriod {
    std::string key;  // "period", or a quarter's label ("2026Q3"): in the bars' names for the tests
    Period period;
    std::string words;  // "Q3 2026/27"
};

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
    // The trend's quarter last clicked ("2026Q3"), whose figures are shown part by part; "" for none.
    const std::string& selectedQuarter() const { return selectedQuarter_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawControls(AppState& state);
    void drawTally(AppState& state, const reports::TallyReport& tally);
    // A chart of bar pairs (right, wrong), one pair per period, each part a button located under
    // prefix.<period key>.<figure key>: a click lists what that part counts.
    std::optional<BarPick> drawFigureBars(AppState& state, const std::vector<BarRow>& rows,
                                          const std::vector<BarPeriod>& periods, const std::string& prefix,
                                          bool legend);
    // The records of the model's pick, under the chart that opened it.
    void drawRecordList(AppState& state);
    void drawTrend(AppState& state, const reports::TrendReport& trend);
    void drawChecklist(const reports::ChecklistReport& checklist);
    void drawWriteButtons(AppState& state);

    ReportsModel model_;
    ReportsRequest editing_;
    bool built_ = false;
    std::vector<Person> leads_;
    std::string lastWritten_;
    std::string selectedQuarter_;
    std::string listUnder_;  // the prefix of the bars the open list came from: it is drawn under them
    ReportKind writeKind_ = ReportKind::Tally;
};

}  // namespace innotrack::gui
