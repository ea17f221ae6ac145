// import innovations|milestones|...|ideas|decisions FILE [--dry-run] (registers.hpp): a register
// from a CSV file, all rows or none, every problem listed as FILE:LINE: COLUMN: reason.
#include "exchange_commands.hpp"

#include "cli/context.hpp"
#include "exchange/csv_import.hpp"
#include "tracker/errors.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>

namespace innotrack::cli::commands {
namespace {

// "12,000".
std::string grouped(std::size_t number) {
    std::string digits = std::to_string(number);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

// "1 problem", "12,000 problems".
std::string howMany(std::size_t count, const std::string& singular) {
    return grouped(count) + " " + singular + (count == 1 ? "" : "s");
}

// "1 risk", "12,000 risks".
std::string records(std::size_t count, exchange::Register reg) {
    const std::string_view plural = exchange::nameOf(reg);
    return howMany(count, std::string(plural.substr(0, plural.size() - 1)));
}

// "\r12,000 rows (8,100 a second)" on a terminal, at most five times a second; nothing when
// the error stream is not a terminal (a pipe, a log file, a test).
class Progress {
public:
    explicit Progress(std::ostream& err)
        : err_(err), shown_(&err == &std::cerr && isatty(STDERR_FILENO) == 1), started_(Clock::now()) {}

    void rows(std::size_t done) {
        if (!shown_ || done == 0) return;
        const auto now = Clock::now();
        if (now - lastShown_ < std::chrono::milliseconds(200)) return;
        lastShown_ = now;
        const double seconds = std::chrono::duration<double>(now - started_).count();
        const auto rate = seconds > 0 ? static_cast<std::size_t>(static_cast<double>(done) / seconds) : 0;
        const std::string line = grouped(done) + " rows (" + grouped(rate) + " a second)";
        err_ << '\r' << line << std::flush;
        width_ = std::max(width_, line.size());
    }

    // Clears the line, so what follows starts on a clean one.
    void finish() {
        if (shown_ && width_ > 0) err_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
    }

private:
    using Clock = std::chrono::steady_clock;
    std::ostream& err_;
    bool shown_;
    Clock::time_point started_;
    Clock::time_point lastShown_{};
    std::size_t width_ = 0;
};

std::string fileHelp(exchange::Register reg) {
    std::string out = "the CSV file to read (UTF-8, as Excel's \"CSV UTF-8\" writes it), also taken as the word "
                      "after the command. Its first row names the columns, in any order and any case:";
    bool first = true;
    for (const exchange::Column& column : exchange::columnsOf(reg)) {
        out += std::string(first ? " " : "; ") + std::string(column.header) + (column.required ? " (required)" : "") +
               ", " + std::string(column.meaning);
        first = false;
    }
    return out + ". Dates as YYYY-MM-DD or DD/MM/YYYY; see docs/IMPORT.md";
}

class ImportRegister final : public Command {
public:
    explicit ImportRegister(exchange::Register reg)
        : Command(
              {"import", std::string(exchange::nameOf(reg))},
              "Import " + std::string(exchange::nameOf(reg)) + " from a CSV file: all rows, or none if any is wrong",
              "FILE [--dry-run]", Access::Writes),
          reg_(reg) {
        declare()
            .file(fileHelp(reg))
            .flag("dry-run", "check every row as an import would and list the problems, but write nothing");
    }

    void execute(Context& context) const override {
        const std::string name(exchange::nameOf(reg_));
        const auto file = context.text("file");
        if (!file) throw UsageError("missing FILE, the CSV file to import (see: innotrack import " + name + " --help)");
        if (const auto format = context.text("format"); format && *format != "text")
            throw UsageError("--format: import reports in text only, not '" + *format + "'");
        std::ifstream in(*file, std::ios::binary);
        if (!in) throw ValidationError("file", *file, "Cannot read '" + *file + "': " + std::strerror(errno));
        const bool dryRun = context.flag("dry-run");
        const Id actor = context.actor().id;

        Progress progress(context.err());
        exchange::ImportOptions options;
        options.dryRun = dryRun;
        options.progress = [&progress](std::size_t rows) { progress.rows(rows); };
        const auto result = exchange::importRegister(reg_, in, context.portfolio(), actor, options);
        progress.finish();

        if (!result.ok()) {
            report(context, *file, result, dryRun);
            return;
        }
        std::string line = dryRun ? "Checked " + records(result.rows, reg_) + " in " + *file +
                                        ": no problems found; nothing was written (--dry-run)."
                                  : "Imported " + records(result.rows, reg_) + " from " + *file + ".";
        if (result.occurredRisksLeftOpen > 0)
            line += " " + howMany(result.occurredRisksLeftOpen, "risk") +
                    " with Status occurred " +
                    (result.occurredRisksLeftOpen == 1 ? "is open until its setback is imported naming it"
                                                       : "are open until their setbacks are imported naming them") +
                    " in the Risk column.";
        context.out() << line << '\n';
    }

private:
    // Every problem, one line each, then what it adds up to; exit status 1.
    static void report(Context& context, const std::string& file, const exchange::ImportResult& result, bool dryRun) {
        std::set<std::size_t> lines;
        for (const auto& problem : result.problems) {
            lines.insert(problem.line);
            context.err() << file << ':' << problem.line << ": "
                          << (problem.column.empty() ? "" : problem.column + ": ") << problem.reason << '\n';
        }
        if (result.unlistedProblems > 0)
            context.err() << file << ": " << grouped(result.unlistedProblems) << " more problems not listed\n";
        context.err() << file << ": " << howMany(result.problemCount(), "problem") << " on "
                      << howMany(lines.size(), "line")
                      << (result.unlistedProblems > 0 ? " or more" : "") << "; "
                      << (dryRun ? "nothing was written (--dry-run)." : "nothing was imported.") << '\n';
        context.setExitCode(1);
    }

    exchange::Register reg_;
};

}  // namespace

Made importRegister(exchange::Register reg) { return std::make_unique<ImportRegister>(reg); }

}  // namespace innotrack::cli::commands
