// Lists: every filter field, text search with '%' and '_' taken literally, and the documented orders.
#include "backend_under_test.hpp"
#include "records.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <utility>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

std::vector<std::string> titles(const std::vector<Innovation>& innovations) {
    std::vector<std::string> out;
    for (const auto& innovation : innovations) out.push_back(innovation.title);
    return out;
}

std::vector<std::string> happenings(const std::vector<Lesson>& lessons) {
    std::vector<std::string> out;
    for (const auto& lesson : lessons) out.push_back(lesson.whatHappened);
    return out;
}

struct Portfolio {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    Seed ids = seed(*store);  // "Home care by video": priority 3, idea, all leads set
    Id otherAmbition = 0;
    Id otherCabinet = 0;

    Portfolio() {
        Ambition ambition;
        ambition.title = "Net zero";
        ambition.horizonYear = 2040;
        otherAmbition = store->insertAmbition(ambition);
        otherCabinet = store->insertPerson(samplePerson("Cllr Cat Cabinet", Role::Cabinet));
    }

    Id add(const std::string& title, int priority, Stage stage, const std::function<void(Innovation&)>& edit = {}) {
        Innovation innovation = sampleInnovation(ids, title);
        innovation.priority = priority;
        innovation.stage = stage;
        if (edit) edit(innovation);
        return store->insertInnovation(innovation);
    }
};

}  // namespace

TEST_CASE("innovations are listed by priority, then id", "[contract][backend][lists]") {
    Portfolio p;
    p.add("Low", 5, Stage::Idea);
    p.add("Top A", 1, Stage::Idea);
    p.add("Top B", 1, Stage::Idea);
    CHECK(titles(p.store->listInnovations({})) ==
          std::vector<std::string>{"Top A", "Top B", "Home care by video", "Low"});
}

TEST_CASE("every innovation filter field narrows the list", "[contract][backend][lists]") {
    Portfolio p;
    p.add("Solar roofs", 2, Stage::Piloting, [&](Innovation& i) {
        i.ambitionId = p.otherAmbition;
        i.cabinetLeadId = p.otherCabinet;
        i.leadOfficerId.reset();
        i.summary = "Panels on every school";
    });
    p.add("Closed pilot", 4, Stage::Stopped, [](Innovation& i) { i.stopReason = "no bids"; });
    p.add("Business as usual", 4, Stage::Mainstreamed, [](Innovation& i) { i.inspiredBy = "Plymouth's SOLAR scheme"; });

    InnovationFilter byStage;
    byStage.stage = Stage::Piloting;
    CHECK(titles(p.store->listInnovations(byStage)) == std::vector<std::string>{"Solar roofs"});

    InnovationFilter byAmbition;
    byAmbition.ambitionId = p.otherAmbition;
    CHECK(titles(p.store->listInnovations(byAmbition)) == std::vector<std::string>{"Solar roofs"});

    InnovationFilter byCabinet;
    byCabinet.cabinetLeadId = p.ids.cabinet;
    CHECK(titles(p.store->listInnovations(byCabinet)) ==
          std::vector<std::string>{"Home care by video", "Closed pilot", "Business as usual"});

    InnovationFilter byOfficer;
    byOfficer.leadOfficerId = p.ids.officer;
    CHECK(titles(p.store->listInnovations(byOfficer)).size() == 3);

    InnovationFilter active;
    active.activeOnly = true;
    CHECK(titles(p.store->listInnovations(active)) == std::vector<std::string>{"Solar roofs", "Home care by video"});

    InnovationFilter text;
    text.text = "solar";  // title of one, inspired-by of another, any case
    CHECK(titles(p.store->listInnovations(text)) == std::vector<std::string>{"Solar roofs", "Business as usual"});
    text.text = "EVERY SCHOOL";  // in the summary
    CHECK(titles(p.store->listInnovations(text)) == std::vector<std::string>{"Solar roofs"});

    InnovationFilter combined;
    combined.text = "solar";
    combined.activeOnly = true;
    combined.cabinetLeadId = p.otherCabinet;
    CHECK(titles(p.store->listInnovations(combined)) == std::vector<std::string>{"Solar roofs"});
    combined.cabinetLeadId = p.ids.cabinet;
    CHECK(p.store->listInnovations(combined).empty());
}

