// The Reports view's model; see reports_model.hpp.
#include "gui/reports_model.hpp"

#include "reports/board_report.hpp"
#include "reports/decision_reports.hpp"
#include "tracker/errors.hpp"

#include <filesystem>
#include <fstream>

namespace innotrack::gui {
namespace {

reports::ReportPeriod periodFor(const ReportsRequest& request, Date today, const Clock& clock, FieldErrors& errors) {
    switch (request.period) {
        case PeriodChoice::YearToDate: return reports::financialYearToDate(today);
        case PeriodChoice::ThisQuarter: return reports::quarterPeriod(quarterOf(today), today);
        case PeriodChoice::LastQuarter: {
            const Period current = quarterOf(today).period();
            return reports::quarterPeriod(quarterOf(current.from - boost::gregorian::days(1)), today);
        }
        case PeriodChoice::LastYear: return reports::financialYearPeriod(financialYearOf(today) - 1, today);
        case PeriodChoice::Custom: break;
    }
    std::optional<Date> from;
    std::optional<Date> to;
    try {
        from = parseDate(request.from, clock, "from");
    } catch (const ValidationError& error) {
        errors.byField["from"] = error.what();
    }
    try {
        to = parseDate(request.to, clock, "to");
    } catch (const ValidationError& error) {
        errors.byField["to"] = error.what();
    }
    if (!from || !to) throw ValidationError("period", "", "the period's dates need correcting");
    return reports::customPeriod(*from, *to);
}

// The verb of the day a figure's record is dated by: "completed on 1 July 2026".
std::string_view datedBy(const std::optional<TallyFigure>& figure) {
    if (!figure) return "raised";
    switch (*figure) {
        case TallyFigure::MilestonesOnTime:
        case TallyFigure::MilestonesLate: return "completed";
        case TallyFigure::BenefitsRealised: return "realised";
        case TallyFigure::StageAdvances: return "moved";
        case TallyFigure::SetbacksBasic:
        case TallyFigure::SetbacksComplex:
        case TallyFigure::SetbacksIntelligent: return "happened";
    }
    return "dated";
}

}  // namespace

std::string_view tallyFigureLabel(TallyFigure figure) {
    switch (figure) {
        case TallyFigure::MilestonesOnTime: return "Milestones on time";
        case TallyFigure::MilestonesLate: return "Milestones done late";
        case TallyFigure::BenefitsRealised: return "Benefits realised";
        case TallyFigure::StageAdvances: return "Stages moved forward";
        case TallyFigure::SetbacksBasic: return "Basic failures";
        case TallyFigure::SetbacksComplex: return "Complex failures";
        case TallyFigure::SetbacksIntelligent: return "Intelligent failures";
    }
    return "Figure";
}

std::string_view periodChoiceLabel(PeriodChoice choice) {
    switch (choice) {
        case PeriodChoice::YearToDate: return "This financial year to date";
        case PeriodChoice::ThisQuarter: return "This quarter to date";
        case PeriodChoice::LastQuarter: return "Last quarter";
        case PeriodChoice::LastYear: return "Last financial year";
        case PeriodChoice::Custom: return "From and to dates…";
    }
    return "";
}

std::string_view reportKindKey(ReportKind kind) {
    switch (kind) {
        case ReportKind::Tally: return "tally";
        case ReportKind::Trend: return "trend";
        case ReportKind::Checklist: return "checklist";
        case ReportKind::Board: return "board";
        case ReportKind::ForwardPlan: return "forward-plan";
    }
    return "report";
}

bool ReportsModel::build(AppState& state, const ReportsRequest& request) {
    std::optional<ChartPick> reopen;
    if (picked_ && request == request_) reopen = picked_->pick;
    picked_.reset();
    request_ = request;
    errors_.clear();
    tally_.reset();
    trend_.reset();
    checklist_.reset();
    const Date today = state.today();
    try {
        reports::TallyRequest tallyRequest;
        tallyRequest.period = periodFor(request, today, state.clock(), errors_);
        tallyRequest.scope.cabinetLeadId = request.cabinetLeadId;
        tallyRequest.grouping = TallyGrouping::Quarter;
        tally_ = reports::buildTallyReport(state.store(), state.backend().tallyQueries(), tallyRequest, today);
    } catch (const ValidationError& error) {
        if (errors_.empty()) errors_.byField[error.field() == "period" ? "to" : error.field()] = error.what();
        return false;
    } catch (const std::exception& error) {
        state.reportError(error.what());
        return false;
    }
    state.read([&] {
        reports::TrendRequest trendRequest{today, kTrendMaxYears, {}};
        trendRequest.scope.cabinetLeadId = request.cabinetLeadId;
        trend_ = reports::buildTrendReport(state.store(), state.backend().trendQueries(), trendRequest, today);
    });
    state.read([&] { checklist_ = reports::buildChecklistReport(state.store(), state.backend().checklistQueries(), today); });
    if (reopen) list(state, *reopen);
    return true;
}

void ReportsModel::pickFigure(AppState& state, TallyFigure figure, const Period& period, const std::string& periodWords) {
    list(state, ChartPick{figure, period, periodWords, 0, 0});
}

void ReportsModel::pickCell(AppState& state, int likelihood, int impact) {
    if (!tally_) return;
    list(state, ChartPick{std::nullopt, {tally_->heatMapOn, tally_->heatMapOn}, reports::dayWords(tally_->heatMapOn),
                          likelihood, impact});
}

void ReportsModel::list(AppState& state, const ChartPick& pick) {
    if (!tally_) return;
    if (picked_ && picked_->pick == pick) {
        picked_.reset();
        return;
    }
    picked_.reset();
    const TallyQueries& queries = state.backend().tallyQueries();
    const TallyScope scope = tally_->scope;
    TallyRecords found;
    if (!state.read([&] {
            found = pick.figure ? queries.tallyRecords(pick.period, scope, *pick.figure, kRecordListLimit)
                                : queries.openRiskRecords(pick.period.to, scope, pick.likelihood, pick.impact,
                                                          kRecordListLimit);
        }))
        return;
    RecordList out;
    out.pick = pick;
    out.title = pick.figure ? std::string(tallyFigureLabel(*pick.figure)) + ", " + pick.periodWords
                            : "Open risks of likelihood " + std::to_string(pick.likelihood) + " and impact " +
                                  std::to_string(pick.impact) + " on " + pick.periodWords;
    out.total = found.total;
    for (const TallyRecord& record : found.records)
        out.rows.push_back({record.what, record.innovation,
                            std::string(datedBy(pick.figure)) + " on " + reports::dayWords(record.on)});
    if (found.more() > 0) out.moreWords = "…and " + std::to_string(found.more()) + " more, not listed here.";
    picked_ = std::move(out);
}

std::string ReportsModel::suggestedPath(const std::string& portfolioLocation, ReportKind kind,
                                        reports::ReportFormat format, Date today) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path folder = fs::path(portfolioLocation).parent_path();
    if (folder.empty() || !fs::is_directory(folder, error)) folder = fs::current_path(error);
    const std::string extension = format == reports::ReportFormat::Markdown ? "md" : std::string(reports::nameOf(format));
    return (folder / (std::string(reportKindKey(kind)) + "-" + formatDate(today) + "." + extension)).string();
}

