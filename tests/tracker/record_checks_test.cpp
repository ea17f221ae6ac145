// Each record's own rules (tracker/record_checks.hpp), case by case, in the words people read.
#include "tracker/calendar.hpp"
#include "tracker/errors.hpp"
#include "tracker/record_checks.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;

namespace {

std::vector<std::string> messages(const FieldProblems& problems) {
    std::vector<std::string> out;
    for (const FieldProblem& problem : problems) out.push_back(problem.message);
    return out;
}

}  // namespace

TEST_CASE("an innovation's numbers stay within the limits", "[tracker][record-checks]") {
    Innovation innovation;
    innovation.title = "Home care by video";
    CHECK(problemsOf(innovation).empty());

    for (int priority : {kHighestPriority, kLowestPriority}) {
        innovation.priority = priority;
        CHECK(problemsOf(innovation).empty());
    }
    innovation.priority = 0;
    const FieldProblems problems = problemsOf(innovation);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].key == "priority");
    CHECK(problems[0].field == "priority");
    CHECK(problems[0].value == "0");
    CHECK(problems[0].why == "0 is out of range; it must be 1 to 5 (1 is the highest)");
    CHECK(problems[0].message == "priority: 0 is out of range; it must be 1 to 5 (1 is the highest)");
    innovation.priority = 3;

    innovation.budgetPence = kMaxBudgetPence;
    innovation.staffDays = kMaxStaffDays;
    CHECK(problemsOf(innovation).empty());
    innovation.budgetPence = kMaxBudgetPence + 1;
    innovation.staffDays = -1;
    CHECK(messages(problemsOf(innovation)) ==
          std::vector<std::string>{"budget: 10000000000001 pence is more than £100 billion, the most the portfolio holds",
                                   "staff days: -1 is out of range; it must be 0 to 1000000"});
    innovation.budgetPence = -100;
    CHECK(problemsOf(innovation).at(0).why == "-100 is below zero; money is whole pence, 0 or more");
}

TEST_CASE("an innovation's dates and stop reason agree with each other", "[tracker][record-checks]") {
    Innovation innovation;
    innovation.title = "Solar schools";
    innovation.startDate = Date(2026, 4, 1);
    innovation.targetDate = Date(2026, 4, 1);
    CHECK(problemsOf(innovation).empty());
    innovation.targetDate = Date(2026, 1, 1);
    CHECK(messages(problemsOf(innovation)) ==
          std::vector<std::string>{"target date: 2026-01-01 is before the start date 2026-04-01"});
    CHECK(problemsOf(innovation).at(0).key == "target_date");
    innovation.targetDate.reset();

    innovation.stage = Stage::Stopped;
    innovation.stopReason = "  ";
    CHECK(messages(problemsOf(innovation)) ==
          std::vector<std::string>{"stop reason: a stopped innovation needs the reason it was stopped"});
    innovation.stopReason = "No provider bid";
    CHECK(problemsOf(innovation).empty());
}

TEST_CASE("an ambition's horizon year is 2000 to 2100", "[tracker][record-checks]") {
    Ambition ambition;
    ambition.title = "Net zero";
    for (int year : {kMinHorizonYear, 2045, kMaxHorizonYear}) {
        ambition.horizonYear = year;
        CHECK(problemsOf(ambition).empty());
    }
    ambition.horizonYear = 1999;
    CHECK(messages(problemsOf(ambition)) ==
          std::vector<std::string>{"horizon year: 1999 is out of range; it must be 2000 to 2100"});
    ambition.horizonYear = 2101;
    CHECK(problemsOf(ambition).at(0).key == "horizon_year");
}

TEST_CASE("a risk's scores, residuals and status agree", "[tracker][record-checks]") {
    Risk risk;
    risk.title = "Low uptake";
    CHECK(problemsOf(risk).empty());

    risk.inherentLikelihood = 6;
    risk.inherentImpact = 0;
    CHECK(messages(problemsOf(risk)) ==
          std::vector<std::string>{
              "likelihood: 6 is out of range; it must be 1 to 5 (1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost "
              "certain)",
              "impact: 0 is out of range; it must be 1 to 5 (1 negligible, 2 minor, 3 moderate, 4 major, 5 severe)"});
    CHECK(problemsOf(risk).at(0).key == "inherent_likelihood");
    risk.inherentLikelihood = 3;
    risk.inherentImpact = 3;

    risk.residualLikelihood = 2;
    const FieldProblems half = problemsOf(risk);
    REQUIRE(half.size() == 1);
    CHECK(half[0].message == "residual likelihood and residual impact: give both or neither");
    CHECK(half[0].field == "residual likelihood");  // the column an import names
    CHECK(half[0].key == "residual_impact");        // the one that is missing
    risk.residualImpact = 9;
    CHECK(problemsOf(risk).at(0).message ==
          "residual impact: 9 is out of range; it must be 1 to 5 (1 negligible, 2 minor, 3 moderate, 4 major, 5 severe)");
    risk.residualImpact = 2;
    CHECK(problemsOf(risk).empty());

    risk.status = RiskStatus::Occurred;
    CHECK(messages(problemsOf(risk)) ==
          std::vector<std::string>{"setback: a risk that occurred names the setback it became"});
    risk.status = RiskStatus::Open;
    risk.setbackId = 4;
    CHECK(messages(problemsOf(risk)) ==
          std::vector<std::string>{"setback: a risk linked to a setback has status occurred, not open"});
    risk.status = RiskStatus::Occurred;
    CHECK(problemsOf(risk).empty());
}

