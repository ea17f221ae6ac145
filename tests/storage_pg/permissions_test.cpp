// The permission table enforced by the server itself: each case signs in as a desk's own login
// (never as the test run's superuser) and writes as psql would, around the app.
#include "backends/location_opener.hpp"
#include "in_process_cli.hpp"
#include "records.hpp"
#include "test_server.hpp"
#include "tracker/portfolio.hpp"

#include <catch2/catch.hpp>

namespace innotrack::testing {
namespace {

constexpr const char* kToday = "2026-03-02";

// A council of five with logins, two innovations with a milestone each: Olly leads the first as
// officer, Omar the second; Bob is cabinet lead of both; Vera only looks.
struct Council {
    TestDatabase database;
    Id leader = 0, cabinet = 0, olly = 0, omar = 0, viewer = 0, first = 0, second = 0, firstMilestone = 0,
       secondMilestone = 0;

    Council() {
        const auto backend = backends::LocationOpener().open(database.location(), OpenPurpose::Write);
        const FixedClock clock(Date(2026, 3, 2));
        Portfolio portfolio(backend->store(), clock);
        const auto person = [&](const char* name, Role role, const char* who) {
            Person p = samplePerson(name, role);
            p.login = database.login(who);
            return p;
        };
        leader = portfolio.initialise(person("Cllr Ann Leader", Role::Leader, "ann")).id;
        cabinet = portfolio.addPerson(leader, person("Cllr Bob Cabinet", Role::Cabinet, "bob")).id;
        olly = portfolio.addPerson(leader, person("Olly Officer", Role::Officer, "olly")).id;
        omar = portfolio.addPerson(leader, person("Omar Officer", Role::Officer, "omar")).id;
        viewer = portfolio.addPerson(leader, person("Vera Viewer", Role::Viewer, "vera")).id;
        for (const char* who : {"ann", "bob", "olly", "omar", "vera"}) database.givePassword(database.login(who));
        Innovation innovation;
        innovation.title = "Virtual wards";
        innovation.cabinetLeadId = cabinet;
        innovation.leadOfficerId = olly;
        first = portfolio.addInnovation(leader, innovation).id;
        innovation.title = "Community energy";
        innovation.leadOfficerId = omar;
        second = portfolio.addInnovation(leader, innovation).id;
        firstMilestone = portfolio.addMilestone(leader, sampleMilestone(first, "Ward live", Date(2026, 9, 1))).id;
        secondMilestone = portfolio.addMilestone(leader, sampleMilestone(second, "Panels up", Date(2026, 9, 1))).id;
    }

    std::string as(const char* who) const { return database.locationAs(database.login(who)); }

