// history: the audit trail, who changed what and when, with the actors' names; audit verify: its
// chain rechecked, and the head a printed paper carries confirmed.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "tracker/errors.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace innotrack::cli::commands {
namespace {

// The entities the audit trail records, as the service names them.
constexpr std::array<std::string_view, 14> kEntities = {"person",  "ambition",  "innovation", "milestone", "risk",
                                                        "setback", "lesson",    "benefit",    "engagement", "decision",
                                                        "idea",    "review",    "settings",   "checklist"};

std::string entityList() {
    std::string out;
    for (std::size_t i = 0; i < kEntities.size(); ++i)
        out += std::string(i == 0 ? "" : (i + 1 == kEntities.size() ? " or " : ", ")) + std::string(kEntities[i]);
    return out;
}

class History final : public Command {
public:
    History()
        : Command({"history"}, "Show the audit trail: who changed what, and when",
                  "[--entity ENTITY] [--id N] [--person PERSON] [--limit N]", Access::Reads) {
        declare()
            .text("entity", "ENTITY", "only changes to this kind of record, such as milestone")
            .number("id", "N", "only changes to the record with this number (with --entity)")
            .text("person", "PERSON", "only changes made by this person, by id or name")
            .number("limit", "N", "only the newest N changes");
    }
    void execute(Context& context) const override {
        AuditFilter filter;
        if (auto entity = context.text("entity")) {
            bool known = false;
            for (const auto name : kEntities) known = known || name == *entity;
            if (!known)
                throw ValidationError("--entity", *entity,
                                      "--entity: '" + entity->substr(0, 40) + "' is not a kind of record (expected " +
                                          entityList() + ")");
            filter.entity = *entity;
        }
        filter.entityId = context.idOption("id");
        if (filter.entityId && !filter.entity)
            throw UsageError("--id needs --entity to say which kind of record, such as --entity milestone");
        filter.actorId = context.person("person");
        if (auto limit = context.number("limit")) {
            if (*limit <= 0)
                throw UsageError("--limit must be 1 or more, not " + std::to_string(*limit));
            filter.limit = static_cast<std::size_t>(*limit);
        }
        context.print(views::audit(context, context.portfolio().store().listAudit(filter)), "No changes match.");
    }
};

// The start of a hash as a paper prints it: hex digits, in either case.
std::string printedHash(const std::string& given) {
    std::string hash = given;
    std::transform(hash.begin(), hash.end(), hash.begin(), [](unsigned char c) { return std::tolower(c); });
    const bool hex = std::all_of(hash.begin(), hash.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
    if (!hex || hash.size() < 6 || hash.size() > 64)
        throw ValidationError("--head", given,
                              "--head: '" + given.substr(0, 70) +
                                  "' is not the start of an audit trail's hash (expected at least 6, and at most 64, "
                                  "of the digits 0-9 and letters a-f, as printed on the paper)");
    return hash;
}

std::string headWords(const AuditChainHead& head) {
    if (head.entries == 0) return "no entries yet";
    return counted(static_cast<long long>(head.entries), "entry", "entries") + ", head " + head.shortHash();
}

class AuditVerify final : public Command {
public:
    AuditVerify()
        : Command({"audit", "verify"},
                  "Check that the audit trail has not been rewritten; exit 1 if it has",
                  "[--head HASH --count N]", Access::Reads) {
        declare()
            .text("head", "HASH", "the audit trail's head as a board paper or tally printed it (with --count)")
            .number("count", "N", "the number of entries the paper printed beside the head (with --head)");
    }
    void execute(Context& context) const override {
        const auto head = context.text("head");
        const auto count = context.number("count");
        if (head.has_value() != count.has_value())
            throw UsageError("give --head and --count together, both as the paper printed them");
        if (count && *count <= 0) throw UsageError("--count must be 1 or more, not " + std::to_string(*count));
        const std::string printed = head ? printedHash(*head) : "";

        // One reading of the trail, whether or not a paper's head is to be confirmed.
        const auto [verdict, mismatch] =
            count ? context.portfolio().verifyAuditChain(static_cast<std::size_t>(*count), printed)
                  : std::pair{context.portfolio().verifyAuditChain(), std::string()};
        const std::string problem = verdict.firstBreak ? describeBreak(*verdict.firstBreak) : mismatch;
        if (!problem.empty()) context.setExitCode(1);

        if (context.format() != reports::Format::Text) {
            reports::Record record;
            record.field("entries", "Entries", reports::Cell::integer(static_cast<long long>(verdict.head.entries)));
            record.field("head", "Head", reports::Cell::text(verdict.head.shortHash()));
            record.field("intact", "Intact", reports::Cell::text(problem.empty() ? "yes" : "no"));
            record.field("problem", "Problem", reports::Cell::text(problem));
            context.print(record);
            return;
        }
        if (!problem.empty()) {
            context.out() << problem << ".\n";
            return;
        }
        context.out() << "The audit trail holds " << headWords(verdict.head) << ", intact";
        if (count) {
            const auto since = verdict.head.entries - static_cast<std::size_t>(*count);
            context.out() << "; it still holds the " << counted(*count, "entry", "entries") << " the paper was made from ("
                          << printed.substr(0, kPrintedHashDigits) << "), and "
                          << (since == 0 ? std::string("nothing") : counted(static_cast<long long>(since), "entry", "entries"))
                          << " added since";
        }
        context.out() << ".\n";
    }
};

}  // namespace

Made history() { return std::make_unique<History>(); }
Made auditVerify() { return std::make_unique<AuditVerify>(); }

}  // namespace innotrack::cli::commands
