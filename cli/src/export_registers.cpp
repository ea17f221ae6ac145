// export innovations|milestones|...|ideas|decisions [--format csv|json] [--out FILE] (registers.hpp):
// one register with the columns `import` reads, as CSV that Excel opens correctly, or as JSON.
#include "exchange_commands.hpp"
#include "report_output.hpp"

#include "cli/context.hpp"
#include "exchange/register_csv.hpp"
#include "exchange/register_json.hpp"
#include "exchange/register_rows.hpp"

namespace innotrack::cli::commands {
namespace {

enum class RegisterFormat { Csv, Json };

// --format when given, else the extension of --out, else CSV.
RegisterFormat registerFormat(const Context& context) {
    if (const auto name = context.text("format")) {
        if (*name == "csv") return RegisterFormat::Csv;
        if (*name == "json") return RegisterFormat::Json;
        throw UsageError("--format must be csv or json for one register, not '" + name->substr(0, 40) +
                         "' (the whole portfolio: innotrack export --format xlsx|ics|json)");
    }
    if (const auto out = context.text("out"); out && std::filesystem::path(*out).extension() == ".json")
        return RegisterFormat::Json;
    return RegisterFormat::Csv;
}

std::string rowsWords(std::size_t rows) { return std::to_string(rows) + (rows == 1 ? " row" : " rows"); }

class ExportRegister final : public Command {
public:
    explicit ExportRegister(exchange::Register reg)
        : Command({"export", std::string(exchange::nameOf(reg))},
                  "Write the " + std::string(exchange::nameOf(reg)) + " register as CSV for Excel, or as JSON",
                  "[--format csv|json] [--out FILE]", Access::Reads),
          reg_(reg) {
        declare().text("out", "FILE",
                       "write to FILE instead of the screen; it is replaced only once complete. A name ending .json "
                       "means --format json (default csv: UTF-8 with a byte-order mark, as Excel needs, and the "
                       "columns import reads)");
    }

    void execute(Context& context) const override {
        const RegisterFormat format = registerFormat(context);
        const exchange::RegisterRows rows = exchange::readRegister(context.portfolio().store(), reg_);
        const std::string rendered =
            format == RegisterFormat::Json ? exchange::renderRegisterJson(rows) : exchange::renderRegisterCsv(rows);
        deliverReport(context, rendered,
                      "the " + std::string(exchange::nameOf(reg_)) + " register (" + rowsWords(rows.rows.size()) + ")");
    }

private:
    exchange::Register reg_;
};

}  // namespace

Made exportRegister(exchange::Register reg) { return std::make_unique<ExportRegister>(reg); }

}  // namespace innotrack::cli::commands
