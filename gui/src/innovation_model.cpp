// Reads one innovation and everything on it; see innovation_model.hpp.
#include "gui/innovation_model.hpp"

#include "tracker/errors.hpp"

#include <algorithm>

namespace innotrack::gui {
namespace {

void addHistory(const PortfolioStore& store, std::vector<AuditEntry>& into, const std::string& entity, Id id) {
    AuditFilter filter;
    filter.entity = entity;
    filter.entityId = id;
    for (AuditEntry& entry : store.listAudit(filter)) into.push_back(std::move(entry));
}

MilestoneState stateOf(const Milestone& milestone, Date today) {
    if (milestone.isDone()) return milestone.onTime() ? MilestoneState::DoneOnTime : MilestoneState::DoneLate;
    return milestone.isOverdue(today) ? MilestoneState::Overdue : MilestoneState::Due;
}

}  // namespace

const std::string& InnovationDetail::nameOf(Id person) const {
    static const std::string unknown = "someone no longer in the portfolio";
    const auto found = names.find(person);
    return found == names.end() ? unknown : found->second;
}

InnovationDetail loadInnovationDetail(const PortfolioStore& store, const TrendQueries& trend, Id innovationId,
                                      Date today) {
    InnovationDetail detail;
    const auto innovation = store.findInnovation(innovationId);
    if (!innovation) throw NotFound("No innovation has id " + std::to_string(innovationId) + "; it may have been removed.");
    detail.innovation = *innovation;
    for (const Person& person : store.listPeople()) detail.names.emplace(person.id, person.name);
    const auto name = [&](OptionalId id) { return id ? detail.nameOf(*id) : std::string(); };
    detail.cabinetLead = name(innovation->cabinetLeadId);
    detail.leadOfficer = name(innovation->leadOfficerId);
    if (innovation->ambitionId)
        if (const auto ambition = store.findAmbition(*innovation->ambitionId)) detail.ambition = ambition->title;
    detail.stageChanges = store.listStageChanges(innovationId);
    detail.bands = store.riskBands();

    std::vector<AuditEntry>& history = detail.history;
    addHistory(store, history, "innovation", innovationId);
    Date from = today;
    Date to = today;
    const auto span = [&](Date day) {
        from = std::min(from, day);
        to = std::max(to, day);
    };
    if (innovation->startDate) span(*innovation->startDate);
    if (innovation->targetDate) span(*innovation->targetDate);
    for (Milestone& milestone : store.listMilestones(innovationId)) {
        MilestoneRow row;
        row.state = stateOf(milestone, today);
        row.moves = store.listMilestoneMoves(milestone.id);
        span(milestone.baselineDue);
        span(milestone.due);
        if (milestone.completedOn) span(*milestone.completedOn);
        addHistory(store, history, "milestone", milestone.id);
        row.milestone = std::move(milestone);
        detail.milestones.push_back(std::move(row));
    }
    detail.timelineFrom = from - boost::gregorian::days(7);
    detail.timelineTo = to + boost::gregorian::days(7);

    for (Risk& risk : store.listRisks(innovationId)) {
        RiskRow row;
        row.owner = detail.nameOf(risk.ownerId);
        row.band = detail.bands.bandOf(risk.score());
        if (risk.status == RiskStatus::Open) {
            ++detail.heatMap[static_cast<std::size_t>(risk.likelihood() - 1)][static_cast<std::size_t>(risk.impact() - 1)];
            ++detail.openRisks;
        }
        addHistory(store, history, "risk", risk.id);
        row.risk = std::move(risk);
        detail.risks.push_back(std::move(row));
    }
    detail.setbacks = store.listSetbacks(innovationId);
    for (const Setback& setback : detail.setbacks) addHistory(store, history, "setback", setback.id);
    detail.lessons = store.listLessons(LessonFilter{innovationId, "", "", std::nullopt});
    for (const Lesson& lesson : detail.lessons) addHistory(store, history, "lesson", lesson.id);
    detail.benefits = store.listBenefits(innovationId);
    for (const Benefit& benefit : detail.benefits) addHistory(store, history, "benefit", benefit.id);
    detail.engagements = store.listEngagements(innovationId);
    detail.takingPeopleApplies = takingPeopleWithItApplies(detail.innovation);
    detail.notEngaged = groupsNotEngaged(innovationId, detail.engagements, today);
    detail.unansweredOpposition = innotrack::unansweredOpposition(detail.engagements, today);
    for (const Engagement& engagement : detail.engagements) addHistory(store, history, "engagement", engagement.id);
    const ConfidenceHistory reviewed = trend.confidenceByReview({innovationId}, today);
    if (const auto found = reviewed.find(innovationId); found != reviewed.end()) detail.confidenceByReview = found->second;
    std::stable_sort(history.begin(), history.end(), [](const AuditEntry& a, const AuditEntry& b) {
        return a.at < b.at || (a.at == b.at && a.id < b.id);
    });
    return detail;
}

std::string_view milestoneStateWords(MilestoneState state) {
    switch (state) {
        case MilestoneState::DoneOnTime: return "Done on time";
        case MilestoneState::DoneLate: return "Done late";
        case MilestoneState::Overdue: return "Overdue";
        case MilestoneState::Due: return "Due";
    }
    return "";
}

std::string slipWords(const MilestoneRow& row) {
    if (row.moves.empty()) return {};
    const long days = (row.milestone.due - row.milestone.baselineDue).days();
    std::string words = "Moved " + std::to_string(row.moves.size()) + (row.moves.size() == 1 ? " time" : " times");
    if (days > 0) words += ", " + std::to_string(days) + (days == 1 ? " day" : " days") + " later than first planned";
    else if (days < 0) words += ", " + std::to_string(-days) + (days == -1 ? " day" : " days") + " earlier than first planned";
    else words += ", back to its first planned date";
    return words;
}

}  // namespace innotrack::gui
