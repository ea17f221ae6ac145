// The public summary as one self-contained HTML page for A4.
#include "reports/html.hpp"
#include "reports/public_summary.hpp"
#include "reports/report_period.hpp"

#include <sstream>

namespace innotrack::reports {

std::string renderPublicHtml(const PublicSummary& summary) {
    using html::escape;
    std::ostringstream body;
    if (summary.innovations.empty()) body << "<p>" << kNothingPublic << "</p>\n";
    for (const PublicInnovation& innovation : summary.innovations) {
        body << "<section>\n<h2>" << escape(innovation.title) << "</h2>\n";
        body << "<p><strong>Where it is:</strong> " << escape(stageInPlainEnglish(innovation.stage)) << ".</p>\n";
        std::istringstream lines(innovation.description);
        for (std::string line; std::getline(lines, line);)
            if (!line.empty()) body << "<p>" << escape(line) << "</p>\n";
        body << "<p><strong>What it has achieved:</strong></p>\n";
        if (innovation.benefitsRealised.empty()) {
            body << "<p>" << kNoBenefitsYet << "</p>\n";
        } else {
            body << "<ul>\n";
            for (const PublicBenefit& benefit : innovation.benefitsRealised)
                body << "<li>" << escape(benefitInPlainEnglish(benefit)) << "</li>\n";
            body << "</ul>\n";
        }
        body << "</section>\n";
    }
    return html::page({publicTitle(summary), publicIntroduction(summary), body.str(), "", dayWords(summary.on)});
}

}  // namespace innotrack::reports
