// Files that are not what they seem: each is refused with one sentence on stderr and exit 3,
// and is left byte-for-byte as it was.
#include "cli_fixture.hpp"
#include "harness.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <pwd.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace innotrack::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kReadCommand{"board"};
const std::vector<std::string> kWriteCommand{"--as", "1", "person", "add", "--name", "Nia New", "--role", "viewer"};

void writeText(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// A real portfolio made by the CLI, closed cleanly (no -wal left), with some records in it.
void makePortfolio(const CliFixture& fixture, const fs::path& file) {
    requireOk(fixture.run({"--db", file.string(), "demo"}, false));
    REQUIRE_FALSE(fs::exists(file.string() + "-wal"));
}

RunResult runOn(const CliFixture& fixture, const fs::path& file, const std::vector<std::string>& command,
                const std::vector<std::string>& wrapper = {}) {
    std::vector<std::string> arguments = wrapper;
    arguments.insert(arguments.end(), {INNOTRACK_BIN, "--db", file.string()});
    arguments.insert(arguments.end(), command.begin(), command.end());
    const std::string program = arguments.front();
    arguments.erase(arguments.begin());
    return runProgram(program, arguments, fixture.environment, fixture.dir());
}

// One line, the program's own words, exit 3, nothing on stdout, and the file untouched.
RunResult requireRefusedUntouched(const CliFixture& fixture, const fs::path& file,
                                  const std::vector<std::string>& command, const std::vector<std::string>& wrapper = {}) {
    const std::string before = fingerprint(file);
    const RunResult result = runOn(fixture, file, command, wrapper);
    INFO("command: " << command.front() << " ...; stderr: " << result.err << "; stdout: " << result.out);
    requirePlainRefusal(result, 3);
    CHECK(result.out.empty());
    REQUIRE_FALSE(result.err.empty());
    CHECK(result.err.rfind("innotrack", 0) == 0);
    CHECK(result.err.find('\n') == result.err.size() - 1);
    CHECK(fingerprint(file) == before);
    std::cout << "bad file " << file.filename().string() << " (" << command.back() << "): " << result.err;
    return result;
}

void requireBothRefused(const CliFixture& fixture, const fs::path& file) {
    requireRefusedUntouched(fixture, file, kReadCommand);
    requireRefusedUntouched(fixture, file, kWriteCommand);
}

// Unmounts the small file system at the end of the test, whatever happens.
class SmallFileSystem {
public:
    SmallFileSystem(fs::path at, const char* size) : at_(std::move(at)) {
        fs::create_directory(at_);
        const std::string options = std::string("size=") + size;
        mounted_ = ::mount("tmpfs", at_.c_str(), "tmpfs", 0, options.c_str()) == 0;
        if (!mounted_) reason_ = std::strerror(errno);
    }
    ~SmallFileSystem() {
        if (mounted_) ::umount2(at_.c_str(), MNT_DETACH);
    }
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;
    bool mounted() const { return mounted_; }
    const std::string& reason() const { return reason_; }

private:
    fs::path at_;
    bool mounted_ = false;
    std::string reason_;
};

// Writes until the file system refuses another byte.
void fillUp(const fs::path& filler) {
    std::FILE* out = std::fopen(filler.c_str(), "wb");
    REQUIRE(out != nullptr);
    const std::string block(4096, 'x');
    std::setvbuf(out, nullptr, _IONBF, 0);
    while (std::fwrite(block.data(), 1, block.size(), out) == block.size()) {
    }
    while (std::fwrite("x", 1, 1, out) == 1) {
    }
    std::fclose(out);
}

std::string accountName(uid_t uid) {
    const passwd* entry = ::getpwuid(uid);
    return entry != nullptr ? entry->pw_name : "uid " + std::to_string(uid);
}

// The permissions of a portfolio the running account may read but not write: the file itself
// (`fileReadOnly`) or the folder that holds it, made 0555 for the test and writable again after.
// root writes through any permission bits, so as root the program runs as "nobody" instead, to
// whom the folder (and, when the file is the read-only one, the file) is handed.
class Unprivileged {
public:
    static constexpr uid_t kNobody = 65534;

    Unprivileged(fs::path folder, const fs::path& file, bool fileReadOnly) : folder_(std::move(folder)) {
        const bool root = ::geteuid() == 0;
        if (root) {
            REQUIRE(fs::exists("/usr/bin/setpriv"));
            REQUIRE(::chown(file.c_str(), kNobody, kNobody) == 0);
            if (fileReadOnly) REQUIRE(::chown(folder_.c_str(), kNobody, kNobody) == 0);
            wrapper_ = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
        }
        account_ = accountName(root ? kNobody : ::geteuid());
        const auto readAndEnter = fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                  fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec;
        fs::permissions(folder_, fileReadOnly ? readAndEnter | fs::perms::owner_write : readAndEnter);
    }
    ~Unprivileged() { fs::permissions(folder_, fs::perms::owner_all); }
    Unprivileged(const Unprivileged&) = delete;
    Unprivileged& operator=(const Unprivileged&) = delete;

    const std::vector<std::string>& wrapper() const { return wrapper_; }
    const std::string& account() const { return account_; }

private:
    fs::path folder_;
    std::vector<std::string> wrapper_;
    std::string account_;
};

}  // namespace

