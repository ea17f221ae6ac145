// A PortfolioStore that forwards every call to another: a test derives from it and steps in at
// the one call it is about (a write that fails part-way, a change that lands mid-read).
#pragma once

#include "tracker/store.hpp"

namespace innotrack::testing {

class PassThroughStore : public PortfolioStore {
public:
    explicit PassThroughStore(PortfolioStore& inner) : inner_(inner) {}

    std::unique_ptr<WriteTransaction> beginWrite() override { return inner_.beginWrite(); }
    RiskBands riskBands() const override { return inner_.riskBands(); }
    void setRiskBands(const RiskBands& bands) override { inner_.setRiskBands(bands); }
    std::string portfolioKey() const override { return inner_.portfolioKey(); }
    void setPortfolioKey(const std::string& key) override { inner_.setPortfolioKey(key); }
    Id insertPerson(const Person& r) override { return inner_.insertPerson(r); }
    void updatePerson(const Person& r) override { inner_.updatePerson(r); }
    std::optional<Person> findPerson(Id id) const override { return inner_.findPerson(id); }
    std::optional<Person> findPersonByLogin(const std::string& login) const override {
        return inner_.findPersonByLogin(login);
    }
    std::optional<Person> findPersonByName(const std::string& name) const override {
        return inner_.findPersonByName(name);
    }
    std::vector<Person> listPeople() const override { return inner_.listPeople(); }
    Id insertAmbition(const Ambition& r) override { return inner_.insertAmbition(r); }
    void updateAmbition(const Ambition& r) override { inner_.updateAmbition(r); }
    std::optional<Ambition> findAmbition(Id id) const override { return inner_.findAmbition(id); }
    std::vector<Ambition> listAmbitions() const override { return inner_.listAmbitions(); }
    Id insertInnovation(const Innovation& r) override { return inner_.insertInnovation(r); }
    void updateInnovation(const Innovation& r) override { inner_.updateInnovation(r); }
    std::optional<Innovation> findInnovation(Id id) const override { return inner_.findInnovation(id); }
    void removeInnovation(Id id) override { inner_.removeInnovation(id); }
    void forEachInnovation(const InnovationFilter& f, const RecordVisitor<Innovation>& visit) const override {
        inner_.forEachInnovation(f, visit);
    }
    Id insertStageChange(const StageChange& r) override { return inner_.insertStageChange(r); }
    std::vector<StageChange> listStageChanges(Id id) const override { return inner_.listStageChanges(id); }
    void removeStageChange(Id id) override { inner_.removeStageChange(id); }
    Id insertMilestone(const Milestone& r) override { return inner_.insertMilestone(r); }
    void updateMilestone(const Milestone& r) override { inner_.updateMilestone(r); }
    std::optional<Milestone> findMilestone(Id id) const override { return inner_.findMilestone(id); }
    void forEachMilestone(OptionalId id, const RecordVisitor<Milestone>& visit) const override {
        inner_.forEachMilestone(id, visit);
    }
    Id insertMilestoneMove(const MilestoneMove& r) override { return inner_.insertMilestoneMove(r); }
    std::vector<MilestoneMove> listMilestoneMoves(Id id) const override { return inner_.listMilestoneMoves(id); }
    void removeMilestone(Id id) override { inner_.removeMilestone(id); }
    void removeMilestoneMove(Id id) override { inner_.removeMilestoneMove(id); }
    Id insertRisk(const Risk& r) override { return inner_.insertRisk(r); }
    void updateRisk(const Risk& r) override { inner_.updateRisk(r); }
    std::optional<Risk> findRisk(Id id) const override { return inner_.findRisk(id); }
    void removeRisk(Id id) override { inner_.removeRisk(id); }
    void removeSetback(Id id) override { inner_.removeSetback(id); }
    void forEachRisk(OptionalId id, const RecordVisitor<Risk>& visit) const override { inner_.forEachRisk(id, visit); }
    Id insertSetback(const Setback& r) override { return inner_.insertSetback(r); }
    void updateSetback(const Setback& r) override { inner_.updateSetback(r); }
    std::optional<Setback> findSetback(Id id) const override { return inner_.findSetback(id); }
    void forEachSetback(OptionalId id, const RecordVisitor<Setback>& visit) const override {
        inner_.forEachSetback(id, visit);
    }
    Id insertLesson(const Lesson& r) override { return inner_.insertLesson(r); }
    void updateLesson(const Lesson& r) override { inner_.updateLesson(r); }
    std::optional<Lesson> findLesson(Id id) const override { return inner_.findLesson(id); }
    void forEachLesson(const LessonFilter& f, const RecordVisitor<Lesson>& visit) const override {
        inner_.forEachLesson(f, visit);
    }
    void removeLesson(Id id) override { inner_.removeLesson(id); }
    Id insertIdea(const Idea& r) override { return inner_.insertIdea(r); }
    void updateIdea(const Idea& r) override { inner_.updateIdea(r); }
    std::optional<Idea> findIdea(Id id) const override { return inner_.findIdea(id); }
    std::vector<Idea> listIdeas() const override { return inner_.listIdeas(); }
    std::optional<Idea> findIdeaOfInnovation(Id id) const override { return inner_.findIdeaOfInnovation(id); }
    void saveIdeaScore(const IdeaScore& r) override { inner_.saveIdeaScore(r); }
    std::vector<IdeaScore> listIdeaScores(OptionalId id) const override { return inner_.listIdeaScores(id); }
    int ideaGate() const override { return inner_.ideaGate(); }
    void setIdeaGate(int gate) override { inner_.setIdeaGate(gate); }
    Id insertBenefit(const Benefit& r) override { return inner_.insertBenefit(r); }
    void updateBenefit(const Benefit& r) override { inner_.updateBenefit(r); }
    std::optional<Benefit> findBenefit(Id id) const override { return inner_.findBenefit(id); }
    void forEachBenefit(OptionalId id, const RecordVisitor<Benefit>& visit) const override {
        inner_.forEachBenefit(id, visit);
    }
    void removeBenefit(Id id) override { inner_.removeBenefit(id); }
    void removePerson(Id id) override { inner_.removePerson(id); }
    void removeAmbition(Id id) override { inner_.removeAmbition(id); }
    void removeEngagement(Id id) override { inner_.removeEngagement(id); }
    void removeIdea(Id id) override { inner_.removeIdea(id); }
    void removeDecision(Id id) override { inner_.removeDecision(id); }
    Id insertEngagement(const Engagement& r) override { return inner_.insertEngagement(r); }
    void updateEngagement(const Engagement& r) override { inner_.updateEngagement(r); }
    std::optional<Engagement> findEngagement(Id id) const override { return inner_.findEngagement(id); }
    void forEachEngagement(OptionalId id, const RecordVisitor<Engagement>& visit) const override {
        inner_.forEachEngagement(id, visit);
    }
    Id insertDecision(const Decision& r) override { return inner_.insertDecision(r); }
    void updateDecision(const Decision& r) override { inner_.updateDecision(r); }
    std::optional<Decision> findDecision(Id id) const override { return inner_.findDecision(id); }
    std::vector<Decision> listDecisions(OptionalId id) const override { return inner_.listDecisions(id); }
    Pence keyDecisionThreshold() const override { return inner_.keyDecisionThreshold(); }
    void setKeyDecisionThreshold(Pence t) override { inner_.setKeyDecisionThreshold(t); }
    Nation nation() const override { return inner_.nation(); }
    void setNation(Nation n) override { inner_.setNation(n); }
    Id insertReview(const Review& r) override { return inner_.insertReview(r); }
    void updateReview(const Review& r) override { inner_.updateReview(r); }
    std::optional<Review> findReview(Id id) const override { return inner_.findReview(id); }
    std::optional<Review> findOpenReview() const override { return inner_.findOpenReview(); }
    std::vector<Review> listReviews() const override { return inner_.listReviews(); }
    void saveReviewEntry(const ReviewEntry& r) override { inner_.saveReviewEntry(r); }
    std::vector<ReviewEntry> listReviewEntries(Id id) const override { return inner_.listReviewEntries(id); }
    void removeReviewEntry(Id review, Id innovation) override { inner_.removeReviewEntry(review, innovation); }
    Id appendAudit(const AuditEntry& r) override { return inner_.appendAudit(r); }
    std::vector<AuditEntry> listAudit(const AuditFilter& f) const override { return inner_.listAudit(f); }
    AuditChainHead auditChainHead() const override { return inner_.auditChainHead(); }
    std::vector<Problem> checkStorage() const override { return inner_.checkStorage(); }
    Id insertChecklistAnswer(const ChecklistAnswer& r) override { return inner_.insertChecklistAnswer(r); }
    std::vector<ChecklistAnswer> listChecklistAnswers() const override { return inner_.listChecklistAnswers(); }

protected:
    PortfolioStore& inner_;
};

}  // namespace innotrack::testing
