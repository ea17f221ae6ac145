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

}  // namespace

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
    return true;
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
