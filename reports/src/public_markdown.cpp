// The public summary as Markdown.
#include "reports/markdown.hpp"
#include "reports/public_summary.hpp"

#include <sstream>

namespace innotrack::reports {

std::string renderPublicMarkdown(const PublicSummary& summary) {
    using markdown::escape;
    std::ostringstream out;
    out << "# " << escape(publicTitle(summary)) << "\n\n" << escape(publicIntroduction(summary)) << "\n";
    if (summary.innovations.empty()) out << "\n" << kNothingPublic << "\n";
    for (const PublicInnovation& innovation : summary.innovations) {
        out << "\n## " << escape(innovation.title) << "\n\n";
        out << "**Where it is:** " << escape(stageInPlainEnglish(innovation.stage)) << ".\n\n";
        std::istringstream lines(innovation.description);
        for (std::string line; std::getline(lines, line);)
            if (!line.empty()) out << escape(line) << "\n\n";
        out << "**What it has achieved:**\n\n";
        if (innovation.benefitsRealised.empty()) out << kNoBenefitsYet << "\n";
        for (const PublicBenefit& benefit : innovation.benefitsRealised)
            out << "- " << escape(benefitInPlainEnglish(benefit)) << "\n";
    }
    return out.str();
}

}  // namespace innotrack::reports
