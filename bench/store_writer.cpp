// The storage-layer load: what innotrack itself spends writing a portfolio of N innovations.
#include "portfolio_writers.hpp"

#include "tracker/errors.hpp"

#include <string>

namespace innotrack::bench {

namespace {

void expectId(const char* table, Id expected, Id given) {
    if (expected != given)
        throw StorageError(std::string("benchmark load: the store numbered a row of ") + table + " " +
                           std::to_string(given) + " where " + std::to_string(expected) +
                           " was expected; start from a new file");
}

template <typename Record, typename Insert>
void insertAll(const char* table, const std::vector<Record>& records, Insert insert) {
    for (const auto& record : records) expectId(table, record.id, insert(record));
}

}  // namespace

void writeToStore(const SyntheticPortfolio& portfolio, PortfolioStore& store) {
    auto transaction = store.beginBulkWrite();  // a load lands whole or not at all, as a restore does
    insertAll("people", portfolio.people, [&](const Person& r) { return store.insertPerson(r); });
    insertAll("ambitions", portfolio.ambitions, [&](const Ambition& r) { return store.insertAmbition(r); });
    insertAll("innovations", portfolio.innovations, [&](const Innovation& r) { return store.insertInnovation(r); });
    insertAll("stage_changes", portfolio.stageChanges, [&](const StageChange& r) { return store.insertStageChange(r); });
    insertAll("milestones", portfolio.milestones, [&](const Milestone& r) { return store.insertMilestone(r); });
    insertAll("milestone_moves", portfolio.milestoneMoves,
              [&](const MilestoneMove& r) { return store.insertMilestoneMove(r); });
    insertAll("benefits", portfolio.benefits, [&](const Benefit& r) { return store.insertBenefit(r); });
    insertAll("risks", portfolio.risks, [&](const Risk& r) { return store.insertRisk(r); });
    insertAll("setbacks", portfolio.setbacks, [&](const Setback& r) { return store.insertSetback(r); });
    insertAll("lessons", portfolio.lessons, [&](const Lesson& r) { return store.insertLesson(r); });
    insertAll("reviews", portfolio.reviews, [&](const Review& r) { return store.insertReview(r); });
    for (const auto& entry : portfolio.reviewEntries) store.saveReviewEntry(entry);
    for (const auto& entry : portfolio.audit) store.appendAudit(entry);
    transaction->commit();
}

}  // namespace innotrack::bench
