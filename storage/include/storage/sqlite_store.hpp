// The portfolio file: tracker's PortfolioStore kept in one SQLite file (the rest of the program never sees SQLite).
#pragma once

#include "tracker/board_queries.hpp"
#include "tracker/checklist_queries.hpp"
#include "tracker/stage_board_queries.hpp"
#include "tracker/tally_queries.hpp"
#include "tracker/trend_queries.hpp"
#include "tracker/store.hpp"

#include <memory>
#include <string>

namespace innotrack::storage {

namespace detail {
class Connection;
}

enum class OpenMode {
    CreateNew,     // a new portfolio file; refuses a path that already exists
    OpenExisting,  // read and write an innotrack file, upgrading its schema if it is older
    ReadOnly,      // look without changing anything; refuses a file that would need upgrading
};

// Orders not fixed by store.hpp: people, ambitions and review entries by id; stage changes and
// milestone moves by date, then id.
class SqliteStore final : public PortfolioStore,
                          public TallyQueries,
                          public TrendQueries,
                          public ChecklistQueries,
                          public BoardQueries,
                          public StageBoardQueries {
    struct Key {
        explicit Key() = default;
    };

public:
    // Refuses, with StorageError and the file left byte-for-byte untouched, anything that is not
    // an innotrack portfolio this version can read. Before upgrading an older file it copies it to
    // PATH.before-schema-N.bak (N: the schema it is upgraded to; PATH.before-schema-N.2.bak and so
    // on if that name is taken).
    static std::unique_ptr<SqliteStore> open(const std::string& path, OpenMode mode);
    // A portfolio that lives only as long as the store: for tests and throwaway work.
    static std::unique_ptr<SqliteStore> openInMemory();

    SqliteStore(Key, std::shared_ptr<detail::Connection> connection);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    // True when `path` is an innotrack portfolio at an older schema, which opening it for
    // writing upgrades (after a backup). Refuses what open() refuses; changes nothing.
    static bool needsUpgrade(const std::string& path);

    int schemaVersion() const;
    static int currentSchemaVersion();
    std::string path() const;  // ":memory:" for an in-memory store

    // True when another connection (the desktop app, the command line) has committed a change
    // since the previous call; the first call compares with the moment the file was opened.
    bool changedSinceLastCall();
    // A consistent copy of the whole portfolio, taken while it is in use, into a new file.
    void backupTo(const std::string& path) const;

    // A nested call, while a write transaction is open, opens a savepoint inside it.
    std::unique_ptr<WriteTransaction> beginWrite() override;
    // The same, with a page cache large enough for a whole portfolio's indexes while it lasts
    // (a load, a restore, a copy); nested inside another write it is a plain savepoint.
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

    // Decisions and the settings their rules read: decisions.cpp.
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
    std::vector<AuditEntry> listAudit(const AuditFilter& filter) const override;
    AuditChainHead auditChainHead() const override;

    std::vector<Problem> checkStorage() const override;

    // TallyQueries: SQL aggregates in tally_queries.cpp and tally_counts.cpp.
    RiskHeatMap openRiskHeatMap(Date on, const TallyScope& scope) const override;

    // TrendQueries (trend_queries.cpp): the tally's statements grouped by quarter, and confidence.
    ConfidenceHistory confidenceByReview(const std::vector<Id>& innovations, Date upTo) const override;

    // Ideas, their scores and the gate: ideas.cpp.
    Id insertIdea(const Idea& idea) override;
    void updateIdea(const Idea& idea) override;
    std::optional<Idea> findIdea(Id id) const override;
    std::vector<Idea> listIdeas() const override;
    std::optional<Idea> findIdeaOfInnovation(Id innovationId) const override;
    void saveIdeaScore(const IdeaScore& score) override;
    std::vector<IdeaScore> listIdeaScores(OptionalId ideaId) const override;
    int ideaGate() const override;
    void setIdeaGate(int gate) override;

    // The checklist: answers in checklist.cpp; ChecklistQueries' SQL in checklist_queries.cpp.
    Id insertChecklistAnswer(const ChecklistAnswer& answer) override;
    std::vector<ChecklistAnswer> listChecklistAnswers() const override;
    ChecklistCounts checklistCounts(Date on) const override;
    std::vector<ChecklistAnswer> latestChecklistAnswers(Date on) const override;

    // BoardQueries: the weekly board report's facts, in board_queries.cpp and board_sections.cpp.
    std::optional<BoardReview> lastClosedReview(Date on) const override;
    BoardLists boardLists(const BoardScope& scope, const std::optional<BoardReview>& since, OptionalId decisionsAt,
                          int criticalFrom, std::optional<std::size_t> limit) const override;

    // StageBoardQueries: the stage board's cards by the board paper's definitions, in
    // stage_board_queries.cpp (their SQL shared with the board paper through board_sql.hpp).
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
    // The person's name; NotFound names the board's filter when there is nobody with that id.
    std::string requirePerson(Id personId) const;

    std::shared_ptr<detail::Connection> connection_;
};

}  // namespace innotrack::storage
