// The golden portfolio's events and the golden-file helper.
#include "tally_golden.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace innotrack::testing {

void addGoldenEvents(TallyPortfolio& p) {
    const Innovation cafe =
        p.innovation("Caf\xC3\xA9s & <b>pop-up</b> \"shops\" | *stars* #1", p.highStreets.id, p.cat.id);
    // Went right
    p.completedMilestone(p.homeCare, day(2026, 5, 31), day(2026, 5, 31));  // Q1, on time (the baseline day)
    p.completedMilestone(p.homeCare, day(2026, 6, 30), day(2026, 7, 1));   // Q2, late by a day
    const Milestone moved = p.milestone(p.solar, day(2026, 8, 31));
    p.portfolio.moveMilestone(p.leader.id, moved.id, day(2026, 10, 31), "Contractor delayed");
    p.portfolio.completeMilestone(p.leader.id, moved.id, day(2026, 9, 15));  // Q2, late: after its baseline
    p.completedMilestone(cafe, day(2026, 9, 30), day(2026, 9, 1));           // Q2, on time
    p.completedMilestone(p.solar, day(2027, 2, 28), day(2027, 2, 20));       // Q4, on time
    p.realisedBenefit(p.homeCare, day(2026, 8, 15));                         // Q2
    p.realisedBenefit(cafe, day(2027, 3, 31));                               // Q4, the year's last day
    p.advance(p.homeCare, Stage::Exploring, day(2026, 4, 1));                // Q1, the year's first day
    p.advance(p.homeCare, Stage::Piloting, day(2026, 9, 1));                 // Q2
    p.advance(p.solar, Stage::Exploring, day(2026, 7, 14));                  // Q2
    p.advance(p.energy, Stage::Exploring, day(2026, 6, 1));                  // Q1
    p.advance(p.energy, Stage::Idea, day(2026, 12, 1));                      // Q3, backwards: not counted

    // Risks: five raised in Q1 and open through Q2, so Q2 (no setback) is flagged.
    for (int i = 0; i < 4; ++i) p.risk(p.energy, day(2026, 4, 20), 2 + i % 3, 3);
    const Risk closed = p.risk(p.solar, day(2026, 5, 5), 3, 4, std::pair{2, 2});
    p.closeRisk(closed, day(2026, 12, 10));
    const Risk critical = p.risk(p.homeCare, day(2026, 10, 2), 4, 4);  // 16: Critical
    p.risk(p.solar, day(2026, 11, 5), 3, 5);                           // 15: Critical, on the line

    // Went wrong
    p.lesson(p.setback(p.homeCare, day(2026, 5, 12), FailureKind::Basic));      // Q1
    p.lesson(p.setback(p.solar, day(2026, 10, 20), FailureKind::Intelligent));  // Q3
    p.setback(cafe, day(2026, 12, 31), FailureKind::Complex);                   // Q3, the quarter's last day
    p.occurred(critical, day(2027, 2, 3));                                      // Q4, through its setback
}

reports::TallyReport goldenReport(const TallyPortfolio& p) {
    const Date madeOn = day(2027, 5, 20);
    reports::TallyRequest request{reports::financialYearPeriod(2026, madeOn), {}, TallyGrouping::Innovation};
    return reports::buildTallyReport(*p.store, p.queries(), request, madeOn);
}

std::string compareWithGolden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(INNOTRACK_GOLDEN_DIR) + "/" + name;
    const char* update = std::getenv("UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        return "";
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) return path + " is missing: run the tests with UPDATE_GOLDEN=1 to create it";
    std::ostringstream stored;
    stored << file.rdbuf();
    const std::string expected = stored.str();
    if (expected == actual) return "";
    std::size_t at = 0;
    while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
    std::size_t line = 1;
    for (std::size_t i = 0; i < at; ++i) line += actual[i] == '\n' ? 1u : 0u;
    return name + " differs from the golden file at line " + std::to_string(line) + " (byte " + std::to_string(at) +
           "); if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff";
}

}  // namespace innotrack::testing
