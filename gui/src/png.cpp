// PNG files through stb; see png.hpp.
#include "gui/png.hpp"

#include "tracker/errors.hpp"

#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdint>
#include <memory>
#include <unordered_set>

namespace innotrack::gui {

std::size_t Pixels::distinctColours(std::size_t limit) const {
    std::unordered_set<std::uint32_t> colours;
    for (std::size_t i = 0; i + 3 < rgba.size() && colours.size() < limit; i += 4)
        colours.insert(static_cast<std::uint32_t>(rgba[i]) << 16 | static_cast<std::uint32_t>(rgba[i + 1]) << 8 |
                       static_cast<std::uint32_t>(rgba[i + 2]));
    return colours.size();
}

void writePng(const std::string& path, const Pixels& pixels) {
    if (pixels.width <= 0 || pixels.height <= 0 ||
        pixels.rgba.size() != static_cast<std::size_t>(pixels.width) * static_cast<std::size_t>(pixels.height) * 4)
        throw StorageError("The screenshot for " + path + " is empty; nothing was drawn.");
    if (stbi_write_png(path.c_str(), pixels.width, pixels.height, 4, pixels.rgba.data(), pixels.width * 4) == 0)
        throw StorageError("Could not write the screenshot " + path + "; check the folder exists and can be written.");
}

Pixels readPng(const std::string& path) {
    Pixels pixels;
    int channels = 0;
    const std::unique_ptr<unsigned char, void (*)(void*)> data(
        stbi_load(path.c_str(), &pixels.width, &pixels.height, &channels, 4), stbi_image_free);
    if (!data) throw StorageError("Could not read " + path + " as an image: " + std::string(stbi_failure_reason()));
    pixels.rgba.assign(data.get(), data.get() + static_cast<std::size_t>(pixels.width) * static_cast<std::size_t>(pixels.height) * 4);
    return pixels;
}

}  // namespace innotrack::gui
