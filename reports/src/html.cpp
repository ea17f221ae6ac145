// The shared HTML page: escaping and the inline style sheet. Written by hand rather than with a
// template library: a report page is one shell and escaped fragments, and a template engine
// (mustache) would add a dependency without removing the need to build the SVG charts in code.
#include "reports/html.hpp"

#include <cctype>
#include <cstdint>

namespace innotrack::reports::html {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one (overlong forms,
// surrogates and code points past U+10FFFF are not valid: XML parsers reject them).
std::size_t sequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t at) { return static_cast<std::uint8_t>(text[at]); };
    const std::uint8_t lead = byte(i);
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2, code = lead & 0x1Fu;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3, code = lead & 0x0Fu;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4, code = lead & 0x07u;
    else
        return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
        code = (code << 6) | (byte(i + k) & 0x3Fu);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    // U+FFFE and U+FFFF are not characters in XML either.
    if (overlong || surrogate || code > 0x10FFFF || code == 0xFFFE || code == 0xFFFF) return 0;
    return length;
}

constexpr const char* kStyle = R"css(
@page { size: A4 portrait; margin: 14mm 15mm 16mm; }
* { box-sizing: border-box; }
html { background: #e4e7eb; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 210mm; min-height: 297mm; background: #fff; color: #1f2933;
  padding: 14mm 15mm; font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 1mm; color: #102a43; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #102a43; color: #102a43;
  break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 1.5mm; color: #102a43; }
p { margin: 0 0 2mm; }
.subtitle { font-size: 11pt; color: #52606d; margin: 0 0 5mm; }
.headline { border: 1pt solid #bcccdc; background: #f0f4f8; border-radius: 2mm; padding: 4mm 5mm; margin: 0 0 4mm; }
.headline .big { font-size: 22pt; font-weight: 700; line-height: 1.15; color: #102a43; margin: 0 0 1mm; }
.grid { display: flex; gap: 4mm; margin: 0 0 4mm; }
.grid > * { flex: 1 1 0; min-width: 0; }
.panel { border: 1pt solid #d9e2ec; border-radius: 2mm; padding: 3mm 4mm; break-inside: avoid; }
.panel.right { border-top: 3pt solid #1f7a3d; }
.panel.wrong { border-top: 3pt solid #b42318; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.figures td { border-bottom: 0.5pt solid #e4e7eb; }
table.figures tr.total td { font-weight: 700; border-top: 1pt solid #9aa5b1; border-bottom: none; }
table.figures tr.sub td:first-child { padding-left: 5mm; color: #3e4c59; }
.split { display: flex; gap: 5mm; align-items: flex-start; margin: 0 0 3mm; }
.split > figure { flex: 0 0 auto; margin: 0; }
.split > .panel { flex: 1 1 auto; }
table.data { font-size: 9.5pt; }
table.data th { background: #f0f4f8; border-bottom: 1pt solid #9aa5b1; }
table.data td { border-bottom: 0.5pt solid #e4e7eb; }
table.data tr { break-inside: avoid; }
.warning { border-left: 3pt solid #b54708; background: #fffaeb; padding: 2mm 3mm; margin: 0 0 2mm; }
.ok { border-left: 3pt solid #1f7a3d; background: #effaf3; padding: 2mm 3mm; margin: 0 0 2mm; }
.muted { color: #52606d; }
.small { font-size: 9pt; }
figure { margin: 0 0 3mm; break-inside: avoid; }
figcaption { font-size: 9pt; color: #52606d; margin-top: 1mm; }
svg { display: block; max-width: 100%; height: auto; }
dl.definitions { font-size: 9pt; margin: 0; }
dl.definitions dt { font-weight: 600; }
dl.definitions dd { margin: 0 0 1.5mm; }
footer { margin-top: 6mm; padding-top: 2mm; border-top: 0.5pt solid #d9e2ec; font-size: 8.5pt; color: #52606d; }
@media print {
  html { background: none; }
  body { max-width: none; min-height: 0; padding: 0; font-size: 10pt; }
  h2 { margin-top: 5mm; }
  .headline, .panel, figure, .split { break-inside: avoid; }
}
)css";

// Text as a CSS string's content: anything but letters, digits, spaces and plain punctuation
// becomes a CSS escape, so neither a quote nor "<" or "&" in a title can break the style sheet
// or the page's XML. Valid UTF-8 beyond ASCII passes as it is; invalid bytes become U+FFFD.
std::string cssString(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequenceLength(text, i);
        const auto byte = static_cast<unsigned char>(text[i]);
        if (length != 1) {
            out += length == 0 ? std::string_view(kReplacement) : text.substr(i, length);
            i += length == 0 ? 1 : length;
            continue;
        }
        ++i;
        if (std::isalnum(byte) || std::string_view(" ,.:;()/-").find(static_cast<char>(byte)) != std::string_view::npos) {
            out += static_cast<char>(byte);
            continue;
        }
        out += '\\';
        if (byte >= 0x10) out += kHex[byte >> 4];
        out += kHex[byte & 0x0F];
        out += ' ';
    }
    return out;
}

// The foot of every printed page: the report and its day on the left, the page on the right.
std::string pageMargins(const Page& page) {
    std::string left = page.title;
    if (!page.date.empty()) left += " \xC2\xB7 " + page.date;
    return "@page { @bottom-left { content: \"" + cssString(left) +
           "\"; font: 8pt sans-serif; color: #52606d; }\n"
           "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: 8pt sans-serif; "
           "color: #52606d; } }\n";
}

}  // namespace

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (length > 1) {
            out.append(text.substr(i, length));
            i += length;
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\t':
            case '\n': out += c; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                    out += kReplacement;
                else
                    out += c;
        }
        ++i;
    }
    return out;
}

std::string page(const Page& page) {
    std::string out =
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n";
    out += "<head>\n<meta charset=\"utf-8\"/>\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    out += "<title>" + escape(page.title) + "</title>\n";
    out += "<style>" + std::string(kStyle) + pageMargins(page) + "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>" + escape(page.title) + "</h1>\n";
    if (!page.subtitle.empty()) out += "<p class=\"subtitle\">" + escape(page.subtitle) + "</p>\n";
    out += "</header>\n<main>\n" + page.body + "</main>\n";
    if (!page.footer.empty()) out += "<footer>" + escape(page.footer) + "</footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

std::string dataTable(const Table& table) {
    std::string out = "<table class=\"data\">\n<thead><tr>";
    for (const Column& column : table.columns())
        if (column.inText)
            out += std::string(column.align == Align::Right ? "<th class=\"num\">" : "<th>") + escape(column.label) +
                   "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows()) {
        out += "<tr>";
        for (std::size_t c = 0; c < row.size(); ++c) {
            const Column& column = table.columns()[c];
            if (!column.inText) continue;
            // Dates, numbers and labels stay on one line; only what people typed wraps.
            const char* open = column.align == Align::Right ? "<td class=\"num\">"
                               : row[c].isFreeText()        ? "<td>"
                                                            : "<td style=\"white-space:nowrap\">";
            out += open + escape(row[c].display()) + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace innotrack::reports::html
