#include "gui/undo_steps.hpp"

#include "gui/form_fields.hpp"
#include "tracker/errors.hpp"

#include <string>

namespace innotrack::gui {
namespace {

// Writes `before` back with `update` when the record read by `find` is still `after`.
template <typename R, typename Find, typename Update>
UndoStep editUndo(const R& before, const R& after, std::string said, Changes touches, Find find, Update update) {
    std::string refusal = "This could not be undone (" + said + "): it has been changed since.";
    return UndoStep{std::move(said), touches,
                    [before, after, refusal, find, update](Portfolio& portfolio, Id actor) {
                        if (!(find(portfolio, after.id) == after)) throw ConflictError(refusal);
                        update(portfolio, actor, before);
                    }};
}

// Undone by Portfolio::undoAddition of the record as it was added.
template <typename R>
UndoStep addedUndo(const R& added, std::string said, Changes touches) {
    return UndoStep{std::move(said), touches, [added](Portfolio& p, Id actor) { p.undoAddition(actor, added); }};
}

}  // namespace

UndoStep stageMoveUndo(const Portfolio& portfolio, const Innovation& moved) {
    const Id innovationId = moved.id;
    const Id moveId = portfolio.store().listStageChanges(innovationId).back().id;
    const std::string said = moved.stage == Stage::Stopped
                                 ? "Stopped " + quoted(moved.title)
                                 : "Moved " + quoted(moved.title) + " to " + std::string(labelOf(moved.stage));
    return UndoStep{said, RecordKind::Innovations, [innovationId, moveId](Portfolio& p, Id actor) {
                        p.undoStageChange(actor, innovationId, moveId);
                    }};
}

UndoStep milestoneDoneUndo(const Milestone& done) {
    const Id id = done.id;
    return UndoStep{"Marked " + quoted(done.title) + " done", RecordKind::Milestones,
                    [id](Portfolio& p, Id actor) { p.undoCompletion(actor, id); }};
}

UndoStep riskClosedUndo(const Risk& closed, std::string said) {
    const Id id = closed.id;
    return UndoStep{std::move(said), RecordKind::Risks, [id](Portfolio& p, Id actor) { p.undoRiskClosing(actor, id); }};
}

UndoStep benefitRealisedUndo(const Benefit& before, std::string said) {
    return UndoStep{std::move(said), RecordKind::Benefits,
                    [before](Portfolio& p, Id actor) { p.undoRealisation(actor, before); }};
}

UndoStep reviewEntryUndo(const ReviewEntry& recorded, std::optional<ReviewEntry> before, Confidence confidenceBefore,
                         std::string said) {
    const Id reviewId = recorded.reviewId;
    const Id innovationId = recorded.innovationId;
    return UndoStep{std::move(said), RecordKind::Reviews | RecordKind::Innovations,
                    [reviewId, innovationId, before = std::move(before), confidenceBefore](Portfolio& p, Id actor) {
                        p.undoReviewEntry(actor, reviewId, innovationId, before, confidenceBefore);
                    }};
}

UndoStep milestoneEditUndo(const Milestone& before, const Milestone& after, std::string said) {
    return editUndo(
        before, after, std::move(said), RecordKind::Milestones, [](Portfolio& p, Id id) { return p.milestone(id); },
        [](Portfolio& p, Id actor, const Milestone& m) { p.updateMilestone(actor, m); });
}

UndoStep riskEditUndo(const Risk& before, const Risk& after, std::string said) {
    return editUndo(
        before, after, std::move(said), RecordKind::Risks, [](Portfolio& p, Id id) { return p.risk(id); },
        [](Portfolio& p, Id actor, const Risk& r) { p.updateRisk(actor, r); });
}

UndoStep innovationEditUndo(const Innovation& before, const Innovation& after, std::string said) {
    return editUndo(
        before, after, std::move(said), RecordKind::Innovations, [](Portfolio& p, Id id) { return p.innovation(id); },
        [](Portfolio& p, Id actor, const Innovation& i) { p.updateInnovation(actor, i); });
}

UndoStep ambitionEditUndo(const Ambition& before, const Ambition& after, std::string said) {
    return editUndo(
        before, after, std::move(said), RecordKind::Ambitions, [](Portfolio& p, Id id) { return p.ambition(id); },
        [](Portfolio& p, Id actor, const Ambition& a) { p.updateAmbition(actor, a); });
}

UndoStep personEditUndo(const Person& before, const Person& after, std::string said) {
    return editUndo(
        before, after, std::move(said), RecordKind::People, [](Portfolio& p, Id id) { return p.person(id); },
        [](Portfolio& p, Id actor, const Person& person) { p.updatePerson(actor, person); });
}

UndoStep additionUndo(const Milestone& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Milestones);
}

UndoStep additionUndo(const Risk& added, std::string said) { return addedUndo(added, std::move(said), RecordKind::Risks); }

UndoStep additionUndo(const Setback& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Setbacks | RecordKind::Risks);
}

UndoStep additionUndo(const Lesson& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Lessons);
}

UndoStep additionUndo(const Innovation& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Innovations);
}

UndoStep additionUndo(const Benefit& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Benefits);
}

UndoStep additionUndo(const Engagement& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Engagements);
}

UndoStep additionUndo(const Idea& added, std::string said) { return addedUndo(added, std::move(said), RecordKind::Ideas); }

UndoStep additionUndo(const Decision& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Decisions);
}

UndoStep additionUndo(const Ambition& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::Ambitions);
}

UndoStep additionUndo(const Person& added, std::string said) {
    return addedUndo(added, std::move(said), RecordKind::People);
}

UndoStep decisionChangeUndo(const Decision& before, const Decision& after, std::string said) {
    return UndoStep{std::move(said), RecordKind::Decisions,
                    [before, after](Portfolio& p, Id actor) { p.undoDecisionChange(actor, before, after); }};
}

UndoStep ideaDecisionUndo(const Idea& before, const Idea& after, std::string said) {
    return UndoStep{std::move(said), RecordKind::Ideas,
                    [before, after](Portfolio& p, Id actor) { p.undoIdeaDecision(actor, before, after); }};
}

UndoStep milestoneMoveUndo(Id milestoneId, Id moveId, std::string said) {
    return UndoStep{std::move(said), RecordKind::Milestones, [milestoneId, moveId](Portfolio& p, Id actor) {
                        p.undoMilestoneMove(actor, milestoneId, moveId);
                    }};
}

}  // namespace innotrack::gui
