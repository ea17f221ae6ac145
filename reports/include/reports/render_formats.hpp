// One report's renderer per format, and the choice among them written once for every report:
// PDF is always the HTML page printed (reports/pdf.hpp).
#pragma once

#include "reports/pdf.hpp"
#include "reports/report_format.hpp"

#include <string>

namespace innotrack::reports {

template <typename Report>
struct FormatRenderers {
    std::string (*text)(const Report&);
    std::string (*markdown)(const Report&);
    std::string (*csv)(const Report&);
    std::string (*json)(const Report&);
    std::string (*html)(const Report&);
};

template <typename Report>
std::string renderInFormat(const Report& report, ReportFormat format, const FormatRenderers<Report>& renderers) {
    switch (format) {
        case ReportFormat::Markdown: return renderers.markdown(report);
        case ReportFormat::Csv: return renderers.csv(report);
        case ReportFormat::Json: return renderers.json(report);
        case ReportFormat::Html: return renderers.html(report);
        case ReportFormat::Pdf: return printPdf(renderers.html(report));
        case ReportFormat::Text: break;
    }
    return renderers.text(report);
}

}  // namespace innotrack::reports
