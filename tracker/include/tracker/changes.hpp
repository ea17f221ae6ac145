// What changed in a portfolio, by kind of record: the answer to "has anything changed since I
// last looked" (PortfolioBackend::changedSinceLastLook) and the event the desktop app raises after
// an edit, so that each screen reads again only when something it shows has changed.
// A backend that cannot tell which records changed (a file) answers all() or none().
#pragma once

#include <cstdint>
#include <string>

namespace innotrack {

// The kinds of record a change can touch. A record that belongs to another (a stage change to its
// innovation, a milestone's move to its milestone, a lesson's tags to its lesson, a review's
// entries to its review) counts as that one.
enum class RecordKind : std::uint8_t {
    People,
    Ambitions,
    Innovations,  // with their stage changes
    Milestones,   // with their moves
    Risks,
    Setbacks,
    Lessons,      // with their tags
    Benefits,
    Engagements,  // who an innovation has engaged, and what they said
    Reviews,      // with their entries
    Checklist,    // the innovation checklist's answers
    Settings,     // the portfolio's settings, such as the risk bands and the ideas' gate
    Audit,        // the audit trail (every edit adds to it)
    Ideas,        // with their scores
    Decisions,    // decisions on innovations, their notices and records (the Forward Plan)
};
// Counted from the last kind, so a kind added at the end cannot be left out of the count (two
// branches each adding one once left Ideas past the end of every per-kind array).
inline constexpr RecordKind kLastRecordKind = RecordKind::Decisions;
inline constexpr int kRecordKindCount = static_cast<int>(kLastRecordKind) + 1;

// A set of record kinds: a small value, copied freely.
class Changes {
public:
    constexpr Changes() = default;
    constexpr Changes(RecordKind kind) : bits_(bit(kind)) {}  // NOLINT: a kind is the set of just it

    static constexpr Changes none() { return {}; }
    static constexpr Changes all() { return Changes((1u << kRecordKindCount) - 1u, 0); }

    constexpr bool empty() const { return bits_ == 0; }
    constexpr bool isAll() const { return bits_ == all().bits_; }
    constexpr bool contains(RecordKind kind) const { return (bits_ & bit(kind)) != 0; }
    constexpr bool intersects(Changes other) const { return (bits_ & other.bits_) != 0; }

    constexpr Changes operator|(Changes other) const { return Changes(bits_ | other.bits_, 0); }
    constexpr Changes operator&(Changes other) const { return Changes(bits_ & other.bits_, 0); }
    constexpr Changes& operator|=(Changes other) {
        bits_ |= other.bits_;
        return *this;
    }
    constexpr bool operator==(const Changes&) const = default;

    // "milestones, audit", "nothing" or "everything": for messages and test failures.
    std::string describe() const;

private:
    constexpr Changes(std::uint32_t bits, int) : bits_(bits) {}
    static constexpr std::uint32_t bit(RecordKind kind) { return 1u << static_cast<unsigned>(kind); }

    std::uint32_t bits_ = 0;
};

constexpr Changes operator|(RecordKind a, RecordKind b) { return Changes(a) | b; }

// The kind's name in the plural and lower case ("milestones").
const char* nameOf(RecordKind kind);

}  // namespace innotrack
