// The Forward Plan: its model from the store, each notice's fields written once, and its formats
// (text, Markdown, CSV, JSON and the A4 page; PDF prints the page).
#include "reports/decision_reports.hpp"

#include "decision_pages.hpp"
#include "reports/html.hpp"
#include "reports/markdown.hpp"
#include "reports/render_formats.hpp"
#include "reports/report_period.hpp"
#include "tracker/money.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace innotrack::reports {
namespace {

using Json = nlohmann::ordered_json;

std::string title() { return "Forward Plan of key decisions"; }

std::string periodWords(const ForwardPlan& plan) {
    return plan.to ? "to be made from " + dayWords(plan.from) + " to " + dayWords(*plan.to)
                   : "to be made from " + dayWords(plan.from);
}

// What the plan is and what it flags, in a sentence or two, for every format.
std::string introduction(const ForwardPlan& plan) {
    std::string out = "Every key decision " + periodWords(plan) + ", soonest first, as at " + dayWords(plan.asOf) +
                      ". A key decision involves spending or savings of " + formatPounds(plan.threshold) +
                      " or more, or significantly affects communities in two or more wards.";
    if (plan.nation == Nation::Wales)
        return out + " This is a Welsh portfolio: the 28 clear days rule is England's, so no notice is flagged.";
    const int flagged = plan.flagged();
    return out + " " + (flagged == 0 ? std::string("No notice is short of 28 clear days.")
                                     : std::to_string(flagged) + (flagged == 1 ? " notice is" : " notices are") +
                                           " short of 28 clear days and flagged.");
}

std::string entryHeading(const ForwardPlanEntry& e) {
    return "Decision " + std::to_string(e.decision.id) + ": " + e.decision.matter;
}

Table planTable(const ForwardPlan& plan) {
    Table table;
    // Each record is kept in a local: a range over a temporary's member would dangle.
    const Record columns = noticeRecord(plan.entries.empty() ? ForwardPlanEntry{} : plan.entries.front());
    for (const Field& f : columns.fields()) table.column(f.key, f.label);
    for (const ForwardPlanEntry& e : plan.entries) {
        const Record notice = noticeRecord(e);
        std::vector<Cell> row;
        for (const Field& f : notice.fields()) row.push_back(f.value);
        table.addRow(std::move(row));
    }
    return table;
}

// The flag on a notice short of 28 clear days, and whether that is resolved; the Notice field says the rest.
std::string flagLine(const ForwardPlanEntry& e) {
    if (!e.notice.isFlagged()) return "";
    const std::string shortOf = "FLAGGED: notice short of " + std::to_string(kKeyDecisionNoticeClearDays) + " clear days";
    if (e.notice.standing == NoticeStanding::Short) return shortOf + ", not resolved: its record cannot be made yet";
    return shortOf + ", made " + (e.decision.route == ShortNoticeRoute::GeneralException ? "a general exception"
                                                                                         : "one of special urgency");
}

std::string renderText(const ForwardPlan& plan) {
    std::string out = title() + "\n" + std::string(title().size(), '=') + "\n\n" + decision_pages::paragraph(introduction(plan));
    if (plan.entries.empty()) return out + "\nNo key decision is to be made in this period.\n";
    for (const ForwardPlanEntry& e : plan.entries) {
        const std::string heading = entryHeading(e);
        out += "\n" + heading + "\n" + std::string(std::min<std::size_t>(heading.size(), decision_pages::kTextWidth), '-') +
               "\n";
        if (const std::string flag = flagLine(e); !flag.empty()) out += flag + "\n";
        out += decision_pages::textFields(noticeRecord(e));
    }
    return out + "\n" + decision_pages::paragraph(decision_pages::kOtherDocuments);
}

std::string renderMarkdown(const ForwardPlan& plan) {
    std::string out = "# " + title() + "\n\n" + markdown::escape(introduction(plan)) + "\n";
    if (plan.entries.empty()) return out + "\nNo key decision is to be made in this period.\n";
    for (const ForwardPlanEntry& e : plan.entries) {
        out += "\n## " + markdown::escape(entryHeading(e)) + "\n\n";
        if (const std::string flag = flagLine(e); !flag.empty()) out += "**" + markdown::escape(flag) + "**\n\n";
        out += decision_pages::markdownFields(noticeRecord(e));
    }
    return out + "\n" + decision_pages::kOtherDocuments + "\n";
}

std::string renderCsv(const ForwardPlan& plan) { return reports::renderCsv(planTable(plan)); }

std::string renderJson(const ForwardPlan& plan) {
    Json out = Json::object();
    out["report"] = "forward-plan";
    out["as_of"] = formatDate(plan.asOf);
    out["from"] = formatDate(plan.from);
    out["to"] = plan.to ? Json(formatDate(*plan.to)) : Json(nullptr);
    out["nation"] = std::string(keyOf(plan.nation));
    out["threshold_pence"] = plan.threshold;
    out["flagged"] = plan.flagged();
    out["decisions"] = Json::parse(reports::renderJson(planTable(plan)));
    return out.dump(2) + "\n";
}

std::string renderHtml(const ForwardPlan& plan) {
    std::string body = "<p>" + html::escape(introduction(plan)) + "</p>\n";
    if (plan.entries.empty()) body += "<p>No key decision is to be made in this period.</p>\n";
    for (const ForwardPlanEntry& e : plan.entries) {
        body += "<section class=\"panel\">\n<h2>" + html::escape(entryHeading(e)) + "</h2>\n";
        if (const std::string flag = flagLine(e); !flag.empty())
            body += "<p class=\"warning\">" + html::escape(flag) + "</p>\n";
        body += decision_pages::htmlFields(noticeRecord(e)) + "</section>\n";
    }
    body += "<p class=\"small muted\">" + html::escape(decision_pages::kOtherDocuments) + "</p>\n";
    return html::page({title(), "Key decisions " + periodWords(plan), body, "", dayWords(plan.asOf)});
}

}  // namespace

