// The audit chain's encoding and links, against values worked out independently (Python's
// hashlib, as docs/AUDIT_CHAIN.md does it), and what verifying finds when one entry is touched.
#include "tracker/audit_chain.hpp"
#include "tracker/dates.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innotrack;

namespace {

constexpr const char* kKey = "0123456789abcdef";

AuditEntry firstEntry() {
    AuditEntry e;
    e.id = 1;
    e.at = parseTimestamp("2026-04-01T09:00:00Z");
    e.actorId = 1;
    e.entity = "innovation";
    e.entityId = 3;
    e.action = "added";
    e.newValue = "title: Caf\xC3\xA9 hub";
    e.osUser = "ann";
    e.host = "desk-7";
    return e;
}

AuditEntry secondEntry() {
    AuditEntry e;
    e.id = 2;
    e.at = parseTimestamp("2026-04-01T09:05:00Z");
    e.actorId = 2;
    e.entity = "milestone";
    e.entityId = 4;
    e.action = "moved";
    e.field = "due";
    e.oldValue = "2026-05-01";
    e.newValue = "2026-06-01";
    e.login = "bob";
    return e;
}

// Five entries chained from the key, as a store would keep them.
std::vector<AuditEntry> chained() {
    std::vector<AuditEntry> entries;
    std::string previous = kKey;
    for (Id id = 1; id <= 5; ++id) {
        AuditEntry e = id % 2 == 1 ? firstEntry() : secondEntry();
        e.id = id;
        e.hash = chainLink(previous, e);
        previous = e.hash;
        entries.push_back(e);
    }
    return entries;
}

}  // namespace

TEST_CASE("the canonical encoding is every field but the hash, as netstrings of UTF-8 bytes", "[tracker][audit-chain]") {
    CHECK(canonicalEncoding(firstEntry()) ==
          "1:1,20:2026-04-01T09:00:00Z,1:1,10:innovation,1:3,5:added,0:,0:,16:title: Caf\xC3\xA9 hub,0:,3:ann,6:desk-7,");
    AuditEntry withHash = firstEntry();
    withHash.hash = "anything";
    CHECK(canonicalEncoding(withHash) == canonicalEncoding(firstEntry()));
}

TEST_CASE("links are SHA-256 of the previous hash (the key first) and the encoding", "[tracker][audit-chain]") {
    const std::string first = chainLink(kKey, firstEntry());
    CHECK(first == "97dd1fd7cb5ad5e6046c74125ad524e565daa37e6ff091ac80a927012eecd8bf");
    CHECK(chainLink(first, secondEntry()) == "f281302edc6a255de5cf59c5218bd9e8f6189e388e0cf186f4a4076290a5f88b");
    CHECK(chainLink("another key", firstEntry()) != first);
}

TEST_CASE("an untouched chain verifies, with its head", "[tracker][audit-chain]") {
    const auto entries = chained();
    const ChainVerdict verdict = verifyChain(kKey, entries);
    CHECK(verdict.intact());
    CHECK(verdict.head.entries == 5);
    CHECK(verdict.head.hash == entries.back().hash);
    CHECK(verdict.head.shortHash() == entries.back().hash.substr(0, 12));
    CHECK(verifyChain(kKey, {}).intact());
    CHECK(verifyChain(kKey, {}).head.entries == 0);
}

TEST_CASE("verifying names the first entry that no longer matches", "[tracker][audit-chain]") {
    auto entries = chained();
    SECTION("a value edited") {
        entries[2].newValue = "title: Forged";
        const auto found = verifyChain(kKey, entries).firstBreak;
        REQUIRE(found);
        CHECK(found->position == 3);
        CHECK(found->entry.id == 3);
        CHECK(describeBreak(*found).find("entry 3 of the trail (#3, added innovation 3") != std::string::npos);
    }
    SECTION("an entry removed: the one after it no longer follows") {
        entries.erase(entries.begin() + 1);
        const auto found = verifyChain(kKey, entries).firstBreak;
        REQUIRE(found);
        CHECK(found->entry.id == 3);
        CHECK(found->previousId == Id(1));
        CHECK(describeBreak(*found).find("the entry before it (#1)") != std::string::npos);
    }
    SECTION("an entry added between two, even with a hash of its own making") {
        AuditEntry forged = secondEntry();
        forged.id = 99;
        forged.hash = chainLink(entries[1].hash, forged);
        entries.insert(entries.begin() + 2, forged);
        const auto found = verifyChain(kKey, entries).firstBreak;
        REQUIRE(found);
        CHECK(found->position == 4);  // the forged one chains; the real one after it does not
        CHECK(found->entry.id == 3);
    }
    SECTION("two entries swapped") {
        std::swap(entries[1], entries[2]);
        const auto found = verifyChain(kKey, entries).firstBreak;
        REQUIRE(found);
        CHECK(found->position == 2);
    }
    SECTION("the first entry, against a different key") {
        const auto found = verifyChain("0000000000000000", entries).firstBreak;
        REQUIRE(found);
        CHECK(found->position == 1);
        CHECK(describeBreak(*found).find("the portfolio key") != std::string::npos);
    }
}

TEST_CASE("a printed head is confirmed while the record still holds it", "[tracker][audit-chain]") {
    auto entries = chained();
    const std::string printed = entries[3].hash.substr(0, 12);  // a paper made at entry 4
    CHECK(confirmPrintedHead(verifyChain(kKey, entries), entries, 4, printed).empty());
    CHECK(confirmPrintedHead(verifyChain(kKey, entries), entries, 4, entries[3].hash).empty());

    SECTION("a wrong count or hash") {
        CHECK(confirmPrintedHead(verifyChain(kKey, entries), entries, 3, printed).find("where the paper printed " + printed) !=
              std::string::npos);
        CHECK(confirmPrintedHead(verifyChain(kKey, entries), entries, 9, printed).find("has 5 entries") !=
              std::string::npos);
    }
    SECTION("the whole chain rewritten after the paper, from the key") {
        entries[1].newValue = "rewritten";
        std::string previous = kKey;
        for (auto& e : entries) previous = e.hash = chainLink(previous, e);
        REQUIRE(verifyChain(kKey, entries).intact());  // consistent, but not what the paper fixed
        CHECK(confirmPrintedHead(verifyChain(kKey, entries), entries, 4, printed).find("rewritten since") !=
              std::string::npos);
    }
    SECTION("the last entries removed") {
        entries.resize(3);
        CHECK(confirmPrintedHead(verifyChain(kKey, entries), entries, 4, printed).find("removed") != std::string::npos);
    }
}
