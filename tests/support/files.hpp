// Files in tests: a temporary folder removed with everything in it, and a file's bytes.
#pragma once

#include <filesystem>
#include <string>

namespace innotrack::testing {

// A folder under the system's temporary directory, removed with everything in it.
class TemporaryFolder {
public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

// The whole file, byte for byte ("" when it cannot be read).
std::string readFile(const std::filesystem::path& file);

}  // namespace innotrack::testing
