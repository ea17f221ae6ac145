// The Excel workbook opened as what it is, a zip of XML parts: a sheet per register plus the tally
// and the board, headers frozen and filtered, dates and money as numbers with their formats, and
// a failed write leaving nothing behind.
#include "export_fixture.hpp"
#include "zip_entries.hpp"

#include "exchange/register_rows.hpp"
#include "exchange/workbook.hpp"
#include "reports/report_period.hpp"
#include "reports/tally_report.hpp"
#include "tracker/engagement.hpp"
#include "tracker/errors.hpp"
#include "tracker/idea.hpp"
#include "tracker/wellbeing.hpp"

#include <catch2/catch.hpp>
#include <expat.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <map>
#include <memory>

namespace innotrack {
namespace {

using testing::kExportDay;

// A parsed XML element, enough to walk a worksheet.
struct Element {
    std::string name;
    std::map<std::string, std::string> attributes;
    std::vector<std::unique_ptr<Element>> children;
    std::string text;

    const Element* child(const std::string& wanted) const {
        for (const auto& c : children)
            if (c->name == wanted) return c.get();
        return nullptr;
    }
    // The element at the end of a path of children, or null where any step is missing: a test
    // then fails on its REQUIRE instead of following a null pointer.
    const Element* descendant(std::initializer_list<const char*> path) const {
        const Element* at = this;
        for (const char* step : path)
            if (at) at = at->child(step);
        return at;
    }
    std::vector<const Element*> all(const std::string& wanted) const {
        std::vector<const Element*> out;
        for (const auto& c : children)
            if (c->name == wanted) out.push_back(c.get());
        return out;
    }
    std::string attribute(const std::string& key) const {
        const auto found = attributes.find(key);
        return found != attributes.end() ? found->second : "";
    }
};

std::unique_ptr<Element> parseXml(const std::string& xml) {
    struct State {
        std::unique_ptr<Element> root;
        std::vector<Element*> open;
    } state;
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser, &state);
    XML_SetElementHandler(
        parser,
        [](void* data, const XML_Char* name, const XML_Char** attributes) {
            auto& s = *static_cast<State*>(data);
            auto element = std::make_unique<Element>();
            element->name = name;
            for (std::size_t i = 0; attributes[i] != nullptr; i += 2)
                element->attributes[attributes[i]] = attributes[i + 1];
            Element* raw = element.get();
            if (s.open.empty())
                s.root = std::move(element);
            else
                s.open.back()->children.push_back(std::move(element));
            s.open.push_back(raw);
        },
        [](void* data, const XML_Char*) { static_cast<State*>(data)->open.pop_back(); });
    XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* text, int length) {
        auto& s = *static_cast<State*>(data);
        if (!s.open.empty()) s.open.back()->text.append(text, static_cast<std::size_t>(length));
    });
    const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
    INFO("XML error: " << XML_ErrorString(XML_GetErrorCode(parser)));
    XML_ParserFree(parser);
    REQUIRE(ok);
    return std::move(state.root);
}

// "B12" -> column 1 (from 0).
std::size_t columnOf(const std::string& reference) {
    std::size_t column = 0;
    for (char c : reference) {
        if (c < 'A' || c > 'Z') break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    }
    return column - 1;
}

struct Cell {
    std::string type;   // "s" shared string, "" a number
    std::string value;  // the <v> text, or the string itself for "s"
    std::size_t style = 0;
};

// The workbook's parts, read once.
class Workbook {
public:
    explicit Workbook(const std::string& path) : bytes_(testing::readFile(path)), parts_(testing::zipEntries(bytes_)) {
        // Each parsed document is kept in a local: a range-for does not keep its temporaries alive.
        const auto shared = xml("xl/sharedStrings.xml");
        for (const Element* si : shared->all("si")) strings_.push_back(si->child("t")->text);
        const auto styles = xml("xl/styles.xml");
        if (const Element* formats = styles->child("numFmts"))
            for (const Element* format : formats->all("numFmt"))
                formats_[format->attribute("numFmtId")] = format->attribute("formatCode");
        for (const Element* xf : styles->child("cellXfs")->all("xf")) {
            xfs_.push_back(xf->attribute("numFmtId"));
            fonts_.push_back(std::stoul(xf->attribute("fontId")));
            fills_.push_back(std::stoul(xf->attribute("fillId")));
        }
        for (const Element* font : styles->child("fonts")->all("font")) bold_.push_back(font->child("b") != nullptr);
    }

