// The labels and keys of every scale. Keys are stored in files: never change one.
#include "tracker/scales.hpp"

#include "tracker/errors.hpp"
#include "tracker/decision.hpp"
#include "tracker/idea.hpp"
#include "tracker/text.hpp"
#include "tracker/wellbeing.hpp"

#include <cctype>

namespace innotrack {

#define INNOTRACK_ENTRIES(E, N) const std::array<ScaleEntry<E>, N> Scale<E>::entries

INNOTRACK_ENTRIES(Role, 4){{{Role::Viewer, "viewer", "Viewer"},
                            {Role::Officer, "officer", "Project officer"},
                            {Role::Cabinet, "cabinet", "Cabinet member"},
                            {Role::Leader, "leader", "Leader"}}};
INNOTRACK_ENTRIES(Stage, 6){{{Stage::Idea, "idea", "Idea"},
                             {Stage::Exploring, "exploring", "Exploring"},
                             {Stage::Piloting, "piloting", "Piloting"},
                             {Stage::Scaling, "scaling", "Scaling"},
                             {Stage::Mainstreamed, "mainstreamed", "Mainstreamed"},
                             {Stage::Stopped, "stopped", "Stopped"}}};
INNOTRACK_ENTRIES(Confidence, 5){{{Confidence::Green, "green", "Green"},
                                  {Confidence::AmberGreen, "amber-green", "Amber/Green"},
                                  {Confidence::Amber, "amber", "Amber"},
                                  {Confidence::AmberRed, "amber-red", "Amber/Red"},
                                  {Confidence::Red, "red", "Red"}}};
INNOTRACK_ENTRIES(FailureKind, 3){{{FailureKind::Basic, "basic", "Basic failure"},
                                   {FailureKind::Complex, "complex", "Complex failure"},
                                   {FailureKind::Intelligent, "intelligent", "Intelligent failure"}}};
INNOTRACK_ENTRIES(RiskStatus, 3){{{RiskStatus::Open, "open", "Open"},
                                  {RiskStatus::Closed, "closed", "Closed"},
                                  {RiskStatus::Occurred, "occurred", "Occurred"}}};
INNOTRACK_ENTRIES(RiskResponse, 6){{{RiskResponse::Avoid, "avoid", "Avoid"},
                                    {RiskResponse::Reduce, "reduce", "Reduce"},
                                    {RiskResponse::Fallback, "fallback", "Fallback"},
                                    {RiskResponse::Transfer, "transfer", "Transfer"},
                                    {RiskResponse::Accept, "accept", "Accept"},
                                    {RiskResponse::Share, "share", "Share"}}};
INNOTRACK_ENTRIES(Proximity, 4){{{Proximity::Imminent, "imminent", "Imminent"},
                                 {Proximity::ThisStage, "this-stage", "This stage"},
                                 {Proximity::ThisProject, "this-project", "This project"},
                                 {Proximity::Beyond, "beyond", "Beyond this project"}}};
INNOTRACK_ENTRIES(LessonSource, 3){{{LessonSource::Setback, "setback", "From a setback"},
                                    {LessonSource::Success, "success", "From a success"},
                                    {LessonSource::Other, "other", "Other"}}};
INNOTRACK_ENTRIES(RiskBand, 4){{{RiskBand::Low, "low", "Low"},
                                {RiskBand::Moderate, "moderate", "Moderate"},
                                {RiskBand::High, "high", "High"},
                                {RiskBand::Critical, "critical", "Critical"}}};
INNOTRACK_ENTRIES(Audience, 8){{{Audience::Cabinet, "cabinet", "The cabinet"},
                                {Audience::RulingGroup, "ruling-group", "The ruling group"},
                                {Audience::AllMembers, "all-members", "All members"},
                                {Audience::Scrutiny, "scrutiny", "A scrutiny committee"},
                                {Audience::Staff, "staff", "Staff"},
                                {Audience::TradeUnions, "trade-unions", "Trade unions"},
                                {Audience::Residents, "residents", "Residents"},
                                {Audience::Partners, "partners", "Partners"}}};
INNOTRACK_ENTRIES(EngagementForm, 5){{{EngagementForm::Briefing, "briefing", "Briefing"},
                                      {EngagementForm::Workshop, "workshop", "Workshop"},
                                      {EngagementForm::Consultation, "consultation", "Consultation"},
                                      {EngagementForm::Newsletter, "newsletter", "Newsletter"},
                                      {EngagementForm::PublicMeeting, "public-meeting", "Public meeting"}}};
INNOTRACK_ENTRIES(Stance, 3){{{Stance::Support, "support", "Support"},
                              {Stance::Mixed, "mixed", "Mixed"},
                              {Stance::Opposed, "opposed", "Opposed"}}};
#undef INNOTRACK_ENTRIES

// Each table lists its enum's values in order, so a value's index is its position.
static_assert(static_cast<int>(Stage::Stopped) == 5, "Stage table out of step with the enum");
static_assert(static_cast<int>(Confidence::Red) == 4, "Confidence table out of step with the enum");
static_assert(static_cast<int>(RiskResponse::Share) == 5, "RiskResponse table out of step");
static_assert(static_cast<int>(RiskBand::Critical) == 3, "RiskBand table out of step");

namespace {

// Lower case with '/', '_' and ' ' folded to '-', so "Amber/Green" matches "amber-green".
std::string normalise(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '/' || c == '_' || c == ' ') c = '-';
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

template <typename E>
E parseScale(std::string_view field, std::string_view text) {
    const std::string wanted = normalise(text);
    for (const auto& entry : Scale<E>::entries)
        if (wanted == entry.key || wanted == normalise(entry.label)) return entry.value;
    throw ValidationError(std::string(field), std::string(text),
                          std::string(field) + ": " + quotedValue(text) + " is not one of " + acceptedKeys<E>());
}

template Role parseScale<Role>(std::string_view, std::string_view);
template Stage parseScale<Stage>(std::string_view, std::string_view);
template Confidence parseScale<Confidence>(std::string_view, std::string_view);
template FailureKind parseScale<FailureKind>(std::string_view, std::string_view);
template RiskStatus parseScale<RiskStatus>(std::string_view, std::string_view);
template RiskResponse parseScale<RiskResponse>(std::string_view, std::string_view);
template Proximity parseScale<Proximity>(std::string_view, std::string_view);
template LessonSource parseScale<LessonSource>(std::string_view, std::string_view);
template RiskBand parseScale<RiskBand>(std::string_view, std::string_view);
template IdeaSource parseScale<IdeaSource>(std::string_view, std::string_view);
template IdeaStatus parseScale<IdeaStatus>(std::string_view, std::string_view);
template Audience parseScale<Audience>(std::string_view, std::string_view);
template EngagementForm parseScale<EngagementForm>(std::string_view, std::string_view);
template Stance parseScale<Stance>(std::string_view, std::string_view);
template Nation parseScale<Nation>(std::string_view, std::string_view);
template ShortNoticeRoute parseScale<ShortNoticeRoute>(std::string_view, std::string_view);
template WellbeingGoal parseScale<WellbeingGoal>(std::string_view, std::string_view);
template WayOfWorking parseScale<WayOfWorking>(std::string_view, std::string_view);

bool isForward(Stage from, Stage to) {
    if (from == Stage::Stopped || to == Stage::Stopped) return false;
    return static_cast<int>(to) > static_cast<int>(from);
}

bool isActive(Stage stage) { return stage != Stage::Mainstreamed && stage != Stage::Stopped; }

}  // namespace innotrack
