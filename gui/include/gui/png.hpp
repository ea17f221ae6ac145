// PNG files for screenshots (stb_image_write) and for the tests that check them (stb_image).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace innotrack::gui {

// An RGBA image, top row first.
struct Pixels {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;

    // How many different colours it has, counting at most `limit` (a blank image has one).
    std::size_t distinctColours(std::size_t limit = 1000) const;
};

// Throws StorageError naming the file when it cannot be written.
void writePng(const std::string& path, const Pixels& pixels);
// Throws StorageError naming the file when it cannot be read as an image.
Pixels readPng(const std::string& path);

}  // namespace innotrack::gui
