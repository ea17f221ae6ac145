// Printing a report's HTML page to PDF with WeasyPrint, run as a separate program: see pdf.hpp.
#include "reports/pdf.hpp"

#include "tracker/errors.hpp"

#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <fcntl.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

extern char** environ;

namespace innotrack::reports {
namespace {

namespace fs = std::filesystem;

constexpr const char* kProgram = "weasyprint";
constexpr const char* kInstall =
    "Making a PDF needs WeasyPrint, which is not installed; install it (sudo apt install weasyprint) "
    "or choose another format such as html";

// A folder of its own for one printing, removed with everything in it however printing ends.
class WorkFolder {
public:
    WorkFolder() {
        std::string pattern = (fs::temp_directory_path() / "innotrack-pdf-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw StorageError(std::string("Could not make a folder to print the PDF in: ") + std::strerror(errno));
        path_ = pattern;
    }
    ~WorkFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

void writeFile(const fs::path& path, const std::string& content) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(content.data(), static_cast<std::streamsize>(content.size()));
    file.close();
    if (!file) throw StorageError("Could not write the page to print as PDF; the disk may be full");
}

std::string readFile(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

// WeasyPrint's last line on standard error, the one that says why it stopped.
std::string lastLine(const std::string& text) {
    std::istringstream lines(text);
    std::string line, last;
    while (std::getline(lines, line))
        if (!line.empty()) last = line;
    return last;
}

// Runs WeasyPrint on in.html, its messages kept in messages.txt; the exit status, or -1 when it
// could not be started because it is not installed.
int runWeasyPrint(const WorkFolder& folder) {
    const std::string in = (folder.path() / "report.html").string();
    const std::string out = (folder.path() / "report.pdf").string();
    const std::string messages = (folder.path() / "messages.txt").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, messages.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    // --quiet: WeasyPrint's warnings about style it does not use are not the reader's concern;
    // its errors still reach standard error and are reported below.
    std::vector<std::string> arguments{kProgram, "--quiet", "--media-type", "print", in, out};
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t child = 0;
    const int started = posix_spawnp(&child, kProgram, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (started == ENOENT) return -1;
    if (started != 0) throw StorageError(std::string("Could not start WeasyPrint to make the PDF: ") + std::strerror(started));
    int status = 0;
    while (::waitpid(child, &status, 0) < 0)
        if (errno != EINTR) throw StorageError("Could not wait for WeasyPrint to make the PDF");
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

std::string printPdf(const std::string& htmlPage) {
    const WorkFolder folder;
    writeFile(folder.path() / "report.html", htmlPage);
    const int status = runWeasyPrint(folder);
    if (status == -1) throw Error(kInstall);
    // A shell reports 127 when `weasyprint` itself is missing; Debian's script does when Python is.
    if (status == 127) throw Error(kInstall);
    std::string pdf = readFile(folder.path() / "report.pdf");
    if (status != 0 || pdf.rfind("%PDF-", 0) != 0) {
        const std::string why = lastLine(readFile(folder.path() / "messages.txt"));
        throw Error("WeasyPrint could not make the PDF" + (why.empty() ? std::string() : ": " + why));
    }
    return pdf;
}

}  // namespace innotrack::reports
