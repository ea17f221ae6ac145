// Importing the engagements register (DOMAIN.md "Taking people with you"): each row one
// engagement, added through the service as the person importing.
#include "import_rows.hpp"

#include <limits>

namespace innotrack::exchange::detail {
namespace {

class EngagementImporter final : public RowImporter {
public:
    explicit EngagementImporter(ImportScope& scope)
        : scope_(scope),
          innovation_(scope.layout.field("Innovation")),
          heldOn_(scope.layout.field("Date")),
          audience_(scope.layout.field("Audience")),
          form_(scope.layout.field("Form")),
          ledBy_(scope.layout.field("Led by")),
          participants_(scope.layout.field("How many took part")),
          stance_(scope.layout.field("Stance heard")),
          concerns_(scope.layout.field("Concerns raised")),
          response_(scope.layout.field("Response")) {}

    void import(Row& row) override {
        Engagement draft;
        const auto innovationId = scope_.names.innovation(row, innovation_);
        const auto heldOn = row.date(heldOn_);
        const auto audience = row.scale<Audience>(audience_);
        const auto form = row.scale<EngagementForm>(form_);
        const auto ledBy = scope_.names.person(row, ledBy_);
        draft.participants = row.number(participants_, 0, std::numeric_limits<int>::max());
        const auto stance = row.scale<Stance>(stance_);
        draft.concerns = row.text(concerns_);
        draft.response = row.text(response_);
        if (!row.ok() || !innovationId || !heldOn || !audience || !form || !ledBy || !stance) return;
        draft.innovationId = *innovationId;
        draft.heldOn = *heldOn;
        draft.audience = *audience;
        draft.form = *form;
        draft.ledById = *ledBy;
        draft.stance = *stance;
        row.attempt("Innovation", [&] { scope_.portfolio.addEngagement(scope_.actor.id, draft); });
    }

private:
    ImportScope& scope_;
    Field innovation_, heldOn_, audience_, form_, ledBy_, participants_, stance_, concerns_, response_;
};

}  // namespace

std::unique_ptr<RowImporter> engagementImporter(ImportScope& scope) {
    return std::make_unique<EngagementImporter>(scope);
}

}  // namespace innotrack::exchange::detail
