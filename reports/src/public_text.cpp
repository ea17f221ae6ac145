// The public summary as plain text within kPublicTextWidth columns.
#include "reports/public_summary.hpp"

#include <sstream>

namespace innotrack::reports {
namespace {

// Words filled onto lines of at most kPublicTextWidth, the first after `first`, the rest after `indent`.
void paragraph(std::ostream& out, const std::string& text, const std::string& first, const std::string& indent) {
    std::istringstream words(text);
    std::string line = first;
    bool empty = true;
    for (std::string word; words >> word;) {
        if (!empty && line.size() + 1 + word.size() > kPublicTextWidth) {
            out << line << "\n";
            line = indent;
            empty = true;
        }
        line += (empty ? "" : " ") + word;
        empty = false;
    }
    out << line << "\n";
}

}  // namespace

std::string renderPublicText(const PublicSummary& summary) {
    std::ostringstream out;
    const std::string title = publicTitle(summary);
    out << title << "\n" << std::string(title.size(), '=') << "\n\n";
    paragraph(out, publicIntroduction(summary), "", "");
    if (summary.innovations.empty()) out << "\n" << kNothingPublic << "\n";
    for (const PublicInnovation& innovation : summary.innovations) {
        out << "\n" << innovation.title << "\n" << std::string(innovation.title.size(), '-') << "\n";
        paragraph(out, "Where it is: " + stageInPlainEnglish(innovation.stage) + ".", "", "");
        std::istringstream lines(innovation.description);
        for (std::string line; std::getline(lines, line);) paragraph(out, line, "", "");
        out << "\nWhat it has achieved:\n";
        if (innovation.benefitsRealised.empty()) paragraph(out, kNoBenefitsYet, "  ", "  ");
        for (const PublicBenefit& benefit : innovation.benefitsRealised)
            paragraph(out, benefitInPlainEnglish(benefit), "- ", "  ");
    }
    return out.str();
}

}  // namespace innotrack::reports