TEST_CASE("percent, underscore and backslash in search text are matched literally", "[contract][backend][lists]") {
    Portfolio p;
    p.add("100% digital", 3, Stage::Idea);
    p.add("1000 digital", 3, Stage::Idea);
    p.add("snake_case form", 3, Stage::Idea);
    p.add("snakeXcase form", 3, Stage::Idea);
    p.add("C:\\forms", 3, Stage::Idea);

    InnovationFilter filter;
    filter.text = "100%";
    CHECK(titles(p.store->listInnovations(filter)) == std::vector<std::string>{"100% digital"});
    filter.text = "e_c";
    CHECK(titles(p.store->listInnovations(filter)) == std::vector<std::string>{"snake_case form"});
    filter.text = "%";
    CHECK(titles(p.store->listInnovations(filter)) == std::vector<std::string>{"100% digital"});
    filter.text = ":\\f";
    CHECK(titles(p.store->listInnovations(filter)) == std::vector<std::string>{"C:\\forms"});
    filter.text = "' OR 1=1 --";
    CHECK(p.store->listInnovations(filter).empty());
}

TEST_CASE("milestones are listed by due date, then id, all or one innovation's", "[contract][backend][lists]") {
    Portfolio p;
    const Id other = p.add("Other", 2, Stage::Idea);
    p.store->insertMilestone(sampleMilestone(p.ids.innovation, "Late", Date(2026, 12, 1)));
    p.store->insertMilestone(sampleMilestone(other, "Early, other", Date(2026, 1, 1)));
    p.store->insertMilestone(sampleMilestone(p.ids.innovation, "Mid A", Date(2026, 6, 1)));
    p.store->insertMilestone(sampleMilestone(p.ids.innovation, "Mid B", Date(2026, 6, 1)));

    std::vector<std::string> all;
    for (const auto& m : p.store->listMilestones(std::nullopt)) all.push_back(m.title);
    CHECK(all == std::vector<std::string>{"Early, other", "Mid A", "Mid B", "Late"});
    std::vector<std::string> one;
    for (const auto& m : p.store->listMilestones(p.ids.innovation)) one.push_back(m.title);
    CHECK(one == std::vector<std::string>{"Mid A", "Mid B", "Late"});
}

TEST_CASE("milestones and innovations are handed over one at a time in the list's order and filter",
          "[contract][backend][lists][streaming]") {
    Portfolio p;
    // More rows than a server would send in one small batch, in an order unlike their ids.
    for (int i = 0; i < 300; ++i) {
        p.store->insertMilestone(sampleMilestone(p.ids.innovation, "M" + std::to_string(i), Date(2026, static_cast<unsigned short>(1 + (i * 7) % 12),
                                                                static_cast<unsigned short>(1 + i % 28))));
        p.add("I" + std::to_string(i), 1 + (i * 13) % 5, i % 2 == 0 ? Stage::Idea : Stage::Piloting);
    }
    std::vector<Id> visited;
    p.store->forEachMilestone(std::nullopt, [&](const Milestone& m) { visited.push_back(m.id); });
    std::vector<Id> listed;
    for (const auto& m : p.store->listMilestones(std::nullopt)) listed.push_back(m.id);
    REQUIRE(visited.size() == 300);
    CHECK(visited == listed);
    for (std::size_t i = 1; i < visited.size(); ++i) {
        const auto before = p.store->findMilestone(visited[i - 1]);
        const auto after = p.store->findMilestone(visited[i]);
        REQUIRE((before && after));
        CHECK(std::make_pair(before->due, before->id) < std::make_pair(after->due, after->id));
    }

    InnovationFilter piloting;
    piloting.stage = Stage::Piloting;
    std::vector<std::string> streamed;
    p.store->forEachInnovation(piloting, [&](const Innovation& i) { streamed.push_back(i.title); });
    CHECK(streamed.size() == 150);
    CHECK(streamed == titles(p.store->listInnovations(piloting)));
}

