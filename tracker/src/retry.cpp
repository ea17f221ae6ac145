// The pause between attempts; see retry.hpp.
#include "tracker/retry.hpp"

#include <random>

namespace innotrack {

void waitBeforeRetry(int attempt) {
    thread_local std::minstd_rand spread(std::random_device{}());
    const int ceiling = 5 << (attempt < 6 ? attempt : 6);  // 10, 20, 40 … 320 ms
    std::uniform_int_distribution<int> milliseconds(1, ceiling);
    std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds(spread)));
}

}  // namespace innotrack
