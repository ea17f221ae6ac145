// One desk at a shared portfolio: adds COUNT milestones to an innovation through its own
// connection, each change one transaction made again when another desk's collided with it, as the
// command line does. bench/desks_server.sh and tests/storage_pg/concurrency_test.cpp run several.
//   desk_writer LOCATION ACTOR INNOVATION COUNT TAG
#include "backends/location_opener.hpp"
#include "tracker/errors.hpp"
#include "tracker/portfolio.hpp"
#include "tracker/retry.hpp"

#include <iostream>
#include <string>

int main(int argc, char* argv[]) {
    using namespace innotrack;
    if (argc != 6) {
        std::cerr << "usage: desk_writer LOCATION ACTOR INNOVATION COUNT TAG\n";
        return 2;
    }
    const std::string location = argv[1], tag = argv[5];
    const Id actor = std::stoll(argv[2]), innovation = std::stoll(argv[3]);
    const int count = std::stoi(argv[4]);
    try {
        const auto backend = backends::LocationOpener().open(location, OpenPurpose::Write);
        const SystemClock clock;
        Portfolio portfolio(backend->store(), clock);
        for (int each = 1; each <= count; ++each) {
            Milestone milestone;
            milestone.innovationId = innovation;
            milestone.title = tag + " " + std::to_string(each);
            milestone.baselineDue = milestone.due = Date(2027, 3, 31);
            retryWhenBusy([&] { portfolio.addMilestone(actor, milestone); });
        }
    } catch (const Error& error) {
        std::cerr << tag << ": " << error.what() << '\n';
        return 1;
    }
    return 0;
}
