// How long the desktop app takes to build one frame of the stage board for a portfolio of 10,000
// innovations, headless (no GPU: ImGui's own work, which is what a slow board would spend), and
// with --db how long it takes from start to its first board frame on a portfolio (a file, or a
// shared one on a server, postgresql://...), and to reload the board after another program changed it.
// Usage: bench_gui_board [INNOVATIONS] [FRAMES]   (defaults 10000 and 100: a portfolio made in memory)
//        bench_gui_board --db LOCATION [FRAMES]   (the file bench/run.sh generated, or its copy on a
//                                                   server; one innovation's confidence is changed
//                                                   back and forth)
// Also prints "key value" lines for bench/run.sh: startup_ms, first_frame_ms, frame_median_ms,
// frame_p95_ms, reload_ms (median of kReloads, --db only), cards.
#include "gui/app.hpp"
#include "gui/headless.hpp"
#include "backends/location_opener.hpp"
#include "gui/stage_board_view.hpp"
#include "gui/theme.hpp"

#include "tracker/errors.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace innotrack;
using Stopwatch = std::chrono::steady_clock;

// Reloads after an outside change timed with --db; the median is reported.
constexpr int kReloads = 5;

double millisecondsSince(Stopwatch::time_point start) {
    return std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count();
}

// A large council's portfolio written straight into the store in one transaction: people,
// ambitions, and per innovation three milestones and two risks, with setbacks here and there.
void writeLargePortfolio(PortfolioStore& store, int innovations, Date today) {
    std::mt19937 random(42);
    const auto pick = [&](int from, int to) { return std::uniform_int_distribution<int>(from, to)(random); };
    auto transaction = store.beginWrite();
    Person leader;
    leader.name = "Cllr Leader";
    leader.role = Role::Leader;
    const Id leaderId = store.insertPerson(leader);
    std::vector<Id> cabinet{leaderId};
    std::vector<Id> officers;
    for (int i = 0; i < 12; ++i) {
        Person person;
        person.name = "Cllr Cabinet " + std::to_string(i + 1);
        person.role = Role::Cabinet;
        person.portfolio = "Brief " + std::to_string(i + 1);
        cabinet.push_back(store.insertPerson(person));
    }
    for (int i = 0; i < 60; ++i) {
        Person person;
        person.name = "Officer " + std::to_string(i + 1);
        person.role = Role::Officer;
        officers.push_back(store.insertPerson(person));
    }
    std::vector<Id> ambitions;
    for (int i = 0; i < 8; ++i) {
        Ambition ambition;
        ambition.title = "Ambition " + std::to_string(i + 1);
        ambition.horizonYear = 2045;
        ambitions.push_back(store.insertAmbition(ambition));
    }
    for (int i = 0; i < innovations; ++i) {
        Innovation innovation;
        innovation.title = "Innovation " + std::to_string(i + 1) + ": a priority project with a long enough title";
        innovation.summary = "What it changes for residents, in a sentence or two.";
        innovation.stage = static_cast<Stage>(pick(0, 5));
        if (innovation.stage == Stage::Stopped) innovation.stopReason = "Did not work in the pilot";
        innovation.priority = pick(1, 5);
        innovation.confidence = static_cast<Confidence>(pick(0, 4));
        innovation.cabinetLeadId = cabinet[static_cast<std::size_t>(pick(0, static_cast<int>(cabinet.size()) - 1))];
        innovation.leadOfficerId = officers[static_cast<std::size_t>(pick(0, static_cast<int>(officers.size()) - 1))];
        innovation.ambitionId = ambitions[static_cast<std::size_t>(pick(0, static_cast<int>(ambitions.size()) - 1))];
        innovation.startDate = today - boost::gregorian::days(pick(60, 700));
        const Id id = store.insertInnovation(innovation);
        for (int m = 0; m < 3; ++m) {
            Milestone milestone;
            milestone.innovationId = id;
            milestone.title = "Milestone " + std::to_string(m + 1);
            milestone.baselineDue = today + boost::gregorian::days(pick(-90, 180));
            milestone.due = milestone.baselineDue + boost::gregorian::days(pick(0, 30));
            if (pick(0, 2) == 0) milestone.completedOn = std::min(milestone.due, today);
            store.insertMilestone(milestone);
        }
        for (int r = 0; r < 2; ++r) {
            Risk risk;
            risk.innovationId = id;
            risk.title = "Risk " + std::to_string(r + 1);
            risk.inherentLikelihood = pick(1, 5);
            risk.inherentImpact = pick(1, 5);
            risk.ownerId = *innovation.leadOfficerId;
            risk.raisedOn = today - boost::gregorian::days(pick(1, 300));
            store.insertRisk(risk);
        }
        if (pick(0, 4) == 0) {
            Setback setback;
            setback.innovationId = id;
            setback.occurredOn = today - boost::gregorian::days(pick(0, 60));
            setback.whatHappened = "Something went wrong";
            setback.loggedById = *innovation.leadOfficerId;
            store.insertSetback(setback);
        }
    }
    transaction->commit();
}

// Another program's change to the portfolio: a second connection, as the command line would be,
// saving `innovation` (innovation 1 with another confidence, or as it was).
void saveOutside(const backends::LocationOpener& opener, const std::string& location, const Innovation& innovation) {
    const auto other = opener.open(location, OpenPurpose::Write);
    auto transaction = other->store().beginWrite();
    other->store().updateInnovation(innovation);
    transaction->commit();
}

