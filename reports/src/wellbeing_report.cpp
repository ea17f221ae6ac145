// The well-being report (reports/wellbeing_report.hpp): what it holds, its table and its formats.
#include "reports/wellbeing_report.hpp"

#include "decision_pages.hpp"
#include "reports/html.hpp"
#include "reports/markdown.hpp"
#include "reports/render_formats.hpp"
#include "reports/report_period.hpp"
#include "tracker/wellbeing.hpp"

#include <nlohmann/json.hpp>

namespace innotrack::reports {
namespace {

using Json = nlohmann::ordered_json;

template <typename E>
std::vector<WellbeingLine> linesOf(const std::vector<Ambition>& ambitions, const std::vector<Innovation>& innovations,
                                   const auto& setOf) {
    std::vector<WellbeingLine> lines;
    for (const auto& entry : Scale<E>::entries) {
        WellbeingLine line{std::string(entry.key), std::string(entry.label), {}, {}};
        for (const Ambition& a : ambitions)
            if (setOf(a).contains(entry.value)) line.ambitions.push_back(a.title);
        for (const Innovation& i : innovations)
            if (isActive(i.stage) && setOf(i).contains(entry.value)) line.innovations.push_back(i.title);
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string joined(const std::vector<std::string>& items, const char* none = "") {
    if (items.empty()) return none;
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
    return out;
}

std::string title(const WellbeingReport& report) { return "Well-being goals, " + dayWords(report.asOf); }

std::string introduction(const WellbeingReport& report) {
    if (report.nation == Nation::England) return kWellbeingIsWales;
    return "Each of the seven well-being goals with the ambitions and active innovations that serve it, the goals "
           "nothing serves, and the five ways of working with what shows them.";
}

// Goals or ways as a table for people: no keys, "none" where nothing is tagged.
Table peopleTable(const std::vector<WellbeingLine>& lines, const char* what) {
    Table table;
    table.wrappingColumn("name", what).wrappingColumn("ambitions", "Ambitions").wrappingColumn("innovations",
                                                                                      "Active innovations");
    for (const WellbeingLine& line : lines)
        table.addRow({Cell::text(line.label), Cell::text(joined(line.ambitions, "none")),
                      Cell::text(joined(line.innovations, "none"))});
    return table;
}

std::string unservedLine(const WellbeingReport& report) {
    const auto unserved = report.unservedGoals();
    return unserved.empty() ? "Every goal is served." : "Goals nothing serves: " + joined(unserved) + ".";
}

std::string evidencedLine(const WellbeingReport& report) {
    const auto shown = report.evidencedWays();
    return "Ways of working evidenced: " + std::to_string(shown.size()) + " of " + std::to_string(report.ways.size()) +
           (shown.empty() ? "." : " (" + joined(shown) + ").");
}

std::string renderText(const WellbeingReport& report) {
    std::string out = title(report) + "\n" + std::string(title(report).size(), '=') + "\n\n" +
                      decision_pages::paragraph(introduction(report));
    if (report.nation == Nation::England) return out;
    out += "\nGoals\n" + reports::renderText(peopleTable(report.goals, "Goal")) +
           decision_pages::paragraph(unservedLine(report));
    out += "\nWays of working\n" + reports::renderText(peopleTable(report.ways, "Way of working")) +
           decision_pages::paragraph(evidencedLine(report));
    return out;
}

std::string renderMarkdown(const WellbeingReport& report) {
    using markdown::escape;
    std::string out = "# " + escape(title(report)) + "\n\n" + escape(introduction(report)) + "\n";
    if (report.nation == Nation::England) return out;
    out += "\n## Goals\n\n" + markdown::table(peopleTable(report.goals, "Goal")) + "\n" + escape(unservedLine(report)) + "\n";
    out += "\n## Ways of working\n\n" + markdown::table(peopleTable(report.ways, "Way of working")) + "\n" +
           escape(evidencedLine(report)) + "\n";
    return out;
}

std::string renderCsv(const WellbeingReport& report) { return reports::renderCsv(wellbeingTable(report)); }

std::string renderJson(const WellbeingReport& report) {
    Json out = Json::object();
    out["report"] = "wellbeing";
    out["as_of"] = formatDate(report.asOf);
    out["nation"] = std::string(keyOf(report.nation));
    out["statement"] = report.nation == Nation::England ? Json(kWellbeingIsWales) : Json(nullptr);
    out["lines"] = Json::parse(reports::renderJson(wellbeingTable(report)));
    out["unserved_goals"] = Json::array();
    for (const WellbeingLine& line : report.goals)
        if (!line.served()) out["unserved_goals"].push_back(line.key);
    return out.dump(2) + "\n";
}

std::string renderHtml(const WellbeingReport& report) {
    std::string body = "<p>" + html::escape(introduction(report)) + "</p>\n";
    if (report.nation == Nation::Wales) {
        body += "<h2>Goals</h2>\n" + html::dataTable(peopleTable(report.goals, "Goal"));
        body += "<p>" + html::escape(unservedLine(report)) + "</p>\n";
        body += "<h2>Ways of working</h2>\n" + html::dataTable(peopleTable(report.ways, "Way of working"));
        body += "<p>" + html::escape(evidencedLine(report)) + "</p>\n";
    }
    return html::page({title(report), "The Well-being of Future Generations (Wales) Act 2015", body, "",
                       dayWords(report.asOf)});
}

std::vector<std::string> labelsWhere(const std::vector<WellbeingLine>& lines, bool served) {
    std::vector<std::string> out;
    for (const WellbeingLine& line : lines)
        if (line.served() == served) out.push_back(line.label);
    return out;
}

}  // namespace

std::vector<std::string> WellbeingReport::unservedGoals() const { return labelsWhere(goals, false); }
std::vector<std::string> WellbeingReport::evidencedWays() const { return labelsWhere(ways, true); }

WellbeingReport buildWellbeingReport(const PortfolioStore& store, Date asOf) {
    WellbeingReport report;
    report.asOf = asOf;
    report.nation = store.nation();
    if (report.nation == Nation::England) return report;
    const auto ambitions = store.listAmbitions();
    const auto innovations = store.listInnovations({});
    report.goals = linesOf<WellbeingGoal>(ambitions, innovations, [](const auto& r) { return r.goals; });
    report.ways = linesOf<WayOfWorking>(ambitions, innovations, [](const auto& r) { return r.ways; });
    return report;
}

Table wellbeingTable(const WellbeingReport& report) {
    Table table;
    table.column("part", "Part").column("key", "Key").column("name", "Name").column("ambitions", "Ambitions")
        .column("active_innovations", "Active innovations").column("served", "Served");
    const auto add = [&](const std::vector<WellbeingLine>& lines, const char* part) {
        for (const WellbeingLine& line : lines)
            table.addRow({Cell::text(part), Cell::text(line.key), Cell::text(line.label), Cell::text(joined(line.ambitions)),
                          Cell::text(joined(line.innovations)), Cell::boolean(line.served())});
    };
    add(report.goals, "goal");
    add(report.ways, "way");
    return table;
}

std::string renderWellbeing(const WellbeingReport& report, ReportFormat format) {
    return renderInFormat(report, format,
                          FormatRenderers<WellbeingReport>{renderText, renderMarkdown, renderCsv, renderJson, renderHtml});
}

}  // namespace innotrack::reports
