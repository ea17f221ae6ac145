// The weekly review's model; see review_model.hpp.
#include "gui/review_model.hpp"

#include "tracker/new_since.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace innotrack::gui {

void ReviewModel::load(const PortfolioStore& store, const BoardQueries& board, Date today) {
    open_ = store.findOpenReview();
    std::unordered_map<Id, std::string> names;
    for (const Person& person : store.listPeople()) names.emplace(person.id, person.name);
    chair_ = open_ && names.count(open_->chairId) ? names.at(open_->chairId) : std::string();

    past_.clear();
    for (const Review& review : store.listReviews()) {  // newest first
        if (review.isOpen()) continue;
        PastReview past;
        past.review = review;
        past.chair = names.count(review.chairId) ? names.at(review.chairId) : std::string();
        past.recorded = store.listReviewEntries(review.id).size();
        past_.push_back(std::move(past));
    }
    // The last review to close is the one whose decisions the next review follows up; an
    // abandoned one was never held, so it is passed over.
    lastClosed_ = board.lastClosedReview(today);
    lastClosedEntries_ = lastClosed_ ? store.listReviewEntries(lastClosed_->id) : std::vector<ReviewEntry>{};

    std::unordered_map<Id, ReviewEntry> recorded;
    if (open_)
        for (ReviewEntry& entry : store.listReviewEntries(open_->id)) recorded.emplace(entry.innovationId, std::move(entry));
    items_.clear();
    InnovationFilter active;
    active.activeOnly = true;
    for (Innovation& innovation : store.listInnovations(active)) {
        ReviewItem item;
        if (innovation.cabinetLeadId && names.count(*innovation.cabinetLeadId)) item.cabinetLead = names.at(*innovation.cabinetLeadId);
        if (const auto found = recorded.find(innovation.id); found != recorded.end()) item.recorded = found->second;
        item.innovation = std::move(innovation);
        items_.push_back(std::move(item));
    }
}

const PastReview* ReviewModel::pastReview(Id reviewId) const {
    for (const PastReview& past : past_)
        if (past.review.id == reviewId) return &past;
    return nullptr;
}

const PastReview* ReviewModel::closedReviewHeldOn(Date day) const {
    for (const PastReview& past : past_)
        if (past.review.heldOn == day && !past.abandoned()) return &past;
    return nullptr;
}

std::vector<PastReviewEntry> ReviewModel::entriesOf(const PortfolioStore& store, Id reviewId) const {
    std::vector<PastReviewEntry> out;
    for (ReviewEntry& entry : store.listReviewEntries(reviewId)) {
        const auto innovation = store.findInnovation(entry.innovationId);
        out.push_back({innovation ? innovation->title : "Innovation " + std::to_string(entry.innovationId), std::move(entry)});
    }
    std::sort(out.begin(), out.end(), [](const PastReviewEntry& a, const PastReviewEntry& b) {
        return std::tie(a.innovation, a.entry.innovationId) < std::tie(b.innovation, b.entry.innovationId);
    });
    return out;
}

std::optional<Date> ReviewModel::since() const {
    if (!lastClosed_) return std::nullopt;
    return lastClosed_->closedOn;
}

std::size_t ReviewModel::recordedCount() const {
    std::size_t count = 0;
    for (const ReviewItem& item : items_)
        if (item.recorded) ++count;
    return count;
}

std::size_t ReviewModel::firstUnrecorded() const {
    for (std::size_t i = 0; i < items_.size(); ++i)
        if (!items_[i].recorded) return i;
    return 0;
}

ReviewChanges ReviewModel::changesFor(const PortfolioStore& store, Id innovationId, Date today) const {
    ReviewChanges changes;
    const std::optional<Date> after = since();
    const auto isNew = [&](Date day) { return !after || day > *after; };
    for (const ReviewEntry& entry : lastClosedEntries_)
        if (entry.innovationId == innovationId) changes.confidenceAtLastReview = entry.confidence;
    for (const Milestone& milestone : store.listMilestones(innovationId)) {
        if (milestone.completedOn && isNew(*milestone.completedOn)) changes.completed.push_back(milestone);
        if (milestone.isOverdue(today)) changes.overdue.push_back(milestone);
        for (const MilestoneMove& move : store.listMilestoneMoves(milestone.id))
            if (isNew(move.movedOn)) changes.moved.push_back({milestone, move});
    }
    for (const Risk& risk : store.listRisks(innovationId))
        if (isNew(risk.raisedOn)) changes.newRisks.push_back(risk);
    for (const Setback& setback : store.listSetbacks(innovationId))
        if (setback.occurredOn <= today && recordedSince(store, "setback", setback.id, lastClosed_))
            changes.newSetbacks.push_back(setback);
    LessonFilter lessons;
    lessons.innovationId = innovationId;
    for (const Lesson& lesson : store.listLessons(lessons))
        if (lesson.recordedOn <= today && recordedSince(store, "lesson", lesson.id, lastClosed_))
            changes.newLessons.push_back(lesson);
    return changes;
}

bool ReviewDrafts::follow(const std::string& portfolioKey, OptionalId reviewId) {
    if (reviewId == reviewId_ && portfolioKey == portfolioKey_) return false;
    portfolioKey_ = portfolioKey;
    reviewId_ = reviewId;
    drafts_.clear();
    return true;
}

ReviewDraft& ReviewDrafts::draftFor(const ReviewItem& item) {
    const auto found = drafts_.find(item.innovation.id);
    if (found != drafts_.end()) return found->second;
    ReviewDraft draft;
    draft.confidence = item.recorded ? item.recorded->confidence : item.innovation.confidence;
    if (item.recorded) {
        draft.comment = item.recorded->comment;
        draft.decision = item.recorded->decision;
    }
    return drafts_.emplace(item.innovation.id, std::move(draft)).first->second;
}

const ReviewDraft* ReviewDrafts::find(Id innovationId) const {
    const auto found = drafts_.find(innovationId);
    return found == drafts_.end() ? nullptr : &found->second;
}

bool ReviewDrafts::unrecorded(const ReviewItem& item) const {
    const ReviewDraft* draft = find(item.innovation.id);
    if (!draft) return false;
    if (item.recorded)
        return draft->confidence != item.recorded->confidence || draft->comment != item.recorded->comment ||
               draft->decision != item.recorded->decision;
    return !draft->comment.empty() || !draft->decision.empty() || draft->confidence != item.innovation.confidence;
}

CloseSummary closeSummary(const ReviewModel& model, const ReviewDrafts& drafts) {
    CloseSummary summary;
    for (const ReviewItem& item : model.items()) {
        if (item.recorded) ++summary.recorded;
        else summary.noEntry.push_back(&item);
        if (drafts.unrecorded(item)) summary.unrecordedDrafts.push_back(&item);
    }
    return summary;
}

std::string describeDraft(const std::string& innovation, const ReviewDraft& draft) {
    std::string line = innovation + ": " + std::string(labelOf(draft.confidence));
    if (!draft.comment.empty()) line += ". Comment: " + draft.comment;
    if (!draft.decision.empty()) line += ". Decision: " + draft.decision;
    return line;
}

std::vector<LeftDraft> unrecordedDrafts(const ReviewModel& model, const ReviewDrafts& drafts) {
    std::vector<LeftDraft> out;
    for (const ReviewItem* item : closeSummary(model, drafts).unrecordedDrafts)
        out.push_back({item->innovation.title, *drafts.find(item->innovation.id)});
    return out;
}

}  // namespace innotrack::gui
