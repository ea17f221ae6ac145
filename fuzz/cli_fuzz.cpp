// Fuzz target: the command line. The input is a command line with its arguments separated by NUL
// bytes, run in-process against a small portfolio file in a temporary folder. Whatever it is, the
// run returns 0 to 3 without throwing; a failure is one line on stderr and nothing on stdout; a
// refused command leaves the file byte-for-byte unchanged; and exit 3 is never an internal error.
#include "property.hpp"

#include "cli/run.hpp"
#include "backends/location_opener.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
using innotrack::fuzz::broken;
using innotrack::fuzz::require;

// Opens portfolios as the innotrack program's main() does.
const innotrack::backends::LocationOpener kOpener;

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// A folder of its own: the template portfolio at its top, and work/, the working folder each
// input runs in. Arguments never hold '/', so every file a command names lies inside work/.
struct Sandbox {
    fs::path top;
    fs::path work;
    fs::path templateFile;
    fs::path portfolio;
    std::string templateBytes;  // what portfolio.db holds before each input
};

innotrack::cli::Environment environmentFor(const Sandbox& sandbox, const std::string& db) {
    return [home = sandbox.work.string(), db](const std::string& name) -> std::optional<std::string> {
        if (name == "INNOTRACK_TODAY") return std::string("2026-03-02");
        if (name == "INNOTRACK_DB") return db;
        if (name == "HOME") return home;
        return std::nullopt;
    };
}

// A portfolio with one of everything, so commands reach the domain's rules rather than stopping
// at "not found": people of every role, an ambition, two innovations, a milestone, a risk, a
// setback, a lesson, a benefit, an open review and a checklist answer.
void seed(const Sandbox& sandbox) {
    const std::vector<std::vector<std::string>> lines = {
        {"init", "--leader", "Cllr Ann Jones"},
        {"--as", "1", "person", "add", "--name", "Cllr Bob Hughes", "--role", "cabinet", "--portfolio", "Adult care"},
        {"--as", "1", "person", "add", "--name", "Olly Officer", "--role", "officer"},
        {"--as", "1", "person", "add", "--name", "Vera Viewer", "--role", "viewer"},
        {"--as", "1", "ambition", "add", "--title", "Healthy ageing", "--horizon", "2045"},
        {"--as", "2", "innovation", "add", "--title", "Virtual wards", "--ambition", "1", "--cabinet-lead", "2",
         "--lead-officer", "3", "--budget", "250000"},
        {"--as", "2", "innovation", "add", "--title", "Home care by video", "--cabinet-lead", "2"},
        {"--as", "3", "milestone", "add", "--innovation", "1", "--title", "Pilot starts", "--due", "2026-06-01"},
        {"--as", "3", "risk", "add", "--innovation", "1", "--title", "Kit late", "--likelihood", "3", "--impact",
         "4", "--owner", "3"},
        {"--as", "3", "setback", "log", "--innovation", "1", "--what", "Calls dropped", "--kind", "complex"},
        {"--as", "3", "lesson", "add", "--innovation", "1", "--what", "Test the signal", "--recommendation",
         "Survey first", "--setback", "1", "--tags", "digital"},
        {"--as", "3", "benefit", "add", "--innovation", "1", "--measure", "Bed days saved", "--baseline", "0",
         "--target", "400"},
        {"--as", "2", "review", "start"},
        {"--as", "2", "review", "record", "--innovation", "1", "--confidence", "amber"},
        {"--as", "1", "checklist", "answer", "--question", "look-outside", "--answer", "partly"},
    };
    const auto environment = environmentFor(sandbox, sandbox.templateFile.string());
    for (const auto& line : lines) {
        std::ostringstream out;
        std::ostringstream err;
        if (innotrack::cli::run(line, out, err, environment, kOpener) != 0)
            broken("the seed portfolio could not be made: " + err.str());
    }
}

// A run that crashed (as a fuzzer finding does) leaves its sandbox behind: remove those whose
// process has gone.
void removeAbandoned(const fs::path& base) {
    const std::string prefix = "innotrack-fuzz-cli-";
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(base, error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const std::string digits = name.substr(prefix.size(), name.find('-', prefix.size()) - prefix.size());
        if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
            continue;
        if (kill(static_cast<pid_t>(std::stol(digits)), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), error);
    }
}

