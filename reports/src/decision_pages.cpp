// A record's fields in Markdown, HTML and text for the decision reports (decision_pages.hpp).
#include "decision_pages.hpp"

#include "reports/html.hpp"
#include "reports/markdown.hpp"

namespace innotrack::reports::decision_pages {
namespace {

// Fields people read that have a value: ids only scripts need are hidden, empty text is left out.
Record shown(const Record& record) {
    Record out;
    for (const Field& f : record.fields())
        if (f.inText && !f.value.isNull() && !f.value.display().empty()) out.field(f.key, f.label, f.value);
    return out;
}

}  // namespace

std::string markdownFields(const Record& record) {
    std::string out;
    const Record fields = shown(record);  // kept: a range over a temporary's member would dangle
    for (const Field& f : fields.fields())
        out += "- **" + markdown::escape(f.label) + ":** " + markdown::escape(f.value.display()) + "\n";
    return out;
}

std::string htmlFields(const Record& record) {
    std::string out = "<table>\n";
    const Record fields = shown(record);
    for (const Field& f : fields.fields())
        out += "<tr><th scope=\"row\">" + html::escape(f.label) + "</th><td>" + html::escape(f.value.display()) +
               "</td></tr>\n";
    return out + "</table>\n";
}

std::string textFields(const Record& record) { return renderText(shown(record), kTextWidth); }

std::string paragraph(const std::string& text) {
    std::string out, line;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t space = text.find(' ', start);
        const std::string word = text.substr(start, space == std::string::npos ? std::string::npos : space - start);
        start = space == std::string::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        if (!line.empty() && line.size() + 1 + word.size() > kTextWidth) {
            out += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return out + line + "\n";
}

}  // namespace innotrack::reports::decision_pages
