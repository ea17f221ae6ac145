// Reading a portfolio document: the format and version first, then every record field by field
// through the same field lists the writer uses, each value checked as the domain checks it.
#include "portfolio_json_reader.hpp"

#include "tracker/errors.hpp"
#include "tracker/record_checks.hpp"
#include "tracker/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <limits>

namespace innotrack::exchange {

namespace fields = json_fields;
using json_reading::Place;
using json_reading::ReadContext;
using json_reading::refuse;
using Json = nlohmann::json;

namespace {

std::string shown(const Json& value) {
    std::string text = value.dump();
    return text.size() > 40 ? text.substr(0, 40) + "..." : text;
}

// Takes each field of one JSON object as the field lists ask for it.
class FieldReader {
public:
    FieldReader(const Json& object, Place place, ReadContext& context)
        : object_(object), place_(place), context_(context) {}

    void id(const char* key, Id& out, fields::Table table) {
        out = positive(key);
        auto& seen = table == fields::Table::None ? context_.arrayIds : context_.ids[static_cast<std::size_t>(table)];
        const auto [earlier, fresh] = seen.emplace(out, place_.index);
        if (!fresh)
            refuse(place_.field(key), std::to_string(out),
                   "id " + std::to_string(out) + " is used twice (also by " +
                       Place{place_.array, earlier->second}.words() + ")");
    }
    void link(const char* key, Id& out, fields::Table table) {
        out = positive(key);
        context_.links.push_back({place_, key, table, out});
    }
    void link(const char* key, OptionalId& out, fields::Table table) {
        if (value(key).is_null()) return out.reset();
        Id id = 0;
        link(key, id, table);
        out = id;
    }
    // A field the format gained in version `since`: a document of an earlier version has none,
    // and the member keeps its default.
    void text(const char* key, std::string& out, fields::TextRule rule, int since) {
        if (context_.version < since) return;
        text(key, out, rule);
    }
    void text(const char* key, std::string& out, fields::TextRule rule) {
        const Json& v = value(key);
        if (!v.is_string()) wrongType(key, v, "text (a JSON string)");
        out = v.get<std::string>();
        if (rule.max == fields::anyText().max) return;  // the parser has already checked it is UTF-8
        // The domain's own checks, named by the field's place; the text is kept exactly as given.
        const std::string field = place_.field(key);
        if (rule.multiline)
            (void)(rule.required ? requireText(field, out, rule.max) : optionalText(field, out, rule.max));
        else
            (void)(rule.required ? requireLine(field, out, rule.max) : optionalLine(field, out, rule.max));
    }
    void integer(const char* key, int& out, int min, int max) { out = static_cast<int>(inRange(key, min, max)); }
    // Any int: the record's checks hold it to its range once the record is read.
    void integer(const char* key, int& out) {
        constexpr std::int64_t kMin = std::numeric_limits<int>::min();
        constexpr std::int64_t kMax = std::numeric_limits<int>::max();
        out = static_cast<int>(inRange(key, kMin, kMax));
    }
    void integer(const char* key, std::optional<int>& out) {
        if (value(key).is_null()) return out.reset();
        int given = 0;
        integer(key, given);
        out = given;
    }
    void pence(const char* key, Pence& out) { out = whole(key); }
    void count(const char* key, Id& out) {
        out = whole(key);
        if (out < 0) refuse(place_.field(key), std::to_string(out), "must be 0 or more, not " + std::to_string(out));
    }
    void number(const char* key, double& out) {
        const Json& v = value(key);
        if (!v.is_number()) wrongType(key, v, "a number");
        out = v.get<double>();
    }
    void number(const char* key, std::optional<double>& out) {
        if (value(key).is_null()) return out.reset();
        double given = 0;
        number(key, given);
        out = given;
    }
    void date(const char* key, Date& out) {
        const Json& v = value(key);
        if (!v.is_string()) wrongType(key, v, "a date written \"YYYY-MM-DD\"");
        const std::string given = v.get<std::string>();
        if (given == "today") refuse(place_.field(key), given, "'today' is not a date here; write YYYY-MM-DD");
        static const SystemClock clock;  // only parseDate's "today" would use it, and that is refused above
        out = parseDate(given, clock, place_.field(key));
    }
    void date(const char* key, std::optional<Date>& out) {
        if (value(key).is_null()) return out.reset();
        Date given;
        date(key, given);
        out = given;
    }
    void timestamp(const char* key, Timestamp& out) {
        const Json& v = value(key);
        if (!v.is_string()) wrongType(key, v, "a time written \"YYYY-MM-DDTHH:MM:SSZ\"");
        const std::string given = v.get<std::string>();
        const auto fail = [&] {
            refuse(place_.field(key), given, "'" + given.substr(0, 40) + "' is not a time written YYYY-MM-DDTHH:MM:SSZ (UTC)");
        };
        // Strict: the shape formatTimestamp writes, and a time that writes back to the same text.
        const std::string shape = "dddd-dd-ddTdd:dd:ddZ";
        if (given.size() != shape.size()) fail();
        for (std::size_t i = 0; i < shape.size(); ++i)
            if (shape[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(given[i])) : given[i] != shape[i]) fail();
        try {
            static const SystemClock clock;
            (void)parseDate(given.substr(0, 10), clock, place_.field(key));
            out = parseTimestamp(given);
        } catch (const ValidationError&) {
            fail();
        }
        if (formatTimestamp(out) != given) fail();
    }
    // A flag the format gained in version `since`: as a text field gained later, above.
    void flag(const char* key, bool& out, int since) {
        if (context_.version < since) return;
        flag(key, out);
    }
    void flag(const char* key, bool& out) {
        const Json& v = value(key);
        if (!v.is_boolean()) wrongType(key, v, "true or false");
        out = v.get<bool>();
    }
    template <typename E>
    void scale(const char* key, E& out) {
        const Json& v = value(key);
        if (!v.is_string()) wrongType(key, v, "one of " + acceptedKeys<E>());
        out = scaleValue<E>(place_.field(key), v.get<std::string>());
    }
    // Some of a scale's values, as an array of keys, which the format gained in version `since`.
    template <typename E>
    void keys(const char* key, ScaleSet<E>& out, int since) {
        out = {};
        if (context_.version < since) return;
        const Json& v = value(key);
        if (!v.is_array()) wrongType(key, v, "an array of " + acceptedKeys<E>());
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::string place = place_.field(key) + "[" + std::to_string(i) + "]";
            if (!v[i].is_string()) refuse(place, shown(v[i]), "must be one of " + acceptedKeys<E>());
            out.insert(scaleValue<E>(place, v[i].get<std::string>()));
        }
    }
    void tags(const char* key, std::vector<std::string>& out) {
        const Json& v = value(key);
        if (!v.is_array()) wrongType(key, v, "an array of tags");
        out.clear();
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string())
                refuse(place_.field(key) + "[" + std::to_string(i) + "]", shown(v[i]),
                       "must be text (a JSON string), not " + std::string(v[i].type_name()));
            out.push_back(v[i].get<std::string>());
        }
    }

    template <typename E>
    E scaleValue(const std::string& place, const std::string& given) const {
        for (const auto& entry : Scale<E>::entries)
            if (entry.key == given) return entry.value;
        refuse(place, given, "'" + given.substr(0, 40) + "' is not one of " + acceptedKeys<E>());
    }

    // A field this version does not know would be lost by a restore, so it is refused.
    void finish() const {
        for (const auto& [key, unused] : object_.items())
            if (std::find(used_.begin(), used_.end(), key) == used_.end())
                refuse(place_.field(key.c_str()), "",
                       "is not a field of " + std::string(place_.array) + " in portfolio format version " +
                           std::to_string(context_.version));
    }

