// The iCalendar export read back by libical's own parser: every milestone once under a stable
// UID, all-day dates, a moved milestone updating rather than doubling, and identical re-exports.
#include "export_fixture.hpp"

#include "exchange/calendar.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>
#include <libical/ical.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <map>
#include <memory>
#include <set>

namespace innotrack {
namespace {

using testing::kExportDay;

struct ComponentFree {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

struct Event {
    std::string summary;
    std::string description;
    std::string category;
    icaltimetype start{};
    icaltimetype end{};
    int sequence = -1;
    icalproperty_status status = ICAL_STATUS_NONE;
};

std::string textOf(icalcomponent* event, icalproperty_kind kind) {
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    return property != nullptr ? icalproperty_get_value_as_string(property) : "";
}

struct ParsedCalendar {
    std::vector<std::string> uids;      // in file order
    std::map<std::string, Event> byUid;
    std::string method;
    std::string name;
};

ParsedCalendar parse(const std::string& ics) {
    const std::unique_ptr<icalcomponent, ComponentFree> calendar(icalparser_parse_string(ics.c_str()));
    REQUIRE(calendar != nullptr);
    REQUIRE(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
    // libical records what it could not parse as X-LIC-ERROR properties: there must be none.
    CHECK(icalcomponent_count_errors(calendar.get()) == 0);
    ParsedCalendar out;
    out.method = icalproperty_method_to_string(icalcomponent_get_method(calendar.get()));
    for (icalproperty* property = icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY);
         property != nullptr; property = icalcomponent_get_next_property(calendar.get(), ICAL_X_PROPERTY))
        if (std::string(icalproperty_get_x_name(property)) == "X-WR-CALNAME") out.name = icalproperty_get_x(property);
    for (icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event != nullptr; event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        const std::string uid = icalcomponent_get_uid(event);
        out.uids.push_back(uid);
        Event parsed;
        parsed.summary = icalcomponent_get_summary(event);
        const char* description = icalcomponent_get_description(event);
        parsed.description = description != nullptr ? description : "";
        parsed.category = textOf(event, ICAL_CATEGORIES_PROPERTY);
        parsed.start = icalcomponent_get_dtstart(event);
        parsed.end = icalcomponent_get_dtend(event);
        parsed.sequence = icalcomponent_get_sequence(event);
        parsed.status = icalcomponent_get_status(event);
        CHECK_FALSE(textOf(event, ICAL_DTSTAMP_PROPERTY).empty());
        out.byUid[uid] = parsed;
    }
    return out;
}

Date dateOf(const icaltimetype& time) {
    return Date(static_cast<unsigned short>(time.year), static_cast<unsigned short>(time.month),
                static_cast<unsigned short>(time.day));
}

}  // namespace

TEST_CASE("calendar: every milestone is in the file exactly once, on its due date, under a unique UID",
          "[exchange][calendar]") {
    testing::ExportDemo demo;
    PortfolioStore& store = demo.store();
    const exchange::CalendarFile file = exchange::renderCalendar(store, kExportDay);
    const ParsedCalendar calendar = parse(file.ics);
    CHECK(calendar.method == "PUBLISH");
    CHECK(calendar.name == "Priority innovations");

    const std::set<std::string> unique(calendar.uids.begin(), calendar.uids.end());
    CHECK(unique.size() == calendar.uids.size());

    const auto milestones = store.listMilestones(std::nullopt);
    REQUIRE(milestones.size() > 20);
    CHECK(file.summary.milestones == milestones.size());
    const std::string key = store.portfolioKey();
    for (const Milestone& milestone : milestones) {
        const std::string uid = exchange::milestoneUid(milestone.id, key);
        INFO(uid);
        REQUIRE(std::count(calendar.uids.begin(), calendar.uids.end(), uid) == 1);
        const Event& event = calendar.byUid.at(uid);
        CHECK(event.summary == store.findInnovation(milestone.innovationId)->title + ": " + milestone.title);
        CHECK(event.category == "Milestone");
        // All day: a DATE with no time or zone, ending the next day.
        CHECK(event.start.is_date == 1);
        CHECK(dateOf(event.start) == milestone.due);
        CHECK(event.end.is_date == 1);
        CHECK(dateOf(event.end) == milestone.due + boost::gregorian::days(1));
        CHECK((event.description.find("Done on " + formatDate(milestone.completedOn)) != std::string::npos) ==
              milestone.isDone());
        if (milestone.due != milestone.baselineDue)
            CHECK(event.description.find("Baseline due " + formatDate(milestone.baselineDue)) != std::string::npos);
    }
    // The reviews, and the next one planned a week after the last (the demo's last closed a week ago).
    const std::size_t reviews = store.listReviews().size();
    CHECK(file.summary.reviews == reviews);
    REQUIRE(file.summary.plannedReview.has_value());
    CHECK(calendar.uids.size() == milestones.size() + reviews + 1);
    const Event& planned = calendar.byUid.at(exchange::reviewUid(*file.summary.plannedReview, 1, key));
    CHECK(planned.status == ICAL_STATUS_TENTATIVE);
    CHECK(planned.category == "Weekly review");
}

TEST_CASE("calendar: exporting again gives the same bytes, and a moved milestone keeps its UID with a new date "
          "and sequence",
          "[exchange][calendar]") {
    testing::ExportDemo demo;
    PortfolioStore& store = demo.store();
    const std::string first = exchange::renderCalendar(store, kExportDay).ics;
    CHECK(exchange::renderCalendar(store, kExportDay).ics == first);
    // Reopened by another program, the file is the same: DTSTAMP is when the portfolio last
    // changed, not when the export ran.
    {
        const auto reopened = storage::SqliteStore::open(demo.db(), storage::OpenMode::ReadOnly);
        CHECK(exchange::renderCalendar(*reopened, kExportDay).ics == first);
    }
    const ParsedCalendar before = parse(first);

    Milestone open;
    for (const Milestone& milestone : store.listMilestones(std::nullopt))
        if (!milestone.isDone() && store.findInnovation(milestone.innovationId)->stage != Stage::Stopped)
            open = milestone;
    REQUIRE(open.id != 0);
    const std::string uid = exchange::milestoneUid(open.id, store.portfolioKey());
    const Innovation innovation = *store.findInnovation(open.innovationId);
    const Date later = open.due + boost::gregorian::days(14);
    demo.portfolio().moveMilestone(*innovation.leadOfficerId, open.id, later, "Supplier asked for two more weeks");

    const ParsedCalendar after = parse(exchange::renderCalendar(store, kExportDay).ics);
    CHECK(after.uids == before.uids);  // the same events in the same order: nothing doubled
    CHECK(dateOf(after.byUid.at(uid).start) == later);
    CHECK(after.byUid.at(uid).sequence == before.byUid.at(uid).sequence + 1);
    CHECK(after.byUid.at(uid).description.find("Supplier asked for two more weeks") != std::string::npos);

    // Completing it changes what a calendar shows too.
    demo.portfolio().completeMilestone(*innovation.leadOfficerId, open.id, kExportDay);
    const ParsedCalendar done = parse(exchange::renderCalendar(store, kExportDay).ics);
    CHECK(done.byUid.at(uid).sequence == after.byUid.at(uid).sequence + 1);
    CHECK(done.byUid.at(uid).description.find("Done on 2026-03-02") != std::string::npos);
}

TEST_CASE("calendar: two portfolio files never share a UID, and each keeps its own key when reopened",
          "[exchange][calendar]") {
    testing::ExportDemo one;
    testing::ExportDemo two;  // the same demo, the same day: only the portfolio key differs
    const std::string keyOne = one.store().portfolioKey();
    CHECK(keyOne.size() == 16);
    CHECK(keyOne.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(keyOne != two.store().portfolioKey());
    CHECK(storage::SqliteStore::open(one.db(), storage::OpenMode::ReadOnly)->portfolioKey() == keyOne);

    const ParsedCalendar first = parse(exchange::renderCalendar(one.store(), kExportDay).ics);
    const ParsedCalendar second = parse(exchange::renderCalendar(two.store(), kExportDay).ics);
    for (const std::string& uid : first.uids) CHECK(second.byUid.count(uid) == 0);
}

TEST_CASE("calendar: text with commas, semicolons and Welsh letters survives escaping and line folding",
          "[exchange][calendar]") {
    testing::ExportDemo demo;
    const Innovation innovation = demo.store().listInnovations({}).front();
    Milestone milestone;
    milestone.innovationId = innovation.id;
    // Long enough to be folded several times, with two-byte letters where a fold may fall.
    milestone.title = "Gwasanaeth llyfrgell: ŵ, ŷ; â ê î ô û — £25,000 grant; dŵr, tŷ, cwm, ŵyr ŵyr ŵyr ŵyr "
                      "ŵyr ŵyr ŵyr ŵyr ŵyr ŵyr ŵyr ŵyr";
    milestone.due = kExportDay + boost::gregorian::days(30);
    const Milestone added = demo.portfolio().addMilestone(*innovation.leadOfficerId, milestone);

    const std::string ics = exchange::renderCalendar(demo.store(), kExportDay).ics;
    // RFC 5545: lines of at most 75 octets, ended by CRLF.
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        start = end + 2;
    }
    const ParsedCalendar calendar = parse(ics);
    CHECK(calendar.byUid.at(exchange::milestoneUid(added.id, demo.store().portfolioKey())).summary ==
          innovation.title + ": " + milestone.title);
}

TEST_CASE("calendar: no review is planned while one is open, and a milestone of a stopped innovation is cancelled",
          "[exchange][calendar]") {
    testing::ExportDemo demo;
    PortfolioStore& store = demo.store();
    const Person leader = demo.portfolio().person("1");
    const Review review = demo.portfolio().startReview(leader.id, kExportDay);
    const exchange::CalendarFile file = exchange::renderCalendar(store, kExportDay);
    CHECK_FALSE(file.summary.plannedReview.has_value());
    const ParsedCalendar calendar = parse(file.ics);
    const Event& held = calendar.byUid.at(exchange::reviewUid(review.heldOn, 1, store.portfolioKey()));
    CHECK(held.status == ICAL_STATUS_CONFIRMED);
    CHECK(held.description.find("Still open") != std::string::npos);

    for (const Milestone& milestone : store.listMilestones(std::nullopt)) {
        const Innovation innovation = *store.findInnovation(milestone.innovationId);
        if (innovation.stage != Stage::Stopped || milestone.isDone()) continue;
        CHECK(calendar.byUid.at(exchange::milestoneUid(milestone.id, store.portfolioKey())).status ==
              ICAL_STATUS_CANCELLED);
    }
}

TEST_CASE("calendar cli: --format ics and an .ics --out give the same file, and an unknown format is wrong usage",
          "[exchange][calendar][cli]") {
    testing::ExportDemo demo;
    const auto onScreen = demo.run({"export", "--format", "ics"});
    REQUIRE(onScreen.exitCode == 0);
    CHECK(onScreen.out.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    const std::string file = demo.file("innovations.ics");
    const auto written = demo.run({"export", "--out", file});
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.rfind("Wrote the calendar (", 0) == 0);
    CHECK(testing::readFile(file) == onScreen.out);
    CHECK(testing::readFile(file) == exchange::renderCalendar(demo.store(), kExportDay).ics);

    const auto unknown = demo.run({"export", "--format", "pdf"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("--format must be xlsx, ics or json") != std::string::npos);
    const auto nothing = demo.run({"export"});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.find("give --format xlsx, ics or json") != std::string::npos);
}

}  // namespace innotrack
