// The weekly board report as Markdown, CSV (one row per innovation) and JSON (docs/REPORTS.md).
#include "reports/board_report.hpp"
#include "reports/markdown.hpp"
#include "reports/render_formats.hpp"

#include "audit_chain_words.hpp"
#include "board_tables.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>
#include <variant>

namespace innotrack::reports {
namespace {

using Json = nlohmann::ordered_json;

// The innovations table in Markdown: the top risk's score and band read as one "16 Critical".
Table readableInnovations(const BoardReport& report) {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("title", "Innovation")
        .column("stage", "Stage")
        .column("cabinet_lead", "Cabinet lead")
        .column("confidence", "Confidence")
        .column("at_last_review", "At last review")
        .column("trend", "Trend")
        .column("top_risk", "Top risk")
        .column("overdue", "Overdue", Align::Right)
        .column("next", "Next milestone")
        .column("due", "Due")
        .column("setbacks", "New setbacks", Align::Right)
        .column("lessons", "New lessons", Align::Right);
    for (const BoardRow& row : report.innovations) {
        const BoardInnovationFacts& facts = row.facts;
        table.addRow({Cell::integer(facts.innovationId), Cell::text(facts.title),
                      Cell::text(std::string(labelOf(facts.stage))), Cell::text(facts.cabinetLead),
                      Cell::text(std::string(labelOf(row.confidence))),
                      Cell::text(facts.lastClosedReviewConfidence
                                     ? std::string(labelOf(*facts.lastClosedReviewConfidence))
                                     : std::string()),
                      Cell::text(std::string(trendLabel(row.trend))), Cell::text(board::riskLabel(row)),
                      Cell::integer(facts.overdueMilestones), Cell::text(facts.nextMilestone),
                      Cell::date(facts.nextMilestoneDue), Cell::integer(facts.setbacksSince),
                      Cell::integer(facts.lessonsSince)});
    }
    return table;
}

// The same typing as renderJson(Table) (docs/JSON.md), built directly: at 100,000 innovations,
// writing each table out and parsing it back would cost more than the queries.
struct ToJson {
    Json operator()(std::monostate) const { return nullptr; }
    Json operator()(std::int64_t value) const { return value; }
    Json operator()(Decimal value) const { return std::isfinite(value.value) ? Json(value.value) : Json(nullptr); }
    Json operator()(const std::string& value) const { return value; }
    Json operator()(bool value) const { return value; }
    Json operator()(Date value) const { return formatDate(value); }
};

Json arrayOf(const Table& table) {
    Json rows = Json::array();
    for (const auto& cells : table.rows()) {
        Json object = Json::object();
        for (std::size_t c = 0; c < cells.size(); ++c)
            object[table.columns()[c].key] = std::visit(ToJson{}, cells[c].value());
        rows.push_back(std::move(object));
    }
    return rows;
}

Json idOrNull(const OptionalId& id) { return id ? Json(*id) : Json(nullptr); }

}  // namespace

std::string renderBoardMarkdown(const BoardReport& report) {
    std::ostringstream out;
    out << "# " << board::title(report) << "\n\n";
    out << markdown::escape(board::scopeLine(report)) << "\n\n";
    out << markdown::escape(board::reviewLine(report)) << "\n\n";
    out << "**" << markdown::escape(board::glanceLine(report)) << "**\n\n";
    out << "## " << board::headingWithCount("Active innovations", report.totals.innovations) << "\n\n";
    if (report.innovations.empty())
        out << "None was active on " << formatDate(report.on) << ".\n";
    else
        out << markdown::table(readableInnovations(report));
    const auto writeMore = [&](const std::string& more) {
        if (!more.empty()) out << "\n" << markdown::escape(more) << "\n";
    };
    writeMore(board::moreLine(report.totals.innovations, report.innovations.size(), board::kWholeBoard));
    for (const board::Part& part : board::sections(report)) {
        out << "\n## " << board::headingWithCount(part.heading, part.total) << "\n\n";
        if (part.table.empty()) {
            out << markdown::escape(part.whenEmpty) << "\n";
            continue;
        }
        out << markdown::escape(part.explanation) << "\n\n" << markdown::table(part.table);
        writeMore(board::moreLine(part.total, part.table.rows().size(), part.seeAlso));
    }
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty())
        out << "\n" << markdown::escape(chain) << "\n";
    return out.str();
}

std::string renderBoardCsv(const BoardReport& report) { return renderCsv(board::innovationTable(report)); }

std::string renderBoardJson(const BoardReport& report) {
    Json root = Json::object();
    root["report"] = "board";
    root["on"] = formatDate(report.on);
    root["cabinet_lead_id"] = idOrNull(report.cabinetLeadId);
    root["cabinet_lead"] = report.cabinetLeadId ? Json(report.cabinetLeadName) : Json(nullptr);
    root["wellbeing_goal"] = report.goal ? Json(std::string(keyOf(*report.goal))) : Json(nullptr);
    root["risk_bands"] = {{"moderate_from", report.bands.moderateFrom},
                          {"high_from", report.bands.highFrom},
                          {"critical_from", report.bands.criticalFrom}};
    if (const auto& review = report.lastClosedReview)
        root["last_closed_review"] = {{"review_id", review->id},
                                      {"held_on", formatDate(review->heldOn)},
                                      {"closed_on", formatDate(review->closedOn)},
                                      {"chair_id", review->chairId},
                                      {"chair", review->chair}};
    else
        root["last_closed_review"] = nullptr;
    // The summary counts every row; each list below holds at most `rows_per_list` of them.
    root["summary"] = {{"active_innovations", report.totals.innovations},
                       {"overdue_milestones", report.totals.overdueMilestones},
                       {"critical_risks", report.totals.criticalRisks},
                       {"new_setbacks", report.totals.newSetbacks},
                       {"new_lessons", report.totals.newLessons},
                       {"ambitions_without_active_innovation", report.ambitionsWithoutActiveInnovation.size()}};
    root["rows_per_list"] = report.limit ? Json(*report.limit) : Json(nullptr);
    root["innovations"] = arrayOf(board::innovationTable(report));
    for (const board::Part& part : board::sections(report)) root[part.key] = arrayOf(part.table);
    root["audit_chain"] = auditChainJson(report.auditChain);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string renderBoard(const BoardReport& report, ReportFormat format) {
    return renderInFormat(report, format, FormatRenderers<BoardReport>{renderBoardText, renderBoardMarkdown, renderBoardCsv,
                                                                      renderBoardJson, renderBoardHtml});
}

}  // namespace innotrack::reports