int ForwardPlan::flagged() const {
    return static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                          [](const ForwardPlanEntry& e) { return e.notice.isFlagged(); }));
}

ForwardPlan buildForwardPlan(const PortfolioStore& store, Date asOf, Date from, std::optional<Date> to) {
    ForwardPlan plan;
    plan.asOf = asOf;
    plan.from = from;
    plan.to = to;
    plan.nation = store.nation();
    plan.threshold = store.keyDecisionThreshold();
    for (const Decision& d : store.listDecisions(std::nullopt)) {
        const KeyReasons key = keyReasonsOf(d, plan.threshold);
        if (!key.isKey() || d.isMade() || d.plannedOn < from || (to && d.plannedOn > *to)) continue;
        ForwardPlanEntry e;
        e.decision = d;
        const auto innovation = store.findInnovation(d.innovationId);
        e.innovation = innovation ? innovation->title : "";
        const auto maker = d.makerId ? store.findPerson(*d.makerId) : std::nullopt;
        e.maker = describeMaker(d, maker ? &*maker : nullptr);
        e.keyReasons = describe(key, d, plan.threshold);
        e.notice = checkNotice(d, plan.threshold, plan.nation);
        plan.entries.push_back(std::move(e));
    }
    return plan;
}

Record noticeRecord(const ForwardPlanEntry& e) {
    const Decision& d = e.decision;
    Record record;
    record.hiddenField("decision_id", Cell::integer(d.id))
        .hiddenField("innovation_id", Cell::integer(d.innovationId))
        .field("innovation", "Innovation", Cell::text(e.innovation))
        .field("matter", "Matter to be decided", Cell::text(d.matter))
        .field("maker", "Decision maker", Cell::text(e.maker))
        .field("planned_on", "To be made on", Cell::date(d.plannedOn))
        .field("key_reasons", "Why it is a key decision", Cell::text(e.keyReasons))
        .field("documents", "Documents to be submitted", Cell::text(d.documents))
        .field("documents_from", "Copies and other documents from", Cell::text(d.documentsFrom))
        .field("notice_on", "Notice published", Cell::date(d.noticeOn))
        .field("clear_days", "Clear days' notice", e.notice.clearDays ? Cell::integer(*e.notice.clearDays) : Cell::null())
        .field("notice", "Notice", Cell::text(standingKey(e.notice.standing), describe(e.notice, d)))
        .hiddenField("flagged", Cell::boolean(e.notice.isFlagged()))
        .field("route", "Short notice", d.route == ShortNoticeRoute::None
                                            ? Cell::null()
                                            : Cell::text(std::string(keyOf(d.route)), std::string(labelOf(d.route))));
    return record;
}

std::string renderForwardPlan(const ForwardPlan& plan, ReportFormat format) {
    return renderInFormat(plan, format,
                          FormatRenderers<ForwardPlan>{renderText, renderMarkdown, renderCsv, renderJson, renderHtml});
}

}  // namespace innotrack::reports