    const std::string& bytes() const { return bytes_; }
    bool has(const std::string& part) const { return parts_.count(part) == 1; }
    std::unique_ptr<Element> xml(const std::string& part) const {
        REQUIRE(has(part));
        return parseXml(parts_.at(part));
    }
    std::vector<std::string> sheetNames() const {
        std::vector<std::string> names;
        const auto workbook = xml("xl/workbook.xml");
        for (const Element* sheet : workbook->child("sheets")->all("sheet")) names.push_back(sheet->attribute("name"));
        return names;
    }
    // Rows of cells by column, from the sheet's XML; strings resolved.
    std::vector<std::map<std::size_t, Cell>> rows(std::size_t sheet) const {
        std::vector<std::map<std::size_t, Cell>> out;
        const auto root = xml("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
        for (const Element* row : root->child("sheetData")->all("row")) {
            const auto index = std::stoul(row->attribute("r"));
            if (out.size() < index) out.resize(index);
            for (const Element* c : row->all("c")) {
                Cell cell;
                cell.type = c->attribute("t");
                cell.style = c->attribute("s").empty() ? 0 : std::stoul(c->attribute("s"));
                const Element* v = c->child("v");
                cell.value = v != nullptr ? v->text : "";
                if (cell.type == "s") cell.value = strings_.at(std::stoul(cell.value));
                out[index - 1][columnOf(c->attribute("r"))] = cell;
            }
        }
        return out;
    }
    std::string numberFormat(std::size_t style) const {
        return formats_.count(xfs_.at(style)) == 1 ? formats_.at(xfs_.at(style)) : "";
    }
    bool bold(std::size_t style) const { return bold_.at(fonts_.at(style)); }
    // Fills 0 and 1 are Excel's built-in "none" and "gray125"; a fill of our own comes after them.
    bool filled(std::size_t style) const { return fills_.at(style) > 1; }

private:
    std::string bytes_;
    std::map<std::string, std::string> parts_;
    std::vector<std::string> strings_;
    std::map<std::string, std::string> formats_;
    std::vector<std::string> xfs_;
    std::vector<std::size_t> fonts_;
    std::vector<std::size_t> fills_;
    std::vector<bool> bold_;
};

exchange::WorkbookSummary write(testing::ExportDemo& demo, const std::string& path) {
    return exchange::writeWorkbook(demo.store(), demo.store(), demo.store(), kExportDay, path);
}

// Excel counts days from 30 December 1899.
double excelDay(Date day) { return static_cast<double>((day - Date(1899, 12, 30)).days()); }

}  // namespace

TEST_CASE("workbook: a zip with a sheet per register, then Tally and Board, in order", "[exchange][workbook]") {
    testing::ExportDemo demo;
    const std::string path = demo.file("portfolio.xlsx");
    const exchange::WorkbookSummary summary = write(demo, path);
    const Workbook book(path);
    CHECK(book.bytes().substr(0, 2) == "PK");

    const std::vector<std::string> expected{"Innovations", "Milestones",  "Risks",     "Setbacks",
                                            "Lessons learned", "Benefits", "Engagements", "Ideas",
                                            "Decisions",   "Ambitions",   "Tally",     "Board"};
    CHECK(exchange::workbookSheetNames() == expected);
    CHECK(book.sheetNames() == expected);
    REQUIRE(summary.sheets.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(book.has("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml"));
        CHECK(summary.sheets[i].name == expected[i]);
    }
    CHECK_FALSE(book.has("xl/worksheets/sheet13.xml"));
    CHECK(summary.sheets[1].rows == demo.store().listMilestones(std::nullopt).size());
    CHECK(summary.sheets[6].rows == demo.store().listEngagements(std::nullopt).size());
    CHECK(summary.sheets[6].rows > 0);
    CHECK(summary.sheets[7].rows == demo.store().listIdeas().size());
    CHECK(summary.sheets[7].rows > 0);
    CHECK(summary.sheets[8].rows == demo.store().listDecisions(std::nullopt).size());
    CHECK(summary.sheets[8].rows > 0);
    CHECK(summary.sheets[9].rows == demo.store().listAmbitions().size());
    CHECK_FALSE(std::filesystem::exists(path + ".partial.xlsx"));
}

