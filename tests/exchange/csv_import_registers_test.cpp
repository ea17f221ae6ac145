// Clean imports of every register: each row lands through the service, with its audit entries,
// whatever the headers' case and order, and moved, completed, closed and realised as it says.
#include "csv_import_fixture.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;
using exchange::Register;

namespace {

std::size_t auditOf(const PortfolioStore& store, const std::string& entity, const std::string& action) {
    std::size_t count = 0;
    for (const auto& entry : store.listAudit({}))
        if (entry.entity == entity && entry.action == action) ++count;
    return count;
}

}  // namespace

TEST_CASE("import: innovations land with every column, named people and ambition, and an audit entry each",
          "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Innovations,
                                 "\xEF\xBB\xBF"
                                 "Title,Summary,Ambition,Stage,Priority,Confidence,Cabinet lead,Lead officer,"
                                 "Start date,Target date,Budget,Staff days,Inspired by,Expected benefits\r\n"
                                 "Falls sensors,\"Sensors, in homes\",every OLDER person lives independently at home,"
                                 "piloting,2,Amber/Green,cllr bob cabinet,Dev Officer,01/04/2026,2027-03-31,"
                                 "\"£1,250,000.50\",\"1,200\",Wigan,Fewer falls\r\n"
                                 "Digital front door,,,,,,,,,,,,,\r\n");
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    CHECK(result.written);
    CHECK(result.rows == 2);
    const auto found = f.store->listInnovations({});
    REQUIRE(found.size() == 3);
    const auto falls =
        std::find_if(found.begin(), found.end(), [](const Innovation& i) { return i.title == "Falls sensors"; });
    REQUIRE(falls != found.end());
    CHECK(falls->summary == "Sensors, in homes");
    CHECK(falls->ambitionId == f.ambition.id);
    CHECK(falls->stage == Stage::Piloting);
    CHECK(falls->priority == 2);
    CHECK(falls->confidence == Confidence::AmberGreen);
    CHECK(falls->cabinetLeadId == f.cabinet.id);
    CHECK(falls->leadOfficerId == f.officer.id);
    CHECK(falls->startDate == Date(2026, 4, 1));
    CHECK(falls->targetDate == Date(2027, 3, 31));
    CHECK(falls->budgetPence == 125'000'050);
    CHECK(falls->staffDays == 1200);
    CHECK(falls->inspiredBy == "Wigan");
    CHECK(falls->expectedBenefits == "Fewer falls");
    CHECK(auditOf(*f.store, "innovation", "added") == 3);  // the fixture's own and these two
}

TEST_CASE("import: headers match in any case, with spaces around them and in any order", "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Milestones,
                                 "  DUE ,title,  innovation\r\n"
                                 "2027-01-31,Provider chosen,home care by video\r\n");
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    const auto milestones = f.store->listMilestones(f.innovation.id);
    REQUIRE(milestones.size() == 1);
    CHECK(milestones[0].title == "Provider chosen");
    CHECK(milestones[0].due == Date(2027, 1, 31));
}

TEST_CASE("import: a milestone that moved is added at its baseline and moved, and one done is completed",
          "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Milestones,
                                 "Innovation,Title,Baseline due,Due,Completed on\r\n"
                                 "#1,Provider chosen,2026-09-30,2026-10-31,2026-10-28\r\n"
                                 "Home care by video,Pilot starts,,2027-01-12,\r\n");
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    const auto milestones = f.store->listMilestones(f.innovation.id);
    REQUIRE(milestones.size() == 2);
    const Milestone& moved = milestones[0];
    CHECK(moved.baselineDue == Date(2026, 9, 30));
    CHECK(moved.due == Date(2026, 10, 31));
    CHECK(moved.completedOn == Date(2026, 10, 28));
    const auto moves = f.store->listMilestoneMoves(moved.id);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].reason == "Due date moved before import");
    CHECK(milestones[1].baselineDue == Date(2027, 1, 12));
    CHECK_FALSE(milestones[1].completedOn.has_value());
    CHECK(auditOf(*f.store, "milestone", "added") == 2);
    CHECK(auditOf(*f.store, "milestone", "completed") == 1);
    CHECK(auditOf(*f.store, "milestone", "moved") == 2);  // the date and the reason
}

