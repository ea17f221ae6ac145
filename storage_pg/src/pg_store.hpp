// A portfolio on a PostgreSQL server: tracker's PortfolioStore and every query port, over one
// connection (pq.hpp). The same records, rules and answers as the file backend (tests/contract/).
#pragma once

#include "session.hpp"

#include "tracker/board_queries.hpp"
#include "tracker/checklist_queries.hpp"
#include "tracker/stage_board_queries.hpp"
#include "tracker/store.hpp"
#include "tracker/tally_queries.hpp"
#include "tracker/trend_queries.hpp"

#include <memory>
#include <string>

namespace innotrack::storage_pg {

// Orders not fixed by store.hpp are the file backend's: people, ambitions and review entries by
// id; stage changes and milestone moves by date, then id.
class PgStore final : public PortfolioStore,
                      public TallyQueries,
                      public TrendQueries,
                      public ChecklistQueries,
                      public BoardQueries,
                      public StageBoardQueries {
public:
    explicit PgStore(std::shared_ptr<Session> session);
    ~PgStore() override;
    PgStore(const PgStore&) = delete;
    PgStore& operator=(const PgStore&) = delete;

    Session& session() const { return *session_; }

    // A nested call, while a write transaction is open, opens a savepoint inside it.
    std::unique_ptr<WriteTransaction> beginWrite() override;
    // No savepoint per statement, and the id sequences moved once at the end.
    std::unique_ptr<WriteTransaction> beginBulkWrite() override;

    RiskBands riskBands() const override;
    void setRiskBands(const RiskBands& bands) override;
    std::string portfolioKey() const override;
    void setPortfolioKey(const std::string& key) override;

    Id insertPerson(const Person& person) override;
    void updatePerson(const Person& person) override;
    std::optional<Person> findPerson(Id id) const override;
    std::optional<Person> findPersonByName(const std::string& name) const override;
    std::optional<Person> findPersonByLogin(const std::string& login) const override;
    std::vector<Person> listPeople() const override;

    Id insertAmbition(const Ambition& ambition) override;
    void updateAmbition(const Ambition& ambition) override;
    std::optional<Ambition> findAmbition(Id id) const override;
    std::vector<Ambition> listAmbitions() const override;

    Id insertInnovation(const Innovation& innovation) override;
    void updateInnovation(const Innovation& innovation) override;
    std::optional<Innovation> findInnovation(Id id) const override;
    void forEachInnovation(const InnovationFilter& filter, const RecordVisitor<Innovation>& visit) const override;

    Id insertStageChange(const StageChange& change) override;
    std::vector<StageChange> listStageChanges(Id innovationId) const override;
    void removeStageChange(Id id) override;
    // Undoing an addition or a milestone's move (removals.cpp).
    void removeInnovation(Id id) override;
    void removeMilestone(Id id) override;
    void removeMilestoneMove(Id id) override;
    void removeRisk(Id id) override;
    void removeSetback(Id id) override;
    void removeLesson(Id id) override;
    void removeBenefit(Id id) override;
    void removePerson(Id id) override;
    void removeAmbition(Id id) override;
    void removeEngagement(Id id) override;
    void removeIdea(Id id) override;
    void removeDecision(Id id) override;

    Id insertMilestone(const Milestone& milestone) override;
    void updateMilestone(const Milestone& milestone) override;
    std::optional<Milestone> findMilestone(Id id) const override;
    void forEachMilestone(OptionalId innovationId, const RecordVisitor<Milestone>& visit) const override;
    Id insertMilestoneMove(const MilestoneMove& move) override;
    std::vector<MilestoneMove> listMilestoneMoves(Id milestoneId) const override;

    Id insertRisk(const Risk& risk) override;
    void updateRisk(const Risk& risk) override;
    std::optional<Risk> findRisk(Id id) const override;
    void forEachRisk(OptionalId innovationId, const RecordVisitor<Risk>& visit) const override;

    Id insertSetback(const Setback& setback) override;
    void updateSetback(const Setback& setback) override;
    std::optional<Setback> findSetback(Id id) const override;
    void forEachSetback(OptionalId innovationId, const RecordVisitor<Setback>& visit) const override;

    Id insertLesson(const Lesson& lesson) override;
    void updateLesson(const Lesson& lesson) override;
    std::optional<Lesson> findLesson(Id id) const override;
    void forEachLesson(const LessonFilter& filter, const RecordVisitor<Lesson>& visit) const override;

    Id insertBenefit(const Benefit& benefit) override;
    void updateBenefit(const Benefit& benefit) override;
    std::optional<Benefit> findBenefit(Id id) const override;
    void forEachBenefit(OptionalId innovationId, const RecordVisitor<Benefit>& visit) const override;
    Id insertEngagement(const Engagement& engagement) override;
    void updateEngagement(const Engagement& engagement) override;
    std::optional<Engagement> findEngagement(Id id) const override;
    void forEachEngagement(OptionalId innovationId, const RecordVisitor<Engagement>& visit) const override;

    Id insertDecision(const Decision& decision) override;
    void updateDecision(const Decision& decision) override;
    std::optional<Decision> findDecision(Id id) const override;
    std::vector<Decision> listDecisions(OptionalId innovationId) const override;
    Pence keyDecisionThreshold() const override;
    void setKeyDecisionThreshold(Pence threshold) override;
    Nation nation() const override;
    void setNation(Nation nation) override;

    Id insertReview(const Review& review) override;
    void updateReview(const Review& review) override;
    std::optional<Review> findReview(Id id) const override;
    std::optional<Review> findOpenReview() const override;
    std::vector<Review> listReviews() const override;
    void saveReviewEntry(const ReviewEntry& entry) override;
    std::vector<ReviewEntry> listReviewEntries(Id reviewId) const override;
    void removeReviewEntry(Id reviewId, Id innovationId) override;

    Id appendAudit(const AuditEntry& entry) override;
    AuditChainHead auditChainHead() const override;
    std::vector<AuditEntry> listAudit(const AuditFilter& filter) const override;

    std::vector<Problem> checkStorage() const override;

    // Ideas, their scores and the gate (ideas.cpp).
    Id insertIdea(const Idea& idea) override;
    void updateIdea(const Idea& idea) override;
    std::optional<Idea> findIdea(Id id) const override;
    std::vector<Idea> listIdeas() const override;
    std::optional<Idea> findIdeaOfInnovation(Id innovationId) const override;
    void saveIdeaScore(const IdeaScore& score) override;
    std::vector<IdeaScore> listIdeaScores(OptionalId ideaId) const override;
    int ideaGate() const override;
    void setIdeaGate(int gate) override;

    Id insertChecklistAnswer(const ChecklistAnswer& answer) override;
    std::vector<ChecklistAnswer> listChecklistAnswers() const override;

    // TallyQueries (tally_queries.cpp).
    RiskHeatMap openRiskHeatMap(Date on, const TallyScope& scope) const override;

    // TrendQueries (trend_queries.cpp): the tally's statements grouped by quarter, and confidence.
    ConfidenceHistory confidenceByReview(const std::vector<Id>& innovations, Date upTo) const override;

    // ChecklistQueries (checklist_queries.cpp).
    ChecklistCounts checklistCounts(Date on) const override;
    std::vector<ChecklistAnswer> latestChecklistAnswers(Date on) const override;

    // BoardQueries (board_queries.cpp).
    std::optional<BoardReview> lastClosedReview(Date on) const override;
    BoardLists boardLists(const BoardScope& scope, const std::optional<BoardReview>& since, OptionalId decisionsAt,
                          int criticalFrom, std::optional<std::size_t> limit) const override;

    // StageBoardQueries (stage_board_queries.cpp).
    StageBoardCards stageBoardCards(const StageBoardScope& scope) const override;
    StageBoardPlaces stageBoardPlaces(const StageBoardScope& scope) const override;
    std::vector<StageBoardCard> stageBoardCardsOf(Date on, const std::vector<Id>& innovations) const override;
    std::vector<Id> stageBoardSearch(const std::string& text) const override;
    std::vector<Id> stageBoardFlagged(Date on, StageBoardFlag flag, OptionalId person) const override;

protected:
    std::vector<TallyRow> tallyRows(const Period& period, const TallyScope& scope,
                                    TallyGrouping grouping) const override;
    std::vector<TallyRow> quarterTrendRows(const Period& period, const TallyScope& scope) const override;
    // The records behind a figure or a heat-map cell (tally_records.cpp).
    TallyRecords tallyRecordRows(const Period& period, const TallyScope& scope, TallyFigure figure,
                                 std::size_t limit) const override;
    TallyRecords openRiskCellRows(Date on, const TallyScope& scope, int likelihood, int impact,
                                  std::size_t limit) const override;

private:
    // The end of the audit trail and the server's stamp for a new entry (audit.cpp).
    Session::AuditTail askAuditTail(bool numbered, Id& nextId) const;
    // The person's name; NotFound names the board's filter when there is nobody with that id.
    std::string requirePerson(Id personId) const;

    std::shared_ptr<Session> session_;
};

}  // namespace innotrack::storage_pg
