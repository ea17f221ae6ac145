// bench_generate: writes a synthetic portfolio of N innovations for the benchmark (bench/run.sh).
// Usage: bench_generate N [--db FILE] [--csv DIRECTORY] [--taskwarrior FILE] [--empty-db FILE] [--seed NUMBER]
// Prints "rows R", "generate_ms G" and, with --db, "store_write_ms W": the time the storage layer
// took to write every row in one transaction (open, insert, commit), which run.sh compares with
// the sqlite3 shell's .import of the CSV files. With --empty-db, "empty_store_ms E": the same for
// no rows at all (create the file, run every migration, close), the load's fixed cost.
#include "portfolio_writers.hpp"
#include "synthetic_portfolio.hpp"

#include "storage/sqlite_store.hpp"
#include "tracker/errors.hpp"

#include <chrono>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

namespace {

using namespace innotrack;
using Stopwatch = std::chrono::steady_clock;

struct Options {
    int innovations = 0;
    std::optional<std::string> db;
    std::optional<std::string> csv;
    std::optional<std::string> taskwarrior;
    std::optional<std::string> emptyDb;
    std::uint32_t seed = 20261127;
};

long parseNumber(std::string_view field, const std::string& text, long lowest, long highest) {
    std::size_t used = 0;
    long value = 0;
    try {
        value = std::stol(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < lowest || value > highest)
        throw ValidationError(std::string(field), text, std::string(field) + " must be a whole number from " + std::to_string(lowest) + " to " +
                              std::to_string(highest) + ", not \"" + text + "\"");
    return value;
}

Options parseOptions(int argc, char** argv) {
    if (argc < 2) throw ValidationError("N", "", "usage: bench_generate N [--db FILE] [--csv DIRECTORY] [--taskwarrior FILE] [--empty-db FILE] [--seed NUMBER]");
    Options options;
    options.innovations = static_cast<int>(parseNumber("N (innovations)", argv[1], 1, 10'000'000));
    for (int i = 2; i < argc; i += 2) {
        const std::string name = argv[i];
        if (i + 1 >= argc) throw ValidationError(name, "", name + " needs a value");
        const std::string value = argv[i + 1];
        if (name == "--db")
            options.db = value;
        else if (name == "--csv")
            options.csv = value;
        else if (name == "--taskwarrior")
            options.taskwarrior = value;
        else if (name == "--empty-db")
            options.emptyDb = value;
        else if (name == "--seed")
            options.seed = static_cast<std::uint32_t>(parseNumber("--seed", value, 0, 4'000'000'000));
        else
            throw ValidationError(name, value, "unknown option \"" + name + "\": use --db, --csv, --taskwarrior, --empty-db or --seed");
    }
    return options;
}

double millisecondsSince(Stopwatch::time_point start) {
    return std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Options options = parseOptions(argc, argv);
        auto start = Stopwatch::now();
        const auto portfolio = bench::generatePortfolio(options.innovations, options.seed);
        std::cout << "rows " << portfolio.rowCount() << "\n"
                  << "generate_ms " << millisecondsSince(start) << "\n";
        if (options.csv) bench::writeCsv(portfolio, *options.csv);
        if (options.taskwarrior) bench::writeTaskwarrior(portfolio, *options.taskwarrior, bench::syntheticToday());
        if (options.db) {
            start = Stopwatch::now();
            auto store = storage::SqliteStore::open(*options.db, storage::OpenMode::CreateNew);
            bench::writeToStore(portfolio, *store);
            store.reset();  // closing checkpoints the journal: part of the load
            std::cout << "store_write_ms " << millisecondsSince(start) << "\n";
        }
        if (options.emptyDb) {
            start = Stopwatch::now();
            storage::SqliteStore::open(*options.emptyDb, storage::OpenMode::CreateNew).reset();
            std::cout << "empty_store_ms " << millisecondsSince(start) << "\n";
        }
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "bench_generate: " << error.what() << "\n";
        return 1;
    }
}
