// Weekly reviews and their entries as lists and records.
#include "views.hpp"

#include "record_cells.hpp"

namespace innotrack::cli::views {

using reports::Align;
using reports::Cell;
using reports::Record;
using reports::Table;

namespace {

Cell statusCell(Context& context, const Review& r) {
    if (r.isOpen()) return Cell::text("open", "Open");
    if (wasAbandoned(r, context.portfolio().store().listReviewEntries(r.id).size()))
        return Cell::text("abandoned", "Abandoned");
    return Cell::text("closed", "Closed");
}

}  // namespace

Table reviews(Context& context, const std::vector<Review>& reviews) {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("held_on", "Held on")
        .hiddenColumn("chair_id")
        .column("chair", "Chair")
        .column("status", "Status")
        .column("closed_on", "Closed on");
    for (const auto& r : reviews)
        table.addRow(RecordCells(r, table.columns())
                         .set("chair", Cell::text(context.nameOf(r.chairId)))
                         .set("status", statusCell(context, r))
                         .row(table));
    return table;
}

Record review(Context& context, const Review& r) {
    Record record;
    record.field("id", "ID", Cell::integer(r.id))
        .field("held_on", "Held on", Cell::date(r.heldOn))
        .hiddenField("chair_id", Cell::integer(r.chairId))
        .field("chair", "Chair", Cell::text(context.nameOf(r.chairId)))
        .field("status", "Status", statusCell(context, r))
        .field("closed_on", "Closed on", Cell::date(r.closedOn));
    return record;
}

Table reviewEntries(Context& context, const std::vector<ReviewEntry>& entries) {
    Table table;
    table.column("innovation_id", "Inn", Align::Right)
        .column("innovation", "Innovation")
        .column("confidence", "Confidence")
        .column("comment", "Comment")
        .column("decision", "Decision");
    for (const auto& e : entries) {
        const auto innovation = context.portfolio().store().findInnovation(e.innovationId);
        table.addRow(RecordCells(e, table.columns()).set("innovation", Cell::text(innovation ? innovation->title : "")).row(table));
    }
    return table;
}

}  // namespace innotrack::cli::views