const Sandbox& sandbox() {
    static const Sandbox made = [] {
        // /dev/shm keeps the many small file writes off the disk when it is there.
        std::error_code error;
        const fs::path base = fs::is_directory("/dev/shm", error) ? fs::path("/dev/shm") : fs::temp_directory_path();
        removeAbandoned(base);
        std::string pattern = (base / ("innotrack-fuzz-cli-" + std::to_string(getpid()) + "-XXXXXX")).string();
        if (mkdtemp(pattern.data()) == nullptr) broken(std::string("mkdtemp failed: ") + std::strerror(errno));
        Sandbox box{pattern, fs::path(pattern) / "work", fs::path(pattern) / "template.db",
                    fs::path(pattern) / "work" / "portfolio.db", ""};
        fs::create_directories(box.work);
        seed(box);
        box.templateBytes = readAll(box.templateFile);
        if (chdir(box.work.c_str()) != 0) broken("cannot enter the sandbox");
        // Removed at exit, whichever way the fuzzer ends normally.
        static const fs::path toRemove = box.top;
        std::atexit([] {
            std::error_code ignored;
            fs::remove_all(toRemove, ignored);
        });
        return box;
    }();
    return made;
}

// Empties work/ and puts a fresh copy of the template portfolio in it.
void reset(const Sandbox& box) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(box.work, error)) fs::remove_all(entry.path(), error);
    fs::copy_file(box.templateFile, box.portfolio, fs::copy_options::overwrite_existing, error);
    if (error) broken("cannot copy the template portfolio: " + error.message());
}

std::vector<std::string> splitArguments(std::string_view input) {
    std::vector<std::string> arguments;
    if (input.empty()) return arguments;  // no arguments at all: the program's help
    std::size_t start = 0;
    while (start <= input.size()) {
        std::size_t end = input.find('\0', start);
        if (end == std::string_view::npos) end = input.size();
        arguments.emplace_back(input.substr(start, end - start));
        start = end + 1;
    }
    return arguments;
}

std::size_t lines(const std::string& text) {
    std::size_t count = 0;
    for (char c : text) count += c == '\n' ? 1 : 0;
    return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::string> arguments = splitArguments(innotrack::fuzz::asText(data, size));
    // A '/' could name a file outside the sandbox (--out /etc/x, --db /tmp/y): such inputs are
    // skipped, and kept out of the corpus.
    for (const auto& argument : arguments)
        if (argument.find('/') != std::string::npos) return -1;

    const Sandbox& box = sandbox();
    reset(box);
    std::ostringstream out;
    std::ostringstream err;
    const int status = innotrack::cli::run(arguments, out, err, environmentFor(box, "portfolio.db"), kOpener);

    require(status >= 0 && status <= 3, "the exit status is 0 to 3");
    const std::string errors = err.str();
    if (status == 0) {
        require(errors.empty(), "a command that succeeds writes nothing on stderr");
        return 0;
    }
    // Only the start of the line counts: an argument quoted back in a message may say anything.
    require(errors.rfind("innotrack: internal error: ", 0) != 0, "no input causes an internal error");
    require(std::none_of(errors.begin(), errors.end(),
                         [](char c) { return c != '\n' && (static_cast<unsigned char>(c) < 0x20 || c == 0x7F); }),
            "stderr is printable: no terminal escapes or other control characters");
    // `check` reports the problems it finds on stdout with exit 1, and writes no error line; an
    // import refused for problems in its file lists every one, a line each, as designed.
    const bool checkReport = status == 1 && errors.empty() && !out.str().empty();
    const bool importProblems =
        status == 1 && std::find(arguments.begin(), arguments.end(), "import") != arguments.end();
    if (!checkReport) {
        require(!errors.empty() && errors.back() == '\n', "a failure ends its stderr with a new line");
        require(importProblems || lines(errors) == 1, "a failure is exactly one line on stderr");
        require(out.str().empty(), "a failure writes nothing on stdout");
    }
    std::error_code error;
    if (fs::exists(box.portfolio, error))
        require(readAll(box.portfolio) == box.templateBytes, "a refused command leaves the portfolio file unchanged");
    return 0;
}
