// The stage board's query port: a card for every innovation (every stage, Stopped included) with
// the figures a cabinet sees at a glance, each worked out by the backend by the board paper's own
// definitions (docs/REPORTS.md, "The stage board"), so `innotrack board`, the desktop board and
// `innotrack report board` never disagree.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/risk.hpp"
#include "tracker/scales.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innotrack {

// The day the cards are as of, and whose innovations they show (the current cabinet lead: leads
// keep no history). Unlike the board paper's scope, every stage is shown.
struct StageBoardScope {
    Date on;
    OptionalId cabinetLeadId;
};

// What needs attention on a card. Each is a count, so zero means nothing to flag.
struct StageBoardBadges {
    int overdueMilestones = 0;    // outstanding on the day and due before it
    int criticalRisksOpen = 0;    // open on the day and scoring the file's Critical line or more
    int setbacksSinceReview = 0;  // new since the last review (tracker/new_since.hpp), dated up to the day
};

// One innovation's card. The dated figures are as the records stood at the end of the day, by the
// board paper's definitions; what the file does not date (title, leads, priority, confidence, the
// stop reason) is as it is now.
struct StageBoardCard {
    Id innovationId = 0;
    std::string title;
    Stage stage = Stage::Idea;  // on the day
    int priority = 3;
    Confidence confidence = Confidence::Amber;  // as stored now
    OptionalId cabinetLeadId;
    std::string cabinetLead;  // the person's name; "" when none is set
    OptionalId ambitionId;
    std::string stopReason;  // only for stopped innovations
    // The outstanding milestone with the earliest due date on the day (then lowest id), even if it
    // is overdue: what the team has to deliver next. All empty when none is outstanding.
    OptionalId nextMilestoneId;
    std::string nextMilestone;
    std::optional<Date> nextMilestoneDue;
    StageBoardBadges badges;
};

// Where a card goes and what the desktop board's filters ask of it: all the desktop board reads
// for every card on each reload; it reads the whole card (StageBoardCard) for the cards on screen.
struct StageBoardPlace {
    Id innovationId = 0;
    Stage stage = Stage::Idea;  // on the day, as on the card
    OptionalId cabinetLeadId;
    OptionalId ambitionId;
};

// Someone the cards can be filtered by: a person who is cabinet lead of at least one innovation.
struct StageBoardLead {
    Id id = 0;
    std::string name;
    std::string portfolio;  // a cabinet member's brief, e.g. "Adult social care"; may be empty
};

struct StageBoardAmbition {
    Id id = 0;
    std::string title;
};

// Everything the stage board shows, read in one snapshot.
struct StageBoardCards {
    RiskBands bands;                            // the file's; Critical is bands.criticalFrom or more
    std::optional<Date> lastReviewClosedOn;     // the last closed review's closing day (none: no review yet)
    std::string cabinetLeadName;                // the scope's cabinet lead, when it names one
    std::vector<StageBoardCard> cards;          // by priority, then id
    std::vector<StageBoardLead> cabinetLeads;   // everyone leading an innovation, in or out of scope, by name
    std::vector<StageBoardAmbition> ambitions;  // every ambition, by id
};

// Every card's place, and the choices of the desktop board's filters, read in one snapshot.
struct StageBoardPlaces {
    std::vector<StageBoardPlace> places;        // by priority, then id, as the cards
    std::vector<StageBoardLead> cabinetLeads;   // as in StageBoardCards
    std::vector<StageBoardAmbition> ambitions;
};

// A state the desktop board's quick filters pick cards out by. The first three are the card's
// badges, by the same definitions, so a filter shows exactly the cards whose badge shows.
enum class StageBoardFlag : std::uint8_t {
    Overdue,       // a milestone outstanding on the day and due before it
    CriticalRisk,  // a risk open on the day and scoring the file's Critical line or more
    NewSetback,    // a setback dated after the last closed review's closing day, up to the day
    InDoubt,       // delivery confidence Amber/Red or Red, as stored now
    Mine,          // a given person is its cabinet lead or its lead officer
};

// Every method throws StorageError when the backend fails.
class StageBoardQueries {
public:
    virtual ~StageBoardQueries() = default;

    // Every card in scope (the command line's board). Throws NotFound when the scope's cabinet lead
    // names nobody.
    virtual StageBoardCards stageBoardCards(const StageBoardScope& scope) const = 0;
    // Every card's place in scope: what the desktop board reads on each reload, so its cost follows
    // the cards, not the milestones, risks and reviews behind them. Throws NotFound as above.
    virtual StageBoardPlaces stageBoardPlaces(const StageBoardScope& scope) const = 0;
    // The whole cards of these innovations as of `on`, by id (ids that name no innovation are left
    // out): the cards on screen. The work follows the ids given.
    virtual std::vector<StageBoardCard> stageBoardCardsOf(Date on, const std::vector<Id>& innovations) const = 0;
    // The innovations whose title, summary, "inspired by" or cabinet lead's name contains `text`,
    // without regard to the case of ASCII letters, by id: the desktop board's search box, answered
    // by the backend so the cards need not carry every innovation's text.
    virtual std::vector<Id> stageBoardSearch(const std::string& text) const = 0;
    // The innovations in `flag`'s state on `on`, by id: for Mine, those `person` leads (none when
    // `person` is empty). Answered by the backend, as the search is, so the board need not read
    // every card to filter them.
    virtual std::vector<Id> stageBoardFlagged(Date on, StageBoardFlag flag, OptionalId person) const = 0;
};

}  // namespace innotrack
