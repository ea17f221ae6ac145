// `innotrack check`: the storage's own checks, then the domain's invariants, in words.
#include "portfolio_change.hpp"

#include <map>

namespace innotrack {
namespace {

std::string innovationWords(const Innovation& innovation) {
    return "innovation " + std::to_string(innovation.id) + " '" + innovation.title + "'";
}

void checkInnovations(const PortfolioStore& store, std::vector<Problem>& problems) {
    std::map<Id, Person> people;
    for (const auto& person : store.listPeople()) people[person.id] = person;
    for (const auto& innovation : store.listInnovations({})) {
        const std::string who = innovationWords(innovation);
        if (innovation.cabinetLeadId) {
            const auto it = people.find(*innovation.cabinetLeadId);
            if (it != people.end() && it->second.role != Role::Cabinet && it->second.role != Role::Leader)
                problems.push_back({who + " has cabinet lead " + it->second.name + ", who is not a cabinet member"});
        }
        if (innovation.leadOfficerId) {
            const auto it = people.find(*innovation.leadOfficerId);
            if (it != people.end() && it->second.role != Role::Officer)
                problems.push_back({who + " has lead officer " + it->second.name + ", who is not a project officer"});
        }
        if (innovation.stage == Stage::Stopped && innovation.stopReason.empty())
            problems.push_back({who + " is stopped but no reason was recorded"});
        if (innovation.startDate && innovation.targetDate && *innovation.targetDate < *innovation.startDate)
            problems.push_back({who + " has a target date before its start date"});
    }
}

void checkMilestones(const PortfolioStore& store, std::vector<Problem>& problems) {
    for (const auto& milestone : store.listMilestones(std::nullopt)) {
        const auto moves = store.listMilestoneMoves(milestone.id);
        const std::string who = "milestone " + std::to_string(milestone.id) + " '" + milestone.title + "'";
        if (moves.empty() && milestone.due != milestone.baselineDue)
            problems.push_back({who + " is due on a date other than its baseline, with no recorded move"});
        if (!moves.empty() && moves.front().from != milestone.baselineDue)
            problems.push_back({who + ": its first move does not start from the baseline due date"});
        if (!moves.empty() && moves.back().to != milestone.due)
            problems.push_back({who + ": its last move does not end at the current due date"});
    }
}

void checkRisksAndSetbacks(const PortfolioStore& store, std::vector<Problem>& problems) {
    std::map<Id, Setback> setbacks;
    for (const auto& setback : store.listSetbacks(std::nullopt)) {
        setbacks[setback.id] = setback;
        if (setback.kind == FailureKind::Intelligent && !setback.test.allHold())
            problems.push_back({"setback " + std::to_string(setback.id) +
                                " is classed intelligent but not all five conditions were confirmed"});
    }
    for (const auto& risk : store.listRisks(std::nullopt)) {
        const std::string who = "risk " + std::to_string(risk.id) + " '" + risk.title + "'";
        if (risk.status == RiskStatus::Occurred) {
            const auto it = risk.setbackId ? setbacks.find(*risk.setbackId) : setbacks.end();
            if (it == setbacks.end())
                problems.push_back({who + " occurred but is not linked to a setback"});
            else if (it->second.riskId != risk.id)
                problems.push_back({who + " is linked to setback " + std::to_string(it->first) +
                                    ", which does not link back to it"});
        } else if (risk.setbackId) {
            problems.push_back({who + " is linked to a setback but its status is " + std::string(keyOf(risk.status))});
        }
    }
    for (const auto& [id, setback] : setbacks) {
        if (!setback.riskId) continue;
        const auto risk = store.findRisk(*setback.riskId);
        if (risk && risk->setbackId != id)
            problems.push_back({"setback " + std::to_string(id) + " names risk " + std::to_string(risk->id) +
                                ", which is not marked as occurred through it"});
    }
}

void checkReviews(const PortfolioStore& store, std::vector<Problem>& problems) {
    int open = 0;
    for (const auto& review : store.listReviews())
        if (review.isOpen()) ++open;
    if (open > 1) problems.push_back({std::to_string(open) + " weekly reviews are open; only one should be"});
}

}  // namespace

std::vector<Problem> Portfolio::check() const {
    std::vector<Problem> problems = store_.checkStorage();
    if (!problems.empty()) return problems;  // the domain checks need sound storage to mean anything
    checkInnovations(store_, problems);
    checkMilestones(store_, problems);
    checkRisksAndSetbacks(store_, problems);
    checkReviews(store_, problems);
    return problems;
}

}  // namespace innotrack