TEST_CASE("import: risks are added with their scores and owner, and closed when their status says so",
          "[exchange][import]") {
    ImportFixture f;
    const auto result =
        f.import(Register::Risks,
                 "Innovation,Title,Cause,Event,Effect,Likelihood,Impact,Residual likelihood,"
                 "Residual impact,Owner,Response,Mitigation,Proximity,Status,Raised on,Closed on\r\n"
                 "Home care by video,Tablets late,Supplier,Delay,Later pilot,4,3,2,2,Dev Officer,"
                 "fallback,Second supplier,This stage,open,2026-05-01,\r\n"
                 "Home care by video,Staff leave,,,,3,4,,,dev officer,,,,closed,2026-05-01,2026-06-01\r\n"
                 "Home care by video,Costs rise,,,,2,2,,,Dev Officer,,,,,2026-05-01,2026-07-01\r\n");
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    const auto risks = f.store->listRisks(f.innovation.id);
    REQUIRE(risks.size() == 3);
    CHECK(risks[0].inherentScore() == 12);
    CHECK(risks[0].score() == 4);
    CHECK(risks[0].ownerId == f.officer.id);
    CHECK(risks[0].response == RiskResponse::Fallback);
    CHECK(risks[0].proximity == Proximity::ThisStage);
    CHECK(risks[0].status == RiskStatus::Open);
    CHECK(risks[0].raisedOn == Date(2026, 5, 1));
    CHECK(risks[1].status == RiskStatus::Closed);
    CHECK(risks[1].closedOn == Date(2026, 6, 1));
    CHECK(risks[2].status == RiskStatus::Closed);  // a closing date alone closes it
    CHECK(auditOf(*f.store, "risk", "added") == 3);
    CHECK(auditOf(*f.store, "risk", "closed") == 2);
}

TEST_CASE("import: a risk that occurred stays open until its setback, imported naming it, marks it occurred",
          "[exchange][import]") {
    ImportFixture f;
    const auto risks = f.import(Register::Risks,
                                "Innovation,Title,Likelihood,Impact,Owner,Status,Raised on\r\n"
                                "Home care by video,Tablets late,4,3,Dev Officer,occurred,2026-05-01\r\n");
    INFO(joined(problemLines(risks)));
    REQUIRE(risks.ok());
    CHECK(risks.occurredRisksLeftOpen == 1);
    const auto setbacks =
        f.import(Register::Setbacks,
                 "Innovation,Occurred on,What happened,Kind,Risk,New territory,Credible opportunity,"
                 "Informed by knowledge,Small as possible,Learned from,Logged by\r\n"
                 "Home care by video,2026-06-02,Tablets arrived late,complex,tablets LATE,,,,,,\r\n"
                 "Home care by video,2026-07-01,Over-85s could not join,intelligent,,yes,Yes,TRUE,y,1,"
                 "Cllr Ann Leader\r\n");
    INFO(joined(problemLines(setbacks)));
    REQUIRE(setbacks.ok());
    const auto risk = f.store->listRisks(f.innovation.id).at(0);
    CHECK(risk.status == RiskStatus::Occurred);
    const auto logged = f.store->listSetbacks(f.innovation.id);
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].riskId == risk.id);
    CHECK(risk.setbackId == logged[0].id);
    CHECK(logged[1].kind == FailureKind::Intelligent);
    CHECK(logged[1].test.allHold());
    CHECK(logged[1].loggedById == f.leader.id);
}

TEST_CASE("import: lessons land with tags, and benefits are realised when they have an actual value",
          "[exchange][import]") {
    ImportFixture f;
    const auto lessons = f.import(Register::Lessons,
                                  "Innovation,Source,What happened,Effect,Cause,Early warnings,Recommendation,"
                                  "Identified as risk,Tags,Recorded by,Recorded on\r\n"
                                  "Home care by video,success,Set-up visits worked,Calls started,,,"
                                  "Budget one visit per resident,no,\"Digital; older people ;\",,2026-10-01\r\n");
    INFO(joined(problemLines(lessons)));
    REQUIRE(lessons.ok());
    const auto learned = f.store->listLessons({});
    REQUIRE(learned.size() == 1);
    CHECK(learned[0].source == LessonSource::Success);
    CHECK(learned[0].tags == std::vector<std::string>{"digital", "older people"});
    CHECK(learned[0].recordedOn == Date(2026, 10, 1));
    CHECK(learned[0].recordedById == f.leader.id);

    const auto benefits = f.import(Register::Benefits,
                                   "Innovation,Measure,Unit,Baseline,Target,Actual,Realised on\r\n"
                                   "Home care by video,Delayed discharges,people,\"1,200\",900.5,850,2026-11-01\r\n"
                                   "Home care by video,Visits saved,%,0,45%,,\r\n");
    INFO(joined(problemLines(benefits)));
    REQUIRE(benefits.ok());
    const auto found = f.store->listBenefits(f.innovation.id);
    REQUIRE(found.size() == 2);
    CHECK(found[0].baseline == 1200);
    CHECK(found[0].target == 900.5);
    CHECK(found[0].actual == 850);
    CHECK(found[0].realisedOn == Date(2026, 11, 1));
    CHECK(found[1].target == 45);
    CHECK_FALSE(found[1].isRealised());
    CHECK(auditOf(*f.store, "benefit", "realised") > 0);
}

