// The checklist as one self-contained HTML paper for cabinet, on the page shell every report
// shares: the headline and where the council could do more first, then each area in turn.
#include "reports/checklist_report.hpp"

#include "checklist_tables.hpp"
#include "reports/html.hpp"

#include <array>

namespace innotrack::reports {
namespace {

using html::escape;

// The shared style sheet has no answer colours; these few stay inline so the page needs nothing else.
std::string answerBadge(const ChecklistLine& line) {
    const char* colours = "background:#e4e7eb;color:#323f4b";
    if (line.answer) {
        switch (line.answer->answer) {
            case Answer::Yes: colours = "background:#e3f9e5;color:#1f7a3d"; break;
            case Answer::Partly: colours = "background:#fffaeb;color:#b54708"; break;
            case Answer::No: colours = "background:#fde8e8;color:#b42318"; break;
        }
    }
    return "<span style=\"" + std::string(colours) +
           ";font-weight:600;padding:0.3mm 1.5mm;border-radius:1mm;white-space:nowrap\">" +
           escape(detail::answerWords(line)) + "</span>";
}

std::string headline(const ChecklistReport& report) {
    std::string out = "<div class=\"headline\">\n<p class=\"big\">";
    out += report.gaps.empty() ? "Nothing on the checklist needs more work"
                               : escape("The council could do more in " + std::to_string(report.gaps.size()) +
                                        (report.gaps.size() == 1 ? " place" : " places"));
    out += "</p>\n<p>" +
           escape("Answers: " + std::to_string(report.answeredYes) + " yes, " + std::to_string(report.answeredPartly) +
                  " partly, " + std::to_string(report.answeredNo) + " no, " + std::to_string(report.unanswered) +
                  " not answered. Measures: " + std::to_string(report.weak) + " of " +
                  std::to_string(report.measures) + " show a gap" +
                  (report.measured < report.measures
                       ? ", " + std::to_string(report.measures - report.measured) + " cannot be measured yet."
                       : ".")) +
           "</p>\n</div>\n";
    return out;
}

// One line per area: how the leader answered its questions and how many of its measures show a gap.
std::string overview(const ChecklistReport& report) {
    std::string out = "<table class=\"data\">\n<thead><tr><th>Key action</th><th class=\"num\">Yes</th>"
                      "<th class=\"num\">Partly</th><th class=\"num\">No</th><th class=\"num\">Not answered</th>"
                      "<th class=\"num\">Measures with a gap</th></tr></thead>\n<tbody>\n";
    for (const ChecklistSection& section : report.sections) {
        std::array<int, 4> answers{};  // yes, partly, no, not answered
        for (const ChecklistLine& line : section.questions)
            ++answers[line.answer ? static_cast<std::size_t>(line.answer->answer) : 3];
        int weak = 0;
        for (const ChecklistMeasure& measure : section.measures) weak += measure.weak ? 1 : 0;
        out += "<tr><td>" + escape(labelOf(section.area)) + "</td>";
        for (int count : answers) out += "<td class=\"num\">" + std::to_string(count) + "</td>";
        out += "<td class=\"num\">" + std::to_string(weak) + " of " + std::to_string(section.measures.size()) +
               "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string gaps(const ChecklistReport& report) {
    std::string out = "<section>\n<h2>Where the council could do more</h2>\n";
    if (report.gaps.empty())
        out += "<p class=\"ok\">Every question is answered yes, and no measure contradicts an answer.</p>\n";
    for (const ChecklistGap& gap : report.gaps)
        out += "<p class=\"warning\"><strong>" + escape(detail::gapLabel(gap.kind)) + ":</strong> " +
               escape(gap.words) + "</p>\n";
    return out + "</section>\n";
}

std::string measures(const ChecklistSection& section) {
    std::string out = "<table class=\"data\">\n<thead><tr><th style=\"width:30%\">Measure</th>"
                      "<th class=\"num\" style=\"width:10%\">Value</th><th>Reading</th></tr></thead>\n<tbody>\n";
    for (const ChecklistMeasure& measure : section.measures) {
        out += "<tr><td>" + escape(measure.label) + "</td><td class=\"num\">" + escape(detail::measureValue(measure)) +
               "</td><td>" + escape(measure.reading);
        if (measure.weak)
            out += " <strong style=\"color:#b42318\">" + escape("A gap: " + measure.threshold + ".") + "</strong>";
        out += "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string questions(const ChecklistSection& section) {
    std::string out = "<table class=\"data\">\n<thead><tr><th style=\"width:48%\">Question</th><th style=\"width:12%\">Answer</th>"
                      "<th>Evidence</th></tr></thead>\n<tbody>\n";
    for (const ChecklistLine& line : section.questions) {
        out += "<tr><td>" + escape(line.text) + "<br/><span class=\"muted small\">" + escape(line.key) +
               "</span></td><td>" + answerBadge(line) + "</td><td>";
        if (line.answer) {
            if (!line.answer->evidence.empty()) out += escape(line.answer->evidence) + "<br/>";
            out += "<span class=\"muted small\">" + escape(detail::answeredWords(line)) + "</span>";
        }
        out += "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string renderChecklistHtml(const ChecklistReport& report) {
    html::Page page;
    page.title = "Innovation checklist";
    page.subtitle = "As of " + dayWords(report.on) +
                    ": the four key actions and review, measured from the portfolio beside the leader's own answers";
    page.body = headline(report) + overview(report) + gaps(report);
    int number = 0;
    for (const ChecklistSection& section : report.sections) {
        page.body += "<section>\n<h2>" + escape(std::to_string(++number) + ". " + std::string(labelOf(section.area))) +
                     "</h2>\n";
        page.body += measures(section) + "<p></p>\n" + questions(section) + "</section>\n";
    }
    page.date = dayWords(report.on);
    page.footer = "Made by innotrack on " + dayWords(report.on) +
                  ". Measures are computed from the portfolio; their definitions and the lines that mark a gap "
                  "are in docs/REPORTS.md.";
    return html::page(page);
}

}  // namespace innotrack::reports
