// history: the audit trail, who changed what and when, with the actors' names.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "tracker/errors.hpp"

#include <array>
#include <string_view>

namespace innotrack::cli::commands {
namespace {

// The entities the audit trail records, as the service names them.
constexpr std::array<std::string_view, 11> kEntities = {"person",  "ambition", "innovation", "milestone",
                                                        "risk",    "setback",  "lesson",     "benefit",
                                                        "review",  "settings", "checklist"};

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

}  // namespace

Made history() { return std::make_unique<History>(); }

}  // namespace innotrack::cli::commands
