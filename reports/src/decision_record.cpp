// The decision record (reg. 12): one decision made, with its reasons, the alternatives rejected,
// conflicts declared and any dispensation, where its notice stood, and the weekly review's
// decision that led to it; in every format (PDF prints the A4 page).
#include "reports/decision_reports.hpp"

#include "decision_pages.hpp"
#include "reports/html.hpp"
#include "reports/markdown.hpp"
#include "reports/render_formats.hpp"
#include "reports/report_period.hpp"
#include "tracker/errors.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace innotrack::reports {
namespace {

std::string title(const DecisionRecordReport& r) {
    return "Decision record: decision " + std::to_string(r.made.decision.id);
}

std::string subtitle(const DecisionRecordReport& r) {
    return r.made.decision.matter + " (" + (r.isKey ? "a key decision" : "not a key decision") + "), made on " +
           dayWords(*r.made.decision.madeOn);
}

std::string renderText(const DecisionRecordReport& r) {
    const std::string heading = title(r);
    return heading + "\n" + std::string(heading.size(), '=') + "\n\n" + decision_pages::paragraph(subtitle(r)) + "\n" +
           decision_pages::textFields(decisionRecordFields(r));
}

std::string renderMarkdown(const DecisionRecordReport& r) {
    return "# " + markdown::escape(title(r)) + "\n\n" + markdown::escape(subtitle(r)) + "\n\n" +
           decision_pages::markdownFields(decisionRecordFields(r));
}

std::string renderCsv(const DecisionRecordReport& r) { return reports::renderCsv(decisionRecordFields(r)); }

std::string renderJson(const DecisionRecordReport& r) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["report"] = "decision";
    out["as_of"] = formatDate(r.asOf);
    out["decision"] = nlohmann::ordered_json::parse(reports::renderJson(decisionRecordFields(r)));
    return out.dump(2) + "\n";
}

std::string renderHtml(const DecisionRecordReport& r) {
    const std::string body = "<section class=\"panel\">\n" + decision_pages::htmlFields(decisionRecordFields(r)) +
                             "</section>\n";
    return html::page({title(r), subtitle(r), body, "", dayWords(r.asOf)});
}

}  // namespace

DecisionRecordReport buildDecisionRecord(const PortfolioStore& store, Id decisionId, Date asOf) {
    const auto found = store.findDecision(decisionId);
    if (!found) throw NotFound("There is no decision with id " + std::to_string(decisionId));
    const Decision& d = *found;
    if (!d.isMade())
        throw ConflictError("Decision " + std::to_string(d.id) + " '" + d.matter +
                            "' has not been made yet, so it has no record: record it with decision record once made");
    DecisionRecordReport r;
    r.asOf = asOf;
    const Pence threshold = store.keyDecisionThreshold();
    const KeyReasons key = keyReasonsOf(d, threshold);
    r.isKey = key.isKey();
    r.made.decision = d;
    const auto innovation = store.findInnovation(d.innovationId);
    r.made.innovation = innovation ? innovation->title : "";
    const auto maker = d.makerId ? store.findPerson(*d.makerId) : std::nullopt;
    r.made.maker = describeMaker(d, maker ? &*maker : nullptr);
    r.made.keyReasons = describe(key, d, threshold);
    r.made.notice = checkNotice(d, threshold, store.nation());
    if (d.reviewId) {
        const auto review = store.findReview(*d.reviewId);
        const auto entries = store.listReviewEntries(*d.reviewId);
        const auto entry = std::find_if(entries.begin(), entries.end(),
                                        [&](const ReviewEntry& e) { return e.innovationId == d.innovationId; });
        r.ledFrom = "the weekly review of " + (review ? dayWords(review->heldOn) : "?") +
                    (entry != entries.end() && !entry->decision.empty() ? ", which decided: " + entry->decision : "");
    }
    return r;
}

Record decisionRecordFields(const DecisionRecordReport& r) {
    const Decision& d = r.made.decision;
    Record record;
    record.hiddenField("decision_id", Cell::integer(d.id))
        .hiddenField("innovation_id", Cell::integer(d.innovationId))
        .field("innovation", "Innovation", Cell::text(r.made.innovation))
        .field("matter", "Matter", Cell::text(d.matter))
        .field("maker", "Decision maker", Cell::text(r.made.maker))
        .field("made_on", "Made on", Cell::date(d.madeOn))
        .field("planned_on", "Planned for", Cell::date(d.plannedOn))
        .field("is_key", "Key decision", Cell::boolean(r.isKey))
        .field("key_reasons", "Why it is a key decision", Cell::text(r.isKey ? r.made.keyReasons : ""))
        .field("notice", "Notice", Cell::text(standingKey(r.made.notice.standing), describe(r.made.notice, d)))
        .field("decision", "Decision", Cell::text(d.decision))
        .field("reasons", "Reasons", Cell::text(d.reasons))
        .field("alternatives_rejected", "Alternatives considered and rejected", Cell::text(d.alternativesRejected))
        .field("conflicts_declared", "Conflicts of interest declared", Cell::text(d.conflictsDeclared))
        .field("dispensation", "Dispensation", Cell::text(d.dispensation))
        .hiddenField("review_id", d.reviewId ? Cell::integer(*d.reviewId) : Cell::null())
        .field("led_from", "Led from", Cell::text(r.ledFrom));
    return record;
}

std::string renderDecisionRecord(const DecisionRecordReport& report, ReportFormat format) {
    return renderInFormat(report, format,
                          FormatRenderers<DecisionRecordReport>{renderText, renderMarkdown, renderCsv, renderJson,
                                                                renderHtml});
}

}  // namespace innotrack::reports
