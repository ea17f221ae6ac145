// Ideas and the gate (DOMAIN.md "Ideas and the gate"): an idea anyone may submit, the assessors'
// scores on five criteria, and the decision that promotes it to an innovation or declines it.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack {

// Where an idea came from: "plagiarise with pride" counts every source but the council's own.
enum class IdeaSource { Own, OtherCouncil, CaseStudy, Resident, Partner };

// Submitted until its first score, then under assessment until promoted, declined or parked.
// Promoted and declined are decisions and final; parked is not a decision.
enum class IdeaStatus { Submitted, UnderAssessment, Promoted, Declined, Parked };

template <>
struct Scale<IdeaSource> {
    static constexpr std::string_view name = "IdeaSource";
    static const std::array<ScaleEntry<IdeaSource>, 5> entries;
};

template <>
struct Scale<IdeaStatus> {
    static constexpr std::string_view name = "IdeaStatus";
    static const std::array<ScaleEntry<IdeaStatus>, 5> entries;
};

// The gate's default and the range of an idea's score (five criteria of 1 to 5 each).
inline constexpr int kDefaultIdeaGate = 15;
inline constexpr int kIdeaCriteria = 5;
inline constexpr int kMinIdeaTotal = kIdeaCriteria * 1;
inline constexpr int kMaxIdeaTotal = kIdeaCriteria * 5;

struct Idea {
    Id id = 0;
    std::string title;
    std::string problem;   // the problem it answers
    std::string proposal;  // what it proposes to do
    IdeaSource source = IdeaSource::Own;
    std::string reference;  // where it is written up elsewhere: "Wigan Deal, Wigan Council 2019"
    OptionalId ambitionId;  // the ambition it would serve
    Id submittedById = 0;
    Date submittedOn;
    IdeaStatus status = IdeaStatus::Submitted;
    std::optional<Date> assessedFrom;  // the day of its first score
    std::optional<Date> parkedOn;      // the last time it was parked (kept after a later decision)
    std::optional<Date> lookAgainOn;   // while parked: when to look at it again
    std::optional<Date> decidedOn;     // promoted or declined
    OptionalId decidedById;
    std::string decisionReason;  // why declined (shown to the submitter), or why promoted below the gate
    OptionalId innovationId;     // the innovation it became, once promoted

    bool isDecided() const { return status == IdeaStatus::Promoted || status == IdeaStatus::Declined; }
    bool operator==(const Idea&) const = default;
};

// One assessor's scores for one idea, 1 to 5 on each criterion. Scoring again replaces the
// assessor's earlier score, so an idea holds one per assessor.
struct IdeaScore {
    Id ideaId = 0;
    Id assessorId = 0;
    int strategicFit = 0;      // fit with the ambitions
    int residentBenefit = 0;   // benefit to residents
    int feasibility = 0;
    int costToTry = 0;         // 5 = cheap to try
    int evidence = 0;          // evidence from elsewhere
    Date scoredOn;

    int total() const { return strategicFit + residentBenefit + feasibility + costToTry + evidence; }
    bool operator==(const IdeaScore&) const = default;
};

// The idea's score: the mean of its assessors' totals (5 to 25); nullopt before its first score.
std::optional<double> ideaScore(const std::vector<IdeaScore>& scores);

// "18.5", "—" without a score: as every reader shows an idea's score.
std::string formatIdeaScore(const std::optional<double>& score);

// "strategic fit 4, benefit to residents 5, … = 19": a score in words, for the audit and `idea show`.
std::string describeScores(const IdeaScore& score);

// The innovation's "inspired by" taken from the idea: "Another council: Wigan Deal"; the
// reference alone for the council's own idea.
std::string inspiredByOf(const Idea& idea);

}  // namespace innotrack
