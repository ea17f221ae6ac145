// The lessons library, the Reports view and the leader's Ambitions and People views, on the demo.
#include "fixture.hpp"

#include "gui/ambitions_people_model.hpp"
#include "gui/lessons_view.hpp"
#include "gui/png.hpp"
#include "gui/reports_view.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

TEST_CASE("the lessons library searches every lesson by text, tag and failure kind", "[gui][lessons]") {
    DemoApp demo;
    LessonsModel model;
    model.search(demo.store(), {}, true);
    const std::size_t all = demo.store().listLessons({}).size();
    REQUIRE(all > 1);
    CHECK(model.rows().size() == all);
    REQUIRE_FALSE(model.tags().empty());

    const std::string tag = model.tags().front();
    model.search(demo.store(), LessonFilter{std::nullopt, "", tag, std::nullopt}, false);
    REQUIRE_FALSE(model.rows().empty());
    for (const LessonRow& row : model.rows())
        CHECK(std::find(row.lesson.tags.begin(), row.lesson.tags.end(), tag) != row.lesson.tags.end());

    model.search(demo.store(), LessonFilter{std::nullopt, "", "", FailureKind::Intelligent}, false);
    for (const LessonRow& row : model.rows()) CHECK(row.kind == FailureKind::Intelligent);
    CHECK(model.rows().size() < all);

    model.search(demo.store(), LessonFilter{std::nullopt, "no lesson says this", "", std::nullopt}, false);
    CHECK(model.rows().empty());
}

TEST_CASE("the lessons library shows tags as chips on one line, even in the narrowest window", "[gui][lessons]") {
    DemoApp demo(testing::kDemoToday, 1024, 700);
    testing::showView(demo.app, demo.backend, "lessons");
    demo.frames(1);
    std::size_t tagged = 0;
    for (const Lesson& lesson : demo.store().listLessons({})) {
        const std::string key = "lessons.tags." + std::to_string(lesson.id);
        if (!demo.state.locator().find(key)) continue;  // scrolled out of sight
        const ScreenRect chips = demo.rect(key);
        // One line high whatever the number of tags: the rest are "+N more" and in the tooltip.
        CHECK(chips.maxY - chips.minY == Approx(ImGui::GetTextLineHeight()));
        CHECK(chips.maxX - chips.minX > ImGui::GetFontSize() * 3);  // never one letter wide
        if (!lesson.tags.empty()) ++tagged;
    }
    CHECK(tagged > 3);
}

TEST_CASE("typing in the lessons library's search narrows the list", "[gui][lessons]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    demo.app.select("lessons");
    demo.frames(3);
    const auto& view = dynamic_cast<LessonsView&>(*demo.app.view("lessons"));
    const std::size_t all = view.model().rows().size();
    const Lesson first = demo.store().listLessons({}).front();
    const std::string word = first.recommendation.substr(0, first.recommendation.find(' ', 5));
    demo.click("lessons.text");
    demo.backend.type(word, demo.draw());
    demo.frames(2);
    CHECK(view.model().filter().text == word);
    CHECK(view.model().rows().size() < all);
    CHECK_FALSE(view.model().rows().empty());
}

