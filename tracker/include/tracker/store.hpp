// The storage port: what the domain needs from a backend to keep records. storage/ implements it
// with SQLite; nothing here names a backend, so another (PostgreSQL) follows behind the same
// interface. The contracts every backend keeps are written here, and tests/contract/ checks them.
#pragma once

#include "tracker/audit_chain.hpp"
#include "tracker/checklist.hpp"
#include "tracker/decision_store.hpp"
#include "tracker/delivery.hpp"
#include "tracker/idea_store.hpp"
#include "tracker/engagement.hpp"
#include "tracker/innovation.hpp"
#include "tracker/people.hpp"
#include "tracker/review.hpp"
#include "tracker/risk.hpp"
#include "tracker/setback.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace innotrack {

// A write transaction. Destroying it without commit() rolls back every change made since
// beginWrite(): each service call is one transaction, so it all lands or none of it does.
// A nested beginWrite() (while another is open on the same store) is a savepoint inside the outer
// one: rolling the inner one back undoes only what was done since it began, and committing it
// lands nothing until the outer one commits. The register import (one savepoint per row) and
// --dry-run (everything rolled back at the end) rely on this. A statement the store refuses (a
// name already taken) leaves the rest of the open transaction as it was, to commit or not.
class WriteTransaction {
public:
    virtual ~WriteTransaction() = default;
    virtual void commit() = 0;
};

// Hands a list's records over one at a time, as the backend reads them, so a long list is never
// held whole. The visitor must not use the store while it is called: a server connection is still
// receiving the list's rows (read what else you need, such as people's names, first).
template <typename R>
using RecordVisitor = std::function<void(const R&)>;

struct InnovationFilter {
    std::optional<Stage> stage;
    OptionalId ambitionId;
    OptionalId cabinetLeadId;
    OptionalId leadOfficerId;
    bool activeOnly = false;
    std::string text;  // matched, without regard to case, in title, summary and inspired-by
};

struct LessonFilter {
    OptionalId innovationId;
    std::string text;  // matched in every text field
    std::string tag;
    std::optional<FailureKind> kind;  // of the setback the lesson came from
};

// One finding of a consistency check, in words.
struct Problem {
    std::string what;
};

// Every method throws StorageError when the backend fails. Finders return nullopt for an
// unknown id; updates replace the whole record by id.
// Inserts return the record's id: a new one when the record's id is 0, else the id it was given,
// kept as it is (a restore of the portfolio JSON relies on this to keep every link); an id that is
// already taken is refused with StorageError. A later insert with id 0 gets an id above every id
// used so far.
// Name look-ups ignore the case of ASCII letters only ("cllr ann jones" finds "Cllr Ann Jones";
// "É" and "é" differ), and match the whole name; names are unique in that sense.
class PortfolioStore : public IdeaStore, public DecisionStore {
public:
    virtual ~PortfolioStore() = default;

    // Starts a write transaction that holds the write lock until commit or destruction.
    virtual std::unique_ptr<WriteTransaction> beginWrite() = 0;
    // A write transaction in which any refused statement spoils the whole, to be rolled back:
    // for restores and copies, which land whole or not at all. A backend may make it faster (a
    // server then keeps no savepoint per statement). A beginWrite() inside it is a savepoint still.
    virtual std::unique_ptr<WriteTransaction> beginBulkWrite() { return beginWrite(); }

    virtual RiskBands riskBands() const = 0;
    virtual void setRiskBands(const RiskBands& bands) = 0;
    // A random id made once when the portfolio file is created and never changed: exports that
    // others keep (calendar UIDs) name the portfolio by it, so two councils' files never collide.
    virtual std::string portfolioKey() const = 0;
    // Only a restore sets it: the restored file keeps the original's key, so calendar programs
    // see the same events, not a second copy of each. The audit chain starts from the key, so it
    // is refused once the trail holds an entry.
    virtual void setPortfolioKey(const std::string& key) = 0;

