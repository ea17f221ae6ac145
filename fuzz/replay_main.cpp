// The replay program of the normal (GCC) build: feeds every file of the given folders to the
// fuzz target once, so ctest proves the kept corpus and every crash ever found still pass.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    // Paths are made absolute first: a target may change the working folder (the CLI target works
    // inside a temporary one).
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path folder = std::filesystem::absolute(argv[i]);
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error)) {
            std::fprintf(stderr, "replay: %s is not a folder\n", folder.c_str());
            return 2;
        }
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            const std::string name = entry.path().filename().string();
            // README.md and .gitkeep say what a folder is for; they are not inputs.
            if (!entry.is_regular_file() || name.front() == '.' || name == "README.md") continue;
            files.push_back(entry.path());
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "replay: no inputs found\n");
        return 2;
    }
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::fprintf(stderr, "replay: %s\n", file.filename().c_str());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    std::printf("replay: %zu inputs, every property held\n", files.size());
    return 0;
}
