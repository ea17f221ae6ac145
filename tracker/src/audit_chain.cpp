// The audit chain; see audit_chain.hpp. SHA-256 is OpenSSL's (libcrypto), not our own.
#include "tracker/audit_chain.hpp"

#include "tracker/dates.hpp"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace innotrack {

namespace {

void appendNetstring(std::string& out, std::string_view text) {
    out += std::to_string(text.size());
    out += ':';
    out += text;
    out += ',';
}

std::string sha256Hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("Could not work out the audit chain: the SHA-256 function failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0x0f];
    }
    return hex;
}

std::string positionWords(std::size_t position) { return "entry " + std::to_string(position) + " of the trail"; }

std::string entryWords(const AuditEntry& entry) {
    std::string what = entry.action + " " + entry.entity + " " + std::to_string(entry.entityId);
    if (!entry.field.empty()) what += " (" + entry.field + ")";
    return "#" + std::to_string(entry.id) + ", " + what + ", at " + formatTimestamp(entry.at);
}

}  // namespace

std::string canonicalEncoding(const AuditEntry& entry) {
    std::string out;
    for (const std::string& field :
         {std::to_string(entry.id), formatTimestamp(entry.at), std::to_string(entry.actorId), entry.entity,
          std::to_string(entry.entityId), entry.action, entry.field, entry.oldValue, entry.newValue, entry.login,
          entry.osUser, entry.host})
        appendNetstring(out, field);
    return out;
}

std::string chainLink(std::string_view previous, const AuditEntry& entry) {
    std::string input(previous);
    input += canonicalEncoding(entry);
    return sha256Hex(input);
}

ChainVerdict verifyChain(std::string_view portfolioKey, const std::vector<AuditEntry>& entries) {
    ChainVerdict verdict;
    verdict.head.entries = entries.size();
    if (!entries.empty()) verdict.head.hash = entries.back().hash;
    // Each link is checked against the hash recorded before it, not one recomputed: the first
    // break is then the entry that was touched (or the one after an entry that went missing).
    std::string_view previous = portfolioKey;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (chainLink(previous, entries[i]) != entries[i].hash) {
            verdict.firstBreak = ChainBreak{i + 1, entries[i], i == 0 ? OptionalId() : OptionalId(entries[i - 1].id)};
            return verdict;
        }
        previous = entries[i].hash;
    }
    return verdict;
}

std::string describeBreak(const ChainBreak& broken) {
    const std::string before =
        broken.previousId ? "the entry before it (#" + std::to_string(*broken.previousId) + ")" : "the portfolio key";
    return "The audit trail has been altered: " + positionWords(broken.position) + " (" + entryWords(broken.entry) +
           ") does not match the chain. It, or " + before +
           ", was changed, removed or moved after it was recorded, or an entry between them is missing";
}

std::string confirmPrintedHead(const ChainVerdict& today, const std::vector<AuditEntry>& entries,
                               std::size_t count, std::string_view printedHash) {
    const std::string printed = std::string(printedHash.substr(0, kPrintedHashDigits)) + "…";
    if (count == 0 || count > entries.size())
        return "Today's audit trail has " + std::to_string(entries.size()) + " entries, so it cannot hold the " +
               std::to_string(count) + " the paper was made from: entries have been removed since, or the count was "
               "mistyped";
    if (today.firstBreak && today.firstBreak->position <= count)
        return describeBreak(*today.firstBreak) + "; so it no longer holds the record the paper was made from";
    if (entries[count - 1].hash.compare(0, printedHash.size(), printedHash) != 0)
        return "Entry " + std::to_string(count) + " of today's audit trail has the hash " +
               entries[count - 1].hash.substr(0, kPrintedHashDigits) + "…, where the paper printed " + printed +
               ": the record has been rewritten since the paper was made, or the hash was mistyped";
    return "";
}

}  // namespace innotrack
