// The Decisions view's model (DOMAIN.md "Key decisions and the Forward Plan (England)"): every
// decision soonest first with its innovation, decision maker, whether it is key and why, and where
// its notice stands against the 28 clear days (England only), in plain words; the list's filter;
// and the forms that add a decision, record its notice, make a short notice a general exception or
// special urgency, and make its record, each through the same Portfolio method the command line
// calls. Keeps what was typed when saving fails. No ImGui here.
#pragma once

#include "gui/app_state.hpp"
#include "reports/report_format.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace innotrack::gui {

struct DecisionRow {
    Decision decision;
    std::string innovation;  // its title
    std::string maker;       // as a notice names them (describeMaker)
    KeyReasons key;
    std::string keyWords;     // "Key: over the threshold; two or more wards", or "Not key"
    std::string keyDetail;    // the domain's words: the amount against the threshold
    NoticeCheck notice;
    std::string noticeWords;  // the list's plain words (noticeFlagWords)
    std::string noticeDetail; // the domain's full sentence (describe)
    std::string ledFrom;      // "The weekly review of 2026-11-20 decided: …"; "" when none led to it
};

// The list's words for where a notice stands: "Notice 20 clear days: short of 28; needs a general
// exception or special urgency", "Notice 49 clear days: enough", "Not key: no notice needed", and
// in a Welsh portfolio "No Forward Plan check in Wales".
std::string noticeFlagWords(const NoticeCheck& check, const Decision& decision);
// "Key: over the threshold", "Key: two or more wards", both, or "Not key".
std::string keyWords(const KeyReasons& reasons);

enum class DecisionsShown { All, ToBeMade, Made };

struct DecisionFilter {
    DecisionsShown which = DecisionsShown::All;
    bool keyOnly = false;
    bool operator==(const DecisionFilter&) const = default;
};

class DecisionsModel {
public:
    void reload(const PortfolioStore& store);

    Nation nation() const { return nation_; }
    Pence threshold() const { return threshold_; }
    const std::vector<DecisionRow>& rows() const { return rows_; }
    const DecisionRow* find(Id id) const;
    const Innovation* innovation(Id id) const;

    // The rows the filter lets through, in the store's order (by the day to be made, then number),
    // worked out again only when the filter or the rows change.
    void filter(const DecisionFilter& filter);
    const DecisionFilter& filtering() const { return filter_; }
    const std::vector<const DecisionRow*>& shown() const { return shown_; }
    std::size_t count(const DecisionFilter& filter) const;

    // For the add form: innovations not stopped, by id with their titles; those who may decide
    // (cabinet members and the leader), by id with their names.
    const std::map<Id, std::string>& activeInnovations() const { return activeInnovations_; }
    const std::map<Id, std::string>& deciders() const { return deciders_; }

private:
    void arrange();

    Nation nation_ = Nation::England;
    Pence threshold_ = kDefaultKeyDecisionThreshold;
    std::vector<DecisionRow> rows_;
    std::map<Id, Innovation> innovations_;
    std::map<Id, std::string> activeInnovations_;
    std::map<Id, std::string> deciders_;
    DecisionFilter filter_;
    std::vector<const DecisionRow*> shown_;
};

// What the add form holds, as typed.
struct DecisionDraft {
    OptionalId innovationId;
    std::string matter;
    std::string plannedOn;  // YYYY-MM-DD or "today"
    OptionalId makerId;     // a cabinet member or the leader; or else the body below
    std::string makerBody;
    std::string makerMembers;
    std::string amount;  // pounds, such as 750000 or £750,000; empty for none
    bool affectsTwoOrMoreWards = false;
};

struct NoticeDraft {
    std::string publishedOn;
    std::string documents;
    std::string documentsFrom;
};

struct ShortNoticeDraft {
    ShortNoticeRoute route = ShortNoticeRoute::GeneralException;
    std::string chair;
    std::string chairOn;  // the day the chair was told (general exception) or agreed (special urgency)
    std::string urgencyReason;
};

struct RecordDraft {
    std::string madeOn;
    std::string decision;
    std::string reasons;
    std::string alternativesRejected;
    std::string conflictsDeclared;
    std::string dispensation;
};

// The field names the service's errors use, so a form shows each beside its own field.
namespace decision_fields {
inline const std::string kInnovation = "innovation";
inline const std::string kMatter = "matter";
inline const std::string kPlannedOn = "to be made on";
inline const std::string kMaker = "decision maker";
inline const std::string kMembers = "members";
inline const std::string kAmount = "spending or savings";
inline const std::string kNoticeOn = "notice published on";
inline const std::string kChair = "scrutiny chair";
inline const std::string kChairOn = "chair told or agreed on";
inline const std::string kUrgencyReason = "why it cannot wait";
inline const std::string kMadeOn = "made on";
inline const std::string kDecision = "decision";
inline const std::string kReasons = "reasons";
}  // namespace decision_fields

class DecisionForms {
public:
    DecisionDraft adding;
    const FieldErrors& addErrors() const { return addErrors_; }
    // Adds the decision as the acting person; on success the draft is emptied and lastAdded() set.
    bool add(AppState& state);
    OptionalId lastAdded() const { return lastAdded_; }

    // The decision the other forms are about: choosing another empties them, the notice's filled
    // with what the decision has.
    void choose(const Decision& decision);
    OptionalId chosen() const { return chosen_; }

    NoticeDraft notice;
    ShortNoticeDraft shortNotice;
    RecordDraft record;
    const FieldErrors& noticeErrors() const { return noticeErrors_; }
    const FieldErrors& shortNoticeErrors() const { return shortNoticeErrors_; }
    const FieldErrors& recordErrors() const { return recordErrors_; }
    bool saveNotice(AppState& state);
    bool markShortNotice(AppState& state);  // a general exception or special urgency, as shortNotice.route says
    bool makeRecord(AppState& state);

    // What the last change saved did, in words, or empty.
    const std::string& confirmation() const { return confirmation_; }

private:
    // Confirms `said`, with its undoing: `undo`, made from the change's record.
    void saved(AppState& state, std::string said, UndoStep undo);

    FieldErrors addErrors_;
    FieldErrors noticeErrors_;
    FieldErrors shortNoticeErrors_;
    FieldErrors recordErrors_;
    OptionalId lastAdded_;
    OptionalId chosen_;
    std::string confirmation_;
};

// Writes the Forward Plan (every key decision to be made from today) next to the portfolio file in
// `format` and returns where; failures go to the error dialog and return "".
std::string writeForwardPlan(AppState& state, reports::ReportFormat format);

}  // namespace innotrack::gui
