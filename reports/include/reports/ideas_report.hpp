// The ideas funnel as a report (DOMAIN.md "Ideas and the gate"; docs/REPORTS.md "Ideas funnel"
// gives every definition): how many ideas were submitted, assessed, promoted, declined and parked
// in a period, how long a decision takes, how many came from elsewhere, where the promoted ideas
// are now, and which ideas have waited longest.
#pragma once

#include "reports/report_format.hpp"
#include "reports/report_period.hpp"
#include "reports/table.hpp"
#include "tracker/store.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace innotrack::reports {

// The waiting list shows at most this many ideas, longest waiting first.
inline constexpr std::size_t kIdeasWaitingShown = 10;

struct IdeasFunnel {
    int submitted = 0;  // submitted in the period
    int assessed = 0;   // first scored in the period
    int promoted = 0;   // promoted in the period
    int declined = 0;   // declined in the period
    int parked = 0;     // last parked in the period
};

// A promoted idea (promoted on or before the period's end) and where its innovation is now.
struct PromotedIdea {
    Id ideaId = 0;
    std::string title;
    Date promotedOn;
    Id innovationId = 0;
    Stage stageNow = Stage::Idea;
    bool reachedPiloting = false;  // at Piloting or beyond now, or ever moved there
};

// An idea undecided at the period's end, and for how long it had waited then.
struct WaitingIdea {
    Id id = 0;
    std::string title;
    IdeaStatus status = IdeaStatus::Submitted;
    Date submittedOn;
    std::int64_t daysWaiting = 0;
    std::optional<double> score;
};

struct IdeasReport {
    ReportPeriod period;
    int gate = kDefaultIdeaGate;
    IdeasFunnel funnel;
    int decisions = 0;  // promoted and declined in the period
    std::optional<double> medianDaysToDecision;  // over those decisions; none without one
    int fromElsewhere = 0;                       // of the ideas submitted in the period
    std::optional<int> fromElsewherePercent;     // rounded half up; none when none were submitted
    std::vector<PromotedIdea> promoted;          // by promotion day, then id
    int reachedPiloting = 0;
    std::vector<WaitingIdea> waiting;  // longest first, then by id; at most kIdeasWaitingShown
    int waitingTotal = 0;              // every idea undecided at the end
    std::string summaryWords;          // "12 ideas submitted, 4 decided in a median of 21 days; …"
};

IdeasReport buildIdeasReport(const PortfolioStore& store, const ReportPeriod& period);

// The median of the values (the mean of the middle two when there is an even number); none for none.
std::optional<double> median(std::vector<std::int64_t> values);
// "21" or "21.5": a median of days (a half where the middle two differ by an odd number).
std::string formatDays(double days);

// ---- tables and renderers (ideas_tables.cpp, ideas_formats.cpp, ideas_html.cpp) ------------------
Table ideasFunnelTable(const IdeasReport& report);
Table ideasPromotedTable(const IdeasReport& report);
Table ideasWaitingTable(const IdeasReport& report);

std::string renderIdeasText(const IdeasReport& report);
std::string renderIdeasMarkdown(const IdeasReport& report);
std::string renderIdeasCsv(const IdeasReport& report);   // a row per figure, promoted idea and waiting idea
std::string renderIdeasJson(const IdeasReport& report);  // the schema in docs/REPORTS.md
std::string renderIdeasHtml(const IdeasReport& report);  // one A4 paper with the funnel drawn in SVG
std::string renderIdeas(const IdeasReport& report, ReportFormat format);

}  // namespace innotrack::reports