void ReportsModel::write(AppState& state, ReportKind kind, reports::ReportFormat format, const std::string& path) const {
    std::string text;
    switch (kind) {
        case ReportKind::Tally:
            if (!tally_) throw ConflictError("The tally could not be built for this period; correct the period first.");
            text = reports::renderTally(*tally_, format);
            break;
        case ReportKind::Trend:
            if (!trend_) throw ConflictError("The trend could not be built.");
            text = reports::renderTrend(*trend_, format);
            break;
        case ReportKind::Checklist:
            if (!checklist_) throw ConflictError("The checklist could not be built.");
            text = reports::renderChecklist(*checklist_, format);
            break;
        case ReportKind::Board: {
            const Date today = state.today();
            reports::BoardReport board = reports::buildBoardReport(state.backend().boardQueries(),
                                                                   state.store().riskBands(), today, today);
            board.auditChain = state.store().auditChainHead();
            reports::addTakingPeople(board, state.store().listEngagements(std::nullopt));
            reports::addConfidenceHistory(board, state.backend().trendQueries());
            text = reports::renderBoard(board, format);
            break;
        }
        case ReportKind::ForwardPlan: {
            const Date today = state.today();
            text = reports::renderForwardPlan(reports::buildForwardPlan(state.store(), today, today, std::nullopt), format);
            break;
        }
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) throw StorageError("Could not write the report to " + path + "; check the folder exists and can be written.");
}

}  // namespace innotrack::gui
