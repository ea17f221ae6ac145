// report public: the residents' version of the board (DOMAIN.md "public summary"): only the
// innovations their cabinet lead or the leader marked public, in words written for residents.
#include "report_public.hpp"

#include "report_output.hpp"

#include "reports/pdf.hpp"
#include "reports/public_summary.hpp"
#include "tracker/errors.hpp"

namespace innotrack::cli::commands {
namespace {

class ReportPublic final : public Command {
public:
    ReportPublic()
        : Command({"report", "public"},
                  "Show the residents' public summary of the innovations marked public",
                  "[--on DATE] [--format FORMAT] [--out FILE]", Access::Reads) {
        declare()
            .text("on", "DATE", "the day it is as of (YYYY-MM-DD; default today)")
            .text("out", "FILE",
                  "write it to FILE; its extension (.html, .md, .txt, .pdf) sets the format unless --format (text, "
                  "md, html or pdf) is given");
    }

    void execute(Context& context) const override {
        const reports::ReportFormat format = reportFormat(context);
        const Date on = context.asOf("the public summary");
        const reports::PublicSummary summary = reports::buildPublicSummary(context.portfolio().store(), on);
        std::string rendered;
        switch (format) {
            case reports::ReportFormat::Markdown: rendered = reports::renderPublicMarkdown(summary); break;
            case reports::ReportFormat::Html: rendered = reports::renderPublicHtml(summary); break;
            case reports::ReportFormat::Text: rendered = reports::renderPublicText(summary); break;
            case reports::ReportFormat::Pdf: rendered = reports::printPdf(reports::renderPublicHtml(summary)); break;
            case reports::ReportFormat::Csv:
            case reports::ReportFormat::Json:
                throw ValidationError("--format", std::string(reports::nameOf(format)),
                                      "--format: the public summary is a page for residents: text, md, html or pdf");
        }
        deliverReport(context, rendered, "the public summary as of " + formatDate(on));
    }
};

}  // namespace

std::unique_ptr<Command> reportPublic() { return std::make_unique<ReportPublic>(); }

}  // namespace innotrack::cli::commands