    // A cabinet member with a login who leads neither innovation.
    void addCabinetMember(const char* name, const char* who) const {
        const auto admin = backends::LocationOpener().open(database.location(), OpenPurpose::Write);
        const FixedClock clock(Date(2026, 3, 2));
        Portfolio portfolio(admin->store(), clock);
        Person member = samplePerson(name, Role::Cabinet);
        member.login = database.login(who);
        portfolio.addPerson(leader, member);
        database.givePassword(member.login);
    }
};

TEST_CASE("every desk's login is an ordinary one: no superuser, no BYPASSRLS, no CREATEROLE, no owner",
          "[server][permissions]") {
    const Council council;
    for (const char* who : {"ann", "bob", "olly", "omar", "vera"}) {
        INFO(who);
        // Signed in as the login itself: the server's own answer about it.
        CHECK(refusalOf(council.as(who),
                        "DO $$ BEGIN IF (SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb "
                        "FROM pg_roles WHERE rolname = session_user) "
                        "OR EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = current_schema() AND pg_has_role(session_user, c.relowner, 'MEMBER')) "
                        "OR innotrack_is_administrator() THEN RAISE EXCEPTION 'a desk login is special'; END IF; END $$")
                  .empty());
    }
}

TEST_CASE("an officer cannot change another's milestone even from psql, but can their own", "[server][permissions]") {
    const Council council;
    const std::string other = std::to_string(council.firstMilestone), own = std::to_string(council.secondMilestone);
    CHECK_THAT(refusalOf(council.as("omar"), "UPDATE milestones SET due = due + 7 WHERE id = " + other),
               Catch::Contains("may not change this row of milestones"));
    CHECK_THAT(refusalOf(council.as("omar"), "UPDATE milestones SET due = due + 7"),
               Catch::Contains("may not change this row of milestones"));
    CHECK_THAT(refusalOf(council.as("omar"), "INSERT INTO milestones (innovation_id, title, baseline_due, due) VALUES (" +
                                                 std::to_string(council.first) + ", 'Sneaked in', '2026-10-01', '2026-10-01')"),
               Catch::Contains("row-level security"));
    // Moving a milestone into one's own innovation is no way round.
    CHECK_THAT(refusalOf(council.as("omar"), "UPDATE milestones SET innovation_id = " + std::to_string(council.second) +
                                                 " WHERE id = " + other),
               Catch::Contains("may not change"));
    CHECK(refusalOf(council.as("omar"), "UPDATE milestones SET due = due + 7 WHERE id = " + own).empty());
    CHECK(refusalOf(council.as("olly"), "UPDATE milestones SET due = due + 7 WHERE id = " + other).empty());
    // The cabinet lead of both may; the leader may anything.
    CHECK(refusalOf(council.as("bob"), "UPDATE milestones SET due = due + 1").empty());
    CHECK(refusalOf(council.as("ann"), "UPDATE milestones SET due = due + 1").empty());
}

TEST_CASE("an officer adds and changes engagements only of their own innovation, even from psql, a viewer none",
          "[server][permissions]") {
    const Council council;
    const auto insertOn = [&](Id innovation) {
        return "INSERT INTO engagements (innovation_id, held_on, audience, form, led_by_id, stance) VALUES (" +
               std::to_string(innovation) + ", '2026-02-01', 'staff', 'briefing', " + std::to_string(council.omar) +
               ", 'support')";
    };
    CHECK_THAT(refusalOf(council.as("omar"), insertOn(council.first)), Catch::Contains("row-level security"));
    CHECK_FALSE(refusalOf(council.as("vera"), insertOn(council.second)).empty());
    CHECK(refusalOf(council.as("omar"), insertOn(council.second)).empty());
    CHECK(refusalOf(council.as("olly"), insertOn(council.first)).empty());
    // Omar's engagement is his to change; Olly's is not, nor is moving it to his own innovation.
    CHECK(refusalOf(council.as("omar"), "UPDATE engagements SET stance = 'mixed' WHERE innovation_id = " +
                                            std::to_string(council.second))
              .empty());
    CHECK_THAT(refusalOf(council.as("omar"), "UPDATE engagements SET stance = 'opposed'"),
               Catch::Contains("may not change this row of engagements"));
    CHECK_THAT(refusalOf(council.as("omar"), "UPDATE engagements SET innovation_id = " + std::to_string(council.second) +
                                                 " WHERE innovation_id = " + std::to_string(council.first)),
               Catch::Contains("may not change"));
    CHECK_FALSE(refusalOf(council.as("vera"), "UPDATE engagements SET stance = 'opposed'").empty());
    // The cabinet lead of both may, and the leader; only the cabinet lead or the leader shows one to residents.
    CHECK(refusalOf(council.as("bob"), "UPDATE engagements SET participants = 12").empty());
    CHECK(refusalOf(council.as("ann"), "UPDATE engagements SET participants = 14").empty());
    CHECK_FALSE(refusalOf(council.as("olly"), "UPDATE innovations SET is_public = true").empty());
    CHECK(refusalOf(council.as("bob"), "UPDATE innovations SET is_public = true, public_description = 'Care at home'").empty());
}

TEST_CASE("only the cabinet lead or the leader adds and changes decisions, even from psql, not its lead officer",
          "[server][permissions][decisions]") {
    const Council council;
    council.addCabinetMember("Cllr Cal Cabinet", "cal");
    const auto insertOn = [&](Id innovation) {
        return "INSERT INTO decisions (innovation_id, matter, maker_id, planned_on) VALUES (" +
               std::to_string(innovation) + ", 'Award the contract', " + std::to_string(council.cabinet) +
               ", '2026-05-01')";
    };
    // Olly may change the first innovation's milestones and engagements, but not record its decisions:
    // an officer's login is not granted the table at all.
    CHECK_THAT(refusalOf(council.as("olly"), insertOn(council.first)), Catch::Contains("permission denied"));
    CHECK_FALSE(refusalOf(council.as("vera"), insertOn(council.first)).empty());
    CHECK(refusalOf(council.as("bob"), insertOn(council.first)).empty());
    CHECK(refusalOf(council.as("ann"), insertOn(council.second)).empty());
    CHECK_THAT(refusalOf(council.as("olly"), "UPDATE decisions SET matter = 'Something else'"),
               Catch::Contains("permission denied"));
    // A cabinet member who does not lead the innovation is granted the table, and refused the row.
    CHECK_THAT(refusalOf(council.as("cal"), insertOn(council.first)), Catch::Contains("row-level security"));
    CHECK_THAT(refusalOf(council.as("cal"), "UPDATE decisions SET matter = 'Something else'"),
               Catch::Contains("may not change this row of decisions"));
    CHECK_FALSE(refusalOf(council.as("vera"), "UPDATE decisions SET matter = 'Something else'").empty());
    CHECK(refusalOf(council.as("bob"), "UPDATE decisions SET notice_on = '2026-03-01'").empty());
    CHECK(refusalOf(council.as("ann"), "UPDATE decisions SET documents = 'Report of the director'").empty());
    // The settings their rules read are the leader's.
    CHECK_FALSE(refusalOf(council.as("bob"), "INSERT INTO settings (key, value) VALUES ('portfolio.nation', 'wales')")
                    .empty());
}

TEST_CASE("only the cabinet lead or the leader undoes a move between stages, even from psql", "[server][permissions][undo]") {
    const Council council;
    const FixedClock clock(Date(2026, 3, 2));
    council.addCabinetMember("Cllr Cal Cabinet", "cal");
    const auto bob = backends::LocationOpener().open(council.as("bob"), OpenPurpose::Write);
    Portfolio asBob(bob->store(), clock);
    asBob.changeStage(council.cabinet, council.first, Stage::Exploring, "");
    const Id move = bob->store().listStageChanges(council.first).back().id;
    const std::string remove = "DELETE FROM stage_changes WHERE id = " + std::to_string(move);
    CHECK_THAT(refusalOf(council.as("olly"), remove), Catch::Contains("permission denied"));
    CHECK_THAT(refusalOf(council.as("vera"), remove), Catch::Contains("permission denied"));
    CHECK_THAT(refusalOf(council.as("cal"), remove), Catch::Contains("may not remove this row of stage_changes"));
    CHECK(bob->store().listStageChanges(council.first).size() == 1);
    // Its cabinet lead undoes it through the app; the audit trail keeps both.
    CHECK(asBob.undoStageChange(council.cabinet, council.first, move).stage == Stage::Idea);
    CHECK(bob->store().listStageChanges(council.first).empty());
    std::vector<std::string> actions;
    for (const auto& entry : bob->store().listAudit({std::string("innovation"), council.first, {}, 0}))
        actions.push_back(entry.action);
    CHECK_THAT(actions, Catch::VectorContains(std::string("stage changed")) &&
                            Catch::VectorContains(std::string("stage change undone")));

    // A review entry: only its review's chair (or the leader) removes it.
    const Review review = asBob.startReview(council.cabinet);
    asBob.recordReview(council.cabinet, {review.id, council.first, Confidence::Amber, "", ""});
    const std::string unrecord = "DELETE FROM review_entries WHERE review_id = " + std::to_string(review.id);
    CHECK_THAT(refusalOf(council.as("olly"), unrecord), Catch::Contains("permission denied"));
    CHECK_THAT(refusalOf(council.as("cal"), unrecord), Catch::Contains("may not remove this row of review_entries"));
    CHECK(bob->store().listReviewEntries(review.id).size() == 1);
    asBob.undoReviewEntry(council.cabinet, review.id, council.first, std::nullopt, Confidence::Green);
    CHECK(bob->store().listReviewEntries(review.id).empty());
}

TEST_CASE("only who may add a record removes it, even from psql: not another innovation's officer, not a viewer",
          "[server][permissions][undo]") {
    const Council council;
    const FixedClock clock(Date(2026, 3, 2));
    const auto olly = backends::LocationOpener().open(council.as("olly"), OpenPurpose::Write);
    Portfolio asOlly(olly->store(), clock);
    const Seed ids{council.leader, council.cabinet, council.olly, 0, council.first};
    const Setback logged = asOlly.logSetback(council.olly, sampleSetback(ids, "The ward's tablets froze", Date(2026, 3, 1)));
    Lesson draft = sampleLesson(ids, "The tablets froze on the ward");
    draft.setbackId = logged.id;
    draft.recommendation = "Test the tablets first";
    draft.recordedOn = Date(2026, 3, 2);
    draft.tags = {"devices"};
    const Lesson lesson = asOlly.addLesson(council.olly, draft);
    asOlly.moveMilestone(council.olly, council.firstMilestone, Date(2026, 10, 1), "The supplier is late");
    const Id move = olly->store().listMilestoneMoves(council.firstMilestone).back().id;

    const auto removal = [](const char* table, Id id) {
        return std::string("DELETE FROM ") + table + " WHERE id = " + std::to_string(id);
    };
    CHECK_THAT(refusalOf(council.as("omar"), removal("setbacks", logged.id)),
               Catch::Contains("may not remove this row of setbacks"));
    CHECK_THAT(refusalOf(council.as("omar"), removal("lessons", lesson.id)),
               Catch::Contains("may not remove this row of lessons"));
    CHECK_THAT(refusalOf(council.as("omar"), removal("milestones", council.firstMilestone)),
               Catch::Contains("may not remove this row of milestones"));
    CHECK_THAT(refusalOf(council.as("omar"), removal("milestone_moves", move)),
               Catch::Contains("may not remove this row of milestone_moves"));
    CHECK_THAT(refusalOf(council.as("omar"), removal("innovations", council.second)), Catch::Contains("permission denied"));
    for (const char* table : {"innovations", "stage_changes", "milestones", "milestone_moves", "risks", "setbacks",
                              "lessons", "lesson_tags", "benefits", "review_entries"}) {
        INFO(table);
        CHECK_THAT(refusalOf(council.as("vera"), std::string("DELETE FROM ") + table), Catch::Contains("permission denied"));
    }
    CHECK(olly->store().findSetback(logged.id).has_value());
    CHECK(olly->store().findMilestone(council.firstMilestone).has_value());
    CHECK(olly->store().listMilestoneMoves(council.firstMilestone).size() == 1);

    // Its lead officer undoes each through the app, in turn; the audit trail keeps both.
    asOlly.undoMilestoneMove(council.olly, council.firstMilestone, move);
    CHECK(olly->store().findMilestone(council.firstMilestone)->due == Date(2026, 9, 1));
    asOlly.undoAddition(council.olly, lesson);
    asOlly.undoAddition(council.olly, logged);
    CHECK_FALSE(olly->store().findSetback(logged.id).has_value());
    CHECK(olly->store().listLessons({}).empty());
    std::vector<std::string> actions;
    for (const auto& entry : olly->store().listAudit({std::string("setback"), logged.id, {}, 0}))
        actions.push_back(entry.action);
    CHECK(actions == std::vector<std::string>{"added", "addition undone"});
    CHECK(asOlly.verifyAuditChain().intact());
}

TEST_CASE("a cabinet member who added an innovation removes it, with its arrival, an officer cannot",
          "[server][permissions][undo]") {
    const Council council;
    const FixedClock clock(Date(2026, 3, 2));
    council.addCabinetMember("Cllr Cal Cabinet", "cal");
    const auto cal = backends::LocationOpener().open(council.as("cal"), OpenPurpose::Write);
    Portfolio asCal(cal->store(), clock);
    const Id calId = asCal.person("Cllr Cal Cabinet").id;
    Innovation draft;
    draft.title = "Library of things";
    draft.cabinetLeadId = council.cabinet;  // led by another: adding it is still Cal's to undo
    const Innovation added = asCal.addInnovation(calId, draft);
    CHECK_THAT(refusalOf(council.as("olly"), "DELETE FROM innovations WHERE id = " + std::to_string(added.id)),
               Catch::Contains("permission denied"));
    asCal.undoAddition(calId, added);
    CHECK_FALSE(cal->store().findInnovation(added.id).has_value());

    // Entered at a later stage, led by Cal: the arrival goes with it.
    draft.title = "Repair cafe";
    draft.stage = Stage::Exploring;
    draft.cabinetLeadId = calId;
    const Innovation entered = asCal.addInnovation(calId, draft, Date(2026, 2, 1));
    REQUIRE(cal->store().listStageChanges(entered.id).size() == 1);
    asCal.undoAddition(calId, entered);
    CHECK_FALSE(cal->store().findInnovation(entered.id).has_value());
    CHECK(cal->store().listStageChanges(entered.id).empty());

    // Adding innovations lets Cal remove no move of another's.
    const auto bob = backends::LocationOpener().open(council.as("bob"), OpenPurpose::Write);
    Portfolio(bob->store(), clock).changeStage(council.cabinet, council.first, Stage::Exploring, "");
    const Id move = bob->store().listStageChanges(council.first).back().id;
    CHECK_THAT(refusalOf(council.as("cal"), "DELETE FROM stage_changes WHERE id = " + std::to_string(move)),
               Catch::Contains("may not remove this row of stage_changes"));
}

TEST_CASE("a viewer's login can change nothing, only the leader's can change people and ambitions",
          "[server][permissions]") {
    const Council council;
    for (const std::string sql :
         {"UPDATE milestones SET title = 'x'", "INSERT INTO ambitions (title, horizon_year) VALUES ('x', 2040)",
          "UPDATE people SET role = 'leader'", "UPDATE innovations SET priority = 1", "UPDATE settings SET value = '1'",
          "INSERT INTO audit (at, actor_id, entity, entity_id, action) VALUES (now(), 1, 'x', 1, 'x')"}) {
        INFO(sql);
        CHECK_FALSE(refusalOf(council.as("vera"), sql).empty());
    }
    CHECK_THAT(refusalOf(council.as("bob"), "UPDATE people SET role = 'leader' WHERE login = session_user"),
               Catch::Contains("permission denied"));
    CHECK_FALSE(refusalOf(council.as("olly"), "INSERT INTO ambitions (title, horizon_year) VALUES ('x', 2040)").empty());
    CHECK(refusalOf(council.as("ann"), "INSERT INTO ambitions (title, horizon_year) VALUES ('Net zero', 2040)").empty());
    // An officer changes no innovation's details or stage; its cabinet lead does.
    CHECK_FALSE(refusalOf(council.as("olly"), "UPDATE innovations SET priority = 1").empty());
    CHECK(refusalOf(council.as("bob"), "UPDATE innovations SET priority = 2").empty());
}

TEST_CASE("nobody's login can change or remove an audit entry, not even the leader's or the administrator's",
          "[server][permissions]") {
    const Council council;
    for (const char* who : {"ann", "bob", "olly", "vera"}) {
        INFO(who);
        CHECK_FALSE(refusalOf(council.as(who), "UPDATE audit SET action = 'nothing happened'").empty());
        CHECK_FALSE(refusalOf(council.as(who), "DELETE FROM audit").empty());
    }
    CHECK_FALSE(refusalOf(council.database.location(), "UPDATE audit SET action = 'nothing happened'").empty());
    CHECK_FALSE(refusalOf(council.database.location(), "DELETE FROM audit").empty());
    CHECK_FALSE(refusalOf(council.database.location(), "TRUNCATE audit").empty());
}

TEST_CASE("on a server the acting person is the signed-in login's, and the server stamps who and when",
          "[server][permissions]") {
    const Council council;
    const std::string first = std::to_string(council.first);
    // Olly, signed in as himself, claiming to be the leader: refused in one line.
    const CliRun claimed = runInnotrack(council.as("olly"), {"--as", "Cllr Ann Leader", "milestone", "add", "--innovation",
                                                             first, "--title", "Claimed", "--due", "2026-12-01"},
                                        kToday);
    CHECK(claimed.status != 0);
    CHECK_THAT(claimed.err, Catch::Contains("you act as yourself") && Catch::Contains(council.database.login("olly")));
    // Without --as, he is himself; the trail names his login and today's time on the server, not the
    // command line's INNOTRACK_TODAY.
    const CliRun added = runInnotrack(council.as("olly"), {"milestone", "add", "--innovation", first, "--title",
                                                           "Discharge pathway", "--due", "2026-12-01"},
                                      kToday);
    INFO(added.err);
    REQUIRE(added.status == 0);
    const auto backend = backends::LocationOpener().open(council.database.location(), OpenPurpose::Read);
    AuditFilter newest;
    newest.limit = 1;
    const AuditEntry entry = backend->store().listAudit(newest).at(0);
    CHECK(entry.actorId == council.olly);
    CHECK(entry.login == council.database.login("olly"));
    CHECK(formatTimestamp(entry.at).substr(0, 10) != kToday);
    // A login bound to nobody may read but not write.
    runAsAdministrator(council.database.name(), "CREATE ROLE " + council.database.login("guest") + " LOGIN; GRANT " +
                                                    "innotrack_test_template_viewer TO " + council.database.login("guest"));
    council.database.givePassword(council.database.login("guest"));
    const std::string guest = council.database.locationAs(council.database.login("guest"));
    CHECK(runInnotrack(guest, {"innovation", "list"}, kToday).status == 0);
    const CliRun refused = runInnotrack(guest, {"--as", "1", "ambition", "add", "--title", "x", "--horizon", "2040"}, kToday);
    CHECK(refused.status != 0);
    CHECK_THAT(refused.err, Catch::Contains("nobody's login") && Catch::Contains("may only read"));
}

TEST_CASE("a viewer's login may submit an idea in their own name, but not score, decide or forge one",
          "[server][permissions][ideas]") {
    const Council council;
    const CliRun submitted = runInnotrack(council.as("vera"), {"idea", "submit", "--title", "Cwtch cafés", "--problem",
                                                               "Lonely winters", "--proposal", "Warm spaces in libraries"},
                                          kToday);
    INFO(submitted.err);
    REQUIRE(submitted.status == 0);
    const std::string vera = std::to_string(council.viewer), ann = std::to_string(council.leader),
                      bob = std::to_string(council.cabinet);
    const auto score = [](const std::string& assessor) {
        return "INSERT INTO idea_scores (idea_id, assessor_id, strategic_fit, resident_benefit, feasibility, cost_to_try, "
               "evidence, scored_on) VALUES (1, " + assessor + ", 5, 5, 5, 5, 5, '2026-03-02')";
    };
    const auto idea = [](const std::string& by, const std::string& status) {
        return "INSERT INTO ideas (title, problem, proposal, source, submitted_by_id, submitted_on, status) VALUES "
               "('x', 'x', 'x', 'own', " + by + ", '2026-03-02', '" + status + "')";
    };
    for (const std::string& sql :
         {score(vera), std::string("UPDATE ideas SET status = 'declined', decision_reason = 'no'"),
          idea(vera, "promoted"), idea(ann, "submitted"), std::string("UPDATE settings SET value = '5' WHERE key = 'ideas.gate'"),
          "INSERT INTO audit (at, actor_id, entity, entity_id, action) VALUES (now(), " + vera + ", 'idea', 1, 'declined')",
          "INSERT INTO audit (at, actor_id, entity, entity_id, action) VALUES (now(), " + ann + ", 'idea', 1, 'added')"}) {
        INFO(sql);
        CHECK_FALSE(refusalOf(council.as("vera"), sql).empty());
    }
    CHECK(refusalOf(council.as("vera"), idea(vera, "submitted")).empty());
    // An officer submits but does not assess; a cabinet member scores in their own name only.
    CHECK_THAT(refusalOf(council.as("olly"), score(std::to_string(council.olly))), Catch::Contains("permission denied"));
    CHECK_THAT(refusalOf(council.as("olly"), "UPDATE ideas SET status = 'parked'"),
               Catch::Contains("only the person who submitted it, cabinet members and the leader may"));
    CHECK_THAT(refusalOf(council.as("bob"), score(ann)), Catch::Contains("row-level security"));
    CHECK(refusalOf(council.as("bob"), score(bob)).empty());
    const CliRun promoted =
        runInnotrack(council.as("olly"), {"idea", "promote", "1", "--reason", "the officer likes it"}, kToday);
    CHECK(promoted.status != 0);
    CHECK_THAT(promoted.err, Catch::Contains("only cabinet members and the leader assess and decide ideas"));
    CHECK(runInnotrack(council.as("bob"), {"idea", "promote", "1"}, kToday).status == 0);
}

TEST_CASE("a submitter's login corrects the wording of their own idea until it is decided, even from psql, and nothing else",
          "[server][permissions][ideas][idea-update]") {
    const Council council;
    for (const char* who : {"vera", "olly"}) {
        const CliRun submitted = runInnotrack(council.as(who), {"idea", "submit", "--title", "Cwtch cafés", "--problem",
                                                                "Lonely winters", "--proposal", "Warm spaces"},
                                              kToday);
        INFO(submitted.err);
        REQUIRE(submitted.status == 0);
    }
    // Idea 1 is Vera's, idea 2 Olly's.
    const CliRun corrected =
        runInnotrack(council.as("vera"), {"idea", "update", "1", "--title", "Warm welcome", "--source", "resident"}, kToday);
    INFO(corrected.err);
    CHECK(corrected.status == 0);
    CHECK(refusalOf(council.as("vera"), "UPDATE ideas SET reference = 'Leeds' WHERE id = 1").empty());
    CHECK(refusalOf(council.as("olly"), "UPDATE ideas SET proposal = 'One warm space' WHERE id = 2").empty());
    for (const std::string& sql :
         {std::string("UPDATE ideas SET title = 'Mine' WHERE id = 2"),
          std::string("UPDATE ideas SET status = 'parked', look_again_on = '2026-09-01' WHERE id = 1"),
          std::string("UPDATE ideas SET submitted_by_id = ") + std::to_string(council.olly) + " WHERE id = 1",
          std::string("UPDATE ideas SET decision_reason = 'forged' WHERE id = 1")}) {
        INFO(sql);
        CHECK_THAT(refusalOf(council.as("vera"), sql), Catch::Contains("may"));
    }
    const CliRun byOther = runInnotrack(council.as("olly"), {"idea", "update", "1", "--title", "Olly's"}, kToday);
    CHECK(byOther.status != 0);
    CHECK_THAT(byOther.err, Catch::Contains("only the person who submitted idea 1, Vera Viewer"));
    CHECK(runInnotrack(council.as("bob"), {"idea", "update", "1", "--problem", "Lonely, cold winters"}, kToday).status == 0);
    CHECK(runInnotrack(council.as("bob"), {"idea", "decline", "1", "--reason", "Tried in 2019"}, kToday).status == 0);
    CHECK_THAT(refusalOf(council.as("vera"), "UPDATE ideas SET title = 'Again' WHERE id = 1"),
               Catch::Contains("it is decided"));
    const CliRun afterDecision = runInnotrack(council.as("vera"), {"idea", "update", "1", "--title", "Again"}, kToday);
    CHECK(afterDecision.status != 0);
    CHECK_THAT(afterDecision.err, Catch::Contains("it can no longer be changed"));
    // What the corrections left, read by the leader.
    const CliRun shown = runInnotrack(council.as("ann"), {"idea", "show", "1", "--format", "json"}, kToday);
    REQUIRE(shown.status == 0);
    CHECK(shown.out.find("\"title\": \"Warm welcome\"") != std::string::npos);
    CHECK(shown.out.find("\"reference\": \"Leeds\"") != std::string::npos);
    CHECK(shown.out.find("\"problem\": \"Lonely, cold winters\"") != std::string::npos);
    CHECK(shown.out.find("\"status\": \"declined\"") != std::string::npos);
}

TEST_CASE("only who may add a person, an ambition, an engagement, an idea or a decision removes it, even from psql",
          "[server][permissions][undo]") {
    const Council council;
    council.addCabinetMember("Cllr Cal Cabinet", "cal");
    const FixedClock clock(Date(2026, 3, 2));
    const auto openAs = [&](const char* who) { return backends::LocationOpener().open(council.as(who), OpenPurpose::Write); };
    const auto ann = openAs("ann"), bob = openAs("bob"), olly = openAs("olly"), vera = openAs("vera");
    Portfolio asAnn(ann->store(), clock), asBob(bob->store(), clock), asOlly(olly->store(), clock),
        asVera(vera->store(), clock);

    Ambition goal;
    goal.title = "Net zero by 2040";
    goal.horizonYear = 2040;
    const Ambition ambition = asAnn.addAmbition(council.leader, goal);
    const Person person = asAnn.addPerson(council.leader, samplePerson("Gil Officer", Role::Officer));
    Engagement met;
    met.innovationId = council.first;
    met.heldOn = Date(2026, 3, 1);
    met.ledById = council.olly;
    const Engagement engagement = asOlly.addEngagement(council.olly, met);
    Idea thought;
    thought.title = "Video visits";
    thought.problem = "Carers wait weeks";
    thought.proposal = "A video call within two days";
    const Idea idea = asVera.submitIdea(council.viewer, thought);
    Decision planned;
    planned.innovationId = council.first;
    planned.matter = "Award the contract for home sensors";
    planned.makerId = council.cabinet;
    planned.plannedOn = Date(2026, 4, 30);
    const Decision decision = asBob.addDecision(council.cabinet, planned);

    const auto removal = [](const char* table, Id id) {
        return std::string("DELETE FROM ") + table + " WHERE id = " + std::to_string(id);
    };
    CHECK_THAT(refusalOf(council.as("bob"), removal("people", person.id)), Catch::Contains("permission denied"));
    CHECK_THAT(refusalOf(council.as("bob"), removal("ambitions", ambition.id)), Catch::Contains("permission denied"));
    CHECK_THAT(refusalOf(council.as("omar"), removal("engagements", engagement.id)),
               Catch::Contains("may not remove this row of engagements"));
    CHECK_THAT(refusalOf(council.as("olly"), removal("ideas", idea.id)),
               Catch::Contains("may not remove this row of ideas: only the person who submitted it may"));
    CHECK_THAT(refusalOf(council.as("olly"), removal("decisions", decision.id)), Catch::Contains("permission denied"));
    CHECK_THAT(refusalOf(council.as("cal"), removal("decisions", decision.id)),
               Catch::Contains("may not remove this row of decisions"));
    for (const char* table : {"people", "ambitions", "engagements", "decisions"}) {
        INFO(table);
        CHECK_THAT(refusalOf(council.as("vera"), std::string("DELETE FROM ") + table), Catch::Contains("permission denied"));
    }
    CHECK(ann->store().findPerson(person.id).has_value());
    CHECK(ann->store().findAmbition(ambition.id).has_value());
    CHECK(ann->store().findEngagement(engagement.id).has_value());
    CHECK(ann->store().findIdea(idea.id).has_value());
    CHECK(ann->store().findDecision(decision.id).has_value());

    // Each undone through the app by who added it; the audit trail keeps both and verifies.
    asVera.undoAddition(council.viewer, idea);
    asBob.undoAddition(council.cabinet, decision);
    asOlly.undoAddition(council.olly, engagement);
    asAnn.undoAddition(council.leader, person);
    asAnn.undoAddition(council.leader, ambition);
    CHECK_FALSE(ann->store().findPerson(person.id).has_value());
    CHECK_FALSE(ann->store().findAmbition(ambition.id).has_value());
    CHECK_FALSE(ann->store().findEngagement(engagement.id).has_value());
    CHECK_FALSE(ann->store().findIdea(idea.id).has_value());
    CHECK_FALSE(ann->store().findDecision(decision.id).has_value());
    for (const char* entity : {"idea", "decision", "engagement", "person", "ambition"}) {
        INFO(entity);
        CHECK(ann->store().listAudit({std::string(entity), {}, {}, 1}).front().action == "addition undone");
    }
    CHECK(asAnn.verifyAuditChain().intact());
}

TEST_CASE("a person removed by an undo takes their login off the desk's role", "[server][permissions][undo]") {
    const Council council;
    const FixedClock clock(Date(2026, 3, 2));
    const auto ann = backends::LocationOpener().open(council.as("ann"), OpenPurpose::Write);
    Portfolio asAnn(ann->store(), clock);
    Person gil = samplePerson("Gil Officer", Role::Officer);
    gil.login = council.database.login("gil");
    const Person added = asAnn.addPerson(council.leader, gil);
    const std::string isOfficer = "DO $$ BEGIN IF NOT pg_has_role('" + gil.login +
                                  "', (SELECT role_prefix FROM innotrack_schema) || '_officer', 'MEMBER') THEN "
                                  "RAISE EXCEPTION 'not an officer'; END IF; END $$";
    CHECK(refusalOf(council.as("ann"), isOfficer).empty());
    asAnn.undoAddition(council.leader, added);
    CHECK_THAT(refusalOf(council.as("ann"), isOfficer), Catch::Contains("not an officer"));
}

}  // namespace
}  // namespace innotrack::testing
