// The portfolio document's names. The writer and the reader walk the same field lists
// (tracker/record_fields.hpp), so a field cannot be written under one name and read under another.
#pragma once

#include "tracker/record_fields.hpp"

#include <cstddef>
#include <string_view>

namespace innotrack::exchange::json_fields {

using namespace record_fields;

inline constexpr std::string_view kFormatName = "innotrack-portfolio";

// Top-level keys, in the order they are written.
inline constexpr const char* kFormat = "format";
inline constexpr const char* kVersion = "version";
inline constexpr const char* kSettings = "settings";
inline constexpr const char* kRiskBands = "risk_bands";
inline constexpr const char* kPortfolioKey = "portfolio_key";
inline constexpr const char* kIdeaGate = "ideas_gate";
inline constexpr const char* kKeyDecisionThreshold = "key_decision_threshold_pence";
inline constexpr const char* kNation = "nation";

// The document's version that first held ideas, their scores and the gate, engagements, and
// innovations' public flag and description: an older one has none of them.
inline constexpr int kIdeasSince = 4;
// The version that first held decisions, the key decision threshold and the nation.
inline constexpr int kDecisionsSince = 5;

// Each record's array in the document is its collection (record_fields::kCollection).
inline constexpr const char* arrayOf(Table table) {
    constexpr const char* kArrays[] = {kCollection<Person>,    kCollection<Ambition>, kCollection<Innovation>,
                                       kCollection<Milestone>, kCollection<Risk>,     kCollection<Setback>,
                                       kCollection<Review>,    kCollection<Idea>};
    return kArrays[static_cast<std::size_t>(table)];
}

// The arrays without a table of their own (nothing links to their records).
inline constexpr const char* kStageChanges = kCollection<StageChange>;
inline constexpr const char* kMilestoneMoves = kCollection<MilestoneMove>;
inline constexpr const char* kLessons = kCollection<Lesson>;
inline constexpr const char* kBenefits = kCollection<Benefit>;
inline constexpr const char* kEngagements = kCollection<Engagement>;
inline constexpr const char* kReviewEntries = kCollection<ReviewEntry>;
inline constexpr const char* kChecklistAnswers = kCollection<ChecklistAnswer>;
inline constexpr const char* kIdeaScores = kCollection<IdeaScore>;
inline constexpr const char* kDecisions = kCollection<Decision>;
inline constexpr const char* kAudit = kCollection<AuditEntry>;

// The version an array was added in: a document of an earlier version has none of it.
inline int arraySince(std::string_view name) {
    const bool sinceIdeas = name == arrayOf(Table::Ideas) || name == kIdeaScores || name == kEngagements;
    if (name == kDecisions) return kDecisionsSince;
    return sinceIdeas ? kIdeasSince : 1;
}

// Every record array of the document, in the order it is written and restored: a record comes
// after those it links to (risks and setbacks link both ways; storage defers that check).
template <typename Document, typename Visit>
void eachArray(Document& d, Visit&& visit) {
    visit(arrayOf(Table::People), d.people);
    visit(arrayOf(Table::Ambitions), d.ambitions);
    visit(arrayOf(Table::Innovations), d.innovations);
    visit(kStageChanges, d.stageChanges);
    visit(arrayOf(Table::Milestones), d.milestones);
    visit(kMilestoneMoves, d.milestoneMoves);
    visit(arrayOf(Table::Risks), d.risks);
    visit(arrayOf(Table::Setbacks), d.setbacks);
    visit(kLessons, d.lessons);
    visit(kBenefits, d.benefits);
    visit(kEngagements, d.engagements);
    visit(arrayOf(Table::Reviews), d.reviews);
    visit(kReviewEntries, d.reviewEntries);
    visit(kChecklistAnswers, d.checklistAnswers);
    visit(arrayOf(Table::Ideas), d.ideas);
    visit(kIdeaScores, d.ideaScores);
    visit(kDecisions, d.decisions);
    visit(kAudit, d.audit);
}

}  // namespace innotrack::exchange::json_fields
