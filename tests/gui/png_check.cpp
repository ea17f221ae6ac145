// Checks a screenshot: `gui_png_check FILE WIDTH HEIGHT MIN_COLOURS` fails unless FILE is a PNG of
// that size with at least that many distinct colours (a blank or single-colour window fails).
#include "gui/png.hpp"

#include <exception>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: gui_png_check FILE WIDTH HEIGHT MIN_COLOURS\n";
        return 2;
    }
    try {
        const innotrack::gui::Pixels image = innotrack::gui::readPng(argv[1]);
        const int width = std::stoi(argv[2]);
        const int height = std::stoi(argv[3]);
        const auto minimum = static_cast<std::size_t>(std::stoul(argv[4]));
        const std::size_t colours = image.distinctColours();
        std::cout << argv[1] << ": " << image.width << "x" << image.height << ", " << colours << " colours\n";
        if (image.width != width || image.height != height) {
            std::cerr << "expected " << width << "x" << height << '\n';
            return 1;
        }
        if (colours < minimum) {
            std::cerr << "expected at least " << minimum << " distinct colours: the screenshot looks blank\n";
            return 1;
        }
        return 0;
    } catch (const std::exception& error) {
        std::cerr << error.what() << '\n';
        return 1;
    }
}
