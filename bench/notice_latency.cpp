// How long a change at one desk takes to be seen at another (issue 12 §5: under 1 s): opens the
// same location twice, as two desks, then ROUNDS times makes a change at desk A through the
// portfolio service (a milestone added to an innovation, as the leader) and polls desk B's
// changedSinceLastLook() every millisecond until it sees it. The delay is counted from the moment
// the service returns (the change committed) to the poll that saw it. Run by bench/run_server.sh.
//   notice_latency LOCATION [ACTOR [INNOVATION [ROUNDS]]]   (defaults: 1 1 20)
// Prints median_ms, max_ms (the delays) and write_median_ms (the change itself), one a line.
#include "backends/location_opener.hpp"
#include "tracker/errors.hpp"
#include "tracker/portfolio.hpp"
#include "tracker/retry.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

int main(int argc, char* argv[]) {
    using namespace innotrack;
    using Clock = std::chrono::steady_clock;
    if (argc < 2 || argc > 5) {
        std::cerr << "usage: notice_latency LOCATION [ACTOR [INNOVATION [ROUNDS]]]\n";
        return 2;
    }
    const std::string location = argv[1];
    const Id actor = argc > 2 ? std::stoll(argv[2]) : 1;
    const Id innovation = argc > 3 ? std::stoll(argv[3]) : 1;
    const int rounds = argc > 4 ? std::stoi(argv[4]) : 20;
    try {
        const backends::LocationOpener opener;
        const auto deskA = opener.open(location, OpenPurpose::Write);
        const auto deskB = opener.open(location, OpenPurpose::Read);
        const SystemClock clock;
        Portfolio portfolio(deskA->store(), clock);
        deskB->changedSinceLastLook();  // whatever happened before: from here on, only our changes
        std::vector<double> delays, writes;
        for (int round = 1; round <= rounds; ++round) {
            Milestone milestone;
            milestone.innovationId = innovation;
            milestone.title = "notice latency " + std::to_string(round);
            milestone.baselineDue = milestone.due = Date(2027, 3, 31);
            const auto before = Clock::now();
            retryWhenBusy([&] { portfolio.addMilestone(actor, milestone); });
            const auto committed = Clock::now();
            while (deskB->changedSinceLastLook().empty()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                if (Clock::now() - committed > std::chrono::seconds(10)) {
                    std::cerr << "notice_latency: desk B saw no change 10 s after round " << round << '\n';
                    return 1;
                }
            }
            const auto seen = Clock::now();
            delays.push_back(std::chrono::duration<double, std::milli>(seen - committed).count());
            writes.push_back(std::chrono::duration<double, std::milli>(committed - before).count());
            // Every notice of this change taken in (a change notifies each table it touched), so the
            // next round cannot be seen early through one left over from this one.
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            deskB->changedSinceLastLook();
        }
        std::printf("median_ms %.2f\nmax_ms %.2f\nwrite_median_ms %.2f\nrounds %d\n", median(delays),
                    *std::max_element(delays.begin(), delays.end()), median(writes), rounds);
    } catch (const Error& error) {
        std::cerr << "notice_latency: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