TEST_CASE("the Reports view shows the tally and writes reports next to the portfolio", "[gui][reports]") {
    DemoApp demo;
    demo.actAs("Cllr Helen Marsh");
    demo.app.select("reports");
    demo.frames(3);
    auto& view = dynamic_cast<ReportsView&>(*demo.app.view("reports"));
    REQUIRE(view.model().tally());
    const reports::TallyReport& tally = *view.model().tally();
    CHECK(tally.counts.wentRight() > 0);
    CHECK(tally.ratioWords == reports::ratioWords(tally.counts));
    CHECK(tally.period.period.to == demo.clock.today());
    REQUIRE(view.model().checklist());

    // The in-memory demo has no folder, so reports go to the working directory: use a fresh one.
    const auto folder = std::filesystem::temp_directory_path() / "innotrack-gui-reports-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(folder);
    const auto write = [&](const std::string& kind, const std::string& format) {
        demo.click("reports.kind");
        demo.frames(2);  // a popup takes a frame to size itself before it shows
        demo.click("reports.kind." + kind);
        demo.click("reports.write." + format);
    };
    write("tally", "html");
    write("board", "md");
    write("checklist", "csv");
    write("board", "pdf");  // "Save as PDF": the board paper printed
    std::filesystem::current_path(previous);

    const auto read = [](const std::filesystem::path& file) {
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    };
    const std::string day = formatDate(demo.clock.today());
    const std::string html = read(folder / ("tally-" + day + ".html"));
    CHECK(html == reports::renderTally(tally, reports::ReportFormat::Html));
    CHECK_THAT(html, Catch::Contains("<html"));
    CHECK_FALSE(read(folder / ("board-" + day + ".md")).empty());
    CHECK(read(folder / ("board-" + day + ".pdf")).rfind("%PDF-", 0) == 0);
    CHECK(read(folder / ("checklist-" + day + ".csv")) ==
          reports::renderChecklist(*view.model().checklist(), reports::ReportFormat::Csv));
    CHECK(demo.state.errors().empty());
    std::filesystem::remove_all(folder);
}

TEST_CASE("a custom period with a wrong date says so beside the field", "[gui][reports]") {
    DemoApp demo;
    demo.actAs("Cllr Helen Marsh");
    ReportsModel model;
    ReportsRequest request;
    request.period = PeriodChoice::Custom;
    request.from = "2026-13-01";
    request.to = "2026-11-27";
    CHECK_FALSE(model.build(demo.state, request));
    REQUIRE(model.errors().find("from") != nullptr);
    CHECK_FALSE(model.tally());
    request.from = "2026-04-01";
    REQUIRE(model.build(demo.state, request));
    CHECK(model.tally()->period.period == Period{Date(2026, 4, 1), Date(2026, 11, 27)});
}

TEST_CASE("the leader adds an ambition and a person, an officer may not", "[gui][people]") {
    DemoApp demo;
    demo.actAs("Gareth Evans");
    AmbitionDraft ambition;
    ambition.title = "Safe streets in every ward";
    ambition.horizonYear = "2040";
    CHECK_FALSE(saveAmbition(demo.state, ambition));
    REQUIRE_FALSE(demo.state.errors().empty());
    CHECK_THAT(demo.state.errors().front(), Catch::Contains("only the leader"));
    demo.state.dismissError();

    demo.actAs("Cllr Helen Marsh");
    ambition.horizonYear = "twenty forty";
    CHECK_FALSE(saveAmbition(demo.state, ambition));
    REQUIRE(ambition.errors.find("horizon year") != nullptr);
    ambition.horizonYear = "2040";
    REQUIRE(saveAmbition(demo.state, ambition));
    const auto rows = loadAmbitions(demo.store());
    const auto added = std::find_if(rows.begin(), rows.end(), [](const AmbitionRow& r) { return r.ambition.title == "Safe streets in every ward"; });
    REQUIRE(added != rows.end());
    CHECK(added->ambition.horizonYear == 2040);
    CHECK(added->active == 0);

    PersonDraft person;
    person.name = "Cllr Tom Okafor";  // taken
    person.role = Role::Cabinet;
    CHECK_FALSE(savePerson(demo.state, person));
    REQUIRE(person.errors.find("name") != nullptr);
    person.name = "Cllr Dafydd Morgan";
    person.portfolio = "Housing";
    person.login = "dafydd morgan";  // an account name has no spaces
    CHECK_FALSE(savePerson(demo.state, person));
    REQUIRE(person.errors.find("login") != nullptr);
    person.login = "dmorgan";
    REQUIRE(savePerson(demo.state, person));
    CHECK(demo.person("Cllr Dafydd Morgan").role == Role::Cabinet);
    CHECK(demo.person("Cllr Dafydd Morgan").login == "dmorgan");
    // Editing the person again keeps the login unless it is changed.
    PersonDraft again = draftOf(demo.person("Cllr Dafydd Morgan"));
    again.portfolio = "Housing and homes";
    REQUIRE(savePerson(demo.state, again));
    CHECK(demo.person("Cllr Dafydd Morgan").login == "dmorgan");
}

