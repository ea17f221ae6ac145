// Innovations, milestones (with their moves) and benefits as lists and records.
#include "views.hpp"

#include "record_cells.hpp"

namespace innotrack::cli::views {

using reports::Align;
using reports::Cell;
using reports::Record;
using reports::Table;

namespace {

// Done, overdue or open: what a cabinet member asks first about a milestone.
std::string statusOf(const Milestone& m, Date today) {
    if (m.isDone()) return m.onTime() ? "done" : "done-late";
    return m.isOverdue(today) ? "overdue" : "open";
}

std::string statusLabel(const std::string& status) {
    if (status == "done") return "Done";
    if (status == "done-late") return "Done (late)";
    if (status == "overdue") return "Overdue";
    return "Open";
}

}  // namespace

Table innovationColumns() {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("title", "Title")
        .hiddenColumn("summary")
        .hiddenColumn("ambition_id")
        .column("stage", "Stage")
        .hiddenColumn("stop_reason")
        .column("priority", "Pri", Align::Right)
        .column("confidence", "Confidence")
        .hiddenColumn("cabinet_lead_id")
        .column("cabinet_lead", "Cabinet")
        .hiddenColumn("lead_officer_id")
        .column("lead_officer", "Officer")
        .hiddenColumn("start_date")
        .hiddenColumn("target_date")
        .hiddenColumn("budget_pence")
        .hiddenColumn("staff_days")
        .hiddenColumn("inspired_by")
        .hiddenColumn("is_public")
        .hiddenColumn("public_description")
        .hiddenColumn("expected_benefits")
        .hiddenColumn("wellbeing_goals")
        .hiddenColumn("ways_of_working");
    return table;
}

std::vector<Cell> innovationRow(Context& context, const std::vector<reports::Column>& columns, const Innovation& i) {
    return RecordCells(i, columns)
        .set("cabinet_lead", personCell(context, i.cabinetLeadId))
        .set("lead_officer", personCell(context, i.leadOfficerId))
        .row(columns);
}

Table innovations(Context& context, const std::vector<Innovation>& innovations) {
    Table table = innovationColumns();
    for (const auto& i : innovations) table.addRow(innovationRow(context, table.columns(), i));
    return table;
}

Record innovation(Context& context, const Innovation& i) {
    Record record;
    record.field("id", "ID", Cell::integer(i.id))
        .field("title", "Title", Cell::text(i.title))
        .field("summary", "Summary", Cell::text(i.summary));
    if (i.ambitionId) {
        const auto ambition = context.portfolio().store().findAmbition(*i.ambitionId);
        record.field("ambition_id", "Ambition",
                     Cell::integer(*i.ambitionId, ambition ? ambition->title + " (#" + std::to_string(ambition->id) + ")"
                                                           : "#" + std::to_string(*i.ambitionId)));
    } else {
        record.field("ambition_id", "Ambition", Cell::null());
    }
    record.field("stage", "Stage", scaleCell(i.stage));
    // The key is always there for scripts; people see it only for a stopped innovation.
    if (i.stage == Stage::Stopped)
        record.field("stop_reason", "Stopped because", Cell::text(i.stopReason));
    else
        record.hiddenField("stop_reason", Cell::text(i.stopReason));
    record.field("priority", "Priority", Cell::integer(i.priority))
        .field("confidence", "Confidence", scaleCell(i.confidence))
        .hiddenField("cabinet_lead_id", idCell(i.cabinetLeadId))
        .field("cabinet_lead", "Cabinet lead", personCell(context, i.cabinetLeadId))
        .hiddenField("lead_officer_id", idCell(i.leadOfficerId))
        .field("lead_officer", "Lead officer", personCell(context, i.leadOfficerId))
        .field("start_date", "Start", Cell::date(i.startDate))
        .field("target_date", "Target", Cell::date(i.targetDate))
        .field("budget_pence", "Budget", moneyCell(i.budgetPence))
        .field("staff_days", "Staff days", Cell::integer(i.staffDays))
        .field("inspired_by", "Inspired by", Cell::text(i.inspiredBy))
        .field("expected_benefits", "Expected benefits", Cell::text(i.expectedBenefits))
        .field("is_public", "In the public summary", Cell::boolean(i.isPublic))
        .field("public_description", "Public description", Cell::text(i.publicDescription));
    addWellbeingFields(record, i);
    return record;
}

Table milestoneColumns() {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("innovation_id", "Inn", Align::Right)
        .column("title", "Title")
        .column("due", "Due")
        .column("baseline_due", "Baseline")
        .column("completed_on", "Done on")
        .column("status", "Status");
    return table;
}

std::vector<Cell> milestoneRow(const std::vector<reports::Column>& columns, const Milestone& m, Date today) {
    const std::string status = statusOf(m, today);
    return RecordCells(m, columns).set("status", Cell::text(status, statusLabel(status))).row(columns);
}

Table milestones(const std::vector<Milestone>& milestones, Date today) {
    Table table = milestoneColumns();
    for (const auto& m : milestones) table.addRow(milestoneRow(table.columns(), m, today));
    return table;
}

Record milestone(const Milestone& m, Date today) {
    const std::string status = statusOf(m, today);
    Record record;
    record.field("id", "ID", Cell::integer(m.id))
        .field("innovation_id", "Innovation", Cell::integer(m.innovationId))
        .field("title", "Title", Cell::text(m.title))
        .field("due", "Due", Cell::date(m.due))
        .field("baseline_due", "Baseline due", Cell::date(m.baselineDue))
        .field("completed_on", "Completed on", Cell::date(m.completedOn))
        .field("status", "Status", Cell::text(status, statusLabel(status)));
    return record;
}

Table milestoneMoves(Context& context, const std::vector<MilestoneMove>& moves) {
    Table table;
    table.column("moved_on", "Moved on")
        .column("from", "From")
        .column("to", "To")
        .hiddenColumn("by_id")
        .column("by", "By")
        .column("reason", "Reason");
    for (const auto& m : moves)
        table.addRow({Cell::date(m.movedOn), Cell::date(m.from), Cell::date(m.to), Cell::integer(m.actorId),
                      personCell(context, m.actorId), Cell::text(m.reason)});
    return table;
}

Table benefitColumns() {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("innovation_id", "Inn", Align::Right)
        .column("measure", "Measure")
        .column("unit", "Unit")
        .column("baseline", "Baseline", Align::Right)
        .column("target", "Target", Align::Right)
        .column("actual", "Actual", Align::Right)
        .column("realised_on", "Realised");
    return table;
}

std::vector<Cell> benefitRow(const std::vector<reports::Column>& columns, const Benefit& b) {
    return RecordCells(b, columns).row(columns);
}

Table benefits(const std::vector<Benefit>& benefits) {
    Table table = benefitColumns();
    for (const auto& b : benefits) table.addRow(benefitRow(table.columns(), b));
    return table;
}

Record benefit(const Benefit& b) {
    Record record;
    record.field("id", "ID", Cell::integer(b.id))
        .field("innovation_id", "Innovation", Cell::integer(b.innovationId))
        .field("measure", "Measure", Cell::text(b.measure))
        .field("unit", "Unit", Cell::text(b.unit))
        .field("baseline", "Baseline", numberCell(b.baseline))
        .field("target", "Target", numberCell(b.target))
        .field("actual", "Actual", numberCell(b.actual))
        .field("realised_on", "Realised on", Cell::date(b.realisedOn));
    return record;
}

}  // namespace innotrack::cli::views
