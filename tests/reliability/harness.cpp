// Starting and reaping writer processes, and fingerprinting files, for the reliability tests.
#include "harness.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

extern char** environ;

namespace innotrack::testing {

Started startProgram(const std::string& program, const std::vector<std::string>& arguments,
                     const EnvironmentChanges& environment, const std::filesystem::path& scratch) {
    std::vector<std::string> envStrings;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string variable(*entry);
        if (environment.find(variable.substr(0, variable.find('='))) == environment.end())
            envStrings.push_back(variable);
    }
    for (const auto& [name, value] : environment)
        if (value) envStrings.push_back(name + "=" + *value);
    std::vector<std::string> argStrings{program};
    argStrings.insert(argStrings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argStrings) argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& variable : envStrings) envp.push_back(variable.data());
    envp.push_back(nullptr);

    Started started{-1, scratch / "stdout.txt", scratch / "stderr.txt"};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, started.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, started.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int spawned = posix_spawn(&started.pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::runtime_error("cannot run " + program + ": " + std::strerror(spawned));
    return started;
}

Ended waitFor(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) throw std::runtime_error("waitpid failed: " + std::string(std::strerror(errno)));
    Ended ended;
    ended.exited = WIFEXITED(status);
    if (ended.exited) ended.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) ended.signal = WTERMSIG(status);
    return ended;
}

int sizeFromEnvironment(const char* name, int fallback) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return fallback;
    return std::atoi(value);
}

std::string fingerprint(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return "(unreadable)";
    std::uint64_t hash = 14695981039346656037ULL;
    std::uint64_t size = 0;
    for (std::istreambuf_iterator<char> it(in), end; it != end; ++it) {
        hash ^= static_cast<unsigned char>(*it);
        hash *= 1099511628211ULL;
        ++size;
    }
    return std::to_string(size) + " bytes, fnv1a " + std::to_string(hash);
}

}  // namespace innotrack::testing
