// Sets of record kinds: what changed, as backends report it and the desktop app's views ask.
#include "tracker/changes.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace innotrack;

TEST_CASE("a set of record kinds holds what was put in it and nothing else", "[tracker][changes]") {
    STATIC_REQUIRE(Changes::none().empty());
    STATIC_REQUIRE(Changes::all().isAll());
    const Changes lessons = RecordKind::Lessons | RecordKind::Setbacks;
    CHECK(lessons.contains(RecordKind::Lessons));
    CHECK(lessons.contains(RecordKind::Setbacks));
    CHECK_FALSE(lessons.contains(RecordKind::Milestones));
    CHECK(lessons.intersects(RecordKind::Setbacks | RecordKind::Audit));
    CHECK_FALSE(lessons.intersects(RecordKind::Milestones | RecordKind::Audit));
    CHECK_FALSE(lessons.intersects(Changes::none()));
    CHECK((lessons & RecordKind::Setbacks) == Changes(RecordKind::Setbacks));
    Changes grown;
    grown |= RecordKind::People;
    CHECK(grown == Changes(RecordKind::People));
    for (int at = 0; at < kRecordKindCount; ++at) CHECK(Changes::all().contains(static_cast<RecordKind>(at)));
    // The count reaches every kind, and nothing past it is one: a kind added after the last
    // without moving kLastRecordKind fails here.
    for (int at = 0; at < kRecordKindCount; ++at) CHECK(std::string(nameOf(static_cast<RecordKind>(at))) != "?");
    CHECK(std::string(nameOf(static_cast<RecordKind>(kRecordKindCount))) == "?");
    CHECK(Changes::all().contains(RecordKind::Ideas));
    CHECK(Changes::all().contains(RecordKind::Engagements));
    CHECK((Changes::all() | RecordKind::People) == Changes::all());
}

TEST_CASE("a set of record kinds describes itself in words", "[tracker][changes]") {
    CHECK(Changes::none().describe() == "nothing");
    CHECK(Changes::all().describe() == "everything");
    CHECK((RecordKind::Audit | RecordKind::Milestones).describe() == "milestones, audit");
}
