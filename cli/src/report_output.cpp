// Report output: the format chosen by name or file extension, and --out written atomically.
#include "report_output.hpp"

#include "tracker/calendar.hpp"
#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace innotrack::cli {

namespace fs = std::filesystem;

namespace {


// Where --out really writes. A link is followed, so the file it points at is replaced and the
// link stays. A device or a pipe (/dev/stdout, /dev/null) cannot be replaced by renaming a file
// over it (for root that would swap /dev/null for a plain file): it is written straight through.
struct OutTarget {
    fs::path path;
    bool stream = false;
};

OutTarget targetOf(const fs::path& path) {
    std::error_code error;
    fs::path real = path;
    // Also a link to a file not there yet: the file is made where the link points.
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(real, error)); ++hops) {
        const fs::path target = fs::read_symlink(real, error);
        if (error) break;
        real = target.is_absolute() ? target : real.parent_path() / target;
    }
    const fs::file_status status = fs::status(real, error);
    if (error || !fs::exists(status)) return {real, false};
    if (fs::is_directory(status))
        throw ValidationError("--out", path.string(),
                              "--out: " + quotedValue(path.string()) + " is a folder; give a file name");
    return {real, !fs::is_regular_file(status)};
}

void writeStream(const fs::path& path, const std::string& content) {
    std::ofstream file(path, std::ios::binary);
    if (file) file.write(content.data(), static_cast<std::streamsize>(content.size()));
    file.close();
    if (!file)
        throw StorageError("Could not write the report to '" + path.string() + "' (--out): " + std::strerror(errno));
}

void writeFile(const fs::path& given, const std::string& content) {
    const OutTarget target = targetOf(given);
    if (target.stream) return writeStream(target.path, content);
    const fs::path& path = target.path;
    const fs::path partial = path.string() + ".partial";
    const auto fail = [&](const std::string& reason) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw StorageError("Could not write the report to '" + given.string() + "' (--out): " + reason);
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
    const auto out = context.text("out");
    if (const auto name = context.text("format")) {
        const auto format = reports::parseReportFormat(*name);
        if (!format)
            throw UsageError("--format must be " + reports::reportFormatNames() + ", not " + quotedValue(*name));
        if (*format == reports::ReportFormat::Pdf && !out)
            throw UsageError("--format pdf writes a file: give --out FILE as well, such as --out report.pdf");
        return *format;
    }
    if (out)
        if (const auto format = reports::reportFormatOfFile(*out)) return *format;
    return reports::ReportFormat::Text;
}

std::string reportOutHelp() {
    return "write the report to FILE; its extension (" + reports::reportExtensionNames() +
           ") sets the format unless --format (" + reports::reportFormatNames() + ") is given";
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
    if (fs::equivalent(path, context.location(), error))
        throw ValidationError("--out", *out,
                              "--out: " + quotedValue(*out) + " is the portfolio file itself; choose another file name");
    writeFile(path, rendered);
    context.out() << "Wrote " << what << " to " << path.string() << ".\n";
}

std::optional<fs::path> outFile(const Context& context) {
    const auto out = context.text("out");
    if (!out) return std::nullopt;
    if (out->empty()) throw ValidationError("--out", "", "--out: give a file name to write to");
    const fs::path path(*out);
    std::error_code error;
    if (fs::equivalent(path, context.location(), error))
        throw ValidationError("--out", *out,
                              "--out: " + quotedValue(*out) + " is the portfolio file itself; choose another file name");
    const OutTarget target = targetOf(path);
    if (target.stream)
        throw ValidationError("--out", *out,
                              "--out: " + quotedValue(*out) + " is a device or a pipe, not a file; give a file name");
    return target.path;
}

void declarePeriod(Options& options) {
    options
        .text("from", "DATE",
              "the first day of the period (YYYY-MM-DD); give one of --from, --fy and --quarter, or none for "
              "the financial year to date")
        .text("to", "DATE", "the last day of the period (default today)")
        .text("fy", "YEAR", "a financial year by the year it starts: 2026 is 2026/27 (to date while under way)")
        .text("quarter", "QUARTER", "a financial quarter such as 2026Q3 (October to December 2026)");
}

// --from/--to, --fy or --quarter; by default the financial year to date.
reports::ReportPeriod reportPeriod(const Context& context) {
    const bool custom = context.has("from") || context.has("to");
    if (static_cast<int>(custom) + static_cast<int>(context.has("fy")) + static_cast<int>(context.has("quarter")) > 1)
        throw UsageError("give one period: --from DATE [--to DATE], --fy YEAR or --quarter QUARTER");
    const Date today = context.clock().today();
    if (const auto year = context.text("fy"))
        return reports::financialYearPeriod(parseFinancialYear(*year, "--fy"), today);
    if (const auto quarter = context.text("quarter"))
        return reports::quarterPeriod(parseQuarter(*quarter, "--quarter"), today);
    if (!custom) return reports::financialYearToDate(today);
    const auto from = context.date("from");
    if (!from) throw UsageError("--to needs --from, the first day of the period");
    const auto to = context.date("to");
    if (!to && today < *from)
        throw ValidationError("--from", formatDate(*from),
                              "--from: " + formatDate(*from) + " is after today (" + formatDate(today) +
                                  "); give --to as well for a period that ends later");
    requireOrdered({*from, to.value_or(today)}, "--from", "--to");
    try {
        return reports::customPeriod(*from, to.value_or(today));
    } catch (const ValidationError& invalid) {
        // The report names the period's end "to"; the person typed the option.
        if (invalid.field() != "to") throw;
        throw ValidationError("--to", invalid.value(), std::string("--") + invalid.what());
    }
}

}  // namespace innotrack::cli
