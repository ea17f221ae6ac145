// Importing the lessons register, the PRINCE2 lessons log: each row added as a lesson learned,
// searchable across the portfolio like one typed in.
#include "import_rows.hpp"

namespace innotrack::exchange::detail {
namespace {

class LessonImporter final : public RowImporter {
public:
    explicit LessonImporter(ImportScope& scope)
        : scope_(scope),
          innovation_(scope.layout.field("Innovation")),
          source_(scope.layout.field("Source")),
          // The setback a lesson came from, when registers.hpp lists the column.
          setback_(scope.layout.optionalField("Setback")),
          whatHappened_(scope.layout.field("What happened")),
          effect_(scope.layout.field("Effect")),
          cause_(scope.layout.field("Cause")),
          earlyWarnings_(scope.layout.field("Early warnings")),
          recommendation_(scope.layout.field("Recommendation")),
          identifiedAsRisk_(scope.layout.field("Identified as risk")),
          tags_(scope.layout.field("Tags")),
          recordedBy_(scope.layout.field("Recorded by")),
          recordedOn_(scope.layout.field("Recorded on")) {}

    void import(Row& row) override {
        Lesson draft;
        const auto innovationId = scope_.names.innovation(row, innovation_);
        const auto source = row.scale<LessonSource>(source_);
        if (source) draft.source = *source;
        if (innovationId && setback_.present) draft.setbackId = scope_.names.setback(row, setback_, *innovationId);
        draft.whatHappened = row.text(whatHappened_);
        draft.effect = row.text(effect_);
        draft.cause = row.text(cause_);
        draft.earlyWarnings = row.text(earlyWarnings_);
        draft.recommendation = row.text(recommendation_);
        draft.identifiedAsRisk = row.yesNo(identifiedAsRisk_);
        draft.tags = row.list(tags_);
        requireImporter(row, recordedBy_, scope_, "recorded the lesson");
        if (const auto recorded = row.date(recordedOn_)) draft.recordedOn = *recorded;  // else today
        if (source == LessonSource::Setback && !draft.setbackId && row.ok())
            row.problem(source_, setback_.present
                                     ? "is setback, but the Setback column is empty; name the setback it came from"
                                     : "is setback, but a lesson from a setback must name its setback, which this "
                                       "register cannot; import it as other, then link it with: innotrack lesson "
                                       "update ID --setback N");
        if (!row.ok() || !innovationId) return;
        draft.innovationId = *innovationId;
        row.attempt("Innovation", [&] { scope_.portfolio.addLesson(scope_.actor.id, draft); });
    }

private:
    ImportScope& scope_;
    Field innovation_, source_, setback_, whatHappened_, effect_, cause_, earlyWarnings_, recommendation_,
        identifiedAsRisk_, tags_, recordedBy_, recordedOn_;
};

}  // namespace

std::unique_ptr<RowImporter> lessonImporter(ImportScope& scope) { return std::make_unique<LessonImporter>(scope); }

}  // namespace innotrack::exchange::detail