TEST_CASE("workbook: every sheet's header row is bold on a fill, frozen, and the registers' are filtered",
          "[exchange][workbook]") {
    testing::ExportDemo demo;
    const std::string path = demo.file("portfolio.xlsx");
    write(demo, path);
    const Workbook book(path);
    for (std::size_t sheet = 1; sheet <= exchange::allRegisters().size(); ++sheet) {
        INFO("sheet " << sheet);
        const auto root = book.xml("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
        const Element* pane = root->descendant({"sheetViews", "sheetView", "pane"});
        REQUIRE(pane != nullptr);
        CHECK(pane->attribute("state") == "frozen");
        CHECK(pane->attribute("ySplit") == "1");
        CHECK(pane->attribute("topLeftCell") == "A2");
        const auto rows = book.rows(sheet);
        REQUIRE_FALSE(rows.empty());
        for (const auto& [column, cell] : rows.front()) {
            CHECK(cell.type == "s");
            CHECK(book.bold(cell.style));
            CHECK(book.filled(cell.style));
        }
        // Every column has a width set from its content.
        CHECK(root->child("cols") != nullptr);
        if (sheet <= 6) {
            const Element* filter = root->child("autoFilter");
            REQUIRE(filter != nullptr);
            CHECK(filter->attribute("ref").rfind("A1:", 0) == 0);
        }
    }
}

TEST_CASE("workbook: register sheets have registers.hpp's headers, dates as dd/mm/yyyy numbers and money in pounds",
          "[exchange][workbook]") {
    testing::ExportDemo demo;
    const std::string path = demo.file("portfolio.xlsx");
    write(demo, path);
    const Workbook book(path);

    for (std::size_t i = 0; i < exchange::allRegisters().size(); ++i) {
        const auto reg = exchange::allRegisters()[i];
        std::vector<std::string> headers;
        const auto rows = book.rows(i + 1);
        for (const auto& [column, cell] : rows.front()) headers.push_back(cell.value);
        std::vector<std::string> expected;
        for (const auto& column : exchange::columnsOf(reg)) expected.emplace_back(column.header);
        CHECK(headers == expected);
    }

    // Milestones: A innovation, B title, C baseline due, D due, E completed on.
    const auto milestones = demo.store().listMilestones(std::nullopt);
    const auto rows = book.rows(2);
    REQUIRE(rows.size() == milestones.size() + 1);
    for (std::size_t i = 0; i < milestones.size(); ++i) {
        const auto& row = rows[i + 1];
        CHECK(row.at(0).value == demo.store().findInnovation(milestones[i].innovationId)->title);
        const Cell& due = row.at(3);
        CHECK(due.type.empty());  // a number, not text
        CHECK(std::stod(due.value) == excelDay(milestones[i].due));
        CHECK(book.numberFormat(due.style) == "dd/mm/yyyy");
        CHECK(row.count(4) == (milestones[i].isDone() ? 1U : 0U));  // no cell at all when not done
    }

    // Innovations: K budget in pounds with a £ format; L staff days a plain number; stage as its label.
    const auto innovations = demo.store().listInnovations({});
    const auto innovationRows = book.rows(1);
    const auto& first = innovationRows.at(1);
    CHECK(std::stod(first.at(10).value) == static_cast<double>(innovations.front().budgetPence) / 100.0);
    CHECK(book.numberFormat(first.at(10).style).find("\xC2\xA3") != std::string::npos);
    CHECK(std::stod(first.at(11).value) == innovations.front().staffDays);
    CHECK(first.at(3).value == labelOf(innovations.front().stage));

    // Engagements and ideas: their scales as labels a councillor reads ("Public meeting", "Under
    // assessment", "Another council"), as the stage is; the CSV register keeps the keys.
    const auto engagements = demo.store().listEngagements(std::nullopt);
    const auto engagementRows = book.rows(7);
    REQUIRE(!engagements.empty());
    REQUIRE(engagementRows.size() == engagements.size() + 1);
    for (std::size_t i = 0; i < engagements.size(); ++i) {
        CHECK(engagementRows[i + 1].at(2).value == labelOf(engagements[i].audience));
        CHECK(engagementRows[i + 1].at(3).value == labelOf(engagements[i].form));
        CHECK(engagementRows[i + 1].at(6).value == labelOf(engagements[i].stance));
    }
    const auto ideas = demo.store().listIdeas();
    const auto ideaRows = book.rows(8);
    REQUIRE(!ideas.empty());
    REQUIRE(ideaRows.size() == ideas.size() + 1);
    bool sawTwoWordLabel = false;
    for (std::size_t i = 0; i < ideas.size(); ++i) {
        CHECK(ideaRows[i + 1].at(3).value == labelOf(ideas[i].source));
        CHECK(ideaRows[i + 1].at(8).value == labelOf(ideas[i].status));
        if (ideas[i].status == IdeaStatus::UnderAssessment || ideas[i].source == IdeaSource::OtherCouncil)
            sawTwoWordLabel = true;
    }
    CHECK(sawTwoWordLabel);
    CHECK(exchange::scaleLabel("under-assessment") == "Under assessment");
    CHECK(exchange::scaleLabel("other-council") == "Another council");
    CHECK(exchange::scaleLabel("public-meeting") == "Public meeting");
}

TEST_CASE("workbook: the Decisions sheet has a row per decision with its route as words, and a Welsh "
          "portfolio's innovations their goals and ways of working by name",
          "[exchange][workbook][decisions][wellbeing]") {
    testing::ExportDemo demo;
    PortfolioStore& store = demo.store();
    Id leader = 0;
    for (const Person& person : store.listPeople())
        if (person.role == Role::Leader) leader = person.id;
    demo.portfolio().setNation(leader, Nation::Wales);
    const auto innovations = store.listInnovations({});
    const auto active = std::find_if(innovations.begin(), innovations.end(),
                                     [](const Innovation& innovation) { return isActive(innovation.stage); });
    REQUIRE(active != innovations.end());
    Innovation tagged = *active;
    tagged.goals = {WellbeingGoal::Prosperous, WellbeingGoal::CultureLanguage};
    tagged.ways = {WayOfWorking::LongTerm};
    demo.portfolio().updateInnovation(leader, tagged);

    const std::string path = demo.file("portfolio.xlsx");
    write(demo, path);
    const Workbook book(path);
    const auto at = [](exchange::Register reg, std::string_view header) {
        const auto columns = exchange::columnsOf(reg);
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i].header == header) return i;
        FAIL("no column " << header);
        return std::size_t{0};
    };
    using exchange::Register;

    const auto decisions = store.listDecisions(std::nullopt);
    const auto rows = book.rows(9);
    REQUIRE(!decisions.empty());
    REQUIRE(rows.size() == decisions.size() + 1);
    bool sawException = false;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const auto& row = rows[i + 1];
        CHECK(row.at(at(Register::Decisions, "Matter")).value == decisions[i].matter);
        CHECK(row.at(at(Register::Decisions, "Route")).value == labelOf(decisions[i].route));
        const Cell& planned = row.at(at(Register::Decisions, "To be made on"));
        CHECK(std::stod(planned.value) == excelDay(decisions[i].plannedOn));
        CHECK(book.numberFormat(planned.style) == "dd/mm/yyyy");
        CHECK(std::stod(row.at(at(Register::Decisions, "Amount")).value) ==
              static_cast<double>(decisions[i].amountPence) / 100.0);
        if (decisions[i].route == ShortNoticeRoute::GeneralException) {
            sawException = true;
            CHECK(row.at(at(Register::Decisions, "Route")).value == "General exception");
        }
    }
    CHECK(sawException);

    const auto innovationRows = book.rows(1);
    const auto& row = innovationRows.at(static_cast<std::size_t>(active - innovations.begin()) + 1);
    CHECK(row.at(at(Register::Innovations, "Title")).value == tagged.title);
    CHECK(row.at(at(Register::Innovations, "Well-being goals")).value ==
          "A prosperous Wales; A Wales of vibrant culture and thriving Welsh language");
    CHECK(row.at(at(Register::Innovations, "Ways of working")).value == "Long term");
}