double median(std::vector<double> times) {
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    // From here to the first frame is what the app does between start-up and showing the board
    // (the window and OpenGL set-up, which depend on the driver, are not part of it).
    const auto launched = Stopwatch::now();
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    const bool fromFile = !arguments.empty() && arguments.front() == "--db";
    if (fromFile && arguments.size() < 2) {
        std::cerr << "bench_gui_board: --db needs a portfolio file or server location\n";
        return 2;
    }
    const std::size_t framesAt = fromFile ? 2 : 1;
    const int innovations = !fromFile && !arguments.empty() ? std::stoi(arguments[0]) : 10000;
    const int frames = arguments.size() > framesAt ? std::max(1, std::stoi(arguments[framesAt])) : 100;
    const Date today(2026, 11, 27);

    try {
        const backends::LocationOpener opener;
        FixedClock clock(today);
        gui::AppState state(opener, clock);
        gui::HeadlessBackend backend(1920, 1080);
        gui::applyTheme(gui::Theme::Light);
        gui::App app(state);

        auto start = Stopwatch::now();
        if (fromFile) {
            state.usePortfolio(opener.open(arguments[1], OpenPurpose::Read), false);
        } else {
            auto connection = opener.openScratch();
            writeLargePortfolio(connection->store(), innovations, today);
            state.usePortfolio(std::move(connection), false);
            std::cout << "Wrote " << innovations << " innovations in " << std::fixed << std::setprecision(0)
                      << millisecondsSince(start) << " ms\n";
        }
        // As the app does for a screenshot: act as the leader, else the first person.
        const std::vector<Person> people = state.store().listPeople();
        if (people.empty()) throw ValidationError("--db", fromFile ? arguments[1] : "", "the portfolio has no people");
        const auto leader = std::find_if(people.begin(), people.end(), [](const Person& p) { return p.role == Role::Leader; });
        state.actAs(leader == people.end() ? people.front() : *leader);

        app.select("board");
        const auto draw = [&] { app.frame(); };
        start = Stopwatch::now();
        backend.run(draw);  // the first frame reads the board from the store
        const double firstFrame = millisecondsSince(start);
        const double startup = millisecondsSince(launched);
        backend.run(draw, 5);  // settle: tab switch, table sizes

        std::vector<double> times;
        for (int frame = 0; frame < frames; ++frame) {
            // Move the mouse over the cards so hover, tooltips and highlights are part of the cost.
            ImGui::GetIO().MousePos = ImVec2(200.0f + static_cast<float>(frame % 10) * 150.0f,
                                             300.0f + static_cast<float>(frame % 7) * 40.0f);
            start = Stopwatch::now();
            backend.run(draw);
            times.push_back(millisecondsSince(start));
        }
        std::sort(times.begin(), times.end());
        const auto* board = dynamic_cast<gui::StageBoardView*>(app.view("board"));
        const ImDrawData* drawn = ImGui::GetDrawData();
        const double frameMedian = median(times);
        const double p95 = times[times.size() * 95 / 100];

        // A reload: the app's poll notices the other connection's commit, and the next frame reads
        // the board again (the poll asks at most twice a second, so each is given a later time).
        // Innovation 1's confidence goes Red and back, so the file ends as it began.
        std::vector<double> reloads;
        const std::optional<Innovation> original = fromFile ? state.store().findInnovation(1) : std::nullopt;
        if (fromFile && !original) throw NotFound("the portfolio has no innovation 1 to change");
        for (int round = 0; fromFile && round < kReloads; ++round) {
            Innovation changed = *original;
            if (round % 2 == 0) changed.confidence = Confidence::Red;
            saveOutside(opener, arguments[1], changed);
            const std::uint64_t before = state.generation();
            start = Stopwatch::now();
            state.pollOutsideChanges(1000.0 + round);
            backend.run(draw);
            reloads.push_back(millisecondsSince(start));
            if (state.generation() == before) throw StorageError("the outside change was not noticed");
        }
        if (original) saveOutside(opener, arguments[1], *original);
        std::cout << std::fixed << std::setprecision(3) << "Board with " << board->model().cardCount() << " cards, "
                  << drawn->TotalVtxCount << " vertices per frame\n"
                  << "First frame (reads the portfolio): " << firstFrame << " ms\n"
                  << "Median frame over " << frames << " frames: " << frameMedian << " ms (fastest " << times.front()
                  << " ms, 95th percentile " << p95 << " ms)\n";
        if (!reloads.empty())
            std::cout << "Reload after an outside change (median of " << kReloads << "): " << median(reloads)
                      << " ms\nreload_ms " << median(reloads) << '\n';
        std::cout << "startup_ms " << startup << "\nfirst_frame_ms " << firstFrame << "\nframe_median_ms "
                  << frameMedian << "\nframe_p95_ms " << p95 << "\ncards " << board->model().cardCount() << "\n";
        // Each quick filter as the board asks for it: the backend's ids of the cards in the state
        // (median of three), then the columns filtered again.
        for (const gui::StageBoardQuickFilter& quick : gui::kStageBoardQuickFilters) {
            std::vector<double> asks;
            std::size_t kept = 0;
            for (int round = 0; round < 3; ++round) {
                start = Stopwatch::now();
                kept = state.backend().stageBoardQueries().stageBoardFlagged(today, quick.flag, state.actor()->id).size();
                asks.push_back(millisecondsSince(start));
            }
            std::cout << "Quick filter \"" << quick.label << "\": " << kept << " cards in " << median(asks) << " ms\n";
        }
        for (const std::string& error : state.errors()) std::cerr << "bench_gui_board: " << error << '\n';
        return state.errors().empty() ? 0 : 1;
    } catch (const std::exception& error) {
        std::cerr << "bench_gui_board: " << error.what() << '\n';
        return 1;
    }
}
