// posix_spawn with redirection to files: no shell, so no quoting of user data to get wrong.
#include "process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace innotrack::testing {

Started startProgram(const std::string& program, const std::vector<std::string>& arguments,
                     const EnvironmentChanges& environment, const std::filesystem::path& scratch) {
    std::vector<std::string> envStrings;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string variable(*entry);
        const std::string name = variable.substr(0, variable.find('='));
        if (environment.find(name) == environment.end()) envStrings.push_back(variable);
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

RunResult runProgram(const std::string& program, const std::vector<std::string>& arguments,
                     const EnvironmentChanges& environment, const std::filesystem::path& scratch) {
    const Started started = startProgram(program, arguments, environment, scratch);
    const Ended ended = waitFor(started.pid);
    RunResult result;
    result.exitCode = ended.exited ? ended.exitCode : 128 + ended.signal;
    result.out = readFile(started.out);
    result.err = readFile(started.err);
    return result;
}

}  // namespace innotrack::testing
