// The ideas funnel's counts for the checklist's climate measures: the four whole financial quarters
// before the quarter of the day, read from the ideas themselves (no query port: a portfolio holds
// ideas by the hundred, not by the hundred thousand).
#include "reports/checklist_report.hpp"

#include <array>

namespace innotrack::reports {
namespace {

FinancialQuarter previous(FinancialQuarter quarter) {
    return quarter.quarter == 1 ? FinancialQuarter{quarter.year - 1, 4} : FinancialQuarter{quarter.year, quarter.quarter - 1};
}

}  // namespace

IdeasClimateCounts ideasClimateCounts(const PortfolioStore& store, Date on) {
    std::array<FinancialQuarter, kIdeaQuarters> quarters{};
    FinancialQuarter quarter = quarterOf(on);
    for (int i = kIdeaQuarters - 1; i >= 0; --i) quarters[static_cast<std::size_t>(i)] = quarter = previous(quarter);
    IdeasClimateCounts counts;
    counts.window = {quarters.front().period().from, quarters.back().period().to};
    std::array<bool, kIdeaQuarters> anyIn{};
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
    return counts;
}

}  // namespace innotrack::reports