TEST_CASE("to anyone but the leader the Ambitions and People views are read only, with the reason", "[gui][people]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    for (const std::string view : {"ambitions", "people"}) {
        demo.app.select(view);
        demo.frames(2);
        // No empty form that could never be saved, and no save button.
        CHECK_FALSE(testing::located(demo, view + (view == "people" ? ".name" : ".title")));
        CHECK_FALSE(testing::located(demo, view + ".save"));
    }
    // A chosen ambition is shown as it is, still without a way to save it.
    const Ambition first = demo.store().listAmbitions().front();
    demo.app.select("ambitions");
    demo.frames(2);
    demo.click("ambitions.row." + std::to_string(first.id));
    demo.frames(2);
    CHECK(testing::located(demo, "ambitions.title"));
    CHECK_FALSE(testing::located(demo, "ambitions.save"));

    demo.actAs("Cllr Helen Marsh");
    demo.frames(2);
    CHECK(testing::located(demo, "ambitions.save"));
}

TEST_CASE("the Reports view's trend: a point per quarter, and a click shows what that quarter counts",
          "[gui][reports][trend]") {
    DemoApp demo(testing::kDemoToday, 1280, 2400);  // tall enough for the trend below the tally
    demo.actAs("Cllr Helen Marsh");
    demo.app.select("reports");
    demo.frames(3);
    auto& view = dynamic_cast<ReportsView&>(*demo.app.view("reports"));
    REQUIRE(view.model().trend());
    const reports::TrendReport& trend = *view.model().trend();
    // Five financial years to the demo's day, quarter by quarter.
    CHECK(trend.period.period == trendPeriod(demo.clock.today(), 5));
    CHECK(trend.quarters.size() == reports::buildTallyReport(demo.state.store(), demo.state.backend().tallyQueries(),
                                                             {reports::customPeriod(trend.period.period.from,
                                                                                    trend.period.period.to),
                                                              {},
                                                              TallyGrouping::None},
                                                             demo.clock.today())
                                       .quarters.size());
    CHECK(view.selectedQuarter().empty());

    // The last quarter (the demo's records are recent): its point shows the tally of that quarter.
    const reports::TrendQuarter& last = trend.quarters.back();
    demo.click("reports.trend." + last.quarter.label());
    demo.frames(2);
    CHECK(view.selectedQuarter() == last.quarter.label());
    const reports::TallyReport quarterTally = reports::buildTallyReport(
        demo.state.store(), demo.state.backend().tallyQueries(),
        {reports::customPeriod(last.period.from, last.period.to), {}, TallyGrouping::None}, demo.clock.today());
    TallyCounts tallied = quarterTally.counts;
    tallied.risksOpenAtEnd = 0;
    CHECK(last.counts == tallied);
    CHECK(last.counts.wentRight() > 0);
    CHECK(demo.state.errors().empty());
}

// Clicks `key` and checks the list it opens holds as many records as `figure`, all of them listed.
void checkListOpened(DemoApp& demo, const ReportsView& view, const std::string& key, std::int64_t figure) {
    INFO("clicked " << key);
    demo.click(key);
    demo.frames(2);
    REQUIRE(view.model().picked());
    const RecordList& list = *view.model().picked();
    CHECK(list.total == figure);
    CHECK(static_cast<std::int64_t>(list.rows.size()) == figure);
    CHECK(list.moreWords.empty());
    for (const ListedRecord& row : list.rows) {
        CHECK_FALSE(row.what.empty());
        CHECK_FALSE(row.innovation.empty());
        CHECK(row.when.find(" on ") != std::string::npos);
    }
    CHECK(located(demo, "reports.records"));
}

