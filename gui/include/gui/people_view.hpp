// People (the leader's): everyone in the portfolio with their role, and a form to add someone or
// change a person's role, brief or email.
#pragma once

#include "gui/ambitions_people_model.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <vector>

namespace innotrack::gui {

class PeopleView final : public View {
public:
    std::string_view name() const override { return "people"; }
    std::string_view title() const override { return "People"; }
    // Everyone, and how many innovations each leads.
    Changes shows() const override { return RecordKind::People | RecordKind::Innovations; }

    const std::vector<PersonRow>& rows() const { return rows_; }

private:
    void reload(AppState& state) override;
    void drawContent(AppState& state) override;
    void drawForm(AppState& state);

    std::vector<PersonRow> rows_;
    PersonDraft draft_;
};

}  // namespace innotrack::gui