TEST_CASE("workbook: no key is two scales' with different labels, so a scale cell's label is its own",
          "[exchange][workbook]") {
    std::map<std::string, std::string> labels;
    bool clash = false;
    const auto gather = [&](auto scale) {
        for (const auto& entry : decltype(scale)::entries) {
            const auto [at, added] = labels.emplace(std::string(entry.key), std::string(entry.label));
            if (!added && at->second != entry.label) clash = true;
            CHECK(exchange::scaleLabel(entry.key) == entry.label);
        }
    };
    gather(Scale<Stage>{});
    gather(Scale<Confidence>{});
    gather(Scale<FailureKind>{});
    gather(Scale<RiskStatus>{});
    gather(Scale<RiskResponse>{});
    gather(Scale<Proximity>{});
    gather(Scale<LessonSource>{});
    gather(Scale<Audience>{});
    gather(Scale<EngagementForm>{});
    gather(Scale<Stance>{});
    gather(Scale<IdeaSource>{});
    gather(Scale<IdeaStatus>{});
    gather(Scale<ShortNoticeRoute>{});
    gather(Scale<WellbeingGoal>{});
    gather(Scale<WayOfWorking>{});
    CHECK_FALSE(clash);
    CHECK(exchange::scaleLabel("not-a-key") == "not-a-key");
}

