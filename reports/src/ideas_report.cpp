// The ideas funnel's figures, computed from the ideas and their scores (docs/REPORTS.md "Ideas
// funnel"): the period's counts by the day each step happened, so a past period reads the same later.
#include "reports/ideas_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace innotrack::reports {
namespace {

bool within(const Period& period, const std::optional<Date>& day) {
    return day && period.from <= *day && *day <= period.to;
}

bool atOrBeyondPiloting(Stage stage) {
    return stage == Stage::Piloting || stage == Stage::Scaling || stage == Stage::Mainstreamed;
}

// Now at Piloting or beyond, or moved there once (a pilot stopped later still reached Piloting).
bool reachedPiloting(const PortfolioStore& store, const Innovation& innovation) {
    if (atOrBeyondPiloting(innovation.stage)) return true;
    const auto changes = store.listStageChanges(innovation.id);
    return std::any_of(changes.begin(), changes.end(), [](const StageChange& c) { return atOrBeyondPiloting(c.to); });
}

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string summaryOf(const IdeasReport& r) {
    std::string words = plural(r.funnel.submitted, "idea", "ideas") + " submitted";
    if (r.fromElsewherePercent)
        words += " (" + std::to_string(*r.fromElsewherePercent) + "% inspired by elsewhere)";
    words += "; " + plural(r.decisions, "decision", "decisions");
    if (r.medianDaysToDecision) words += " in a median of " + formatDays(*r.medianDaysToDecision) + " days";
    // The promoted ideas are all those promoted by the period's end, not only in it: say so, as the
    // funnel's own count of promotions is the period's.
    words += "; " + std::to_string(r.reachedPiloting) + " of the " +
             plural(static_cast<int>(r.promoted.size()), "idea", "ideas") +
             " promoted so far reached Piloting or beyond; " + plural(r.waitingTotal, "idea", "ideas") + " waiting for a decision.";
    return words;
}

}  // namespace

std::string formatDays(double days) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", days);
    std::string out = buffer;
    if (out.ends_with(".0")) out.resize(out.size() - 2);
    return out;
}

std::optional<double> median(std::vector<std::int64_t> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1) return static_cast<double>(values[middle]);
    return (static_cast<double>(values[middle - 1]) + static_cast<double>(values[middle])) / 2.0;
}

IdeasReport buildIdeasReport(const PortfolioStore& store, const ReportPeriod& period) {
    IdeasReport report;
    report.period = period;
    report.gate = store.ideaGate();
    const Period& p = period.period;
    const Date end = p.to;

    std::map<Id, std::vector<IdeaScore>> scores;
    for (const IdeaScore& score : store.listIdeaScores(std::nullopt)) scores[score.ideaId].push_back(score);

    std::vector<std::int64_t> daysToDecision;
    for (const Idea& idea : store.listIdeas()) {
        const bool submitted = within(p, idea.submittedOn);
        if (submitted) {
            ++report.funnel.submitted;
            if (idea.source != IdeaSource::Own) ++report.fromElsewhere;
        }
        if (within(p, idea.assessedFrom)) ++report.funnel.assessed;
        if (within(p, idea.parkedOn)) ++report.funnel.parked;
        if (within(p, idea.decidedOn)) {
            ++(idea.status == IdeaStatus::Promoted ? report.funnel.promoted : report.funnel.declined);
            daysToDecision.push_back((*idea.decidedOn - idea.submittedOn).days());
        }
        if (idea.status == IdeaStatus::Promoted && *idea.decidedOn <= end) {
            PromotedIdea promoted{idea.id, idea.title, *idea.decidedOn, *idea.innovationId, Stage::Idea, false};
            if (const auto innovation = store.findInnovation(*idea.innovationId)) {
                promoted.stageNow = innovation->stage;
                promoted.reachedPiloting = reachedPiloting(store, *innovation);
            }
            if (promoted.reachedPiloting) ++report.reachedPiloting;
            report.promoted.push_back(std::move(promoted));
        }
        const bool undecidedAtEnd = !(end < idea.submittedOn) && (!idea.decidedOn || end < *idea.decidedOn);
        if (undecidedAtEnd) {
            // Its status at the end: a decision after it is not known yet then.
            IdeaStatus then = idea.status;
            if (idea.isDecided()) then = idea.assessedFrom && *idea.assessedFrom <= end ? IdeaStatus::UnderAssessment
                                                                                        : IdeaStatus::Submitted;
            report.waiting.push_back({idea.id, idea.title, then, idea.submittedOn, (end - idea.submittedOn).days(),
                                      ideaScore(scores[idea.id])});
        }
    }
    report.decisions = report.funnel.promoted + report.funnel.declined;
    report.medianDaysToDecision = median(daysToDecision);
    if (report.funnel.submitted > 0)
        report.fromElsewherePercent =
            static_cast<int>(std::floor(100.0 * report.fromElsewhere / report.funnel.submitted + 0.5));
    std::stable_sort(report.promoted.begin(), report.promoted.end(),
                     [](const PromotedIdea& a, const PromotedIdea& b) { return a.promotedOn < b.promotedOn; });
    std::stable_sort(report.waiting.begin(), report.waiting.end(),
                     [](const WaitingIdea& a, const WaitingIdea& b) { return a.daysWaiting > b.daysWaiting; });
    report.waitingTotal = static_cast<int>(report.waiting.size());
    if (report.waiting.size() > kIdeasWaitingShown) report.waiting.resize(kIdeasWaitingShown);
    report.summaryWords = summaryOf(report);
    return report;
}

}  // namespace innotrack::reports
