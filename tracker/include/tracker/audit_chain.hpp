// The audit chain (DOMAIN.md "Trust: the audit chain"): each entry's hash covers the entry and the
// hash before it, the first chaining from the portfolio key, so an entry changed, removed, added
// or moved after it was recorded no longer matches. docs/AUDIT_CHAIN.md documents the encoding
// for anyone who wants to recompute it with their own tools.
#pragma once

#include "tracker/audit.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack {

// How many hex digits of a hash a printed paper carries: enough that no edit finds another chain
// with the same head, short enough to read out in a meeting.
inline constexpr std::size_t kPrintedHashDigits = 12;

// The entry as the chain covers it: every field but the hash, as netstrings ("<bytes>:<text>,").
std::string canonicalEncoding(const AuditEntry& entry);

// SHA-256 of `previous` (the hash before, or the portfolio key for the first entry) followed by
// the entry's canonical encoding, as 64 lower-case hex digits.
std::string chainLink(std::string_view previous, const AuditEntry& entry);

// How far the chain runs: its entries and the hash of the last ("" when there are none).
struct AuditChainHead {
    std::size_t entries = 0;
    std::string hash;

    std::string shortHash() const { return hash.substr(0, kPrintedHashDigits); }
};

// The first entry whose recorded hash is not what its contents and the entry before it give.
struct ChainBreak {
    std::size_t position = 0;  // 1 for the oldest entry
    AuditEntry entry;
    OptionalId previousId;  // the entry before it, if any
};

struct ChainVerdict {
    AuditChainHead head;  // as recorded
    std::optional<ChainBreak> firstBreak;

    bool intact() const { return !firstBreak; }
};

// Rechecks every link, oldest first (`entries` in the order they were appended).
ChainVerdict verifyChain(std::string_view portfolioKey, const std::vector<AuditEntry>& entries);

// "Entry #12 (changed innovation 3, 2026-04-01T09:00:00Z) does not match the chain: …", in words.
std::string describeBreak(const ChainBreak& broken);

// Whether today's chain still holds the one a paper was printed from: its `count`th entry's hash
// begins with `printedHash`. Returns "" when it does, else why not, in words.
std::string confirmPrintedHead(const ChainVerdict& today, const std::vector<AuditEntry>& entries,
                               std::size_t count, std::string_view printedHash);

}  // namespace innotrack
