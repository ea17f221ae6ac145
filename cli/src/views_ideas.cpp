// Ideas as a list and a record, with their assessors' scores and the gate they are held to.
#include "views.hpp"

#include "record_cells.hpp"

#include "tracker/idea.hpp"

#include <map>

namespace innotrack::cli::views {

using reports::Align;
using reports::Cell;
using reports::Record;
using reports::Table;

namespace {

Cell scoreCell(const std::optional<double>& score) {
    return score ? Cell::decimal(*score, formatIdeaScore(score)) : Cell::null();
}

}  // namespace

Table ideas(Context& context, const std::vector<Idea>& ideas, const std::vector<IdeaScore>& scores) {
    const int gate = context.portfolio().store().ideaGate();
    std::map<Id, std::vector<IdeaScore>> byIdea;
    for (const IdeaScore& score : scores) byIdea[score.ideaId].push_back(score);
    Table table;
    table.column("id", "ID", Align::Right)
        .column("title", "Title")
        .hiddenColumn("problem")
        .hiddenColumn("proposal")
        .column("source", "Source")
        .hiddenColumn("reference")
        .hiddenColumn("ambition_id")
        .hiddenColumn("submitted_by_id")
        .hiddenColumn("submitted_by")
        .column("submitted_on", "Submitted")
        .column("status", "Status")
        .column("score", "Score", Align::Right)
        .column("assessors", "Assessors", Align::Right)
        .hiddenColumn("assessed_from")
        .hiddenColumn("parked_on")
        .hiddenColumn("look_again_on")
        .hiddenColumn("decided_on")
        .hiddenColumn("decided_by_id")
        .hiddenColumn("decided_by")
        .hiddenColumn("decision_reason")
        .hiddenColumn("innovation_id")
        .hiddenColumn("gate");
    for (const Idea& idea : ideas) {
        const auto& its = byIdea[idea.id];
        table.addRow(RecordCells(idea, table.columns())
                         .set("submitted_by", Cell::text(context.nameOf(idea.submittedById)))
                         .set("score", scoreCell(ideaScore(its)))
                         .set("assessors", Cell::integer(static_cast<std::int64_t>(its.size())))
                         .set("decided_by", personCell(context, idea.decidedById))
                         .set("gate", Cell::integer(gate))
                         .row(table));
    }
    return table;
}

Table ideaScores(Context& context, const std::vector<IdeaScore>& scores) {
    Table table;
    table.hiddenColumn("assessor_id")
        .column("assessor", "Assessor")
        .column("strategic_fit", "Fit", Align::Right)
        .column("resident_benefit", "Benefit", Align::Right)
        .column("feasibility", "Feasible", Align::Right)
        .column("cost_to_try", "Cost", Align::Right)
        .column("evidence", "Evidence", Align::Right)
        .column("total", "Total", Align::Right)
        .column("scored_on", "Scored");
    for (const IdeaScore& score : scores)
        table.addRow(RecordCells(score, table.columns())
                         .set("assessor", Cell::text(context.nameOf(score.assessorId)))
                         .set("total", Cell::integer(score.total()))
                         .row(table));
    return table;
}

Record idea(Context& context, const Idea& idea, const std::vector<IdeaScore>& scores, int gate) {
    const auto score = ideaScore(scores);
    Record record;
    record.field("id", "ID", Cell::integer(idea.id))
        .field("title", "Title", Cell::text(idea.title))
        .field("problem", "Problem", Cell::text(idea.problem))
        .field("proposal", "Proposal", Cell::text(idea.proposal))
        .field("source", "Source", scaleCell(idea.source))
        .field("reference", "Reference", Cell::text(idea.reference))
        .field("ambition_id", "Ambition", idCell(idea.ambitionId))
        .hiddenField("submitted_by_id", Cell::integer(idea.submittedById))
        .field("submitted_by", "Submitted by", Cell::text(context.nameOf(idea.submittedById)))
        .field("submitted_on", "Submitted on", Cell::date(idea.submittedOn))
        .field("status", "Status", scaleCell(idea.status))
        .field("score", "Score", scoreCell(score))
        .field("assessors", "Assessors", Cell::integer(static_cast<std::int64_t>(scores.size())))
        .field("gate", "Gate", Cell::integer(gate))
        .field("assessed_from", "Under assessment from", Cell::date(idea.assessedFrom))
        .field("parked_on", "Parked on", Cell::date(idea.parkedOn))
        .field("look_again_on", "Look again on", Cell::date(idea.lookAgainOn))
        .field("decided_on", "Decided on", Cell::date(idea.decidedOn))
        .hiddenField("decided_by_id", idCell(idea.decidedById))
        .field("decided_by", "Decided by", personCell(context, idea.decidedById))
        .field("decision_reason", "Reason", Cell::text(idea.decisionReason))
        .field("innovation_id", "Innovation", idCell(idea.innovationId))
        .section("scores", "Scores", ideaScores(context, scores));
    return record;
}

}  // namespace innotrack::cli::views