TEST_CASE("benefits and engagements are handed over one at a time in the list's order and filter",
          "[contract][backend][lists][streaming]") {
    Portfolio p;
    const Id other = p.add("Other", 2, Stage::Piloting);
    for (int i = 0; i < 300; ++i) {
        Benefit benefit;
        benefit.innovationId = i % 3 == 0 ? other : p.ids.innovation;
        benefit.measure = "B" + std::to_string(i);
        p.store->insertBenefit(benefit);
        Engagement e;
        e.innovationId = i % 3 == 0 ? other : p.ids.innovation;
        // Dates unlike the ids' order, several on one day.
        e.heldOn = Date(2026, static_cast<unsigned short>(1 + (i * 5) % 12), static_cast<unsigned short>(1 + i % 7));
        e.ledById = p.ids.officer;
        p.store->insertEngagement(e);
    }
    std::vector<Id> benefits;
    p.store->forEachBenefit(p.ids.innovation, [&](const Benefit& b) { benefits.push_back(b.id); });
    REQUIRE(benefits.size() == 200);
    CHECK(std::is_sorted(benefits.begin(), benefits.end()));
    std::vector<Id> listedBenefits;
    for (const auto& b : p.store->listBenefits(p.ids.innovation)) listedBenefits.push_back(b.id);
    CHECK(benefits == listedBenefits);

    std::vector<std::pair<Date, Id>> engagements;
    p.store->forEachEngagement(std::nullopt, [&](const Engagement& e) { engagements.emplace_back(e.heldOn, e.id); });
    REQUIRE(engagements.size() == 300);
    CHECK(std::is_sorted(engagements.begin(), engagements.end()));
    int others = 0;
    p.store->forEachEngagement(other, [&](const Engagement& e) { others += e.innovationId == other ? 1 : 100; });
    CHECK(others == 100);
    CHECK(p.store->listEngagements(other).size() == 100);
}

TEST_CASE("lessons are handed over one at a time by id with their own tags, past a server's page of them",
          "[contract][backend][lists][streaming]") {
    Portfolio p;
    constexpr int kLessons = 2100;  // more than two of the server backend's pages of 1,000
    for (int i = 0; i < kLessons; ++i) {
        Lesson lesson = sampleLesson(p.ids, "L" + std::to_string(i));
        lesson.tags = {"n" + std::to_string(i)};
        if (i % 2 == 0) lesson.tags.push_back("even");
        p.store->insertLesson(lesson);
    }
    std::vector<Id> ids;
    int tagsRight = 0;
    p.store->forEachLesson({}, [&](const Lesson& l) {
        ids.push_back(l.id);
        const int n = std::stoi(l.whatHappened.substr(1));
        const std::vector<std::string> expected =
            n % 2 == 0 ? std::vector<std::string>{"n" + std::to_string(n), "even"}
                       : std::vector<std::string>{"n" + std::to_string(n)};
        if (l.tags == expected) ++tagsRight;
    });
    REQUIRE(ids.size() == static_cast<std::size_t>(kLessons));
    CHECK(tagsRight == kLessons);
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());

    LessonFilter even;
    even.tag = "EVEN";
    std::vector<std::string> evens;
    p.store->forEachLesson(even, [&](const Lesson& l) { evens.push_back(l.whatHappened); });
    REQUIRE(evens.size() == static_cast<std::size_t>(kLessons / 2));
    CHECK(evens.front() == "L0");
    CHECK(evens.back() == "L" + std::to_string(kLessons - 2));
    CHECK(happenings(p.store->listLessons(even)) == evens);
}

