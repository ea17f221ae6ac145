// The Decisions view's model and forms; see decisions_model.hpp.
#include "gui/decisions_model.hpp"

#include "gui/form_fields.hpp"
#include "gui/reports_model.hpp"
#include "gui/undo_steps.hpp"
#include "tracker/errors.hpp"
#include "tracker/money.hpp"
#include "tracker/text.hpp"

#include <algorithm>
#include <memory>

namespace innotrack::gui {
namespace {

namespace fields = decision_fields;

// The weekly review's decision on the innovation that led to this one, in words.
std::string ledFromWords(const PortfolioStore& store, const Decision& d) {
    if (!d.reviewId) return "";
    const auto review = store.findReview(*d.reviewId);
    if (!review) return "";
    std::string said;
    for (const ReviewEntry& entry : store.listReviewEntries(review->id))
        if (entry.innovationId == d.innovationId) said = entry.decision;
    return "The weekly review of " + formatDate(review->heldOn) + " (review " + std::to_string(review->id) + ") decided: " +
           (isBlank(said) ? "nothing written down" : said);
}

std::string describedDecision(const Decision& d) { return "decision " + std::to_string(d.id) + " " + quoted(d.matter); }

}  // namespace

std::string keyWords(const KeyReasons& reasons) {
    if (!reasons.isKey()) return "Not key";
    if (reasons.spending && reasons.wards) return "Key: over the threshold; two or more wards";
    return reasons.spending ? "Key: over the threshold" : "Key: two or more wards";
}

std::string noticeFlagWords(const NoticeCheck& check, const Decision& decision) {
    const std::string given = check.clearDays ? "Notice " + std::to_string(*check.clearDays) + " clear days"
                                              : std::string("No notice published");
    const std::string shortOf = ": short of " + std::to_string(kKeyDecisionNoticeClearDays) + "; ";
    switch (check.standing) {
        case NoticeStanding::NotKey: return "Not key: no notice needed";
        case NoticeStanding::NotChecked: return "No Forward Plan check in Wales";
        case NoticeStanding::Enough: return given + ": enough";
        case NoticeStanding::Short:
            if (decision.route == ShortNoticeRoute::None)
                return given + shortOf + "needs a general exception or special urgency";
            return given + shortOf +
                   (decision.route == ShortNoticeRoute::GeneralException ? "the general exception"
                                                                        : "the special urgency") +
                   " recorded does not cover it";
        case NoticeStanding::ShortResolved:
            return given + shortOf + "made " +
                   (decision.route == ShortNoticeRoute::GeneralException ? "a general exception" : "special urgency");
    }
    return given;
}

// ---- the list -------------------------------------------------------------------------------

void DecisionsModel::reload(const PortfolioStore& store) {
    nation_ = store.nation();
    threshold_ = store.keyDecisionThreshold();
    innovations_.clear();
    activeInnovations_.clear();
    for (const Innovation& each : store.listInnovations({})) {
        innovations_[each.id] = each;
        if (each.stage != Stage::Stopped) activeInnovations_[each.id] = each.title;
    }
    std::map<Id, Person> people;
    deciders_.clear();
    for (const Person& each : store.listPeople()) {
        people[each.id] = each;
        if (each.role == Role::Cabinet || each.role == Role::Leader) deciders_[each.id] = each.name;
    }
    rows_.clear();
    for (const Decision& d : store.listDecisions(std::nullopt)) {
        DecisionRow row;
        row.decision = d;
        const auto of = innovations_.find(d.innovationId);
        row.innovation = of == innovations_.end() ? "" : of->second.title;
        const auto maker = d.makerId ? people.find(*d.makerId) : people.end();
        row.maker = describeMaker(d, maker == people.end() ? nullptr : &maker->second);
        row.key = keyReasonsOf(d, threshold_);
        row.keyWords = keyWords(row.key);
        row.keyDetail = capitalised(describe(row.key, d, threshold_));
        row.notice = checkNotice(d, threshold_, nation_);
        row.noticeWords = noticeFlagWords(row.notice, d);
        row.noticeDetail = capitalised(describe(row.notice, d));
        row.ledFrom = ledFromWords(store, d);
        rows_.push_back(std::move(row));
    }
    arrange();
}

const DecisionRow* DecisionsModel::find(Id id) const {
    const auto found = std::find_if(rows_.begin(), rows_.end(), [&](const DecisionRow& r) { return r.decision.id == id; });
    return found == rows_.end() ? nullptr : &*found;
}

const Innovation* DecisionsModel::innovation(Id id) const {
    const auto found = innovations_.find(id);
    return found == innovations_.end() ? nullptr : &found->second;
}

namespace {

bool passes(const DecisionRow& row, const DecisionFilter& filter) {
    if (filter.keyOnly && !row.key.isKey()) return false;
    switch (filter.which) {
        case DecisionsShown::All: return true;
        case DecisionsShown::ToBeMade: return !row.decision.isMade();
        case DecisionsShown::Made: return row.decision.isMade();
    }
    return true;
}

}  // namespace

void DecisionsModel::filter(const DecisionFilter& filter) {
    if (filter == filter_) return;
    filter_ = filter;
    arrange();
}

void DecisionsModel::arrange() {
    shown_.clear();
    for (const DecisionRow& row : rows_)
        if (passes(row, filter_)) shown_.push_back(&row);
}

std::size_t DecisionsModel::count(const DecisionFilter& filter) const {
    return static_cast<std::size_t>(
        std::count_if(rows_.begin(), rows_.end(), [&](const DecisionRow& row) { return passes(row, filter); }));
}

// ---- the forms ------------------------------------------------------------------------------

void DecisionForms::saved(AppState& state, std::string said, UndoStep undo) {
    confirmation_ = std::move(said);
    state.confirm(confirmation_, std::move(undo));
}

bool DecisionForms::add(AppState& state) {
    addErrors_.clear();
    Decision draft;
    if (!adding.innovationId) addErrors_.byField[fields::kInnovation] = "innovation: choose the innovation it is about";
    else draft.innovationId = *adding.innovationId;
    draft.matter = adding.matter;
    if (const auto on = dateField(state, adding.plannedOn, fields::kPlannedOn, addErrors_)) draft.plannedOn = *on;
    draft.makerId = adding.makerId;
    if (!adding.makerId) {
        draft.makerBody = adding.makerBody;
        draft.makerMembers = adding.makerMembers;
    }
    if (!isBlank(adding.amount)) {
        try {
            draft.amountPence = parsePounds(fields::kAmount, adding.amount);
        } catch (const ValidationError& error) {
            addErrors_.byField[fields::kAmount] = error.what();
        }
    }
    draft.affectsTwoOrMoreWards = adding.affectsTwoOrMoreWards;
    if (!addErrors_.empty()) return false;
    return state.saveRecord<Decision>(
        "Adding the decision", RecordKind::Decisions,
        [draft](Portfolio& portfolio, Id actor) { return portfolio.addDecision(actor, draft); },
        [this, &state](const Decision& added) {
            saved(state,
                  "Added " + describedDecision(added) + ", to be made on " + formatDate(added.plannedOn) +
                      ". Record its notice once it is published.",
                  additionUndo(added, "Added " + describedDecision(added)));
            lastAdded_ = added.id;
            adding = {};
        },
        &addErrors_);
}

void DecisionForms::choose(const Decision& decision) {
    if (chosen_ == decision.id) return;
    chosen_ = decision.id;
    notice = {decision.noticeOn ? formatDate(decision.noticeOn) : "", decision.documents, decision.documentsFrom};
    shortNotice = {};
    record = {};
    noticeErrors_.clear();
    shortNoticeErrors_.clear();
    recordErrors_.clear();
}

bool DecisionForms::saveNotice(AppState& state) {
    if (!chosen_) return false;
    noticeErrors_.clear();
    const std::optional<Date> on = dateField(state, notice.publishedOn, fields::kNoticeOn, noticeErrors_);
    if (!on) return false;
    const Id id = *chosen_;
    const NoticeDraft typed = notice;
    const Date publishedOn = *on;
    auto before = std::make_shared<Decision>();  // read on the worker, for the undo
    return state.saveRecord<Decision>(
        "Recording the notice", RecordKind::Decisions,
        [id, typed, publishedOn, before](Portfolio& portfolio, Id actor) {
            *before = portfolio.decision(id);
            Decision edited = *before;
            edited.noticeOn = publishedOn;
            edited.documents = typed.documents;
            edited.documentsFrom = typed.documentsFrom;
            return portfolio.updateDecision(actor, edited);
        },
        [this, &state, before](const Decision& updated) {
            const std::string said = "Recorded the notice of " + describedDecision(updated) + ", published on " +
                                     formatDate(updated.noticeOn) + ".";
            saved(state, said, decisionChangeUndo(*before, updated, said));
        },
        &noticeErrors_);
}

bool DecisionForms::markShortNotice(AppState& state) {
    if (!chosen_) return false;
    shortNoticeErrors_.clear();
    const std::optional<Date> on = dateField(state, shortNotice.chairOn, fields::kChairOn, shortNoticeErrors_);
    if (!on) return false;
    const Id id = *chosen_;
    const ShortNoticeDraft typed = shortNotice;
    const Date chairOn = *on;
    const bool exception = typed.route == ShortNoticeRoute::GeneralException;
    auto before = std::make_shared<Decision>();  // read on the worker, for the undo
    return state.saveRecord<Decision>(
        exception ? "Making it a general exception" : "Making it special urgency", RecordKind::Decisions,
        [id, typed, chairOn, exception, before](Portfolio& portfolio, Id actor) {
            *before = portfolio.decision(id);
            return exception ? portfolio.markGeneralException(actor, id, typed.chair, chairOn)
                             : portfolio.markSpecialUrgency(actor, id, typed.chair, chairOn, typed.urgencyReason);
        },
        [this, &state, exception, before](const Decision& marked) {
            const std::string said =
                "Made " + describedDecision(marked) + (exception ? " a general exception." : " one of special urgency.");
            saved(state, said, decisionChangeUndo(*before, marked, said));
            shortNotice = {};
        },
        &shortNoticeErrors_);
}

bool DecisionForms::makeRecord(AppState& state) {
    if (!chosen_) return false;
    recordErrors_.clear();
    const std::optional<Date> on = dateField(state, record.madeOn, fields::kMadeOn, recordErrors_);
    if (!on) return false;
    Decision typed;
    typed.madeOn = *on;
    typed.decision = record.decision;
    typed.reasons = record.reasons;
    typed.alternativesRejected = record.alternativesRejected;
    typed.conflictsDeclared = record.conflictsDeclared;
    typed.dispensation = record.dispensation;
    const Id id = *chosen_;
    auto before = std::make_shared<Decision>();  // read on the worker, for the undo
    return state.saveRecord<Decision>(
        "Recording the decision", RecordKind::Decisions,
        [id, typed, before](Portfolio& portfolio, Id actor) {
            *before = portfolio.decision(id);
            return portfolio.recordDecision(actor, id, typed);
        },
        [this, &state, before](const Decision& made) {
            const std::string said = "Recorded " + describedDecision(made) + ", made on " + formatDate(made.madeOn) + ".";
            saved(state, said, decisionChangeUndo(*before, made, said));
            record = {};
        },
        &recordErrors_);
}

std::string writeForwardPlan(AppState& state, reports::ReportFormat format) {
    const std::string path =
        ReportsModel::suggestedPath(state.backend().location(), ReportKind::ForwardPlan, format, state.today());
    const ReportsModel writer;  // the Forward Plan needs nothing the Reports view has built
    if (!state.read([&] { writer.write(state, ReportKind::ForwardPlan, format, path); })) return "";
    return path;
}

}  // namespace innotrack::gui
