// Draw-list charts; see charts.hpp.
#include "gui/charts.hpp"

#include <algorithm>

namespace innotrack::gui {

ImU32 bandColour(RiskBand band) {
    switch (band) {
        case RiskBand::Low: return IM_COL32(120, 180, 120, 255);
        case RiskBand::Moderate: return IM_COL32(230, 200, 80, 255);
        case RiskBand::High: return IM_COL32(235, 140, 60, 255);
        case RiskBand::Critical: return IM_COL32(200, 50, 50, 255);
    }
    return IM_COL32(128, 128, 128, 255);
}

std::optional<std::pair<int, int>> drawRiskHeatMap(const RiskHeatMap& cells, const RiskBands& bands, float cellSize,
                                                   const std::function<void(int, int)>& afterCell,
                                                   std::optional<std::pair<int, int>> marked) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float labelWidth = ImGui::CalcTextSize("Likelihood 5").x + ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    std::optional<std::pair<int, int>> clicked;
    for (int likelihood = 5; likelihood >= 1; --likelihood) {
        const float y = origin.y + static_cast<float>(5 - likelihood) * cellSize;
        const std::string label = "Likelihood " + std::to_string(likelihood);
        list->AddText(ImVec2(origin.x, y + (cellSize - line) / 2), text, label.c_str());
        for (int impact = 1; impact <= 5; ++impact) {
            const ImVec2 min(origin.x + labelWidth + static_cast<float>(impact - 1) * cellSize, y);
            const ImVec2 max(min.x + cellSize - 2, min.y + cellSize - 2);
            list->AddRectFilled(min, max, bandColour(bands.bandOf(likelihood * impact)), 3);
            if (marked == std::pair{likelihood, impact}) list->AddRect(min, max, text, 3, 0, 3.0f);
            const std::int64_t count =
                cells[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
            if (count > 0) {
                const std::string number = std::to_string(count);
                const ImVec2 size = ImGui::CalcTextSize(number.c_str());
                const ImVec2 at(min.x + (cellSize - size.x) / 2, min.y + (cellSize - size.y) / 2);
                list->AddCircleFilled(ImVec2(at.x + size.x / 2, at.y + size.y / 2), line * 0.75f, IM_COL32(255, 255, 255, 220));
                list->AddText(at, IM_COL32(0, 0, 0, 255), number.c_str());
            }
            if (!afterCell) continue;
            ImGui::SetCursorScreenPos(min);
            ImGui::PushID(likelihood * 10 + impact);
            if (ImGui::InvisibleButton("cell", ImVec2(cellSize - 2, cellSize - 2))) clicked = {likelihood, impact};
            if (ImGui::IsItemHovered() && count == 0)
                ImGui::SetTooltip("Likelihood %d, impact %d: no open risks.", likelihood, impact);
            else if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Likelihood %d, impact %d: %lld open risk%s. Click to list %s.", likelihood, impact,
                                  static_cast<long long>(count), count == 1 ? "" : "s", count == 1 ? "it" : "them");
            afterCell(likelihood, impact);
            ImGui::PopID();
        }
    }
    ImGui::SetCursorScreenPos(origin);
    const float bottom = origin.y + 5 * cellSize;
    for (int impact = 1; impact <= 5; ++impact) {
        const std::string label = std::to_string(impact);
        const float x = origin.x + labelWidth + static_cast<float>(impact - 1) * cellSize;
        list->AddText(ImVec2(x + (cellSize - ImGui::CalcTextSize(label.c_str()).x) / 2, bottom + 2), text, label.c_str());
    }
    list->AddText(ImVec2(origin.x + labelWidth, bottom + line + 4), text, "Impact (1 negligible to 5 severe)");
    ImGui::Dummy(ImVec2(labelWidth + 5 * cellSize, 5 * cellSize + line * 2 + 8));
    return clicked;
}

