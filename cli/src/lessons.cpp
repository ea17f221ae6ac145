// lesson add | list | show | update: the lessons log, searchable across the whole portfolio so
// another team can "plagiarise with pride".
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

namespace innotrack::cli::commands {
namespace {

void declareLessonFields(Options& options, Need need) {
    options.text("what", "TEXT", "what happened", need)
        .text("recommendation", "TEXT", "what others should do differently or copy", need)
        .number("setback", "ID", "the setback the lesson comes from")
        .text("source", "SOURCE", "where the lesson comes from: setback, success or other")
        .text("effect", "TEXT", "the effect it had")
        .text("cause", "TEXT", "the cause or trigger")
        .text("warnings", "TEXT", "early warning signs")
        .yesNo("identified-as-risk", "it had been identified as a risk")
        .text("tags", "A,B", "tags for searching, separated by commas");
}

std::vector<std::string> splitTags(const std::string& text) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::string tag = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (tag.find_first_not_of(' ') != std::string::npos) tags.push_back(tag);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return tags;
}

void applyFields(const Context& context, Lesson& lesson) {
    if (auto what = context.text("what")) lesson.whatHappened = *what;
    if (auto recommendation = context.text("recommendation")) lesson.recommendation = *recommendation;
    if (context.has("setback")) lesson.setbackId = context.idOption("setback");
    if (auto source = context.scale<LessonSource>("source")) lesson.source = *source;
    if (auto effect = context.text("effect")) lesson.effect = *effect;
    if (auto cause = context.text("cause")) lesson.cause = *cause;
    if (auto warnings = context.text("warnings")) lesson.earlyWarnings = *warnings;
    if (auto identified = context.yesNo("identified-as-risk")) lesson.identifiedAsRisk = *identified;
    if (auto tags = context.text("tags")) lesson.tags = splitTags(*tags);
}

class LessonAdd final : public Command {
public:
    LessonAdd()
        : Command({"lesson", "add"}, "Record a lesson learned",
                  "--innovation ID --what TEXT --recommendation TEXT [--setback ID] [--source SOURCE] "
                  "[--tags A,B] [--on DATE] ...",
                  Access::Writes) {
        declare().number("innovation", "ID", "the innovation the lesson comes from", Need::Required);
        declareLessonFields(declare(), Need::Required);
        declare().text("on", "DATE", "the day the lesson was learned (default today)");
    }
    void execute(Context& context) const override {
        Lesson lesson;
        lesson.innovationId = *context.idOption("innovation");
        applyFields(context, lesson);
        if (const auto on = context.date("on")) lesson.recordedOn = *on;
        const Lesson added = context.portfolio().addLesson(context.actor().id, lesson);
        context.confirm("Added lesson " + number(added.id) + " " + quoted(added.whatHappened) + " to innovation " +
                            number(added.innovationId) + ".",
                        views::lesson(context, added));
    }
};

class LessonList final : public Command {
public:
    LessonList()
        : Command({"lesson", "list"}, "Search the lessons log across the portfolio",
                  "[--innovation ID] [--search TEXT] [--tag TAG] [--kind KIND]", Access::Reads) {
        declare()
            .number("innovation", "ID", "only this innovation's lessons")
            .text("search", "TEXT", "only lessons with this text in any field")
            .text("tag", "TAG", "only lessons with this tag")
            .text("kind", "KIND", "only lessons from setbacks of this kind: basic, complex or intelligent");
    }
    void execute(Context& context) const override {
        LessonFilter filter;
        filter.innovationId = context.idOption("innovation");
        filter.text = context.text("search").value_or("");
        filter.tag = context.text("tag").value_or("");
        filter.kind = context.scale<FailureKind>("kind");
        const auto& store = context.portfolio().store();
        context.readNames();  // before the rows come, as every streamed list does
        const std::vector<reports::Column> columns = context.listedColumns(views::lessonColumns());
        context.printRows(columns, "No lessons match.", [&](reports::TableStream& rows) {
            store.forEachLesson(filter, [&](const Lesson& l) { rows.add(views::lessonRow(context, columns, l)); });
        });
    }
};

class LessonShow final : public Command {
public:
    LessonShow() : Command({"lesson", "show"}, "Show a lesson in full", "ID", Access::Reads) {
        declare().id("the lesson's number");
    }
    void execute(Context& context) const override {
        context.print(views::lesson(context, context.portfolio().lesson(context.id())));
    }
};

class LessonUpdate final : public Command {
public:
    LessonUpdate()
        : Command({"lesson", "update"}, "Change a lesson",
                  "ID [--what TEXT] [--recommendation TEXT] [--tags A,B] ...", Access::Writes) {
        declare().id("the lesson's number");
        declareLessonFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Lesson lesson = context.portfolio().lesson(context.id());
        applyFields(context, lesson);
        const Lesson updated = context.portfolio().updateLesson(context.actor().id, lesson);
        context.confirm("Updated lesson " + number(updated.id) + " " + quoted(updated.whatHappened) + ".",
                        views::lesson(context, updated));
    }
};

}  // namespace

Made lessonAdd() { return std::make_unique<LessonAdd>(); }
Made lessonList() { return std::make_unique<LessonList>(); }
Made lessonShow() { return std::make_unique<LessonShow>(); }
Made lessonUpdate() { return std::make_unique<LessonUpdate>(); }

}  // namespace innotrack::cli::commands
