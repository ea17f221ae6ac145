// The ideas funnel's counts for the checklist's climate measures: the four whole financial quarters
// before the quarter of the day, read from the ideas themselves (no query port: a portfolio holds
// ideas by the hundred, not by the hundred thousand).
#include "reports/checklist_report.hpp"

#include <vector>

namespace innotrack::reports {
namespace {

FinancialQuarter previous(FinancialQuarter quarter) {
    return quarter.quarter == 1 ? FinancialQuarter{quarter.year - 1, 4} : FinancialQuarter{quarter.year, quarter.quarter - 1};
}

}  // namespace

IdeasClimateCounts ideasClimateCounts(const PortfolioStore& store, Date on) {
    // Oldest first; near the calendar's first day (1400) fewer quarters exist before the day's.
    std::vector<FinancialQuarter> quarters;
    for (FinancialQuarter quarter = previous(quarterOf(on));
         quarters.size() < static_cast<std::size_t>(kIdeaQuarters) && quarter.year >= kFirstDay.year();
         quarter = previous(quarter))
        quarters.insert(quarters.begin(), quarter);
    IdeasClimateCounts counts;
    if (quarters.empty()) {
        counts.window = {on, on};
        return counts;
    }
    counts.window = {quarters.front().period().from, quarters.back().period().to};
    std::vector<bool> anyIn(quarters.size(), false);
    for (const Idea& idea : store.listIdeas()) {
        if (counts.window.contains(idea.submittedOn)) {
            ++counts.submitted;
            if (idea.source != IdeaSource::Own) ++counts.fromElsewhere;
            for (std::size_t i = 0; i < quarters.size(); ++i)
                if (quarters[i].period().contains(idea.submittedOn)) anyIn[i] = true;
        }
        if (idea.decidedOn && counts.window.contains(*idea.decidedOn)) {
            ++counts.decisions;
            if ((*idea.decidedOn - idea.submittedOn).days() <= kIdeaDecidedPromptlyWithinDays) ++counts.decidedPromptly;
        }
    }
    for (const bool any : anyIn)
        if (!any) ++counts.quartersWithoutIdea;
    counts.quarters = static_cast<std::int64_t>(quarters.size());
    return counts;
}

}  // namespace innotrack::reports
