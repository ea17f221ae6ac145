// The whole portfolio held in memory as plain records: what a JSON export is read from and what a
// restore writes. Splitting reading from writing lets `import --all` check a whole file before it
// creates or touches the target portfolio.
#pragma once

#include "exchange/portfolio_json.hpp"
#include "tracker/store.hpp"

#include <cstddef>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace innotrack::exchange {

// Every record of a portfolio, each array ordered by id (review entries by review, then
// innovation), so the same portfolio always gives the same document.
struct PortfolioDocument {
    RiskBands riskBands;
    int ideaGate = kDefaultIdeaGate;
    Pence keyDecisionThreshold = kDefaultKeyDecisionThreshold;
    Nation nation = Nation::England;
    // The random id calendar UIDs are made from; empty when a hand-written document leaves it
    // out, and the restored file then keeps the new key it was made with.
    std::string portfolioKey;
    std::vector<Person> people;
    std::vector<Ambition> ambitions;
    std::vector<Innovation> innovations;
    std::vector<StageChange> stageChanges;
    std::vector<Milestone> milestones;
    std::vector<MilestoneMove> milestoneMoves;
    std::vector<Risk> risks;
    std::vector<Setback> setbacks;
    std::vector<Lesson> lessons;
    std::vector<Benefit> benefits;
    std::vector<Engagement> engagements;
    std::vector<Review> reviews;
    std::vector<ReviewEntry> reviewEntries;
    std::vector<ChecklistAnswer> checklistAnswers;
    std::vector<Idea> ideas;
    std::vector<IdeaScore> ideaScores;  // by idea, then assessor
    std::vector<Decision> decisions;
    std::vector<AuditEntry> audit;

    // Every record but the audit trail's entries.
    std::size_t records() const;
};

// Reads the whole portfolio as one consistent picture. The port has no read transaction, so the
// reads are bracketed by the newest audit entry: every change the service makes adds audit rows
// in its own transaction, so an unchanged newest entry means nothing landed in between. When
// something did, the portfolio is read again (a few times, then ConflictError).
PortfolioDocument readPortfolio(const PortfolioStore& store);

// The document as JSON (docs/PORTFOLIO_JSON.md): one record per line, keys in a fixed order.
void writePortfolioDocument(const PortfolioDocument& document, std::ostream& out);

// Parses and checks a whole JSON document without touching any portfolio: its format and
// version, every field of every record (the domain's text limits, scales, dates, ranges) and
// every link between records. Throws ValidationError naming the record and field, such as
// "risks[12].owner_id: no person 99 in the file".
PortfolioDocument parsePortfolioJson(std::istream& in);

// Writes a checked document into `store`, which must hold nothing yet (ConflictError otherwise),
// in one transaction, keeping every id, date and audit entry as it is.
RestoreSummary restorePortfolioDocument(const PortfolioDocument& document, PortfolioStore& store);

}  // namespace innotrack::exchange
