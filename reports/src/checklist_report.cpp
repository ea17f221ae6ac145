// Builds the checklist report: the measures and the leader's answers side by side, and the rules
// that say where the council could do more.
#include "reports/checklist_report.hpp"

#include "reports/report_period.hpp"

#include <algorithm>
#include <map>

namespace innotrack::reports {
namespace {

std::size_t indexOf(ChecklistArea area) { return static_cast<std::size_t>(area); }

// Every question ends with its question mark, so no full stop follows the closing quote.
std::string quotedQuestion(const ChecklistLine& line) { return "\xE2\x80\x9C" + line.text + "\xE2\x80\x9D"; }

// The question's measures that show a gap.
std::vector<const ChecklistMeasure*> weakMeasures(const ChecklistReport& report, const ChecklistLine& line) {
    std::vector<const ChecklistMeasure*> weak;
    for (const std::string& key : line.measureKeys)
        if (const ChecklistMeasure* measure = report.measure(key); measure && measure->weak) weak.push_back(measure);
    return weak;
}

std::string readings(const std::vector<const ChecklistMeasure*>& measures) {
    std::string out;
    for (const ChecklistMeasure* measure : measures) out += (out.empty() ? "" : " ") + measure->reading;
    return out;
}

// The rules of docs/REPORTS.md "Where the council could do more": a yes the data contradicts,
// a no or partly answer, an unanswered question, and a yes more than a year old.
std::optional<ChecklistGap> gapFor(const ChecklistReport& report, const ChecklistLine& line) {
    const auto weak = weakMeasures(report, line);
    ChecklistGap gap;
    gap.questionKey = line.key;
    for (const ChecklistMeasure* measure : weak) gap.measureKeys.push_back(measure->key);
    const std::string question = quotedQuestion(line);
    if (!line.answer) {
        gap.kind = GapKind::Unanswered;
        gap.words = "Not yet answered: " + question;
        if (!weak.empty()) gap.words += " The data suggests a gap: " + readings(weak);
        return gap;
    }
    switch (line.answer->answer) {
        case Answer::Yes:
            if (!weak.empty()) {
                gap.kind = GapKind::Contradicted;
                gap.words = "You answered yes to " + question + ", but the data disagrees: " + readings(weak);
                return gap;
            }
            if (!line.stale) return std::nullopt;
            gap.kind = GapKind::Stale;
            gap.words = "You answered yes to " + question + " on " + dayWords(line.answer->answeredOn) +
                        ", more than a year ago: is it still true?";
            return gap;
        case Answer::Partly:
        case Answer::No:
            gap.kind = line.answer->answer == Answer::No ? GapKind::No : GapKind::Partly;
            gap.words = "You answered " + std::string(keyOf(line.answer->answer)) + " to " + question;
            if (!weak.empty()) gap.words += " The data shows the gap too: " + readings(weak);
            return gap;
    }
    return std::nullopt;
}

std::string questionsWords(int count) { return std::to_string(count) + (count == 1 ? " question" : " questions"); }

std::string summaryOf(const ChecklistReport& report) {
    const int answered = report.answeredYes + report.answeredPartly + report.answeredNo;
    const int total = static_cast<int>(kChecklistQuestionCount);
    std::string out = answered == 0
                          ? "The leader has not answered any of the " + questionsWords(total) + " yet."
                          : "The leader has answered " + std::to_string(answered) + " of the " + questionsWords(total) +
                                ": " + std::to_string(report.answeredYes) + " yes, " +
                                std::to_string(report.answeredPartly) + " partly, " +
                                std::to_string(report.answeredNo) + " no.";
    out += " " + std::to_string(report.weak) + " of " + std::to_string(report.measures) + " measures " +
           (report.weak == 1 ? "shows" : "show") + " a gap";
    const int unmeasured = report.measures - report.measured;
    if (unmeasured > 0) out += "; " + std::to_string(unmeasured) + " cannot be measured yet";
    out += ".";
    if (report.gaps.empty())
        out += " Nothing on the checklist needs more work today.";
    else
        out += " The council could do more in " + std::to_string(report.gaps.size()) +
               (report.gaps.size() == 1 ? " place." : " places.");
    return out;
}

}  // namespace

const ChecklistMeasure* ChecklistReport::measure(std::string_view key) const {
    for (const ChecklistSection& section : sections)
        for (const ChecklistMeasure& each : section.measures)
            if (each.key == key) return &each;
    return nullptr;
}

const ChecklistLine* ChecklistReport::question(std::string_view key) const {
    for (const ChecklistSection& section : sections)
        for (const ChecklistLine& each : section.questions)
            if (each.key == key) return &each;
    return nullptr;
}

std::string_view gapKey(GapKind kind) {
    switch (kind) {
        case GapKind::Contradicted: return "contradicted";
        case GapKind::No: return "no";
        case GapKind::Partly: return "partly";
        case GapKind::Unanswered: return "unanswered";
        case GapKind::Stale: return "stale";
    }
    return "unanswered";
}

ChecklistReport buildChecklistReport(const PortfolioStore& store, const ChecklistQueries& queries, Date on) {
    ChecklistReport report;
    report.on = on;
    report.counts = queries.checklistCounts(on);
    report.takingPeople = countTakingPeople(store, on);
    report.reviewWindow = report.counts.reviewWindow;
    for (std::size_t i = 0; i < report.sections.size(); ++i)
        report.sections[i].area = static_cast<ChecklistArea>(i);

    std::vector<ChecklistMeasure> measures = checklistMeasures(report.counts, report.takingPeople);
    for (ChecklistMeasure& measure : ideasClimateMeasures(ideasClimateCounts(store, on)))
        measures.push_back(std::move(measure));
    for (ChecklistMeasure& measure : measures) {
        ++report.measures;
        if (measure.measured) ++report.measured;
        if (measure.weak) ++report.weak;
        report.sections[indexOf(measure.area)].measures.push_back(std::move(measure));
    }

    std::map<std::string, ChecklistAnswer, std::less<>> answers;
    for (ChecklistAnswer& answer : queries.latestChecklistAnswers(on))
        answers.emplace(answer.questionKey, std::move(answer));
    std::map<Id, std::string> names;
    for (const Person& person : store.listPeople()) names.emplace(person.id, person.name);

    for (const ChecklistQuestion& question : checklistQuestions()) {
        ChecklistLine line;
        line.key = std::string(question.key);
        line.text = std::string(question.text);
        line.area = question.area;
        for (const ChecklistMeasure& measure : report.sections[indexOf(question.area)].measures)
            if (std::find(measure.questionKeys.begin(), measure.questionKeys.end(), line.key) !=
                measure.questionKeys.end())
                line.measureKeys.push_back(measure.key);
        if (const auto found = answers.find(question.key); found != answers.end()) {
            line.answer = found->second;
            const auto name = names.find(found->second.answeredById);
            line.answeredBy = name != names.end() ? name->second : "#" + std::to_string(found->second.answeredById);
            line.stale = (on - found->second.answeredOn).days() > kAnswerStaleAfterDays;
            switch (found->second.answer) {
                case Answer::Yes: ++report.answeredYes; break;
                case Answer::Partly: ++report.answeredPartly; break;
                case Answer::No: ++report.answeredNo; break;
            }
        } else {
            ++report.unanswered;
        }
        report.sections[indexOf(question.area)].questions.push_back(std::move(line));
    }

    for (const ChecklistSection& section : report.sections)
        for (const ChecklistLine& line : section.questions)
            if (auto gap = gapFor(report, line)) report.gaps.push_back(std::move(*gap));
    // Most telling first; within a kind, in the checklist's order.
    std::stable_sort(report.gaps.begin(), report.gaps.end(),
                     [](const ChecklistGap& a, const ChecklistGap& b) { return a.kind < b.kind; });
    report.summaryWords = summaryOf(report);
    return report;
}

}  // namespace innotrack::reports