TEST_CASE("workbook: the Tally sheet's figures are the tally report's for the year to date", "[exchange][workbook]") {
    testing::ExportDemo demo;
    const std::string path = demo.file("portfolio.xlsx");
    write(demo, path);
    const Workbook book(path);
    reports::TallyRequest request;
    request.period = reports::financialYearToDate(kExportDay);
    const reports::TallyReport report = reports::buildTallyReport(demo.store(), demo.store(), request, kExportDay);

    const auto rows = book.rows(11);
    CHECK(rows.at(0).at(1).value == "2025/26 to date");
    std::map<std::string, double> byLabel;
    for (std::size_t r = 1; r < rows.size(); ++r)
        if (rows[r].count(0) == 1 && rows[r].count(1) == 1 && rows[r].at(1).type.empty())
            byLabel[rows[r].at(0).value] = std::stod(rows[r].at(1).value);
    CHECK(byLabel.at("Went right") == static_cast<double>(report.counts.wentRight()));
    CHECK(byLabel.at("Went wrong") == static_cast<double>(report.counts.wentWrong()));
    CHECK(byLabel.at("Risks raised") == static_cast<double>(report.counts.risksRaised));
    REQUIRE(report.ratio.has_value());
    CHECK(byLabel.at("Went right for every one that went wrong") == Approx(*report.ratio));
    CHECK(report.counts.wentRight() > 0);
}

TEST_CASE("workbook: a failed write leaves nothing behind, and a good one replaces the old file whole",
          "[exchange][workbook]") {
    testing::ExportDemo demo;
    const std::string missing = demo.file("no-such-folder/portfolio.xlsx");
    try {
        write(demo, missing);
        FAIL("a workbook was written into a folder that does not exist");
    } catch (const StorageError& error) {
        const std::string message = error.what();
        CHECK(message.find("portfolio.xlsx") != std::string::npos);
        CHECK(message.find('\n') == std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(demo.file("no-such-folder")));

    // A folder where the workbook should go: the rename fails, and the folder is left as it was.
    const std::string folder = demo.file("taken.xlsx");
    std::filesystem::create_directory(folder);
    CHECK_THROWS_AS(write(demo, folder), StorageError);
    CHECK(std::filesystem::is_directory(folder));
    CHECK_FALSE(std::filesystem::exists(folder + ".partial.xlsx"));

    const std::string path = demo.file("portfolio.xlsx");
    std::ofstream(path) << "an older export";
    write(demo, path);
    CHECK(testing::readFile(path).substr(0, 2) == "PK");
}

TEST_CASE("workbook cli: --out FILE.xlsx writes it, and xlsx to the screen is refused", "[exchange][workbook][cli]") {
    testing::ExportDemo demo;
    const std::string path = demo.file("council.xlsx");
    const auto written = demo.run({"export", "--out", path});
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.rfind("Wrote the workbook to " + path + " (rows per sheet: Innovations ", 0) == 0);
    CHECK(Workbook(path).sheetNames().size() == 12);

    // One line of ours, and nothing from the library, when the folder is not there.
    const std::string missing = demo.file("no-such-folder/council.xlsx");
    const auto failed = demo.run({"export", "--out", missing});
    CHECK(failed.exitCode == 3);
    CHECK(failed.err == "innotrack: Could not write the workbook to '" + missing +
                            "': No such file or directory\n");

    const auto refused = demo.run({"export", "--format", "xlsx"});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("--format xlsx needs --out FILE.xlsx") != std::string::npos);
}

}  // namespace innotrack