private:
    const Json& value(const char* key) {
        const auto it = object_.find(key);
        if (it == object_.end())
            refuse(place_.field(key), "", "is missing; every field is written, null when it is not set");
        if (std::find(used_.begin(), used_.end(), key) == used_.end()) used_.emplace_back(key);
        return *it;
    }

    [[noreturn]] void wrongType(const char* key, const Json& v, const std::string& expected) const {
        refuse(place_.field(key), shown(v), "must be " + expected + ", not " + std::string(v.type_name()) +
                                                (v.is_null() ? "" : " " + shown(v)));
    }

    std::int64_t whole(const char* key) {
        const Json& v = value(key);
        constexpr auto kLargest = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > kLargest)
            refuse(place_.field(key), shown(v), shown(v) + " is far too large");
        if (!v.is_number_integer()) wrongType(key, v, "a whole number");
        return v.get<std::int64_t>();
    }

    std::int64_t inRange(const char* key, std::int64_t min, std::int64_t max) {
        const std::int64_t given = whole(key);
        if (given < min || given > max) refuse(place_.field(key), std::to_string(given), outOfRange(given, min, max));
        return given;
    }

    Id positive(const char* key) {
        const std::int64_t given = whole(key);
        if (given <= 0) refuse(place_.field(key), std::to_string(given), "an id is 1 or more, not " + std::to_string(given));
        return given;
    }

    const Json& object_;
    Place place_;
    ReadContext& context_;
    std::vector<std::string> used_;
};

