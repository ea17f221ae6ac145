// Decisions as a list and a record: the notice's contents, whether it is a key decision and why,
// where its notice stands against the 28 clear days, and the decision record once made.
#include "views.hpp"

#include "record_cells.hpp"

#include "tracker/decision.hpp"

namespace innotrack::cli::views {

using reports::Align;
using reports::Cell;
using reports::Record;
using reports::Table;

namespace {

// What the rules read, once per command.
struct DecisionRules {
    Pence threshold;
    Nation nation;
    explicit DecisionRules(Context& context)
        : threshold(context.portfolio().store().keyDecisionThreshold()), nation(context.portfolio().store().nation()) {}
};

Cell makerCell(Context& context, const Decision& d) {
    if (!d.makerId) return Cell::text(describeMaker(d, nullptr));
    const auto maker = context.portfolio().store().findPerson(*d.makerId);
    return Cell::text(describeMaker(d, maker ? &*maker : nullptr));
}

Cell standingCell(const NoticeCheck& check, const Decision& d) {
    return Cell::text(standingKey(check.standing), describe(check, d));
}

Cell clearDaysCell(const NoticeCheck& check) { return check.clearDays ? Cell::integer(*check.clearDays) : Cell::null(); }

}  // namespace

Table decisions(Context& context, const std::vector<Decision>& decisions) {
    const DecisionRules rules(context);
    Table table;
    // The text table keeps what tells decisions apart; CSV and JSON carry every field.
    table.column("id", "ID", Align::Right)
        .column("innovation_id", "Inn", Align::Right)
        .column("planned_on", "To be made")
        .column("matter", "Matter")
        .hiddenColumn("maker_id")
        .hiddenColumn("maker_body")
        .hiddenColumn("maker_members")
        .hiddenColumn("maker")
        .column("is_key", "Key")
        .hiddenColumn("amount_pence")
        .hiddenColumn("affects_two_or_more_wards")
        .hiddenColumn("notice_on")
        .column("clear_days", "Clear days", Align::Right)
        .column("notice", "Notice")
        .hiddenColumn("documents")
        .hiddenColumn("documents_from")
        .hiddenColumn("route")
        .hiddenColumn("scrutiny_chair")
        .hiddenColumn("chair_on")
        .hiddenColumn("urgency_reason")
        .hiddenColumn("review_id")
        .column("made_on", "Made")
        .hiddenColumn("decision")
        .hiddenColumn("reasons")
        .hiddenColumn("alternatives_rejected")
        .hiddenColumn("conflicts_declared")
        .hiddenColumn("dispensation");
    for (const auto& d : decisions) {
        const NoticeCheck check = checkNotice(d, rules.threshold, rules.nation);
        table.addRow(RecordCells(d, table.columns())
                         .set("maker", makerCell(context, d))
                         .set("is_key", Cell::boolean(keyReasonsOf(d, rules.threshold).isKey()))
                         .set("clear_days", clearDaysCell(check))
                         .set("notice", Cell::text(standingKey(check.standing)))
                         .row(table));
    }
    return table;
}

Record decision(Context& context, const Decision& d) {
    const DecisionRules rules(context);
    const NoticeCheck check = checkNotice(d, rules.threshold, rules.nation);
    const KeyReasons key = keyReasonsOf(d, rules.threshold);
    const RecordCells cells(d);
    Record record;
    record.field("id", "ID", Cell::integer(d.id))
        .field("innovation_id", "Innovation", Cell::integer(d.innovationId))
        .field("matter", "Matter", Cell::text(d.matter))
        .hiddenField("maker_id", idCell(d.makerId))
        .hiddenField("maker_body", Cell::text(d.makerBody))
        .hiddenField("maker_members", Cell::text(d.makerMembers))
        .field("maker", "Decision maker", makerCell(context, d))
        .field("planned_on", "To be made on", Cell::date(d.plannedOn))
        .field("is_key", "Key decision", Cell::boolean(key.isKey()))
        .field("key_reasons", "Why key", Cell::text(describe(key, d, rules.threshold)))
        .field("amount_pence", "Spending or savings", cells["amount_pence"])
        .field("affects_two_or_more_wards", "Two or more wards", Cell::boolean(d.affectsTwoOrMoreWards))
        .field("notice_on", "Notice published", cells["notice_on"])
        .field("clear_days", "Clear days", clearDaysCell(check))
        .field("notice", "Notice stands", standingCell(check, d))
        .field("documents", "Documents", Cell::text(d.documents))
        .field("documents_from", "Copies from", Cell::text(d.documentsFrom))
        .field("route", "Short notice", scaleCell(d.route))
        .field("scrutiny_chair", "Scrutiny chair", Cell::text(d.scrutinyChair))
        .field("chair_on", "Chair told or agreed on", cells["chair_on"])
        .field("urgency_reason", "Why it cannot wait", Cell::text(d.urgencyReason))
        .field("review_id", "Led from weekly review", idCell(d.reviewId))
        .field("made_on", "Made on", cells["made_on"])
        .field("decision", "Decision", Cell::text(d.decision))
        .field("reasons", "Reasons", Cell::text(d.reasons))
        .field("alternatives_rejected", "Alternatives rejected", Cell::text(d.alternativesRejected))
        .field("conflicts_declared", "Conflicts of interest", Cell::text(d.conflictsDeclared))
        .field("dispensation", "Dispensation", Cell::text(d.dispensation));
    return record;
}

}  // namespace innotrack::cli::views