TEST_CASE("files that are not portfolios are refused in one sentence and left as they were", "[reliability][files]") {
    CliFixture fixture;
    const fs::path dir = fixture.dir();

    SECTION("an empty file") {
        writeText(dir / "empty.db", "");
        requireBothRefused(fixture, dir / "empty.db");
    }
    SECTION("a text file") {
        writeText(dir / "notes.txt", "Cabinet meeting notes\nItem 1: virtual wards\n");
        requireBothRefused(fixture, dir / "notes.txt");
    }
    SECTION("a database cut short at a page boundary and in the middle of a page") {
        makePortfolio(fixture, dir / "whole.db");
        const auto size = fs::file_size(dir / "whole.db");
        REQUIRE(size >= 8 * 4096);
        fs::copy_file(dir / "whole.db", dir / "cut-at-page.db");
        fs::resize_file(dir / "cut-at-page.db", (size / 2) / 4096 * 4096);
        requireBothRefused(fixture, dir / "cut-at-page.db");
        fs::copy_file(dir / "whole.db", dir / "cut-mid-page.db");
        fs::resize_file(dir / "cut-mid-page.db", size / 2 + 1000);
        requireBothRefused(fixture, dir / "cut-mid-page.db");
    }
    SECTION("a portfolio from a newer innotrack") {
        makePortfolio(fixture, dir / "newer.db");
        {
            SQLite::Database db((dir / "newer.db").string(), SQLite::OPEN_READWRITE);
            db.exec("PRAGMA user_version = 999");
        }
        requireBothRefused(fixture, dir / "newer.db");
    }
    SECTION("another application's SQLite file, with and without its own application id") {
        {
            // Named .db, not .sqlite: a refusal must never say "sqlite", and the name is repeated in it.
            SQLite::Database db((dir / "notes-app.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hi')");
            SQLite::Database owned((dir / "photos-app.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            owned.exec("PRAGMA application_id = 1234567; CREATE TABLE photos (id INTEGER PRIMARY KEY)");
        }
        requireBothRefused(fixture, dir / "notes-app.db");
        requireBothRefused(fixture, dir / "photos-app.db");
    }
    SECTION("a portfolio file that is read-only for this account: it reads, and a change says so") {
        makePortfolio(fixture, dir / "readonly.db");
        fs::permissions(dir / "readonly.db", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
        const Unprivileged as(dir, dir / "readonly.db", true);
        const RunResult read = runOn(fixture, dir / "readonly.db", kReadCommand, as.wrapper());
        INFO("read: " << read.err);
        CHECK(read.exitCode == 0);
        const RunResult refused = requireRefusedUntouched(fixture, dir / "readonly.db", kWriteCommand, as.wrapper());
        CHECK(refused.err == "innotrack: The portfolio file '" + (dir / "readonly.db").string() +
                                 "' is read-only for you (account '" + as.account() +
                                 "'): ask whoever looks after it for write access, or work on a copy\n");
    }
    SECTION("a portfolio in a folder that is read-only for this account: reading and changing say so") {
        makePortfolio(fixture, dir / "inside.db");
        const Unprivileged as(dir, dir / "inside.db", false);
        for (const auto& command : {kReadCommand, kWriteCommand}) {
            const RunResult refused = requireRefusedUntouched(fixture, dir / "inside.db", command, as.wrapper());
            CHECK(refused.err.rfind("innotrack: The folder '" + dir.string() + "' that holds the portfolio file '" +
                                        (dir / "inside.db").string() + "' is read-only for you (account '" +
                                        as.account() + "')",
                                    0) == 0);
            CHECK(refused.err.find("work on a copy") != std::string::npos);
        }
    }
    SECTION("a folder") {
        fs::create_directory(dir / "folder.db");
        const RunResult read = runOn(fixture, dir / "folder.db", kReadCommand);
        const RunResult write = runOn(fixture, dir / "folder.db", kWriteCommand);
        for (const auto& result : {read, write}) {
            INFO("stderr: " << result.err);
            CHECK(result.exitCode == 3);
            CHECK(result.err.find('\n') == result.err.size() - 1);
        }
        CHECK(fs::is_empty(dir / "folder.db"));
        std::cout << "bad file folder.db: " << write.err;
    }
    SECTION("a path in a folder that does not exist") {
        // A missing portfolio is a file problem (exit 3, docs/COMMANDS.md) and the message points at
        // `innotrack init`, which is documented to create the folder; only init creates it.
        const fs::path nowhere = dir / "no such folder" / "portfolio.db";
        for (const auto& command : {kReadCommand, kWriteCommand}) {
            const RunResult result = runOn(fixture, nowhere, command);
            INFO("stderr: " << result.err);
            requirePlainRefusal(result, 3);
            CHECK(result.out.empty());
            CHECK(result.err.find("innotrack init") != std::string::npos);
            CHECK(result.err.find('\n') == result.err.size() - 1);
            CHECK_FALSE(fs::exists(nowhere.parent_path()));
            std::cout << "bad file in a missing folder (" << command.back() << "): " << result.err;
        }
    }
}

TEST_CASE("a change on a full disk is refused in one sentence and the portfolio is left as it was",
          "[reliability][files][full-disk]") {
    CliFixture fixture;
    const fs::path small = fixture.dir() / "small";
    SmallFileSystem fileSystem(small, "1m");
    if (!fileSystem.mounted()) {
        WARN("SKIPPED: cannot mount a small tmpfs at " << small << " (" << fileSystem.reason()
                                                       << "); run as root to test a full disk");
        return;
    }
    makePortfolio(fixture, fixture.dir() / "portfolio.db");
    fs::copy_file(fixture.dir() / "portfolio.db", small / "portfolio.db");
    fillUp(small / "filler");

    SECTION("no room even to open it") {
        const RunResult refused = requireRefusedUntouched(fixture, small / "portfolio.db", kWriteCommand);
        CHECK(refused.err.find("the disk is full") != std::string::npos);
    }
    SECTION("room to open it but not to write the change") {
        // 40 KiB: the 32 KiB shared-memory index fits, the change's pages in the write-ahead log do not.
        fs::resize_file(small / "filler", fs::file_size(small / "filler") - 40 * 1024);
        const RunResult refused = requireRefusedUntouched(fixture, small / "portfolio.db", kWriteCommand);
        CHECK(refused.err.find("the disk is full") != std::string::npos);
    }

    // With room again the same change goes through and the file is sound, so the refusal was the
    // disk, and the failed attempt left nothing behind that gets in the way.
    fs::remove(small / "filler");
    const RunResult again = runOn(fixture, small / "portfolio.db", kWriteCommand);
    INFO("stderr: " << again.err);
    CHECK(again.exitCode == 0);
    const RunResult check = runOn(fixture, small / "portfolio.db", {"check"});
    INFO("check: " << check.out << check.err);
    CHECK(check.exitCode == 0);
}

}  // namespace innotrack::testing