Json parsed(std::istream& in) {
    try {
        return Json::parse(in);
    } catch (const Json::exception& error) {
        // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." without the tag.
        std::string why = error.what();
        if (const auto tagEnd = why.find("] "); why.rfind("[json.exception", 0) == 0 && tagEnd != std::string::npos)
            why.erase(0, tagEnd + 2);
        throw ValidationError("file", "", "not valid JSON: " + why);
    }
}

const Json& member(const Json& root, const char* key, const std::string& missing) {
    const auto it = root.find(key);
    if (it == root.end()) refuse(key, "", missing);
    return *it;
}

int checkFormatAndVersion(const Json& root) {
    if (!root.is_object())
        throw ValidationError("format", "", "this is not an innotrack portfolio document: it is a JSON " +
                                                std::string(root.type_name()) + ", not an object");
    const auto format = root.find(fields::kFormat);
    if (format == root.end() || !format->is_string() || format->get<std::string>() != fields::kFormatName)
        throw ValidationError("format", format == root.end() ? "" : shown(*format),
                              "this is not an innotrack portfolio document: its \"format\" is " +
                                  (format == root.end() ? std::string("missing") : shown(*format)) +
                                  " where \"innotrack-portfolio\" was expected");
    const Json& version = member(root, fields::kVersion, "is missing; an innotrack portfolio document says its version");
    if (!version.is_number_integer())
        refuse(fields::kVersion, shown(version), shown(version) + " is not a portfolio format version (a whole number)");
    const bool huge = version.is_number_unsigned() &&
                      version.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    const std::int64_t number = huge ? std::numeric_limits<std::int64_t>::max() : version.get<std::int64_t>();
    if (number < 1) refuse(fields::kVersion, shown(version), shown(version) + " is not a portfolio format version (1 or more)");
    if (number > kPortfolioJsonVersion)
        throw ValidationError("version", shown(version),
                              "the document was written by a newer innotrack (portfolio format version " +
                                  shown(version) + "; this innotrack reads version " +
                                  std::to_string(kPortfolioJsonVersion) + "): upgrade innotrack to restore it");
    return static_cast<int>(number);
}

void checkTopLevelKeys(const Json& root, const PortfolioDocument& document) {
    std::vector<std::string> known{fields::kFormat, fields::kVersion, fields::kSettings};
    fields::eachArray(document, [&](const char* name, const auto&) { known.emplace_back(name); });
    for (const auto& [key, unused] : root.items())
        if (std::find(known.begin(), known.end(), key) == known.end())
            refuse(key, "", "is not part of portfolio format version " + std::to_string(kPortfolioJsonVersion));
}

// 16 lower-case hex digits, as schema 5 makes it: the key ends up inside calendar UIDs.
std::string readPortfolioKey(const Json& settings) {
    const auto given = settings.find(fields::kPortfolioKey);
    if (given == settings.end()) return {};
    const std::string where = std::string(fields::kSettings) + "." + fields::kPortfolioKey;
    if (!given->is_string()) refuse(where, shown(*given), "must be text, not " + std::string(given->type_name()));
    const std::string key = given->get<std::string>();
    const bool hex = key.size() == 16 && key.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (!hex) refuse(where, key, "must be 16 lower-case hexadecimal digits");
    return key;
}

RiskBands readSettings(const Json& root, ReadContext& context) {
    const Json& settings = member(root, fields::kSettings, "is missing; a document holds the portfolio's settings");
    if (!settings.is_object())
        refuse(fields::kSettings, shown(settings), "must be an object, not " + std::string(settings.type_name()));
    for (const auto& [key, unused] : settings.items())
        if (key != fields::kRiskBands && key != fields::kPortfolioKey && key != fields::kIdeaGate &&
            key != fields::kKeyDecisionThreshold && key != fields::kNation)
            refuse(std::string(fields::kSettings) + "." + key, "",
                   "is not a setting of portfolio format version " + std::to_string(kPortfolioJsonVersion));
    const std::string where = std::string(fields::kSettings) + "." + fields::kRiskBands;
    const auto given = settings.find(fields::kRiskBands);
    if (given == settings.end()) refuse(where, "", "is missing");
    if (!given->is_object()) refuse(where, shown(*given), "must be an object, not " + std::string(given->type_name()));
    RiskBands bands;
    FieldReader reader(*given, Place{"settings.risk_bands", 0, false}, context);
    fields::fieldsByKey(reader, bands);
    reader.finish();
    try {
        bands.validate();
    } catch (const ValidationError& error) {
        refuse(where, error.value(), error.what());
    }
    return bands;
}

