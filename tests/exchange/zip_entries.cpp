// A zip reader for the tests: the central directory for names and sizes, each local header for
// where the data starts, zlib's raw inflate for deflated entries.
#include "zip_entries.hpp"

#include <zlib.h>

#include <cstdint>
#include <stdexcept>

namespace innotrack::testing {

namespace {

std::uint32_t little(const std::string& bytes, std::size_t at, std::size_t size) {
    if (at + size > bytes.size()) throw std::runtime_error("zip: truncated at byte " + std::to_string(at));
    std::uint32_t value = 0;
    for (std::size_t i = size; i-- > 0;)
        value = (value << 8U) | static_cast<std::uint8_t>(bytes[at + i]);
    return value;
}

std::string inflated(const std::string& compressed, std::size_t size) {
    std::string out(size, '\0');
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) throw std::runtime_error("zip: inflateInit2 failed");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    if (result != Z_STREAM_END) throw std::runtime_error("zip: inflate failed (" + std::to_string(result) + ")");
    return out;
}

}  // namespace

std::map<std::string, std::string> zipEntries(const std::string& archive) {
    constexpr std::uint32_t kEnd = 0x06054b50;
    constexpr std::uint32_t kCentral = 0x02014b50;
    constexpr std::uint32_t kLocal = 0x04034b50;
    if (archive.size() < 22) throw std::runtime_error("zip: too short");
    std::size_t end = archive.size() - 22;
    while (little(archive, end, 4) != kEnd) {
        if (end == 0) throw std::runtime_error("zip: no end of central directory");
        --end;
    }
    const std::uint32_t entries = little(archive, end + 10, 2);
    std::size_t at = little(archive, end + 16, 4);

    std::map<std::string, std::string> files;
    for (std::uint32_t i = 0; i < entries; ++i) {
        if (little(archive, at, 4) != kCentral) throw std::runtime_error("zip: bad central directory entry");
        const std::uint32_t method = little(archive, at + 10, 2);
        const std::uint32_t compressedSize = little(archive, at + 20, 4);
        const std::uint32_t size = little(archive, at + 24, 4);
        const std::uint32_t nameLength = little(archive, at + 28, 2);
        const std::uint32_t extraLength = little(archive, at + 30, 2);
        const std::uint32_t commentLength = little(archive, at + 32, 2);
        const std::uint32_t local = little(archive, at + 42, 4);
        const std::string name = archive.substr(at + 46, nameLength);
        at += 46 + nameLength + extraLength + commentLength;

        if (little(archive, local, 4) != kLocal) throw std::runtime_error("zip: bad local header for " + name);
        const std::size_t data = local + 30 + little(archive, local + 26, 2) + little(archive, local + 28, 2);
        const std::string stored = archive.substr(data, compressedSize);
        if (method == 0)
            files[name] = stored;
        else if (method == 8)
            files[name] = inflated(stored, size);
        else
            throw std::runtime_error("zip: " + name + " uses compression method " + std::to_string(method));
    }
    return files;
}

}  // namespace innotrack::testing
