// Clear days, key decisions and the short notice rule (tracker/decision.hpp), and a decision's
// own field rules (tracker/record_checks.hpp). Keys are stored in files: never change one.
#include "tracker/decision.hpp"

#include "tracker/money.hpp"
#include "tracker/record_checks.hpp"
#include "tracker/text.hpp"

namespace innotrack {

const std::array<ScaleEntry<Nation>, 2> Scale<Nation>::entries{{
    {Nation::England, "england", "England"},
    {Nation::Wales, "wales", "Wales"},
}};

const std::array<ScaleEntry<ShortNoticeRoute>, 3> Scale<ShortNoticeRoute>::entries{{
    {ShortNoticeRoute::None, "none", "None"},
    {ShortNoticeRoute::GeneralException, "general-exception", "General exception"},
    {ShortNoticeRoute::SpecialUrgency, "special-urgency", "Special urgency"},
}};

static_assert(static_cast<int>(Nation::Wales) == 1, "Nation table out of step with the enum");
static_assert(static_cast<int>(ShortNoticeRoute::SpecialUrgency) == 2, "ShortNoticeRoute table out of step");

namespace {

std::string days(int n) { return std::to_string(n) + (n == 1 ? " clear day" : " clear days"); }

// Why the recorded route does not make a short notice good; "" when it does. The general
// exception's five clear days run from the day the chair was told to the decision day.
std::string routeFails(const Decision& d) {
    switch (d.route) {
        case ShortNoticeRoute::None: return "no general exception or special urgency is recorded";
        case ShortNoticeRoute::GeneralException: {
            if (isBlank(d.scrutinyChair) || !d.chairOn)
                return "a general exception names the scrutiny chair and the day they were told";
            const int told = clearDays(*d.chairOn, d.decisionDay());
            if (told < kGeneralExceptionClearDays)
                return "the scrutiny chair was told on " + formatDate(d.chairOn) + ", " + days(told) + " before " +
                       formatDate(d.decisionDay()) + "; a general exception needs " +
                       days(kGeneralExceptionClearDays);
            return "";
        }
        case ShortNoticeRoute::SpecialUrgency:
            if (isBlank(d.scrutinyChair) || !d.chairOn || isBlank(d.urgencyReason))
                return "special urgency names the scrutiny chair who agreed, the day they agreed and why it "
                       "cannot wait";
            if (*d.chairOn > d.decisionDay())
                return "the scrutiny chair agreed on " + formatDate(d.chairOn) + ", after the decision day " +
                       formatDate(d.decisionDay());
            return "";
    }
    return "";
}

}  // namespace

int clearDays(Date publishedOn, Date decidedOn) {
    const long between = (decidedOn - publishedOn).days() - 1;
    return between > 0 ? static_cast<int>(between) : 0;
}

KeyReasons keyReasonsOf(const Decision& decision, Pence threshold) {
    return {decision.amountPence > 0 && decision.amountPence >= threshold, decision.affectsTwoOrMoreWards};
}

std::string describe(const KeyReasons& reasons, const Decision& decision, Pence threshold) {
    if (!reasons.isKey()) return "not a key decision";
    std::string words;
    if (reasons.spending)
        words = "spending or savings of " + formatPounds(decision.amountPence) + " (the threshold is " +
                formatPounds(threshold) + ")";
    if (reasons.wards) words += std::string(words.empty() ? "" : "; ") + "a significant effect on two or more wards";
    return words;
}

NoticeCheck checkNotice(const Decision& decision, Pence threshold, Nation nation) {
    NoticeCheck check;
    if (decision.noticeOn) check.clearDays = clearDays(*decision.noticeOn, decision.decisionDay());
    if (!keyReasonsOf(decision, threshold).isKey()) check.standing = NoticeStanding::NotKey;
    else if (nation == Nation::Wales) check.standing = NoticeStanding::NotChecked;
    else if (check.clearDays && *check.clearDays >= kKeyDecisionNoticeClearDays) check.standing = NoticeStanding::Enough;
    else check.standing = routeFails(decision).empty() ? NoticeStanding::ShortResolved : NoticeStanding::Short;
    return check;
}

std::string describe(const NoticeCheck& check, const Decision& decision) {
    const std::string given = check.clearDays ? "notice published " + formatDate(decision.noticeOn) + ", " +
                                                    days(*check.clearDays) + " before " + formatDate(decision.decisionDay())
                                              : "no notice published";
    switch (check.standing) {
        case NoticeStanding::NotKey: return "not a key decision: no notice needed";
        case NoticeStanding::NotChecked: return given + " (Wales: the 28 clear days rule is England's)";
        case NoticeStanding::Enough: return given + ": enough";
        case NoticeStanding::Short:
            return given + ": short of " + days(kKeyDecisionNoticeClearDays) + "; " + routeFails(decision);
        case NoticeStanding::ShortResolved:
            return given + ": short of " + days(kKeyDecisionNoticeClearDays) + ", made " +
                   (decision.route == ShortNoticeRoute::GeneralException
                        ? "a general exception (the scrutiny chair, " + decision.scrutinyChair + ", told on "
                        : "special urgency (the scrutiny chair, " + decision.scrutinyChair + ", agreed on ") +
                   formatDate(decision.chairOn) + ")";
    }
    return given;
}

const char* standingKey(NoticeStanding standing) {
    switch (standing) {
        case NoticeStanding::NotKey: return "not-key";
        case NoticeStanding::NotChecked: return "not-checked";
        case NoticeStanding::Enough: return "enough";
        case NoticeStanding::Short: return "short";
        case NoticeStanding::ShortResolved: return "short-resolved";
    }
    return "?";
}

std::string describeMaker(const Decision& decision, const Person* maker) {
    if (!maker) return decision.makerBody + " (members: " + decision.makerMembers + ")";
    if (maker->role == Role::Leader) return maker->name + ", Leader of the council";
    return maker->name + ", Cabinet member" + (maker->portfolio.empty() ? "" : " for " + maker->portfolio);
}

FieldProblems problemsOf(const Decision& decision) {
    FieldProblems out;
    const auto add = [&](const char* key, const char* field, std::string value, const std::string& why) {
        out.push_back({key, field, value, why, std::string(field) + ": " + why});
    };
    const bool body = !isBlank(decision.makerBody);
    if (decision.makerId.has_value() == body)
        add("maker_body", "decision maker", decision.makerBody,
            body ? "name either a person or a body as the decision maker, not both"
                 : "a decision names its decision maker: a person, or a body with its members");
    if (body && isBlank(decision.makerMembers))
        add("maker_members", "members", "", "a body that decides is named with its members");
    if (!body && !isBlank(decision.makerMembers))
        add("maker_members", "members", decision.makerMembers, "only a body that decides has members");
    if (decision.amountPence < 0)
        add("amount_pence", "spending or savings", std::to_string(decision.amountPence),
            "write spending or savings as an amount of 0 or more");
    if (decision.noticeOn && *decision.noticeOn > decision.plannedOn)
        add("notice_on", "notice published on", formatDate(decision.noticeOn),
            formatDate(decision.noticeOn) + " is after the day it is to be made (" + formatDate(decision.plannedOn) + ")");
    if (decision.route != ShortNoticeRoute::None) {
        if (const std::string why = routeFails(decision); !why.empty())
            add("route", "short notice", std::string(keyOf(decision.route)), why);
    } else if (!isBlank(decision.scrutinyChair) || decision.chairOn || !isBlank(decision.urgencyReason)) {
        add("route", "short notice", "none",
            "a scrutiny chair, their day and a reason for urgency belong to a general exception or special urgency");
    }
    const bool recorded = !isBlank(decision.decision) || !isBlank(decision.reasons) ||
                          !isBlank(decision.alternativesRejected) || !isBlank(decision.conflictsDeclared) ||
                          !isBlank(decision.dispensation);
    if (decision.madeOn && isBlank(decision.decision))
        add("decision", "decision", "", "a decision made has its record: the decision itself");
    if (decision.madeOn && isBlank(decision.reasons))
        add("reasons", "reasons", "", "a decision made has its record: the reasons for it");
    if (!decision.madeOn && recorded)
        add("made_on", "made on", "", "a decision record has the day the decision was made");
    if (decision.madeOn && decision.noticeOn && *decision.madeOn < *decision.noticeOn)
        add("made_on", "made on", formatDate(decision.madeOn),
            formatDate(decision.madeOn) + " is before its notice was published (" + formatDate(decision.noticeOn) + ")");
    return out;
}

}  // namespace innotrack
