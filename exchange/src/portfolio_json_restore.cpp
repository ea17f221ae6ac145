// Restoring a whole portfolio into an empty one: every record through the store's own inserts
// (not the service, which would stamp today's date and add audit entries of its own), with its
// id, in one transaction, so a failure leaves the target as it was.
#include "exchange/portfolio_document.hpp"

#include "portfolio_json_fields.hpp"

#include "tracker/errors.hpp"

#include <cctype>

namespace innotrack::exchange {

namespace fields = json_fields;

namespace {

std::string counted(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// A restore mixed into existing records could not keep its ids, and would blur two portfolios.
void requireEmpty(const PortfolioStore& store) {
    std::vector<std::string> held;
    const auto note = [&](std::size_t count, const char* one, const char* many) {
        if (count > 0) held.push_back(counted(count, one, many));
    };
    note(store.listPeople().size(), "person", "people");
    note(store.listAmbitions().size(), "ambition", "ambitions");
    note(store.listInnovations({}).size(), "innovation", "innovations");
    note(store.listReviews().size(), "review", "reviews");
    note(store.listChecklistAnswers().size(), "checklist answer", "checklist answers");
    note(store.listIdeas().size(), "idea", "ideas");
    AuditFilter newest;
    newest.limit = 1;
    if (held.empty() && !store.listAudit(newest).empty()) held.emplace_back("an audit trail");
    if (held.empty()) return;
    std::string words;
    for (std::size_t i = 0; i < held.size(); ++i)
        words += (i == 0 ? "" : (i + 1 == held.size() ? " and " : ", ")) + held[i];
    throw ConflictError("The portfolio to restore into is not empty (it holds " + words +
                        "); restore into a new file, or into a portfolio with nothing in it");
}

// A backend that numbers records itself cannot reproduce the file; say so rather than relink.
void requireKept(const char* array, Id wanted, Id given) {
    if (wanted != given)
        throw StorageError(std::string("Could not restore ") + array + ": the portfolio numbered a record " +
                           std::to_string(given) + " where the file has " + std::to_string(wanted) +
                           "; nothing was restored");
}

// A document that carries its chain (version 3) is checked before anything is written, and the
// trail the store chains again is compared entry by entry after.
void requireIntactChain(const PortfolioDocument& d) {
    if (d.audit.empty() || d.audit.front().hash.empty()) return;  // an older document: chained afresh
    const ChainVerdict verdict = verifyChain(d.portfolioKey, d.audit);
    if (verdict.firstBreak) {
        std::string words = describeBreak(*verdict.firstBreak);
        words.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(words.front())));
        const std::string place = std::string(fields::kAudit) + "[" + std::to_string(verdict.firstBreak->position - 1) + "]";
        throw ValidationError(place, std::to_string(verdict.firstBreak->entry.id),
                              place + ": " + words + "; nothing was restored");
    }
}

void requireSameChain(const PortfolioDocument& d, const PortfolioStore& store) {
    if (d.audit.empty() || d.audit.front().hash.empty()) return;
    const auto restored = store.listAudit({});
    for (std::size_t i = 0; i < d.audit.size(); ++i)
        if (i >= restored.size() || restored[i].hash != d.audit[i].hash)
            throw StorageError("Could not restore the audit trail: entry " + std::to_string(d.audit[i].id) +
                               " was kept differently from the document (the server may have stamped it with its "
                               "own time or login; restore as the portfolio's administrator); nothing was restored");
}

}  // namespace

RestoreSummary restorePortfolioDocument(const PortfolioDocument& d, PortfolioStore& store) {
    requireIntactChain(d);
    auto transaction = store.beginBulkWrite();
    requireEmpty(store);
    store.setRiskBands(d.riskBands);
    if (!d.portfolioKey.empty()) store.setPortfolioKey(d.portfolioKey);
    store.setIdeaGate(d.ideaGate);
    store.setKeyDecisionThreshold(d.keyDecisionThreshold);
    store.setNation(d.nation);
    const auto each = [](const char* array, const auto& records, auto insert) {
        for (const auto& record : records) requireKept(array, record.id, insert(record));
    };
    each(fields::arrayOf(fields::Table::People), d.people, [&](const Person& r) { return store.insertPerson(r); });
    each(fields::arrayOf(fields::Table::Ambitions), d.ambitions, [&](const Ambition& r) { return store.insertAmbition(r); });
    each(fields::arrayOf(fields::Table::Innovations), d.innovations,
         [&](const Innovation& r) { return store.insertInnovation(r); });
    each(fields::kStageChanges, d.stageChanges, [&](const StageChange& r) { return store.insertStageChange(r); });
    each(fields::arrayOf(fields::Table::Milestones), d.milestones, [&](const Milestone& r) { return store.insertMilestone(r); });
    each(fields::kMilestoneMoves, d.milestoneMoves, [&](const MilestoneMove& r) { return store.insertMilestoneMove(r); });
    // Risks and setbacks name each other; the store checks those links when the transaction ends.
    each(fields::arrayOf(fields::Table::Risks), d.risks, [&](const Risk& r) { return store.insertRisk(r); });
    each(fields::arrayOf(fields::Table::Setbacks), d.setbacks, [&](const Setback& r) { return store.insertSetback(r); });
    each(fields::kLessons, d.lessons, [&](const Lesson& r) { return store.insertLesson(r); });
    each(fields::kBenefits, d.benefits, [&](const Benefit& r) { return store.insertBenefit(r); });
    each(fields::kEngagements, d.engagements, [&](const Engagement& r) { return store.insertEngagement(r); });
    each(fields::arrayOf(fields::Table::Reviews), d.reviews, [&](const Review& r) { return store.insertReview(r); });
    for (const auto& entry : d.reviewEntries) store.saveReviewEntry(entry);
    each(fields::kChecklistAnswers, d.checklistAnswers,
         [&](const ChecklistAnswer& r) { return store.insertChecklistAnswer(r); });
    each(fields::arrayOf(fields::Table::Ideas), d.ideas, [&](const Idea& r) { return store.insertIdea(r); });
    for (const auto& score : d.ideaScores) store.saveIdeaScore(score);
    each(fields::kDecisions, d.decisions, [&](const Decision& r) { return store.insertDecision(r); });
    each(fields::kAudit, d.audit, [&](const AuditEntry& r) { return store.appendAudit(r); });
    requireSameChain(d, store);
    transaction->commit();
    return {d.records(), d.audit.size()};
}

RestoreSummary restorePortfolioJson(std::istream& in, PortfolioStore& store) {
    return restorePortfolioDocument(parsePortfolioJson(in), store);
}

}  // namespace innotrack::exchange
