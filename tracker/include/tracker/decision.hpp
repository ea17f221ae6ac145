// Decisions and the Forward Plan (DOMAIN.md "Key decisions and the Forward Plan (England)"): a
// decision to be made on an innovation, whether it is a key decision and why, the notice published
// for it, the route taken when the notice is short, and the decision record once it is made; and
// the rules of clear days and of a short notice, written once here.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/people.hpp"
#include "tracker/scales.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace innotrack {

// Which country's rules a portfolio follows. The 28 clear days rule is England's (the 2012
// Regulations); a Welsh portfolio records decisions and their records without the check.
enum class Nation { England, Wales };

// How a key decision with a short notice may still be made: a general exception (reg. 10: the
// scrutiny chair told at least 5 clear days before) or special urgency (reg. 11: the chair agrees
// it cannot reasonably wait).
enum class ShortNoticeRoute { None, GeneralException, SpecialUrgency };

template <>
struct Scale<Nation> {
    static constexpr std::string_view name = "Nation";
    static const std::array<ScaleEntry<Nation>, 2> entries;
};

template <>
struct Scale<ShortNoticeRoute> {
    static constexpr std::string_view name = "ShortNoticeRoute";
    static const std::array<ScaleEntry<ShortNoticeRoute>, 3> entries;
};

// The notice a key decision needs (reg. 9) and the warning a general exception needs (reg. 10).
inline constexpr int kKeyDecisionNoticeClearDays = 28;
inline constexpr int kGeneralExceptionClearDays = 5;
// Spending or savings at or above this are significant (a portfolio setting): £500,000.
inline constexpr Pence kDefaultKeyDecisionThreshold = 50'000'000;

struct Decision {
    Id id = 0;
    Id innovationId = 0;
    std::string matter;  // what is to be decided: "award the contract for the sensors"
    // The decision maker: a person (a cabinet member or the leader, by name and title), or a body
    // ("Cabinet") and its members.
    OptionalId makerId;
    std::string makerBody;
    std::string makerMembers;
    Date plannedOn;                     // the date it is to be made
    Pence amountPence = 0;              // the spending or savings it involves (0 for none)
    bool affectsTwoOrMoreWards = false;  // a significant effect on communities in two or more wards
    // The notice (reg. 9): when it was published, the documents to be submitted, and where copies
    // can be had and how to ask for other documents.
    std::optional<Date> noticeOn;
    std::string documents;
    std::string documentsFrom;
    // When the notice is short: the route, the scrutiny chair, the day they were told (general
    // exception) or agreed (special urgency), and why it cannot wait (special urgency).
    ShortNoticeRoute route = ShortNoticeRoute::None;
    std::string scrutinyChair;
    std::optional<Date> chairOn;
    std::string urgencyReason;
    // The weekly review whose decision led to this one, where one did.
    OptionalId reviewId;
    // The decision record (reg. 12), once made.
    std::optional<Date> madeOn;
    std::string decision;
    std::string reasons;
    std::string alternativesRejected;
    std::string conflictsDeclared;  // conflicts of interest declared, and by whom
    std::string dispensation;       // any dispensation granted for them

    bool isMade() const { return madeOn.has_value(); }
    // The day the clear days run to: the day it was made, or else the day it is to be made.
    Date decisionDay() const { return madeOn.value_or(plannedOn); }
    bool operator==(const Decision&) const = default;
};

// The whole days between publication and decision, neither of them counted: published on 1 March
// for 30 March gives 28. Zero when the decision is on the day of publication or the day after, and
// when it comes before it.
int clearDays(Date publishedOn, Date decidedOn);

// Why a decision is a key decision: either, both or neither.
struct KeyReasons {
    bool spending = false;  // spending or savings at or above the threshold
    bool wards = false;     // a significant effect on two or more wards
    bool isKey() const { return spending || wards; }
};
KeyReasons keyReasonsOf(const Decision& decision, Pence threshold);
// "spending or savings of £750,000.00 (the threshold is £500,000.00); two or more wards".
std::string describe(const KeyReasons& reasons, const Decision& decision, Pence threshold);

// Where a decision stands against the Forward Plan's rule, on the day it runs to (decisionDay()).
enum class NoticeStanding {
    NotKey,          // not a key decision: no notice needed
    NotChecked,      // a Welsh portfolio: the rule is England's
    Enough,          // 28 clear days or more
    Short,           // short, and no route recorded: flagged, and its record cannot be made
    ShortResolved,   // short, and made a general exception or special urgency
};
struct NoticeCheck {
    NoticeStanding standing = NoticeStanding::NotKey;
    std::optional<int> clearDays;  // from the notice to the decision day, where a notice was published
    bool isFlagged() const { return standing == NoticeStanding::Short || standing == NoticeStanding::ShortResolved; }
};
NoticeCheck checkNotice(const Decision& decision, Pence threshold, Nation nation);
// "28 clear days: enough", "no notice published: short of 28 clear days", …: in words for readers.
std::string describe(const NoticeCheck& check, const Decision& decision);
// The standing's stable key for CSV and JSON: not-key, not-checked, enough, short, short-resolved.
const char* standingKey(NoticeStanding standing);

// The decision maker as a notice names them (reg. 9): "Cllr Bob Cabinet, Cabinet member for Adult
// social care", "Cllr Ann Leader, Leader of the council", or "Cabinet (members: …)". `maker` is
// the person the decision names, null for a body.
std::string describeMaker(const Decision& decision, const Person* maker);

}  // namespace innotrack