TEST_CASE("a visitor that stops a list part way leaves the store ready for the next statement",
          "[contract][backend][lists][streaming]") {
    Portfolio p;
    for (int i = 0; i < 50; ++i) p.store->insertMilestone(sampleMilestone(p.ids.innovation, "M" + std::to_string(i), Date(2026, 3, 1)));
    int seen = 0;
    CHECK_THROWS_WITH(p.store->forEachMilestone(std::nullopt,
                                                [&](const Milestone&) {
                                                    if (++seen == 3) throw std::runtime_error("stop here");
                                                }),
                      "stop here");
    CHECK(seen == 3);
    // The rest of the rows were dropped, not left waiting: the next statements run as usual.
    CHECK(p.store->listMilestones(std::nullopt).size() == 50);
    CHECK(p.store->findInnovation(p.ids.innovation));
    int again = 0;
    p.store->forEachMilestone(p.ids.innovation, [&](const Milestone&) { ++again; });
    CHECK(again == 50);
}

TEST_CASE("setbacks are listed by date then id, risks and benefits by id", "[contract][backend][lists]") {
    Portfolio p;
    const Id other = p.add("Other", 2, Stage::Idea);
    p.store->insertSetback(sampleSetback(p.ids, "Second", Date(2026, 5, 1)));
    p.store->insertSetback(sampleSetback(p.ids, "First", Date(2026, 2, 1)));
    Setback elsewhere = sampleSetback(p.ids, "Elsewhere", Date(2026, 1, 1));
    elsewhere.innovationId = other;
    p.store->insertSetback(elsewhere);

    std::vector<std::string> mine;
    for (const auto& s : p.store->listSetbacks(p.ids.innovation)) mine.push_back(s.whatHappened);
    CHECK(mine == std::vector<std::string>{"First", "Second"});
    CHECK(p.store->listSetbacks(std::nullopt).front().whatHappened == "Elsewhere");

    const Id riskB = p.store->insertRisk(sampleRisk(p.ids, "B"));
    const Id riskA = p.store->insertRisk(sampleRisk(p.ids, "A"));
    const auto risks = p.store->listRisks(p.ids.innovation);
    REQUIRE(risks.size() == 2);
    CHECK(risks[0].id == riskB);
    CHECK(risks[1].id == riskA);
    CHECK(p.store->listRisks(other).empty());

    Benefit benefit;
    benefit.innovationId = other;
    benefit.measure = "Tonnes of CO2";
    p.store->insertBenefit(benefit);
    CHECK(p.store->listBenefits(std::nullopt).size() == 1);
    CHECK(p.store->listBenefits(p.ids.innovation).empty());
}

TEST_CASE("engagements are listed by date then id, all or one innovation's", "[contract][backend][lists]") {
    Portfolio p;
    const Id other = p.add("Other", 2, Stage::Piloting);
    const auto add = [&](Id innovation, Date on) {
        Engagement e;
        e.innovationId = innovation;
        e.heldOn = on;
        e.ledById = p.ids.officer;
        return p.store->insertEngagement(e);
    };
    const Id late = add(p.ids.innovation, Date(2026, 9, 1));
    const Id earlyA = add(p.ids.innovation, Date(2026, 5, 1));
    const Id earlyB = add(p.ids.innovation, Date(2026, 5, 1));
    const Id others = add(other, Date(2026, 1, 1));
    const auto mine = p.store->listEngagements(p.ids.innovation);
    REQUIRE(mine.size() == 3);
    CHECK(mine[0].id == earlyA);
    CHECK(mine[1].id == earlyB);
    CHECK(mine[2].id == late);
    const auto all = p.store->listEngagements(std::nullopt);
    REQUIRE(all.size() == 4);
    CHECK(all[0].id == others);
    CHECK(p.store->listEngagements(999).empty());
}

