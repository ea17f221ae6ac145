// Risks, setbacks and lessons as lists and records.
#include "views.hpp"

#include "record_cells.hpp"

namespace innotrack::cli::views {

using reports::Align;
using reports::Cell;
using reports::Record;
using reports::Table;

namespace {

Cell optionalInt(const std::optional<int>& value) { return value ? Cell::integer(*value) : Cell::null(); }

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

}  // namespace

Table riskColumns() {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("innovation_id", "Inn", Align::Right)
        .column("title", "Title")
        .hiddenColumn("cause")
        .hiddenColumn("event")
        .hiddenColumn("effect")
        .hiddenColumn("inherent_likelihood")
        .hiddenColumn("inherent_impact")
        .hiddenColumn("inherent_score")
        .hiddenColumn("residual_likelihood")
        .hiddenColumn("residual_impact")
        .column("likelihood", "L", Align::Right)
        .column("impact", "I", Align::Right)
        .column("score", "Score", Align::Right)
        .column("band", "Band")
        .hiddenColumn("owner_id")
        .column("owner", "Owner")
        .hiddenColumn("response")
        .hiddenColumn("mitigation")
        .hiddenColumn("proximity")
        .column("status", "Status")
        .hiddenColumn("raised_on")
        .hiddenColumn("closed_on")
        .hiddenColumn("setback_id");
    return table;
}

std::vector<Cell> riskRow(Context& context, const std::vector<reports::Column>& columns, const Risk& r,
                          const RiskBands& bands) {
    return RecordCells(r, columns)
        .set("inherent_score", Cell::integer(r.inherentScore()))
        .set("likelihood", Cell::integer(r.likelihood()))
        .set("impact", Cell::integer(r.impact()))
        .set("score", Cell::integer(r.score()))
        .set("band", scaleCell(bands.bandOf(r.score())))
        .set("owner", Cell::text(context.nameOf(r.ownerId)))
        .row(columns);
}

Table risks(Context& context, const std::vector<Risk>& risks, const RiskBands& bands) {
    Table table = riskColumns();
    for (const auto& r : risks) table.addRow(riskRow(context, table.columns(), r, bands));
    return table;
}

Record risk(Context& context, const Risk& r, const RiskBands& bands) {
    Record record;
    record.field("id", "ID", Cell::integer(r.id))
        .field("innovation_id", "Innovation", Cell::integer(r.innovationId))
        .field("title", "Title", Cell::text(r.title))
        .field("cause", "Cause", Cell::text(r.cause))
        .field("event", "Event", Cell::text(r.event))
        .field("effect", "Effect", Cell::text(r.effect))
        .field("inherent_likelihood", "Likelihood (before)", Cell::integer(r.inherentLikelihood))
        .field("inherent_impact", "Impact (before)", Cell::integer(r.inherentImpact))
        .field("inherent_score", "Score (before)", Cell::integer(r.inherentScore()))
        .field("residual_likelihood", "Likelihood (after)", optionalInt(r.residualLikelihood))
        .field("residual_impact", "Impact (after)", optionalInt(r.residualImpact))
        .hiddenField("likelihood", Cell::integer(r.likelihood()))
        .hiddenField("impact", Cell::integer(r.impact()))
        .field("score", "Score", Cell::integer(r.score()))
        .field("band", "Band", scaleCell(bands.bandOf(r.score())))
        .hiddenField("owner_id", Cell::integer(r.ownerId))
        .field("owner", "Owner", Cell::text(context.nameOf(r.ownerId)))
        .field("response", "Response", scaleCell(r.response))
        .field("mitigation", "Mitigation", Cell::text(r.mitigation))
        .field("proximity", "Proximity", scaleCell(r.proximity))
        .field("status", "Status", scaleCell(r.status))
        .field("raised_on", "Raised on", Cell::date(r.raisedOn))
        .field("closed_on", "Closed on", Cell::date(r.closedOn))
        .field("setback_id", "Became setback", idCell(r.setbackId));
    return record;
}

Table setbackColumns() {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("innovation_id", "Inn", Align::Right)
        .column("occurred_on", "Date")
        .column("kind", "Kind")
        .column("what_happened", "What happened")
        .column("risk_id", "Risk", Align::Right)
        .hiddenColumn("response")
        .hiddenColumn("new_territory")
        .hiddenColumn("credible_opportunity")
        .hiddenColumn("informed")
        .hiddenColumn("small")
        .hiddenColumn("learned")
        .hiddenColumn("logged_by_id")
        .hiddenColumn("logged_by");
    return table;
}

std::vector<Cell> setbackRow(Context& context, const std::vector<reports::Column>& columns, const Setback& s) {
    return RecordCells(s, columns).set("logged_by", Cell::text(context.nameOf(s.loggedById))).row(columns);
}

Table setbacks(Context& context, const std::vector<Setback>& setbacks) {
    Table table = setbackColumns();
    for (const auto& s : setbacks) table.addRow(setbackRow(context, table.columns(), s));
    return table;
}

Record setback(Context& context, const Setback& s) {
    Record record;
    record.field("id", "ID", Cell::integer(s.id))
        .field("innovation_id", "Innovation", Cell::integer(s.innovationId))
        .field("occurred_on", "Date", Cell::date(s.occurredOn))
        .field("what_happened", "What happened", Cell::text(s.whatHappened))
        .field("kind", "Kind", scaleCell(s.kind))
        .field("risk_id", "Risk", idCell(s.riskId))
        .field("response", "Response", Cell::text(s.response))
        .field("new_territory", "New territory", Cell::boolean(s.test.newTerritory))
        .field("credible_opportunity", "Credible opportunity", Cell::boolean(s.test.credibleOpportunity))
        .field("informed", "Informed by knowledge", Cell::boolean(s.test.informedByKnowledge))
        .field("small", "As small as possible", Cell::boolean(s.test.smallAsPossible))
        .field("learned", "Learned from", Cell::boolean(s.test.learnedFrom))
        .hiddenField("logged_by_id", Cell::integer(s.loggedById))
        .field("logged_by", "Logged by", Cell::text(context.nameOf(s.loggedById)));
    return record;
}

Table lessonColumns() {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("innovation_id", "Inn", Align::Right)
        .hiddenColumn("setback_id")
        .column("source", "Source")
        .column("what_happened", "What happened")
        .hiddenColumn("effect")
        .hiddenColumn("cause")
        .hiddenColumn("early_warnings")
        .column("recommendation", "Recommendation")
        .hiddenColumn("identified_as_risk")
        .column("tags", "Tags")
        .hiddenColumn("recorded_by_id")
        .hiddenColumn("recorded_by")
        .hiddenColumn("recorded_on");
    return table;
}

std::vector<Cell> lessonRow(Context& context, const std::vector<reports::Column>& columns, const Lesson& l) {
    return RecordCells(l, columns).set("recorded_by", Cell::text(context.nameOf(l.recordedById))).row(columns);
}

Table lessons(Context& context, const std::vector<Lesson>& lessons) {
    Table table = lessonColumns();
    for (const auto& l : lessons) table.addRow(lessonRow(context, table.columns(), l));
    return table;
}

Record lesson(Context& context, const Lesson& l) {
    Record record;
    record.field("id", "ID", Cell::integer(l.id))
        .field("innovation_id", "Innovation", Cell::integer(l.innovationId))
        .field("setback_id", "Setback", idCell(l.setbackId))
        .field("source", "Source", scaleCell(l.source))
        .field("what_happened", "What happened", Cell::text(l.whatHappened))
        .field("effect", "Effect", Cell::text(l.effect))
        .field("cause", "Cause or trigger", Cell::text(l.cause))
        .field("early_warnings", "Early warnings", Cell::text(l.earlyWarnings))
        .field("recommendation", "Recommendation", Cell::text(l.recommendation))
        .field("identified_as_risk", "Identified as a risk", Cell::boolean(l.identifiedAsRisk))
        .field("tags", "Tags", Cell::text(joined(l.tags)))
        .hiddenField("recorded_by_id", Cell::integer(l.recordedById))
        .field("recorded_by", "Recorded by", Cell::text(context.nameOf(l.recordedById)))
        .field("recorded_on", "Recorded on", Cell::date(l.recordedOn));
    return record;
}

}  // namespace innotrack::cli::views
