// Engagements as a list and a record.
#include "views.hpp"

#include "record_cells.hpp"

namespace innotrack::cli::views {

using reports::Align;
using reports::Cell;
using reports::Record;
using reports::Table;

Table engagementColumns() {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("innovation_id", "Inn", Align::Right)
        .column("held_on", "Date")
        .column("audience", "Audience")
        .column("form", "Form")
        .hiddenColumn("led_by_id")
        .column("led_by", "Led by")
        .column("participants", "People", Align::Right)
        .column("stance", "Stance")
        .hiddenColumn("concerns")
        .hiddenColumn("response");
    return table;
}

std::vector<Cell> engagementRow(Context& context, const std::vector<reports::Column>& columns, const Engagement& e) {
    return RecordCells(e, columns).set("led_by", personCell(context, e.ledById)).row(columns);
}

Table engagements(Context& context, const std::vector<Engagement>& engagements) {
    Table table = engagementColumns();
    for (const auto& e : engagements) table.addRow(engagementRow(context, table.columns(), e));
    return table;
}

Record engagement(Context& context, const Engagement& e) {
    Record record;
    record.field("id", "ID", Cell::integer(e.id))
        .field("innovation_id", "Innovation", Cell::integer(e.innovationId))
        .field("held_on", "Date", Cell::date(e.heldOn))
        .field("audience", "Audience", scaleCell(e.audience))
        .field("form", "Form", scaleCell(e.form))
        .hiddenField("led_by_id", Cell::integer(e.ledById))
        .field("led_by", "Led by", personCell(context, e.ledById))
        .field("participants", "How many took part", e.participants ? Cell::integer(*e.participants) : Cell::null())
        .field("stance", "Stance heard", scaleCell(e.stance))
        .field("concerns", "Concerns raised", Cell::text(e.concerns))
        .field("response", "Response", Cell::text(e.response));
    return record;
}

}  // namespace innotrack::cli::views
