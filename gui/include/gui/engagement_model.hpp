// Taking people with you, in the desktop app (DOMAIN.md "Taking people with you"): every
// engagement with its innovation and who led it; for each active innovation at Piloting or
// beyond, which of the four groups it has not engaged in the last six months; the opposition
// heard and not yet answered; and the form that records an engagement on one innovation. The rules
// are tracker/engagement.hpp's. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <map>
#include <string>
#include <vector>

namespace innotrack::gui {

struct EngagementRow {
    Engagement engagement;
    std::string innovation;  // its title
    std::string ledBy;
};

// An innovation "taken people with it" is asked of, and the groups it has not reached.
struct TakenPeopleRow {
    Id innovationId = 0;
    std::string title;
    Stage stage = Stage::Piloting;
    std::vector<EngagedGroup> notEngaged;  // empty: it has taken people with it
};

class EngagementModel {
public:
    // Reads every engagement, innovation and person, as of `today`.
    void reload(const PortfolioStore& store, Date today);

    const std::vector<EngagementRow>& rows() const { return rows_; }  // newest first
    std::vector<const EngagementRow*> rowsOf(Id innovationId) const;
    const std::vector<TakenPeopleRow>& takenPeople() const { return taken_; }  // by priority, then id
    std::size_t takenPeopleCount() const;  // how many of takenPeople() have taken people with them
    const std::vector<EngagementRow>& unansweredOpposition() const { return unanswered_; }  // oldest first

private:
    EngagementRow rowOf(const Engagement& engagement) const;

    std::vector<EngagementRow> rows_;
    std::vector<TakenPeopleRow> taken_;
    std::vector<EngagementRow> unanswered_;
    std::map<Id, std::string> names_;  // people by id
    std::map<Id, std::string> titles_;
};

// "the cabinet, staff and residents": the groups not reached, in words.
std::string groupsInWords(const std::vector<EngagedGroup>& groups);

// The "record an engagement" form, as typed: kept when saving fails.
struct EngagementDraft {
    std::string heldOn;  // YYYY-MM-DD or "today"
    Audience audience = Audience::Residents;
    EngagementForm form = EngagementForm::Briefing;
    OptionalId ledById;
    std::string participants;  // a whole number, or empty when not counted
    Stance stance = Stance::Support;
    std::string concerns;
    std::string response;
};

class EngagementFormModel {
public:
    // A blank form dated today and led by the acting person.
    void reset(Date today, OptionalId actorId);
    EngagementDraft draft;
    const FieldErrors& errors() const { return errors_; }
    // Checks what the form can check itself (the date, the count, who led it), then records the
    // engagement on `innovationId` through the portfolio as the acting person.
    bool submit(AppState& state, Id innovationId);
    OptionalId recorded() const { return recorded_; }

private:
    FieldErrors errors_;
    OptionalId recorded_;
};

}  // namespace innotrack::gui
