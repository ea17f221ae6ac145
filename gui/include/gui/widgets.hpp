// Small ImGui helpers shared by the views: controls that say why they are disabled, fields that
// show their validation error beside them, headings and located items for the tests.
#pragma once

#include "gui/app_state.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace innotrack::gui {

// A button that is disabled, with the permission's reason as its tooltip, when not allowed.
bool permittedButton(const char* label, const Permission& permission, const ImVec2& size = ImVec2(0, 0));
// After any control drawn inside ImGui::BeginDisabled: the reason as a tooltip on hover.
void disabledReason(const Permission& permission);

// A one-line text field bound to `text`, with `field`'s error (if any) shown under it in red. The
// input is located under `key` for the tests.
bool textField(AppState& state, const std::string& key, const char* label, std::string& text,
               const FieldErrors& errors, const std::string& field, const char* hint = nullptr);
// A multi-line text field with its label above it, `lines` high.
bool textArea(AppState& state, const std::string& key, const char* label, std::string& text,
              const FieldErrors& errors, const std::string& field, float lines = 3);
void fieldError(const FieldErrors& errors, const std::string& field);
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
// A "(?)" marker whose tooltip explains something.
void helpMarker(std::string_view text);

// Records the last item's rectangle under `key` for the headless tests.
void locate(AppState& state, const std::string& key);

}  // namespace innotrack::gui
