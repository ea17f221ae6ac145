// The Ideas view's model and forms; see ideas_model.hpp.
#include "gui/ideas_model.hpp"

#include "gui/undo_steps.hpp"
#include "tracker/errors.hpp"
#include "tracker/record_fields.hpp"

#include <algorithm>
#include <map>
#include <memory>

namespace innotrack::gui {
namespace {

// Collects the five criteria of a score (its whole-number fields) with their labels, walking the
// score's field list, so the labels are the audit trail's.
template <typename Member>
struct CriteriaCollector {
    std::vector<std::pair<const char*, Member*>> criteria;

    template <typename... A> void link(record_fields::Field, A&&...) {}
    template <typename... A> void date(record_fields::Field, A&&...) {}
    template <typename... A> void integer(record_fields::Field field, Member& member, A&&...) {
        criteria.emplace_back(field.label, &member);
    }
};

}  // namespace

std::vector<std::pair<const char*, int*>> criteriaOf(IdeaScore& score) {
    CriteriaCollector<int> collector;
    record_fields::fields(collector, score);
    return collector.criteria;
}

std::vector<std::pair<const char*, int>> criteriaOf(const IdeaScore& score) {
    CriteriaCollector<const int> collector;
    record_fields::fields(collector, score);
    std::vector<std::pair<const char*, int>> values;
    for (const auto& [label, value] : collector.criteria) values.emplace_back(label, *value);
    return values;
}

void IdeasModel::reload(const PortfolioStore& store) {
    gate_ = store.ideaGate();
    people_.clear();
    for (const Person& person : store.listPeople()) people_[person.id] = person.name;
    std::map<Id, std::string> ambitions;
    for (const Ambition& ambition : store.listAmbitions()) ambitions[ambition.id] = ambition.title;
    std::map<Id, std::vector<IdeaScore>> scores;
    for (IdeaScore& score : store.listIdeaScores(std::nullopt)) scores[score.ideaId].push_back(std::move(score));
    rows_.clear();
    arranged_ = false;
    for (Idea& idea : store.listIdeas()) {
        IdeaRow row;
        row.submittedBy = personName(idea.submittedById);
        if (idea.ambitionId) row.ambition = ambitions[*idea.ambitionId];
        if (idea.innovationId)
            if (const auto innovation = store.findInnovation(*idea.innovationId)) row.innovation = innovation->title;
        row.scores = std::move(scores[idea.id]);
        row.score = ideaScore(row.scores);
        row.idea = std::move(idea);
        rows_.push_back(std::move(row));
    }
}

const IdeaRow* IdeasModel::find(Id id) const {
    for (const IdeaRow& row : rows_)
        if (row.idea.id == id) return &row;
    return nullptr;
}

std::string IdeasModel::personName(Id id) const {
    const auto found = people_.find(id);
    return found != people_.end() ? found->second : "person " + std::to_string(id);
}

void IdeasModel::arrangeFor(OptionalId actorId) {
    if (arranged_ && arrangedFor_ == actorId) return;
    arranged_ = true;
    arrangedFor_ = actorId;
    for (auto& list : lists_) list.clear();
    // listIdeas is by id, so newest last: walked backwards, every list starts newest first.
    for (auto row = rows_.rbegin(); row != rows_.rend(); ++row) {
        if (!row->idea.isDecided()) lists_[static_cast<std::size_t>(IdeasShown::Queue)].push_back(&*row);
        if (actorId && row->idea.submittedById == *actorId) lists_[static_cast<std::size_t>(IdeasShown::Mine)].push_back(&*row);
        lists_[static_cast<std::size_t>(IdeasShown::All)].push_back(&*row);
    }
    auto& queue = lists_[static_cast<std::size_t>(IdeasShown::Queue)];
    std::stable_sort(queue.begin(), queue.end(), [](const IdeaRow* a, const IdeaRow* b) {
        if (a->score.has_value() != b->score.has_value()) return a->score.has_value();
        if (a->score && *a->score != *b->score) return *a->score > *b->score;
        if (a->idea.submittedOn != b->idea.submittedOn) return a->idea.submittedOn < b->idea.submittedOn;
        return a->idea.id < b->idea.id;
    });
}

bool IdeaForms::submit(AppState& state) {
    submitErrors_.clear();
    Idea idea;
    idea.title = draft.title;
    idea.problem = draft.problem;
    idea.proposal = draft.proposal;
    idea.source = draft.source;
    idea.reference = draft.reference;
    idea.ambitionId = draft.ambitionId;
    return state.saveRecord<Idea>(
        "Submitting the idea", RecordKind::Ideas,
        [idea](Portfolio& portfolio, Id actor) { return portfolio.submitIdea(actor, idea); },
        [this, &state](const Idea& submitted) {
            lastSubmitted_ = submitted.id;
            draft = IdeaDraft{};
            const std::string said = "Submitted idea " + std::to_string(submitted.id) + ": '" + submitted.title + "'";
            state.confirm(said, additionUndo(submitted, said));
        },
        &submitErrors_);
}

void IdeaForms::choose(const IdeaRow& row, OptionalId actorId) {
    if (chosen_ == row.idea.id) return;  // keep what is being typed about the same idea
    chosen_ = row.idea.id;
    score = IdeaScore{};
    score.ideaId = row.idea.id;
    for (const auto& [label, value] : criteriaOf(score)) *value = 3;  // the middle of 1 to 5
    for (const IdeaScore& earlier : row.scores)
        if (actorId && earlier.assessorId == *actorId) score = earlier;
    reason.clear();
    lookAgain.clear();
    decisionErrors_.clear();
}

bool IdeaForms::saveScore(AppState& state) {
    decisionErrors_.clear();
    if (!chosen_) return false;
    IdeaScore given = score;
    given.ideaId = *chosen_;
    given.scoredOn = state.today();
    return state.saveRecord<IdeaScore>(
        "Saving your score", RecordKind::Ideas,
        [given](Portfolio& portfolio, Id actor) mutable {
            given.assessorId = actor;
            return portfolio.scoreIdea(actor, given);
        },
        [this, &state](const IdeaScore& saved) {
            score = saved;
            state.confirm("Saved your score of idea " + std::to_string(saved.ideaId));
        },
        &decisionErrors_);
}

bool IdeaForms::decide(AppState& state, std::string doing, std::string said,
                       std::function<void(Portfolio&, Id, Id)> decision, Changes touches) {
    decisionErrors_.clear();
    if (!chosen_) return false;
    const Id idea = *chosen_;
    said += " idea " + std::to_string(idea);
    auto before = std::make_shared<Idea>();  // read on the worker, for the undo
    auto after = std::make_shared<Idea>();
    return state.save(
        std::move(doing) + " idea " + std::to_string(idea), touches,
        [idea, before, after, decision = std::move(decision)](Portfolio& portfolio, Id actor) {
            *before = portfolio.idea(idea);
            decision(portfolio, actor, idea);
            *after = portfolio.idea(idea);
        },
        [this, &state, before, after, said = std::move(said)](bool saved) {
            if (!saved) return;
            reason.clear();
            lookAgain.clear();
            // A promoted idea is final: its innovation now exists, so that has no Undo.
            if (after->status == IdeaStatus::Promoted) state.confirm(said);
            else state.confirm(said, ideaDecisionUndo(*before, *after, said));
        },
        &decisionErrors_);
}

bool IdeaForms::promote(AppState& state) {
    // Promoting makes the innovation, with its stage change.
    return decide(
        state, "Promoting", "Promoted",
        [reason = reason](Portfolio& portfolio, Id actor, Id idea) { portfolio.promoteIdea(actor, idea, reason); },
        RecordKind::Ideas | RecordKind::Innovations);
}

bool IdeaForms::decline(AppState& state) {
    return decide(
        state, "Declining", "Declined",
        [reason = reason](Portfolio& portfolio, Id actor, Id idea) { portfolio.declineIdea(actor, idea, reason); },
        RecordKind::Ideas);
}

bool IdeaForms::park(AppState& state) {
    Date lookAgainOn;
    try {
        lookAgainOn = parseDate(lookAgain, state.clock(), "look again on");
    } catch (const ValidationError& error) {
        decisionErrors_.clear();
        decisionErrors_.byField["look again on"] = error.what();
        return false;
    }
    return decide(
        state, "Parking", "Parked",
        [lookAgainOn](Portfolio& portfolio, Id actor, Id idea) { portfolio.parkIdea(actor, idea, lookAgainOn); },
        RecordKind::Ideas);
}

}  // namespace innotrack::gui
