// The Ideas view's model (DOMAIN.md "Ideas and the gate"): every idea with its submitter, score and
// each assessor's scores; the assessors' queue (open ideas, best score first, beside the gate) and
// the submitter's own ideas with what became of them; and the forms that submit, score and decide.
// Keeps what was typed when saving fails. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace innotrack::gui {

struct IdeaRow {
    Idea idea;
    std::string submittedBy;
    std::string ambition;    // its title; empty when the idea names none
    std::string innovation;  // the innovation it became, once promoted
    std::vector<IdeaScore> scores;  // one per assessor
    std::optional<double> score;    // the mean of the assessors' totals

    bool meetsGate(int gate) const { return score && *score >= gate; }
};

// Which ideas the list shows: the assessors' queue, the acting person's own, or every idea.
enum class IdeasShown { Queue, Mine, All };

class IdeasModel {
public:
    void reload(const PortfolioStore& store);

    int gate() const { return gate_; }
    const std::vector<IdeaRow>& rows() const { return rows_; }
    const IdeaRow* find(Id id) const;
    std::string personName(Id id) const;

    // Sorts the three lists for the acting person: once after each reload, and again only when
    // someone else acts, not in every frame that draws them.
    void arrangeFor(OptionalId actorId);
    // As arranged: Queue: ideas not yet decided (submitted, under assessment, parked), best score
    // first, then unscored, oldest first within each; Mine: the actor's own, newest first; All:
    // newest first.
    const std::vector<const IdeaRow*>& shown(IdeasShown which) const {
        return lists_[static_cast<std::size_t>(which)];
    }

private:
    int gate_ = kDefaultIdeaGate;
    std::vector<IdeaRow> rows_;
    std::map<Id, std::string> people_;
    std::array<std::vector<const IdeaRow*>, 3> lists_;
    bool arranged_ = false;
    OptionalId arrangedFor_;
};

// The five criteria of a score with their labels from the field list (record_fields.hpp): to
// change (the form's sliders), or to read (the side-by-side table).
std::vector<std::pair<const char*, int*>> criteriaOf(IdeaScore& score);
std::vector<std::pair<const char*, int>> criteriaOf(const IdeaScore& score);

struct IdeaDraft {
    std::string title;
    std::string problem;
    std::string proposal;
    IdeaSource source = IdeaSource::Own;
    std::string reference;
    OptionalId ambitionId;
};

class IdeaForms {
public:
    // Submitting: anyone, a viewer too. On success the draft is emptied.
    IdeaDraft draft;
    const FieldErrors& submitErrors() const { return submitErrors_; }
    bool submit(AppState& state);
    OptionalId lastSubmitted() const { return lastSubmitted_; }

    // Scoring and deciding one idea: the assessor's own earlier score is the starting point.
    void choose(const IdeaRow& row, OptionalId actorId);
    OptionalId chosen() const { return chosen_; }
    IdeaScore score;
    std::string reason;     // for a decline, or a promotion below the gate
    std::string lookAgain;  // for parking, as typed (YYYY-MM-DD)
    const FieldErrors& decisionErrors() const { return decisionErrors_; }
    bool saveScore(AppState& state);
    bool promote(AppState& state);
    bool decline(AppState& state);
    bool park(AppState& state);

private:
    // Saves a decision on the chosen idea off the frame loop ("Promoting idea 4…"), then says it
    // ("Promoted idea 4") and clears the reason typed.
    bool decide(AppState& state, std::string doing, std::string said, std::function<void(Portfolio&, Id, Id)> decision,
                Changes touches);

    FieldErrors submitErrors_;
    FieldErrors decisionErrors_;
    OptionalId lastSubmitted_;
    OptionalId chosen_;
};

}  // namespace innotrack::gui
