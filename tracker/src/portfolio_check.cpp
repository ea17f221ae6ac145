// `innotrack check`: the storage's own checks, then the domain's invariants, in words. Each
// record is held to the rules the service checked it with when it was written
// (tracker/record_checks.hpp), then the rules that span records are checked here.
#include "portfolio_change.hpp"

#include <algorithm>
#include <map>

namespace innotrack {
namespace {

std::string quoted(const std::string& what, Id id, const std::string& title) {
    return what + " " + std::to_string(id) + " '" + title + "'";
}

void report(std::vector<Problem>& problems, const std::string& who, const FieldProblems& found) {
    for (const FieldProblem& problem : found) problems.push_back({who + ": " + problem.message});
}

const Person* personOr(const std::map<Id, Person>& people, OptionalId id) {
    const auto it = id ? people.find(*id) : people.end();
    return it == people.end() ? nullptr : &it->second;
}

void checkPeopleAndAmbitions(const PortfolioStore& store, std::vector<Problem>& problems) {
    for (const auto& person : store.listPeople())
        report(problems, "person " + std::to_string(person.id) + " '" + person.name + "'", problemsOf(person));
    for (const auto& ambition : store.listAmbitions())
        report(problems, quoted("ambition", ambition.id, ambition.title), problemsOf(ambition));
}

void checkInnovations(const PortfolioStore& store, std::vector<Problem>& problems) {
    std::map<Id, Person> people;
    for (const auto& person : store.listPeople()) people[person.id] = person;
    for (const auto& innovation : store.listInnovations({})) {
        const std::string who = quoted("innovation", innovation.id, innovation.title);
        report(problems, who, problemsOf(innovation));
        // Roles change after the fact: a lead whose role changed no longer fits.
        report(problems, who,
               leadProblems(personOr(people, innovation.cabinetLeadId), personOr(people, innovation.leadOfficerId)));
    }
}

// Entered in the order they happened: by id (the order they were entered), each dated on or after
// the one before. `dayOf` gives a record's date, `words` how to name it.
template <typename Record, typename DayOf, typename Words>
void checkEnteredInOrder(std::vector<Record> records, const std::string& who, DayOf dayOf, Words words,
                         std::vector<Problem>& problems) {
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
    for (std::size_t i = 1; i < records.size(); ++i)
        if (dayOf(records[i]) < dayOf(records[i - 1]))
            problems.push_back({who + ": " + words(records[i]) + " was entered after " + words(records[i - 1]) +
                                ", yet is dated before it"});
}

// A stage history that stops short of the stage stored now: the boards and the checklist take the
// stage now for every day after the last change (docs/REPORTS.md "The stage on the day"), so the
// change that brought it there is missing. The last change entered is the one named, so a change
// misdated out of order is reported once, by checkEnteredInOrder. No changes at all is fine: nothing
// is assumed about how it got there; an arrival (X to X) reaches X.
void checkHistoryReachesStage(const Innovation& innovation, const std::vector<StageChange>& changes,
                              std::vector<Problem>& problems) {
    if (changes.empty()) return;
    const StageChange& last = *std::max_element(
        changes.begin(), changes.end(), [](const StageChange& a, const StageChange& b) { return a.id < b.id; });
    if (last.to == innovation.stage) return;
    const std::string stage(labelOf(innovation.stage));
    const bool stopped = innovation.stage == Stage::Stopped;
    const std::string lastMove = last.from == last.to
                                     ? "its stage history ends with its arrival at " + std::string(labelOf(last.to))
                                     : "its last recorded stage change moved it to " + std::string(labelOf(last.to));
    problems.push_back({quoted("innovation", innovation.id, innovation.title) +
                        (stopped ? " is stopped" : " is at " + stage) + ", but " + lastMove + " on " +
                        formatDate(last.changedOn) + ": record the change that " +
                        (stopped ? "stopped it" : "brought it to " + stage)});
}

void checkStageHistories(const PortfolioStore& store, std::vector<Problem>& problems) {
    for (const auto& innovation : store.listInnovations({})) {
        const auto changes = store.listStageChanges(innovation.id);
        checkEnteredInOrder(
            changes, quoted("innovation", innovation.id, innovation.title),
            [](const StageChange& c) { return c.changedOn; },
            [](const StageChange& c) {
                return "its move to " + std::string(labelOf(c.to)) + " on " + formatDate(c.changedOn);
            },
            problems);
        checkHistoryReachesStage(innovation, changes, problems);
    }
}

void checkMilestones(const PortfolioStore& store, std::vector<Problem>& problems) {
    for (const auto& milestone : store.listMilestones(std::nullopt)) {
        // In the order the moves were made (entered), so one misdated move is reported once.
        auto moves = store.listMilestoneMoves(milestone.id);
        std::sort(moves.begin(), moves.end(), [](const MilestoneMove& a, const MilestoneMove& b) { return a.id < b.id; });
        const std::string who = quoted("milestone", milestone.id, milestone.title);
        checkEnteredInOrder(
            moves, who, [](const MilestoneMove& m) { return m.movedOn; },
            [](const MilestoneMove& m) {
                return "the move to " + formatDate(m.to) + " made on " + formatDate(m.movedOn);
            },
            problems);
        if (moves.empty() && milestone.due != milestone.baselineDue)
            problems.push_back({who + " is due on a date other than its baseline, with no recorded move"});
        if (!moves.empty() && moves.front().from != milestone.baselineDue)
            problems.push_back({who + ": its first move does not start from the baseline due date"});
        if (!moves.empty() && moves.back().to != milestone.due)
            problems.push_back({who + ": its last move does not end at the current due date"});
    }
    for (const auto& benefit : store.listBenefits(std::nullopt))
        report(problems, quoted("benefit", benefit.id, benefit.measure), problemsOf(benefit));
    for (const auto& engagement : store.listEngagements(std::nullopt))
        report(problems, "engagement " + std::to_string(engagement.id), problemsOf(engagement));
    for (const auto& decision : store.listDecisions(std::nullopt))
        report(problems, "decision " + std::to_string(decision.id), problemsOf(decision));
}

void checkRisksAndSetbacks(const PortfolioStore& store, std::vector<Problem>& problems) {
    std::map<Id, Setback> setbacks;
    for (const auto& setback : store.listSetbacks(std::nullopt)) {
        setbacks[setback.id] = setback;
        report(problems, "setback " + std::to_string(setback.id), problemsOf(setback));
    }
    for (const auto& risk : store.listRisks(std::nullopt)) {
        const std::string who = quoted("risk", risk.id, risk.title);
        report(problems, who, problemsOf(risk));
        if (!risk.setbackId) continue;
        const auto it = setbacks.find(*risk.setbackId);
        if (it != setbacks.end() && it->second.riskId != risk.id)
            problems.push_back({who + " is linked to setback " + std::to_string(it->first) +
                                ", which does not link back to it"});
    }
    for (const auto& [id, setback] : setbacks) {
        if (!setback.riskId) continue;
        const auto risk = store.findRisk(*setback.riskId);
        if (risk && risk->setbackId != id)
            problems.push_back({"setback " + std::to_string(id) + " names risk " + std::to_string(risk->id) +
                                ", which is not marked as occurred through it"});
    }
    for (const auto& lesson : store.listLessons({})) {
        report(problems, "lesson " + std::to_string(lesson.id), problemsOf(lesson));
        const auto from = lesson.setbackId ? setbacks.find(*lesson.setbackId) : setbacks.end();
        if (from != setbacks.end() && lesson.recordedOn < from->second.occurredOn)
            problems.push_back({"lesson " + std::to_string(lesson.id) + " was recorded on " +
                                formatDate(lesson.recordedOn) + ", before setback " + std::to_string(from->first) +
                                " it learns from happened (" + formatDate(from->second.occurredOn) + ")"});
    }
}

void checkReviews(const PortfolioStore& store, std::vector<Problem>& problems) {
    int open = 0;
    for (const auto& review : store.listReviews()) {
        report(problems, "review " + std::to_string(review.id), problemsOf(review));
        if (review.isOpen()) ++open;
    }
    if (open > 1) problems.push_back({std::to_string(open) + " weekly reviews are open; only one should be"});
}

// Each idea's own rules, and its scores: an idea with scores has left "submitted".
void checkIdeas(const PortfolioStore& store, std::vector<Problem>& problems) {
    std::map<Id, std::size_t> scored;
    for (const IdeaScore& score : store.listIdeaScores(std::nullopt)) ++scored[score.ideaId];
    for (const Idea& idea : store.listIdeas()) {
        const std::string who = quoted("idea", idea.id, idea.title);
        report(problems, who, problemsOf(idea));
        if (idea.status == IdeaStatus::Submitted && scored[idea.id] > 0)
            problems.push_back({who + " has " + std::to_string(scored[idea.id]) +
                                " score(s) but is still marked submitted, not under assessment"});
    }
}

// Well-being tags are Wales's: a portfolio switched back to England keeps the tags its records had
// (the service refuses only new ones), and no report reads them there. Each record still tagged is
// named with its tags and the two ways out.
template <typename Record>
void checkTagsInEngland(const Record& record, const std::string& what, std::vector<Problem>& problems) {
    if (record.goals.empty() && record.ways.empty()) return;
    std::string tags;
    if (!record.goals.empty()) tags = "well-being goals (" + record.goals.labels() + ")";
    if (!record.ways.empty())
        tags += (tags.empty() ? "" : " and ") + std::string("ways of working (") + record.ways.labels() + ")";
    const std::string id = std::to_string(record.id);
    problems.push_back({quoted(what, record.id, record.title) + " is tagged with " + tags +
                        ", which are Wales's, but this portfolio follows England's rules: take them off "
                        "(innotrack " + what + " update " + id +
                        " --goals none --ways none), or, if the council is Welsh, set the nation back "
                        "(innotrack decision nation --to wales)"});
}

void checkWellbeingTags(const PortfolioStore& store, std::vector<Problem>& problems) {
    if (store.nation() == Nation::Wales) return;
    for (const auto& ambition : store.listAmbitions()) checkTagsInEngland(ambition, "ambition", problems);
    for (const auto& innovation : store.listInnovations({})) checkTagsInEngland(innovation, "innovation", problems);
}

}  // namespace

std::vector<Problem> Portfolio::check() const {
    std::vector<Problem> problems = store_.checkStorage();
    if (!problems.empty()) return problems;  // the domain checks need sound storage to mean anything
    checkPeopleAndAmbitions(store_, problems);
    checkInnovations(store_, problems);
    checkStageHistories(store_, problems);
    checkMilestones(store_, problems);
    checkRisksAndSetbacks(store_, problems);
    checkReviews(store_, problems);
    checkIdeas(store_, problems);
    checkWellbeingTags(store_, problems);
    if (const ChainVerdict chain = verifyAuditChain(); chain.firstBreak)
        problems.push_back({describeBreak(*chain.firstBreak)});
    return problems;
}

ChainVerdict Portfolio::verifyAuditChain() const {
    return verifyChain(store_.portfolioKey(), store_.listAudit({}));
}

std::pair<ChainVerdict, std::string> Portfolio::verifyAuditChain(std::size_t printedCount,
                                                                 std::string_view printedHash) const {
    const auto entries = store_.listAudit({});
    ChainVerdict verdict = verifyChain(store_.portfolioKey(), entries);
    std::string mismatch = confirmPrintedHead(verdict, entries, printedCount, printedHash);
    return {std::move(verdict), std::move(mismatch)};
}

}  // namespace innotrack