TEST_CASE("clicking a part of a tally bar, of a quarter's bar or a heat-map square lists what it counts",
          "[gui][reports][records]") {
    DemoApp demo(testing::kDemoToday, 1280, 2400);  // tall enough for the trend below the tally
    demo.actAs("Cllr Helen Marsh");
    demo.app.select("reports");
    demo.frames(3);
    auto& view = dynamic_cast<ReportsView&>(*demo.app.view("reports"));
    REQUIRE(view.model().tally());
    const reports::TallyReport tally = *view.model().tally();
    CHECK_FALSE(view.model().picked());

    // Every part of the period's bars with something in it; a part of nothing is no button.
    int listed = 0;
    for (const TallyFigure figure : kTallyFigures) {
        const std::string key = "reports.bar.period." + std::string(tallyFigureKey(figure));
        CHECK(located(demo, key) == (countOf(tally.counts, figure) > 0));
        if (countOf(tally.counts, figure) == 0) continue;
        checkListOpened(demo, view, key, countOf(tally.counts, figure));
        ++listed;
    }
    CHECK(listed >= 3);
    CHECK(tally.counts.wentRight() + tally.counts.wentWrong() > listed);  // some part counts more than one

    // Every part of every quarter's bars.
    int quarterParts = 0;
    for (const reports::TallyQuarter& quarter : tally.quarters)
        for (const TallyFigure figure : kTallyFigures) {
            if (countOf(quarter.counts, figure) == 0) continue;
            checkListOpened(demo, view,
                            "reports.bar." + quarter.quarter.label() + "." + std::string(tallyFigureKey(figure)),
                            countOf(quarter.counts, figure));
            CHECK(view.model().picked()->pick.period == quarter.period);
            ++quarterParts;
        }
    CHECK(quarterParts > 0);

    // Every square of the heat map, the empty ones too.
    std::int64_t risks = 0;
    for (int likelihood = 1; likelihood <= 5; ++likelihood)
        for (int impact = 1; impact <= 5; ++impact) {
            const std::int64_t inCell =
                tally.heatMap[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
            checkListOpened(demo, view, "reports.heat." + std::to_string(likelihood) + "x" + std::to_string(impact),
                            inCell);
            risks += inCell;
        }
    CHECK(risks > 1);

    // Clicking what is open closes it; so does its Close button.
    const std::string last = "reports.heat.5x5";
    demo.click(last);
    demo.frames(2);
    CHECK_FALSE(view.model().picked());
    demo.click("reports.bar.period." + std::string(tallyFigureKey(TallyFigure::StageAdvances)));
    demo.frames(2);
    REQUIRE(view.model().picked());
    demo.click("reports.records.close");
    demo.frames(2);
    CHECK_FALSE(view.model().picked());
    CHECK(demo.state.errors().empty());
}

TEST_CASE("a trend point's quarter lists what each part of its bars counts", "[gui][reports][trend][records]") {
    DemoApp demo(testing::kDemoToday, 1280, 2400);
    demo.actAs("Cllr Helen Marsh");
    demo.app.select("reports");
    demo.frames(3);
    auto& view = dynamic_cast<ReportsView&>(*demo.app.view("reports"));
    REQUIRE(view.model().trend());
    const reports::TrendQuarter last = view.model().trend()->quarters.back();
    demo.click("reports.trend." + last.quarter.label());
    demo.frames(2);
    int listed = 0;
    for (const TallyFigure figure : kTallyFigures) {
        if (countOf(last.counts, figure) == 0) continue;
        checkListOpened(demo, view,
                        "reports.trend-bar." + last.quarter.label() + "." + std::string(tallyFigureKey(figure)),
                        countOf(last.counts, figure));
        CHECK(view.model().picked()->pick.period == last.period);
        ++listed;
    }
    CHECK(listed > 0);
    CHECK(demo.state.errors().empty());
}

}  // namespace
}  // namespace innotrack::gui