std::optional<BarPick> drawStackedBars(const std::vector<BarRow>& rows, float width, bool legend,
                                       const std::function<void(std::size_t, std::size_t)>& afterSegment,
                                       std::optional<BarPick> marked) {
    std::int64_t largest = 1;
    for (const BarRow& row : rows) {
        std::int64_t total = 0;
        for (const BarSegment& segment : row.segments) total += segment.value;
        largest = std::max(largest, total);
    }
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    float labelWidth = 0;
    for (const BarRow& row : rows) labelWidth = std::max(labelWidth, ImGui::CalcTextSize(row.label.c_str()).x);
    labelWidth += ImGui::GetStyle().ItemSpacing.x * 2;
    const float barSpace = std::max(width - labelWidth - ImGui::CalcTextSize("0000").x, 40.0f);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    std::optional<BarPick> clicked;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const BarRow& row = rows[r];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        list->AddText(ImVec2(at.x, at.y + line * 0.25f), text, row.label.c_str());
        float x = at.x + labelWidth;
        std::int64_t total = 0;
        ImGui::PushID(static_cast<int>(r));
        for (std::size_t s = 0; s < row.segments.size(); ++s) {
            const BarSegment& segment = row.segments[s];
            const float length = barSpace * static_cast<float>(segment.value) / static_cast<float>(largest);
            if (length > 0) list->AddRectFilled(ImVec2(x, at.y), ImVec2(x + length, at.y + line * 1.5f), segment.colour);
            if (length > 0 && marked == BarPick{r, s})
                list->AddRect(ImVec2(x, at.y), ImVec2(x + length, at.y + line * 1.5f), text, 0, 0, 3.0f);
            if (length > 0 && afterSegment) {
                ImGui::SetCursorScreenPos(ImVec2(x, at.y));
                ImGui::PushID(static_cast<int>(s));
                // At least a few pixels, so a segment of one among thousands can still be clicked.
                if (ImGui::InvisibleButton("segment", ImVec2(std::max(length, 4.0f), line * 1.5f))) clicked = BarPick{r, s};
                if (ImGui::IsItemHovered()) {
                    list->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), text);
                    ImGui::SetTooltip("%s: %lld. Click to list them.", segment.label.c_str(),
                                      static_cast<long long>(segment.value));
                }
                afterSegment(r, s);
                ImGui::PopID();
            }
            x += length;
            total += segment.value;
        }
        ImGui::PopID();
        const std::string number = std::to_string(total);
        list->AddText(ImVec2(x + 6, at.y + line * 0.25f), text, number.c_str());
        ImGui::SetCursorScreenPos(at);
        ImGui::Dummy(ImVec2(width, line * 1.5f + 4));
    }
    if (!legend) return clicked;
    // The legend: each segment's colour once, wrapped to the chart's width.
    std::vector<std::string> seen;
    const float left = ImGui::GetCursorScreenPos().x;
    float x = left;
    for (const BarRow& row : rows)
        for (const BarSegment& segment : row.segments) {
            if (std::find(seen.begin(), seen.end(), segment.label) != seen.end()) continue;
            const float itemWidth = line + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(segment.label.c_str()).x;
            if (!seen.empty()) {
                if (x + itemWidth > left + width) x = left;
                else ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
            }
            seen.push_back(segment.label);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            list->AddRectFilled(at, ImVec2(at.x + line, at.y + line), segment.colour, 2);
            ImGui::Dummy(ImVec2(line, line));
            ImGui::SameLine();
            ImGui::TextUnformatted(segment.label.c_str());
            x = at.x + itemWidth + ImGui::GetStyle().ItemSpacing.x * 3;
        }
    return clicked;
}

std::optional<std::size_t> drawTrendLines(const std::vector<TrendLine>& lines, const std::vector<std::string>& labels,
                                          float width, float height,
                                          const std::function<std::string(std::size_t)>& describe,
                                          const std::function<void(std::size_t)>& afterPoint,
                                          std::optional<std::int64_t> fixedTop) {
    const std::size_t count = labels.size();
    if (count == 0) return std::nullopt;
    std::int64_t largest = fixedTop.value_or(1);
    if (!fixedTop)
        for (const TrendLine& line : lines)
            for (const std::int64_t value : line.values) largest = std::max(largest, value);
    largest = std::max<std::int64_t>(largest, 1);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float text = ImGui::GetTextLineHeight();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float slot = width / static_cast<float>(count);
    const float plotHeight = height - text * 1.5f;
    const auto x = [&](std::size_t at) { return origin.x + slot * (static_cast<float>(at) + 0.5f); };
    const auto y = [&](std::int64_t value) {
        return origin.y + plotHeight - plotHeight * static_cast<float>(value) / static_cast<float>(largest);
    };
    const ImU32 textColour = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 axis = ImGui::GetColorU32(ImGuiCol_Border);
    list->AddLine(ImVec2(origin.x, y(0)), ImVec2(origin.x + width, y(0)), axis);
    if (!fixedTop) list->AddText(ImVec2(origin.x, origin.y), textColour, std::to_string(largest).c_str());
    for (const TrendLine& line : lines)
        for (std::size_t at = 0; at < count && at < line.values.size(); ++at) {
            const ImVec2 point(x(at), y(line.values[at]));
            if (at > 0) list->AddLine(ImVec2(x(at - 1), y(line.values[at - 1])), point, line.colour, 2.0f);
            list->AddCircleFilled(point, 3.0f, line.colour);
        }
    std::optional<std::size_t> clicked;
    for (std::size_t at = 0; at < count; ++at) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + slot * static_cast<float>(at), origin.y));
        ImGui::PushID(static_cast<int>(at));
        if (ImGui::InvisibleButton("point", ImVec2(std::max(slot, 1.0f), plotHeight))) clicked = at;
        if (ImGui::IsItemHovered()) {
            list->AddLine(ImVec2(x(at), origin.y), ImVec2(x(at), y(0)), axis);
            ImGui::SetTooltip("%s", describe(at).c_str());
        }
        afterPoint(at);
        ImGui::PopID();
        const ImVec2 size = ImGui::CalcTextSize(labels[at].c_str());
        if (size.x < slot || at % 4 == 0)
            list->AddText(ImVec2(x(at) - size.x / 2, y(0) + 2), textColour, labels[at].c_str());
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    return clicked;
}

}  // namespace innotrack::gui