TEST_CASE("an intelligent setback passes all five tests", "[tracker][record-checks]") {
    Setback setback;
    setback.kind = FailureKind::Intelligent;
    setback.test = {true, true, true, false, false};
    CHECK(messages(problemsOf(setback)) ==
          std::vector<std::string>{"kind: a setback is an intelligent failure only if all five conditions hold; not "
                                   "confirmed: as small as possible, learned from"});
    setback.test = {true, true, true, true, true};
    CHECK(problemsOf(setback).empty());
    setback.kind = FailureKind::Basic;
    setback.test = {};
    CHECK(problemsOf(setback).empty());
}

TEST_CASE("a lesson's source and setback agree, a benefit is realised with both its value and date",
          "[tracker][record-checks]") {
    Lesson lesson;
    lesson.source = LessonSource::Setback;
    CHECK(messages(problemsOf(lesson)) ==
          std::vector<std::string>{"setback: a lesson from a setback must name the setback"});
    lesson.setbackId = 3;
    CHECK(problemsOf(lesson).empty());
    lesson.source = LessonSource::Success;
    CHECK(messages(problemsOf(lesson)) ==
          std::vector<std::string>{"source: a lesson that names a setback has source setback"});

    Benefit benefit;
    CHECK(problemsOf(benefit).empty());
    benefit.actual = 12;
    CHECK(messages(problemsOf(benefit)) ==
          std::vector<std::string>{"actual: a realised benefit needs both its actual value and the date"});
    benefit.realisedOn = Date(2026, 5, 1);
    CHECK(problemsOf(benefit).empty());
}

TEST_CASE("a review is not closed before it was held, a person's name and email", "[tracker][record-checks]") {
    Review review;
    review.heldOn = Date(2026, 11, 23);
    review.closedOn = Date(2026, 11, 23);
    CHECK(problemsOf(review).empty());
    review.closedOn = Date(2026, 11, 22);
    CHECK(messages(problemsOf(review)) ==
          std::vector<std::string>{"closed on: 2026-11-22 is before the review was held (2026-11-23)"});

    Person person;
    person.name = "2024";
    person.email = "not an address";
    CHECK(messages(problemsOf(person)) ==
          std::vector<std::string>{"email: 'not an address' is not an email address",
                                   "name: '2024' is a number; a name needs letters"});
    person.name = "Dev Officer";
    person.email = "dev@example.gov.uk";
    CHECK(problemsOf(person).empty());
}

TEST_CASE("the first problem is thrown as the service's ValidationError", "[tracker][record-checks]") {
    CHECK_NOTHROW(requireNoProblems({}));
    Ambition ambition;
    ambition.horizonYear = 1999;
    try {
        requireNoProblems(problemsOf(ambition));
        FAIL("no error");
    } catch (const ValidationError& error) {
        CHECK(error.field() == "horizon year");
        CHECK(error.value() == "1999");
        CHECK(std::string(error.what()) == "horizon year: 1999 is out of range; it must be 2000 to 2100");
    }
    CHECK(outOfRange(7, 1, 5) == "7 is out of range; it must be 1 to 5");
}

TEST_CASE("a period ends on or after the day it starts, in the caller's names", "[tracker][record-checks]") {
    CHECK_NOTHROW(requireOrdered({Date(2026, 5, 1), Date(2026, 5, 1)}));
    CHECK_THROWS_WITH(requireOrdered({Date(2026, 10, 1), Date(2026, 9, 1)}),
                      "to: 2026-09-01 is before from 2026-10-01; a period must end on or after the day it starts");
    CHECK_THROWS_WITH(requireOrdered({Date(2026, 10, 1), Date(2026, 9, 1)}, "--from", "--to"),
                      "--to: 2026-09-01 is before --from 2026-10-01; a period must end on or after the day it starts");
}