TEST_CASE("lessons are found by text in any field or tag, by exact tag, by kind and by innovation",
          "[contract][backend][lists]") {
    Portfolio p;
    const Id other = p.add("Other", 2, Stage::Idea);
    Setback intelligent = sampleSetback(p.ids, "Pilot failed", Date(2026, 4, 1));
    intelligent.kind = FailureKind::Intelligent;
    intelligent.test = {true, true, true, true, true};
    const Id intelligentId = p.store->insertSetback(intelligent);
    const Id basicId = p.store->insertSetback(sampleSetback(p.ids, "Typo in letter", Date(2026, 4, 2)));

    auto lesson = [&](const std::string& what, const std::function<void(Lesson&)>& edit) {
        Lesson l = sampleLesson(p.ids, what);
        edit(l);
        p.store->insertLesson(l);
    };
    lesson("A: effect", [](Lesson& l) { l.effect = "Residents waited 50% longer"; });
    lesson("B: cause", [&](Lesson& l) {
        l.cause = "Nobody owned the LETTER template";
        l.setbackId = basicId;
    });
    lesson("C: warnings", [&](Lesson& l) {
        l.earlyWarnings = "Complaints rose";
        l.setbackId = intelligentId;
    });
    lesson("D: recommendation", [](Lesson& l) { l.recommendation = "Test letters with residents"; });
    lesson("E: tags", [&](Lesson& l) {
        l.tags = {"letters", "data-sharing"};
        l.innovationId = other;
    });
    lesson("F: tag data", [](Lesson& l) { l.tags = {"data"}; });

    LessonFilter text;
    text.text = "letter";  // cause (any case), recommendation, a tag
    CHECK(happenings(p.store->listLessons(text)) ==
          std::vector<std::string>{"B: cause", "D: recommendation", "E: tags"});
    text.text = "warnings";  // what happened
    CHECK(happenings(p.store->listLessons(text)) == std::vector<std::string>{"C: warnings"});
    text.text = "50%";
    CHECK(happenings(p.store->listLessons(text)) == std::vector<std::string>{"A: effect"});
    text.text = "complaints";
    CHECK(happenings(p.store->listLessons(text)) == std::vector<std::string>{"C: warnings"});

    LessonFilter tag;
    tag.tag = "data";  // exact: not "data-sharing"
    CHECK(happenings(p.store->listLessons(tag)) == std::vector<std::string>{"F: tag data"});

    LessonFilter kind;
    kind.kind = FailureKind::Intelligent;
    CHECK(happenings(p.store->listLessons(kind)) == std::vector<std::string>{"C: warnings"});
    kind.kind = FailureKind::Complex;
    CHECK(p.store->listLessons(kind).empty());

    LessonFilter byInnovation;
    byInnovation.innovationId = other;
    const auto found = p.store->listLessons(byInnovation);
    REQUIRE(found.size() == 1);
    CHECK(found[0].tags == std::vector<std::string>{"letters", "data-sharing"});

    CHECK(p.store->listLessons({}).size() == 6);
}

TEST_CASE("reviews are listed newest first, and the open one is found", "[contract][backend][lists]") {
    Portfolio p;
    CHECK_FALSE(p.store->findOpenReview());
    const Id old = p.store->insertReview({0, Date(2026, 11, 2), p.ids.cabinet, Date(2026, 11, 3)});
    const Id open = p.store->insertReview({0, Date(2026, 11, 9), p.ids.leader, std::nullopt});
    const auto reviews = p.store->listReviews();
    REQUIRE(reviews.size() == 2);
    CHECK(reviews[0].id == open);
    CHECK(reviews[1].id == old);
    REQUIRE(p.store->findOpenReview());
    CHECK(p.store->findOpenReview()->id == open);
}

TEST_CASE("people and ambitions are listed by id", "[contract][backend][lists]") {
    Portfolio p;
    const auto people = p.store->listPeople();
    REQUIRE(people.size() == 4);
    CHECK(people[0].name == "Cllr Ann Leader");
    CHECK(people[3].name == "Cllr Cat Cabinet");
    const auto ambitions = p.store->listAmbitions();
    REQUIRE(ambitions.size() == 2);
    CHECK(ambitions[1].title == "Net zero");
}
