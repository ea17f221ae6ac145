// Small ImGui helpers shared by the views: controls that say why they are disabled, fields that
// show their validation error beside them, headings and located items for the tests.
#pragma once

#include "gui/app_state.hpp"
#include "tracker/scales.hpp"

#include <imgui.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::gui {

// A button that is disabled, with the permission's reason as its tooltip, when not allowed.
bool permittedButton(const char* label, const Permission& permission, const ImVec2& size = ImVec2(0, 0));
// After any control drawn inside ImGui::BeginDisabled: the reason as a tooltip on hover.
void disabledReason(const Permission& permission);
// Under a list the acting person may read but not change: why, wrapped, in muted text.
void readOnlyReason(const Permission& permission);

// A one-line text field bound to `text`, with `field`'s error (if any) shown under it in red. The
// input is located under `key` for the tests. Enter in it submits its form: see submittedByEnter.
bool textField(AppState& state, const std::string& key, const char* label, std::string& text,
               const FieldErrors& errors, const std::string& field, const char* hint = nullptr);
// A multi-line text field with its label above it, `lines` high.
bool textArea(AppState& state, const std::string& key, const char* label, std::string& text,
              const FieldErrors& errors, const std::string& field, float lines = 3);
void fieldError(const FieldErrors& errors, const std::string& field);
// A message as it reads beside its own field: without the field's name in front, which the
// service's messages start with so that they read on their own elsewhere ("date: 2026-02-30 is not
// a date" beside Date reads "2026-02-30 is not a date"), and starting with a capital.
std::string messageBesideField(const std::string& field, const std::string& message);
// True once, in the frame a one-line textField was left by pressing Enter: a form ORs it with its
// submit button, so Enter submits the form the cursor was in (forms draw their fields first).
bool submittedByEnter();
// At a form's end: the errors no field showed this frame.
void otherErrors(const FieldErrors& errors);

// Call before BeginPopupModal: a dialog `ems` font-sizes wide that grows in height with its
// content (a validation message must never push the buttons out of sight). Returns the flags.
int fixedWidthDialog(float ems);
// Opens the modal dialog `title` the first time it is called for a request (`opened` false), then
// begins it, `ems` wide (fixedWidthDialog). False when it is not showing (closed by ImGui): the
// caller forgets the request. When true, end it with ImGui::EndPopup.
bool beginRequestedDialog(const char* title, bool& opened, float ems);

void heading(std::string_view text);
void mutedText(std::string_view text);
void wrappedText(std::string_view text);
// A bullet point whose text wraps at the window's edge.
void wrappedBullet(std::string_view text);
// Tags as small rounded chips on one line, as many as fit the space left on it, then "+N more";
// all of them in the tooltip. Located under `key`.
void tagChips(AppState& state, const std::string& key, const std::vector<std::string>& tags);
// A "(?)" marker whose tooltip explains something.
void helpMarker(std::string_view text);

// Records the last item's rectangle under `key` for the headless tests.
void locate(AppState& state, const std::string& key);

// A choice among a scale's labels (audience, response, proximity…), `ems` font sizes wide,
// located under `key` and each entry under key.<entry key>.
template <typename E>
void scaleCombo(AppState& state, const std::string& key, const char* label, E& value, float ems) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * ems);
    if (ImGui::BeginCombo(label, std::string(labelOf(value)).c_str())) {
        for (const auto& entry : Scale<E>::entries) {
            if (ImGui::Selectable(std::string(entry.label).c_str(), value == entry.value)) value = entry.value;
            locate(state, key + "." + std::string(entry.key));
        }
        ImGui::EndCombo();
    }
    locate(state, key);
}

// A choice of one record (a person, an ambition) from `names` by id, `placeholder` until one is
// chosen, located under `key`. With `noneLabel`, its first entry chooses none.
void choiceCombo(AppState& state, const std::string& key, const char* label, OptionalId& chosen,
                 const std::map<Id, std::string>& names, const char* placeholder, float ems,
                 const char* noneLabel = nullptr);

}  // namespace innotrack::gui
