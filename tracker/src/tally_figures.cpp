// The tally's listable figures (tracker/tally_queries.hpp): each one's count and key, and the check
// on a heat-map cell made once for every backend.
#include "tracker/tally_queries.hpp"

#include "tracker/errors.hpp"
#include "tracker/limits.hpp"

namespace innotrack {

std::int64_t countOf(const TallyCounts& counts, TallyFigure figure) {
    switch (figure) {
        case TallyFigure::MilestonesOnTime: return counts.milestonesOnTime;
        case TallyFigure::MilestonesLate: return counts.milestonesLate;
        case TallyFigure::BenefitsRealised: return counts.benefitsRealised;
        case TallyFigure::StageAdvances: return counts.stageAdvances;
        case TallyFigure::SetbacksBasic: return counts.setbacksBasic;
        case TallyFigure::SetbacksComplex: return counts.setbacksComplex;
        case TallyFigure::SetbacksIntelligent: return counts.setbacksIntelligent;
    }
    return 0;
}

std::string_view tallyFigureKey(TallyFigure figure) {
    switch (figure) {
        case TallyFigure::MilestonesOnTime: return "milestones-on-time";
        case TallyFigure::MilestonesLate: return "milestones-late";
        case TallyFigure::BenefitsRealised: return "benefits-realised";
        case TallyFigure::StageAdvances: return "stage-advances";
        case TallyFigure::SetbacksBasic: return "basic";
        case TallyFigure::SetbacksComplex: return "complex";
        case TallyFigure::SetbacksIntelligent: return "intelligent";
    }
    return "figure";
}

TallyRecords TallyQueries::openRiskRecords(Date on, const TallyScope& scope, int likelihood, int impact,
                                           std::size_t limit) const {
    const auto onScale = [](int value) { return value >= kMinScale && value <= kMaxScale; };
    if (!onScale(likelihood))
        throw ValidationError("likelihood", std::to_string(likelihood), "Likelihood must be 1 to 5.");
    if (!onScale(impact)) throw ValidationError("impact", std::to_string(impact), "Impact must be 1 to 5.");
    return openRiskCellRows(on, scope, likelihood, impact, limit);
}

}  // namespace innotrack
