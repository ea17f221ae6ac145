// How each change the app can take back is undone: the confirmation's words and the edit that
// undoes it, made right after the change from what it returned. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <optional>
#include <string>

namespace innotrack::gui {

// "Moved 'Falls prevention sensors' to Scaling" (or "Stopped …"): undone by
// Portfolio::undoStageChange, of the move just read back from the innovation's stage history.
UndoStep stageMoveUndo(const Portfolio& portfolio, const Innovation& moved);
// "Marked 'Pilot homes chosen' done": undone by Portfolio::undoCompletion.
UndoStep milestoneDoneUndo(const Milestone& done);
// Undone by Portfolio::undoRiskClosing.
UndoStep riskClosedUndo(const Risk& closed, std::string said);
// Undone by Portfolio::undoRealisation, back to `before`.
UndoStep benefitRealisedUndo(const Benefit& before, std::string said);
// A review entry just recorded: undone by Portfolio::undoReviewEntry, back to what the review held
// for the innovation before (`before`, none) and the innovation's confidence then.
UndoStep reviewEntryUndo(const ReviewEntry& recorded, std::optional<ReviewEntry> before, Confidence confidenceBefore,
                         std::string said);
// An edit of a milestone or a risk: undone by writing `before` back, refused when the record is no
// longer as the edit left it (`after`).
UndoStep milestoneEditUndo(const Milestone& before, const Milestone& after, std::string said);
UndoStep riskEditUndo(const Risk& before, const Risk& after, std::string said);
// The same for an innovation's details, an ambition and a person's details.
UndoStep innovationEditUndo(const Innovation& before, const Innovation& after, std::string said);
UndoStep ambitionEditUndo(const Ambition& before, const Ambition& after, std::string said);
UndoStep personEditUndo(const Person& before, const Person& after, std::string said);
// A record just added (`added`, as the addition returned it): undone by Portfolio::undoAddition,
// which removes it, refused while something refers to it or once it has changed.
UndoStep additionUndo(const Milestone& added, std::string said);
UndoStep additionUndo(const Risk& added, std::string said);
UndoStep additionUndo(const Setback& added, std::string said);  // a risk it marked occurred is open again
UndoStep additionUndo(const Lesson& added, std::string said);
UndoStep additionUndo(const Innovation& added, std::string said);
UndoStep additionUndo(const Benefit& added, std::string said);
UndoStep additionUndo(const Engagement& added, std::string said);
UndoStep additionUndo(const Idea& added, std::string said);  // by its submitter, while unscored
UndoStep additionUndo(const Decision& added, std::string said);
UndoStep additionUndo(const Ambition& added, std::string said);  // while nothing serves it
UndoStep additionUndo(const Person& added, std::string said);    // while nothing names them
// A decision's notice, short-notice route or record just made: undone by
// Portfolio::undoDecisionChange, back to `before`, refused once it is no longer `after`.
UndoStep decisionChangeUndo(const Decision& before, const Decision& after, std::string said);
// An idea declined or parked just now: undone by Portfolio::undoIdeaDecision.
UndoStep ideaDecisionUndo(const Idea& before, const Idea& after, std::string said);
// A milestone's move just made, `moveId`: undone by Portfolio::undoMilestoneMove.
UndoStep milestoneMoveUndo(Id milestoneId, Id moveId, std::string said);

}  // namespace innotrack::gui
