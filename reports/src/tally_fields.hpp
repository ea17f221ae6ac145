// The tally's counts as named fields, in one order, so CSV columns, JSON keys and table
// headings cannot disagree (docs/REPORTS.md lists them).
#pragma once

#include "tracker/tally_queries.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace innotrack::reports::detail {

struct CountField {
    std::string_view key;    // CSV column and JSON key
    std::string_view label;  // for people
    std::int64_t (*value)(const TallyCounts&);
};

inline constexpr std::array<CountField, 16> kCountFields{{
    {"milestones_on_time", "Milestones completed on time", [](const TallyCounts& c) { return c.milestonesOnTime; }},
    {"milestones_late", "Milestones completed late", [](const TallyCounts& c) { return c.milestonesLate; }},
    {"benefits_realised", "Benefits realised", [](const TallyCounts& c) { return c.benefitsRealised; }},
    {"stage_advances", "Innovations moving forward a stage", [](const TallyCounts& c) { return c.stageAdvances; }},
    {"went_right", "Went right", [](const TallyCounts& c) { return c.wentRight(); }},
    {"setbacks_basic", "Basic failures", [](const TallyCounts& c) { return c.setbacksBasic; }},
    {"setbacks_complex", "Complex failures", [](const TallyCounts& c) { return c.setbacksComplex; }},
    {"setbacks_intelligent", "Intelligent failures", [](const TallyCounts& c) { return c.setbacksIntelligent; }},
    {"went_wrong", "Went wrong", [](const TallyCounts& c) { return c.wentWrong(); }},
    {"setbacks_with_lesson", "Setbacks with a lesson", [](const TallyCounts& c) { return c.setbacksWithLesson; }},
    {"risks_raised", "Risks raised", [](const TallyCounts& c) { return c.risksRaised; }},
    {"risks_raised_critical", "Critical risks raised", [](const TallyCounts& c) { return c.risksRaisedCritical; }},
    {"risks_raised_occurred", "Raised and occurred", [](const TallyCounts& c) { return c.risksRaisedOccurred; }},
    {"risks_raised_closed", "Raised and closed", [](const TallyCounts& c) { return c.risksRaisedClosed; }},
    {"risks_raised_open", "Raised and still open", [](const TallyCounts& c) { return c.risksRaisedOpen; }},
    {"risks_open_at_end", "Risks open at the end", [](const TallyCounts& c) { return c.risksOpenAtEnd; }},
}};

// The one count that is of a day, not a period: a trend leaves it out.
inline constexpr std::string_view kOpenAtEndKey = "risks_open_at_end";

// The heat map's scales, for headings: likelihood 1 rare … 5 almost certain (DOMAIN.md).
inline constexpr std::array<std::string_view, 5> kLikelihoodWords{"Rare", "Unlikely", "Possible", "Likely",
                                                                  "Almost certain"};
inline constexpr std::array<std::string_view, 5> kImpactWords{"Negligible", "Minor", "Moderate", "Major", "Severe"};

}  // namespace innotrack::reports::detail
