// The ideas funnel as text (100 columns), Markdown, CSV and JSON: the same figures and tables in each.
#include "reports/ideas_report.hpp"

#include "reports/markdown.hpp"
#include "reports/render_formats.hpp"

#include <nlohmann/json.hpp>

namespace innotrack::reports {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kTextWidth = 100;

// The figures under the headline, each as a label and its words.
std::vector<std::pair<std::string, std::string>> figures(const IdeasReport& r) {
    const std::string median = r.medianDaysToDecision
                                   ? formatDays(*r.medianDaysToDecision) + " days, over " + std::to_string(r.decisions) +
                                         (r.decisions == 1 ? " decision" : " decisions")
                                   : "no decision in the period";
    const std::string elsewhere = r.fromElsewherePercent
                                      ? std::to_string(r.fromElsewhere) + " of " + std::to_string(r.funnel.submitted) +
                                            " submitted (" + std::to_string(*r.fromElsewherePercent) + "%)"
                                      : "no idea submitted in the period";
    return {{"Period", r.period.words},
            {"Gate", std::to_string(r.gate) + " (a score below it needs a reason to promote)"},
            {"Median days from submission to a decision", median},
            {"Inspired by elsewhere", elsewhere},
            {"Promoted ideas at Piloting or beyond",
             std::to_string(r.reachedPiloting) + " of " + std::to_string(r.promoted.size()) + " promoted so far"},
            {"Waiting for a decision", std::to_string(r.waitingTotal) + " at the end of the period"}};
}

std::string heading(const std::string& title, char rule) { return title + "\n" + std::string(title.size(), rule) + "\n"; }

std::string waitingNote(const IdeasReport& r) {
    if (r.waitingTotal <= static_cast<int>(r.waiting.size())) return "";
    return "The " + std::to_string(r.waiting.size()) + " longest waiting of " + std::to_string(r.waitingTotal) + ".\n";
}

Json optionalNumber(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

std::string renderIdeasText(const IdeasReport& report) {
    std::string out = heading("Ideas funnel", '=');
    Record summary;
    for (const auto& [label, words] : figures(report)) summary.field(label, label, Cell::text(words));
    summary.field("summary", "Summary", Cell::text(report.summaryWords));
    out += renderText(summary, kTextWidth);
    out += "\n" + heading("The funnel", '-') + "\n" + renderText(ideasFunnelTable(report), kTextWidth);
    out += "\n" + heading("Where the ideas promoted so far are now", '-') + "\n";
    out += report.promoted.empty() ? "No idea has been promoted yet.\n" : renderText(ideasPromotedTable(report), kTextWidth);
    out += "\n" + heading("Ideas waiting longest", '-') + "\n";
    out += report.waiting.empty() ? "No idea is waiting for a decision.\n"
                                  : renderText(ideasWaitingTable(report), kTextWidth) + waitingNote(report);
    out += "\nDefinitions are in docs/REPORTS.md (\"Ideas funnel\").\n";
    return out;
}

std::string renderIdeasMarkdown(const IdeasReport& report) {
    std::string out = "# Ideas funnel\n\n";
    for (const auto& [label, words] : figures(report))
        out += "- **" + markdown::escape(label) + ":** " + markdown::escape(words) + "\n";
    out += "\n" + markdown::escape(report.summaryWords) + "\n";
    out += "\n## The funnel\n\n" + markdown::table(ideasFunnelTable(report));
    out += "\n## Where the ideas promoted so far are now\n\n";
    out += report.promoted.empty() ? "No idea has been promoted yet.\n" : markdown::table(ideasPromotedTable(report));
    out += "\n## Ideas waiting longest\n\n";
    out += report.waiting.empty() ? "No idea is waiting for a decision.\n"
                                  : markdown::table(ideasWaitingTable(report)) + (waitingNote(report).empty() ? "" : "\n" + waitingNote(report));
    return out;
}

std::string renderIdeasCsv(const IdeasReport& report) {
    Table table;
    for (const char* key :
         {"row", "key", "label", "value", "idea_id", "innovation_id", "status", "stage", "reached_piloting", "on", "days",
          "score"})
        table.column(key, key);
    const auto figure = [&](const char* key, const char* label, Cell value) {
        table.addRow({Cell::text("figure"), Cell::text(key), Cell::text(label), std::move(value), Cell::null(), Cell::null(),
                      Cell::null(), Cell::null(), Cell::null(), Cell::null(), Cell::null(), Cell::null()});
    };
    const IdeasFunnel& f = report.funnel;
    figure("submitted", "Submitted", Cell::integer(f.submitted));
    figure("assessed", "Assessed", Cell::integer(f.assessed));
    figure("promoted", "Promoted", Cell::integer(f.promoted));
    figure("declined", "Declined", Cell::integer(f.declined));
    figure("parked", "Parked", Cell::integer(f.parked));
    figure("gate", "Gate", Cell::integer(report.gate));
    figure("median_days_to_decision", "Median days from submission to a decision",
           report.medianDaysToDecision ? Cell::decimal(*report.medianDaysToDecision) : Cell::null());
    figure("from_elsewhere", "Inspired by elsewhere", Cell::integer(report.fromElsewhere));
    figure("from_elsewhere_percent", "Inspired by elsewhere (%)",
           report.fromElsewherePercent ? Cell::integer(*report.fromElsewherePercent) : Cell::null());
    figure("reached_piloting", "Promoted ideas at Piloting or beyond", Cell::integer(report.reachedPiloting));
    figure("waiting", "Waiting for a decision", Cell::integer(report.waitingTotal));
    for (const PromotedIdea& p : report.promoted)
        table.addRow({Cell::text("promoted"), Cell::null(), Cell::text(p.title), Cell::null(), Cell::integer(p.ideaId),
                      Cell::integer(p.innovationId), Cell::text("promoted"), Cell::text(std::string(keyOf(p.stageNow))),
                      Cell::boolean(p.reachedPiloting), Cell::date(p.promotedOn), Cell::null(), Cell::null()});
    for (const WaitingIdea& w : report.waiting)
        table.addRow({Cell::text("waiting"), Cell::null(), Cell::text(w.title), Cell::null(), Cell::integer(w.id),
                      Cell::null(), Cell::text(std::string(keyOf(w.status))), Cell::null(), Cell::null(),
                      Cell::date(w.submittedOn), Cell::integer(w.daysWaiting),
                      w.score ? Cell::decimal(*w.score) : Cell::null()});
    return renderCsv(table);
}

std::string renderIdeasJson(const IdeasReport& report) {
    Json out = Json::object();
    out["report"] = "ideas";
    out["from"] = formatDate(report.period.period.from);
    out["to"] = formatDate(report.period.period.to);
    out["period"] = report.period.words;
    out["gate"] = report.gate;
    const IdeasFunnel& f = report.funnel;
    out["funnel"] = {{"submitted", f.submitted}, {"assessed", f.assessed}, {"promoted", f.promoted},
                     {"declined", f.declined}, {"parked", f.parked}};
    out["decisions"] = report.decisions;
    out["median_days_to_decision"] = optionalNumber(report.medianDaysToDecision);
    out["from_elsewhere"] = report.fromElsewhere;
    out["from_elsewhere_percent"] = report.fromElsewherePercent ? Json(*report.fromElsewherePercent) : Json(nullptr);
    out["reached_piloting"] = report.reachedPiloting;
    Json promoted = Json::array();
    for (const PromotedIdea& p : report.promoted)
        promoted.push_back({{"idea_id", p.ideaId}, {"title", p.title}, {"promoted_on", formatDate(p.promotedOn)},
                            {"innovation_id", p.innovationId}, {"stage", std::string(keyOf(p.stageNow))},
                            {"reached_piloting", p.reachedPiloting}});
    out["promoted"] = promoted;
    out["waiting_total"] = report.waitingTotal;
    Json waiting = Json::array();
    for (const WaitingIdea& w : report.waiting)
        waiting.push_back({{"id", w.id}, {"title", w.title}, {"status", std::string(keyOf(w.status))},
                           {"submitted_on", formatDate(w.submittedOn)}, {"days_waiting", w.daysWaiting},
                           {"score", optionalNumber(w.score)}});
    out["waiting"] = waiting;
    out["summary"] = report.summaryWords;
    return out.dump(2) + "\n";
}

std::string renderIdeas(const IdeasReport& report, ReportFormat format) {
    return renderInFormat(report, format, FormatRenderers<IdeasReport>{renderIdeasText, renderIdeasMarkdown, renderIdeasCsv,
                                                                      renderIdeasJson, renderIdeasHtml});
}

}  // namespace innotrack::reports
