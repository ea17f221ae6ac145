// What a fuzz target uses to state a property: a broken one aborts with a line saying which, so
// libFuzzer (and the replay test) report it together with the input that broke it.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace innotrack::fuzz {

[[noreturn]] inline void broken(const std::string& property) {
    std::fprintf(stderr, "fuzz property broken: %s\n", property.c_str());
    std::abort();
}

inline void require(bool holds, const char* property) {
    if (!holds) broken(property);
}

inline std::string_view asText(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace innotrack::fuzz