    virtual Id insertPerson(const Person& person) = 0;
    virtual void updatePerson(const Person& person) = 0;
    virtual std::optional<Person> findPerson(Id id) const = 0;
    virtual std::optional<Person> findPersonByName(const std::string& name) const = 0;  // any case, above
    // The person whose login this is, compared exactly (a server's role names are); nullopt for ""
    virtual std::optional<Person> findPersonByLogin(const std::string& login) const = 0;
    virtual std::vector<Person> listPeople() const = 0;
    // Like the other remove*s, only to undo an addition just made (Portfolio::undoAddition).
    virtual void removePerson(Id id) = 0;

    virtual Id insertAmbition(const Ambition& ambition) = 0;
    virtual void updateAmbition(const Ambition& ambition) = 0;
    virtual std::optional<Ambition> findAmbition(Id id) const = 0;
    virtual std::vector<Ambition> listAmbitions() const = 0;
    virtual void removeAmbition(Id id) = 0;

    virtual Id insertInnovation(const Innovation& innovation) = 0;
    virtual void updateInnovation(const Innovation& innovation) = 0;
    virtual std::optional<Innovation> findInnovation(Id id) const = 0;
    // Ordered by priority, then id.
    virtual void forEachInnovation(const InnovationFilter& filter, const RecordVisitor<Innovation>& visit) const = 0;
    // forEachInnovation's records, collected.
    std::vector<Innovation> listInnovations(const InnovationFilter& filter) const {
        std::vector<Innovation> all;
        forEachInnovation(filter, [&all](const Innovation& innovation) { all.push_back(innovation); });
        return all;
    }
    virtual void removeInnovation(Id id) = 0;  // one nothing refers to (its stage changes removed first)

    virtual Id insertStageChange(const StageChange& change) = 0;
    virtual std::vector<StageChange> listStageChanges(Id innovationId) const = 0;
    // Only to undo a change just made (Portfolio::undoStageChange): the audit trail keeps it.
    virtual void removeStageChange(Id id) = 0;

    virtual Id insertMilestone(const Milestone& milestone) = 0;
    virtual void updateMilestone(const Milestone& milestone) = 0;
    virtual std::optional<Milestone> findMilestone(Id id) const = 0;
    // All milestones when innovationId is empty; ordered by due date, then id.
    virtual void forEachMilestone(OptionalId innovationId, const RecordVisitor<Milestone>& visit) const = 0;
    // forEachMilestone's records, collected.
    std::vector<Milestone> listMilestones(OptionalId innovationId) const {
        std::vector<Milestone> all;
        forEachMilestone(innovationId, [&all](const Milestone& milestone) { all.push_back(milestone); });
        return all;
    }
    virtual Id insertMilestoneMove(const MilestoneMove& move) = 0;
    virtual std::vector<MilestoneMove> listMilestoneMoves(Id milestoneId) const = 0;
    // The remove* methods are only to undo an addition or a move just made (Portfolio::undoAddition,
    // undoMilestoneMove): the audit trail keeps it. NotFound for an unknown id. A removed record's
    // id is never given to another (a later insert with id 0 is numbered above it).
    virtual void removeMilestone(Id id) = 0;
    virtual void removeMilestoneMove(Id id) = 0;

    virtual Id insertRisk(const Risk& risk) = 0;
    virtual void updateRisk(const Risk& risk) = 0;
    virtual std::optional<Risk> findRisk(Id id) const = 0;
    // By id.
    virtual void forEachRisk(OptionalId innovationId, const RecordVisitor<Risk>& visit) const = 0;
    // forEachRisk's records, collected.
    std::vector<Risk> listRisks(OptionalId innovationId) const {
        std::vector<Risk> all;
        forEachRisk(innovationId, [&all](const Risk& risk) { all.push_back(risk); });
        return all;
    }
    virtual void removeRisk(Id id) = 0;

    virtual Id insertSetback(const Setback& setback) = 0;
    virtual void updateSetback(const Setback& setback) = 0;
    virtual std::optional<Setback> findSetback(Id id) const = 0;
    // By date, then id.
    virtual void forEachSetback(OptionalId innovationId, const RecordVisitor<Setback>& visit) const = 0;
    // forEachSetback's records, collected.
    std::vector<Setback> listSetbacks(OptionalId innovationId) const {
        std::vector<Setback> all;
        forEachSetback(innovationId, [&all](const Setback& setback) { all.push_back(setback); });
        return all;
    }
    virtual void removeSetback(Id id) = 0;

