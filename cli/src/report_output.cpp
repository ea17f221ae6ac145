// Report output: the format chosen by name or file extension, and --out written atomically.
#include "report_output.hpp"

#include "tracker/errors.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace innotrack::cli {

namespace fs = std::filesystem;

namespace {

std::string shown(const std::string& text) { return text.size() > 40 ? text.substr(0, 40) + "..." : text; }

void writeFile(const fs::path& path, const std::string& content) {
    const fs::path partial = path.string() + ".partial";
    const auto fail = [&](const std::string& reason) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw StorageError("Could not write the report to '" + path.string() + "' (--out): " + reason);
    };
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        if (!file) fail(std::strerror(errno));
        file.write(content.data(), static_cast<std::streamsize>(content.size()));
        file.close();
        if (!file) fail("the disk may be full");
    }
    std::error_code error;
    fs::rename(partial, path, error);
    if (error) fail(error.message());
}

}  // namespace

reports::ReportFormat reportFormat(const Context& context) {
    if (const auto name = context.text("format")) {
        const auto format = reports::parseReportFormat(*name);
        if (!format)
            throw UsageError("--format must be " + reports::reportFormatNames() + ", not '" + shown(*name) + "'");
        return *format;
    }
    if (const auto out = context.text("out"))
        if (const auto format = reports::reportFormatOfFile(*out)) return *format;
    return reports::ReportFormat::Text;
}

void deliverReport(Context& context, const std::string& rendered, const std::string& what) {
    const auto out = context.text("out");
    if (!out) {
        context.out() << rendered;
        return;
    }
    if (out->empty()) throw ValidationError("--out", "", "--out: give a file name to write the report to");
    const fs::path path(*out);
    std::error_code error;
    if (fs::equivalent(path, context.databasePath(), error))
        throw ValidationError("--out", *out,
                              "--out: '" + shown(*out) + "' is the portfolio file itself; choose another file name");
    writeFile(path, rendered);
    context.out() << "Wrote " << what << " to " << path.string() << ".\n";
}

}  // namespace innotrack::cli