// The ideas' gate: 5 to 25, as an idea's score; the default in a document older than ideas.
int readIdeaGate(const Json& settings, int version) {
    const auto given = settings.find(fields::kIdeaGate);
    const std::string where = std::string(fields::kSettings) + "." + fields::kIdeaGate;
    if (version < fields::kIdeasSince) {
        if (given != settings.end())
            refuse(where, "", "is not a setting of portfolio format version " + std::to_string(version));
        return kDefaultIdeaGate;
    }
    if (given == settings.end()) refuse(where, "", "is missing");
    if (!given->is_number_integer()) refuse(where, shown(*given), "must be a whole number, not " + shown(*given));
    const auto gate = given->get<std::int64_t>();
    if (gate < kMinIdeaTotal || gate > kMaxIdeaTotal)
        refuse(where, std::to_string(gate), outOfRange(gate, kMinIdeaTotal, kMaxIdeaTotal));
    return static_cast<int>(gate);
}

// The key decision threshold (above £0) and the nation; the defaults in a document older than decisions.
void readDecisionSettings(const Json& settings, int version, PortfolioDocument& document) {
    const std::string prefix = std::string(fields::kSettings) + ".";
    for (const char* key : {fields::kKeyDecisionThreshold, fields::kNation}) {
        const bool given = settings.contains(key);
        if (version < fields::kDecisionsSince && given)
            refuse(prefix + key, "", "is not a setting of portfolio format version " + std::to_string(version));
        if (version >= fields::kDecisionsSince && !given) refuse(prefix + key, "", "is missing");
    }
    if (version < fields::kDecisionsSince) return;
    const Json& threshold = settings.at(fields::kKeyDecisionThreshold);
    if (!threshold.is_number_integer() || threshold.get<std::int64_t>() <= 0)
        refuse(prefix + fields::kKeyDecisionThreshold, shown(threshold),
               "must be a whole number of pence above 0, not " + shown(threshold));
    document.keyDecisionThreshold = threshold.get<std::int64_t>();
    const Json& nation = settings.at(fields::kNation);
    if (!nation.is_string()) refuse(prefix + fields::kNation, shown(nation), "must be england or wales");
    try {
        document.nation = parseScale<Nation>(prefix + fields::kNation, nation.get<std::string>());
    } catch (const ValidationError& error) {
        refuse(prefix + fields::kNation, error.value(), "must be england or wales, not " + shown(nation));
    }
}

template <typename Record>
void readArray(const Json& root, const char* name, std::vector<Record>& records, ReadContext& context) {
    if (context.version < fields::arraySince(name)) {
        if (root.contains(name))
            refuse(name, "", "is not part of portfolio format version " + std::to_string(context.version));
        return;
    }
    const Json& array = member(root, name, "is missing; a document lists every array, [] when it has none");
    if (!array.is_array()) refuse(name, shown(array), "must be an array of records, not " + std::string(array.type_name()));
    context.arrayIds.clear();
    records.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const Place place{name, i};
        if (!array[i].is_object())
            refuse(place.words(), shown(array[i]), "must be a record (a JSON object), not " + std::string(array[i].type_name()));
        Record record;
        FieldReader reader(array[i], place, context);
        fields::fieldsByKey(reader, record);
        reader.finish();
        records.push_back(std::move(record));
    }
}

}  // namespace

namespace json_reading {

void refuse(const std::string& path, const std::string& value, const std::string& why) {
    throw ValidationError(path, value, path + ": " + why);
}

}  // namespace json_reading

PortfolioDocument parsePortfolioJson(std::istream& in) {
    const Json root = parsed(in);
    const int version = checkFormatAndVersion(root);
    PortfolioDocument document;
    checkTopLevelKeys(root, document);
    ReadContext context;
    context.version = version;
    document.riskBands = readSettings(root, context);
    document.portfolioKey = readPortfolioKey(member(root, fields::kSettings, "is missing"));
    document.ideaGate = readIdeaGate(member(root, fields::kSettings, "is missing"), version);
    readDecisionSettings(member(root, fields::kSettings, "is missing"), version, document);
    fields::eachArray(document, [&](const char* name, auto& records) { readArray(root, name, records, context); });
    json_reading::checkDocument(document, context);
    return document;
}

}  // namespace innotrack::exchange
