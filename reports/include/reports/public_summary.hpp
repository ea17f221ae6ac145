// The public summary (DOMAIN.md "public summary"): the residents' version of the board. It is
// built from the innovations marked public, and holds only what is written for residents: each
// one's title, public description, stage and the benefits it has realised. It never reads the
// internal summary, risks, setbacks, lessons, budgets, engagements or anyone's name, so no format
// can show them (tests/reports/public_summary_test.cpp seeds each and looks for it).
#pragma once

#include "tracker/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innotrack::reports {

struct PublicBenefit {
    std::string measure;
    std::string unit;
    double baseline = 0;
    double target = 0;
    double actual = 0;
    Date realisedOn;
};

struct PublicInnovation {
    std::string title;
    std::string description;  // the public description, never the internal summary
    Stage stage = Stage::Idea;
    std::vector<PublicBenefit> benefitsRealised;  // realised on or before the day, oldest first
};

struct PublicSummary {
    Date on;
    std::vector<PublicInnovation> innovations;  // the public ones, in the portfolio's priority order
};

// The innovations marked public, with the benefits realised on or before `on`.
PublicSummary buildPublicSummary(const PortfolioStore& store, Date on);

// Plain English, shared by every format.
std::string publicTitle(const PublicSummary& summary);          // "What the council is trying, November 2026"
std::string publicIntroduction(const PublicSummary& summary);   // what the page is, in a sentence or two
std::string stageInPlainEnglish(Stage stage);                   // "Being tried out on a small scale"
// "Delayed hospital discharges per month: from 120 to 75 people (the aim was 60), by 1 November 2026."
std::string benefitInPlainEnglish(const PublicBenefit& benefit);
inline constexpr const char* kNoBenefitsYet = "No results to report yet.";
inline constexpr const char* kNothingPublic = "There is nothing to report yet.";

inline constexpr std::size_t kPublicTextWidth = 80;
std::string renderPublicText(const PublicSummary& summary);
std::string renderPublicMarkdown(const PublicSummary& summary);
std::string renderPublicHtml(const PublicSummary& summary);

}  // namespace innotrack::reports
