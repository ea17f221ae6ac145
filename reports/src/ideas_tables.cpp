// The ideas funnel's tables, shared by the text, Markdown, HTML and CSV renderers.
#include "reports/ideas_report.hpp"

namespace innotrack::reports {

Table ideasFunnelTable(const IdeasReport& report) {
    Table table;
    table.hiddenColumn("step").column("label", "Step").column("ideas", "Ideas", Align::Right);
    const IdeasFunnel& f = report.funnel;
    for (const auto& [key, label, count] :
         {std::tuple{"submitted", "Submitted", f.submitted}, std::tuple{"assessed", "Assessed (first scored)", f.assessed},
          std::tuple{"promoted", "Promoted", f.promoted}, std::tuple{"declined", "Declined", f.declined},
          std::tuple{"parked", "Parked", f.parked}})
        table.addRow({Cell::text(key), Cell::text(label), Cell::integer(count)});
    return table;
}

Table ideasPromotedTable(const IdeasReport& report) {
    Table table;
    table.column("idea_id", "ID", Align::Right)
        .column("title", "Idea")
        .column("promoted_on", "Promoted")
        .column("innovation_id", "Innovation", Align::Right)
        .column("stage", "Stage now")
        .column("reached_piloting", "Reached Piloting");
    for (const PromotedIdea& p : report.promoted)
        table.addRow({Cell::integer(p.ideaId), Cell::text(p.title), Cell::date(p.promotedOn), Cell::integer(p.innovationId),
                      Cell::text(std::string(keyOf(p.stageNow)), std::string(labelOf(p.stageNow))),
                      Cell::boolean(p.reachedPiloting, p.reachedPiloting ? "yes" : "no")});
    return table;
}

Table ideasWaitingTable(const IdeasReport& report) {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("title", "Idea")
        .column("status", "Status")
        .column("submitted_on", "Submitted")
        .column("days_waiting", "Days waiting", Align::Right)
        .column("score", "Score", Align::Right);
    for (const WaitingIdea& w : report.waiting)
        table.addRow({Cell::integer(w.id), Cell::text(w.title),
                      Cell::text(std::string(keyOf(w.status)), std::string(labelOf(w.status))), Cell::date(w.submittedOn),
                      Cell::integer(w.daysWaiting),
                      w.score ? Cell::decimal(*w.score, formatIdeaScore(w.score)) : Cell::null()});
    return table;
}

}  // namespace innotrack::reports
