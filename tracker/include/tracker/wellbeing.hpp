// The Well-being of Future Generations (Wales) Act 2015 (DOMAIN.md "Well-being goals (Wales)"):
// its seven goals and five ways of working, each a scale with a key and a label, and the set of
// them an ambition or an innovation is tagged with. Tags belong to a Welsh portfolio only.
#pragma once

#include "tracker/scales.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack {

enum class WellbeingGoal { Prosperous, Resilient, Healthier, MoreEqual, Cohesive, CultureLanguage, GloballyResponsible };
enum class WayOfWorking { LongTerm, Prevention, Integration, Collaboration, Involvement };

template <>
struct Scale<WellbeingGoal> {
    static constexpr std::string_view name = "WellbeingGoal";
    static const std::array<ScaleEntry<WellbeingGoal>, 7> entries;
};

template <>
struct Scale<WayOfWorking> {
    static constexpr std::string_view name = "WayOfWorking";
    static const std::array<ScaleEntry<WayOfWorking>, 5> entries;
};

// A set of a scale's values, kept in the scale's order whatever order they were given in, each
// once. Stored and exchanged as its keys ("prosperous,resilient"; an array in the portfolio
// document).
template <typename E>
class ScaleSet {
public:
    ScaleSet() = default;
    ScaleSet(std::initializer_list<E> values) {
        for (E value : values) insert(value);
    }

    void insert(E value) { bits_ |= bit(value); }
    bool contains(E value) const { return (bits_ & bit(value)) != 0; }
    bool empty() const { return bits_ == 0; }
    // The values of this set that `other` does not hold.
    ScaleSet without(const ScaleSet& other) const {
        ScaleSet out;
        out.bits_ = bits_ & ~other.bits_;
        return out;
    }
    std::vector<E> values() const {
        std::vector<E> out;
        for (const auto& entry : Scale<E>::entries)
            if (contains(entry.value)) out.push_back(entry.value);
        return out;
    }
    // "prosperous,resilient": how storage and the command line write the set; empty for none.
    std::string keys() const { return joined(true, ","); }
    // "A prosperous Wales; a resilient Wales": how people read it.
    std::string labels() const { return joined(false, "; "); }

    // Reads "prosperous, Resilient" (keys or labels, as parseScale takes them); throws
    // ValidationError naming `field` for one that is not of the scale.
    static ScaleSet parse(std::string_view field, std::string_view commaList) {
        ScaleSet out;
        std::size_t from = 0;
        while (from <= commaList.size()) {
            const std::size_t comma = std::min(commaList.find(',', from), commaList.size());
            const std::string_view item = trimmed(commaList.substr(from, comma - from));
            if (!item.empty()) out.insert(parseScale<E>(field, item));
            from = comma + 1;
        }
        return out;
    }

    bool operator==(const ScaleSet&) const = default;

private:
    static std::uint32_t bit(E value) { return std::uint32_t{1} << static_cast<unsigned>(value); }
    static std::string_view trimmed(std::string_view s) {
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
        return s;
    }
    std::string joined(bool byKey, std::string_view separator) const {
        std::string out;
        for (E value : values()) {
            if (!out.empty()) out += separator;
            out += byKey ? keyOf(value) : labelOf(value);
        }
        return out;
    }

    std::uint32_t bits_ = 0;
};

using WellbeingGoals = ScaleSet<WellbeingGoal>;
using WaysOfWorking = ScaleSet<WayOfWorking>;

// The refusal when a record of an English portfolio gains tags (the Act is Wales's): `goals` and
// `ways` are those it gains. Nullopt when it gains none or the portfolio is Welsh. `record` is
// "ambition" or "innovation".
std::optional<std::string> wellbeingTagRefusal(bool welsh, const WellbeingGoals& goals, const WaysOfWorking& ways,
                                               std::string_view record);

// A report scoped to one goal (report board --goal, report tally --goal) covers the innovations
// that serve it: an innovation serves a goal when it is tagged with the goal itself, or when the
// ambition it works towards is (an innovation serves its ambition's goals as well as its own).
// `ambitionGoals` are the goals of the innovation's ambition; empty when it has none. This is the
// rule; the backends answer it in SQL (sql/goal_scope_sql.hpp), and a test holds the two together.
bool servesGoal(WellbeingGoal goal, const WellbeingGoals& innovationGoals, const WellbeingGoals& ambitionGoals);

// The refusal when a report of an English portfolio is scoped to a goal (the goals are Wales's);
// nullopt in a Welsh one. `option` is how the caller names the scope ("--goal").
std::optional<std::string> goalScopeRefusal(bool welsh, std::string_view option);

}  // namespace innotrack