    virtual Id insertLesson(const Lesson& lesson) = 0;
    virtual void updateLesson(const Lesson& lesson) = 0;
    virtual std::optional<Lesson> findLesson(Id id) const = 0;
    // By id, each with its tags.
    virtual void forEachLesson(const LessonFilter& filter, const RecordVisitor<Lesson>& visit) const = 0;
    // forEachLesson's records, collected.
    std::vector<Lesson> listLessons(const LessonFilter& filter) const {
        std::vector<Lesson> all;
        forEachLesson(filter, [&all](const Lesson& lesson) { all.push_back(lesson); });
        return all;
    }
    virtual void removeLesson(Id id) = 0;  // and its tags

    virtual Id insertBenefit(const Benefit& benefit) = 0;
    virtual void updateBenefit(const Benefit& benefit) = 0;
    virtual std::optional<Benefit> findBenefit(Id id) const = 0;
    // By id.
    virtual void forEachBenefit(OptionalId innovationId, const RecordVisitor<Benefit>& visit) const = 0;
    // forEachBenefit's records, collected.
    std::vector<Benefit> listBenefits(OptionalId innovationId) const {
        std::vector<Benefit> all;
        forEachBenefit(innovationId, [&all](const Benefit& benefit) { all.push_back(benefit); });
        return all;
    }
    virtual void removeBenefit(Id id) = 0;

    virtual Id insertEngagement(const Engagement& engagement) = 0;
    virtual void updateEngagement(const Engagement& engagement) = 0;
    virtual std::optional<Engagement> findEngagement(Id id) const = 0;
    // All engagements when innovationId is empty; ordered by date, then id.
    virtual void forEachEngagement(OptionalId innovationId, const RecordVisitor<Engagement>& visit) const = 0;
    // forEachEngagement's records, collected.
    std::vector<Engagement> listEngagements(OptionalId innovationId) const {
        std::vector<Engagement> all;
        forEachEngagement(innovationId, [&all](const Engagement& engagement) { all.push_back(engagement); });
        return all;
    }
    virtual void removeEngagement(Id id) = 0;

    virtual Id insertReview(const Review& review) = 0;
    virtual void updateReview(const Review& review) = 0;
    virtual std::optional<Review> findReview(Id id) const = 0;
    virtual std::optional<Review> findOpenReview() const = 0;
    virtual std::vector<Review> listReviews() const = 0;  // newest first
    // Inserts, or replaces the entry for the same review and innovation.
    virtual void saveReviewEntry(const ReviewEntry& entry) = 0;
    virtual std::vector<ReviewEntry> listReviewEntries(Id reviewId) const = 0;
    // Only to undo recording an entry just made (Portfolio::undoReviewEntry): the audit trail keeps it.
    virtual void removeReviewEntry(Id reviewId, Id innovationId) = 0;

    // Appends after every entry so far, extending the audit chain (tracker/audit_chain.hpp): the
    // store works out the entry's hash from the one before it (or the portfolio key) over the
    // entry exactly as it is kept, so the entry's own `hash` is ignored. One writer extends the
    // chain at a time, so entries are chained in the order they are committed. A given id must be
    // above every id so far (a restore appends in order); a lower one is refused.
    virtual Id appendAudit(const AuditEntry& entry) = 0;
    // Oldest first, unless filter.limit is set: then the newest `limit`, still oldest first.
    virtual std::vector<AuditEntry> listAudit(const AuditFilter& filter) const = 0;
    // How many entries the trail holds, and the newest one's hash.
    virtual AuditChainHead auditChainHead() const = 0;

    // The backend's own checks (integrity, foreign keys), in words. Empty when all is well.
    virtual std::vector<Problem> checkStorage() const = 0;

    // The leader's checklist answers. Every answer is kept; a new one never replaces a row.
    virtual Id insertChecklistAnswer(const ChecklistAnswer& answer) = 0;
    // Oldest first: by answered-on date, then id.
    virtual std::vector<ChecklistAnswer> listChecklistAnswers() const = 0;
};

}  // namespace innotrack
