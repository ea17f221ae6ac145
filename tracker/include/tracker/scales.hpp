// The domain's scales and kinds (DOMAIN.md "Scales"), each with a stable machine key used in
// storage, JSON and the command line, and a label for people.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace innotrack {

enum class Role { Viewer, Officer, Cabinet, Leader };
enum class Stage { Idea, Exploring, Piloting, Scaling, Mainstreamed, Stopped };
enum class Confidence { Green, AmberGreen, Amber, AmberRed, Red };
enum class FailureKind { Basic, Complex, Intelligent };
enum class RiskStatus { Open, Closed, Occurred };
enum class RiskResponse { Avoid, Reduce, Fallback, Transfer, Accept, Share };
enum class Proximity { Imminent, ThisStage, ThisProject, Beyond };
enum class LessonSource { Setback, Success, Other };
enum class RiskBand { Low, Moderate, High, Critical };
// Engagements (DOMAIN.md "Taking people with you"): who was engaged, how, and what was heard.
enum class Audience { Cabinet, RulingGroup, AllMembers, Scrutiny, Staff, TradeUnions, Residents, Partners };
enum class EngagementForm { Briefing, Workshop, Consultation, Newsletter, PublicMeeting };
enum class Stance { Support, Mixed, Opposed };

template <typename E>
struct ScaleEntry {
    E value;
    std::string_view key;    // stable: stored in the database and in JSON
    std::string_view label;  // shown to people
};

// Specialised for each enum in scales.cpp's header-visible tables below.
template <typename E>
struct Scale;

#define INNOTRACK_SCALE(E, N)                                           \
    template <>                                                         \
    struct Scale<E> {                                                   \
        static constexpr std::string_view name = #E;                    \
        static const std::array<ScaleEntry<E>, N> entries;              \
    }

INNOTRACK_SCALE(Role, 4);
INNOTRACK_SCALE(Stage, 6);
INNOTRACK_SCALE(Confidence, 5);
INNOTRACK_SCALE(FailureKind, 3);
INNOTRACK_SCALE(RiskStatus, 3);
INNOTRACK_SCALE(RiskResponse, 6);
INNOTRACK_SCALE(Proximity, 4);
INNOTRACK_SCALE(LessonSource, 3);
INNOTRACK_SCALE(RiskBand, 4);
INNOTRACK_SCALE(Audience, 8);
INNOTRACK_SCALE(EngagementForm, 5);
INNOTRACK_SCALE(Stance, 3);
#undef INNOTRACK_SCALE

template <typename E>
std::string_view keyOf(E value) {
    for (const auto& entry : Scale<E>::entries)
        if (entry.value == value) return entry.key;
    return "?";
}

template <typename E>
std::string_view labelOf(E value) {
    for (const auto& entry : Scale<E>::entries)
        if (entry.value == value) return entry.label;
    return "?";
}

// "a, b or c": the accepted keys, for error messages and help text.
template <typename E>
std::string acceptedKeys() {
    std::string out;
    const auto& entries = Scale<E>::entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) out += (i + 1 == entries.size()) ? " or " : ", ";
        out += entries[i].key;
    }
    return out;
}

// Matches a key or a label, ignoring case, spaces, '/' and '_' vs '-' ("Amber/Green",
// "amber-green" and "AMBER_GREEN" are the same). Throws ValidationError naming `field`.
template <typename E>
E parseScale(std::string_view field, std::string_view text);

// Next stage forward on the path Idea → … → Mainstreamed; Stopped and Mainstreamed have none.
bool isForward(Stage from, Stage to);
bool isActive(Stage stage);

}  // namespace innotrack