TEST_CASE("import: entirely empty rows are skipped and not counted", "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Milestones,
                                 "Innovation,Title,Due\r\n"
                                 ",,\r\n"
                                 "\r\n"
                                 "Home care by video,Pilot starts,2027-01-12\r\n"
                                 " , ,\r\n");
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    CHECK(result.rows == 1);
    CHECK(f.store->listMilestones(std::nullopt).size() == 1);
}

TEST_CASE("import: --dry-run checks every row through the service and writes nothing", "[exchange][import]") {
    ImportFixture f;
    const std::size_t before = f.records();
    const auto clean = f.import(Register::Milestones, "Innovation,Title,Due\r\nHome care by video,Pilot,2027-01-12\r\n",
                                0, true);
    CHECK(clean.ok());
    CHECK(clean.rows == 1);
    CHECK_FALSE(clean.written);
    CHECK(f.records() == before);
    // A refusal only the service knows of (the officer does not lead this innovation) is found.
    const Innovation other = f.portfolio.addInnovation(f.otherCabinet.id, f.newInnovation("Other work"));
    const auto refused = f.import(Register::Milestones, "Innovation,Title,Due\r\nOther work,Pilot,2027-01-12\r\n",
                                  f.otherOfficer.id, true);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].line == 2);
    CHECK(refused.problems[0].column == "Innovation");
    CHECK(refused.problems[0].reason.find("Eve Officer is a project officer") != std::string::npos);
    CHECK(f.store->listMilestones(other.id).empty());
}

TEST_CASE("import: rows of the file may name what earlier rows of the portfolio hold, by title or number",
          "[exchange][import]") {
    ImportFixture f;
    Risk draft = f.newRisk("Supplier fails", 3, 3);
    draft.raisedOn = Date(2026, 5, 1);
    const Risk risk = f.portfolio.addRisk(f.officer.id, draft);
    const auto result = f.import(Register::Setbacks,
                                 "Innovation,Occurred on,What happened,Kind,Risk\r\n"
                                 "#" + std::to_string(f.innovation.id) + ",2026-11-20,Supplier went bust,basic,#" +
                                     std::to_string(risk.id) + "\r\n");
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    CHECK(f.portfolio.risk(risk.id).status == RiskStatus::Occurred);
}

TEST_CASE("import: a file with semicolons between cells, as a European Excel saves it, reads its decimal commas",
          "[exchange][import]") {
    ImportFixture f;
    const auto innovations = f.import(Register::Innovations,
                                      "Title;Budget;Summary\r\n"
                                      "Falls sensors;\"1.250.000,50\";\"Sensors, in homes; and care\"\r\n");
    INFO(joined(problemLines(innovations)));
    REQUIRE(innovations.ok());
    const auto found = f.store->listInnovations({});
    const auto falls = std::find_if(found.begin(), found.end(), [](const Innovation& i) { return i.title == "Falls sensors"; });
    REQUIRE(falls != found.end());
    CHECK(falls->budgetPence == 125'000'050);
    CHECK(falls->summary == "Sensors, in homes; and care");

    const auto benefits = f.import(Register::Benefits,
                                   "Innovation;Measure;Baseline;Target\r\nHome care by video;Visits;12,5;1.200\r\n");
    INFO(joined(problemLines(benefits)));
    REQUIRE(benefits.ok());
    const auto benefit = f.store->listBenefits(f.innovation.id).at(0);
    CHECK(benefit.baseline == 12.5);
    CHECK(benefit.target == 1200);
}
