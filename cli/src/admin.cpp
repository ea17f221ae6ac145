// init | demo | check | backup: commands about the portfolio file as a whole. (board is in board.cpp.)
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

#include "demo/demo.hpp"

namespace innotrack::cli::commands {
namespace {

using reports::Cell;

class Init final : public Command {
public:
    Init()
        : Command({"init"}, "Create a new portfolio, in a file or an empty database, with its leader",
                  "--leader NAME [--email ADDRESS] [--login ACCOUNT]", Access::Creates) {
        declare()
            .text("leader", "NAME", "the council leader's name", Need::Required)
            .text("email", "ADDRESS", "the leader's email address")
            .text("login", "ACCOUNT", "the leader's account; on a shared portfolio their server login");
    }
    void execute(Context& context) const override {
        Person leader;
        leader.name = *context.text("leader");
        leader.role = Role::Leader;
        leader.email = context.text("email").value_or("");
        leader.login = context.text("login").value_or("");
        const Person created = context.portfolio().initialise(leader);
        context.confirm("Created portfolio " + context.backend().location() + " with leader " + number(created.id) +
                            " " + quoted(created.name) + ".",
                        views::person(created));
    }
};

class Demo final : public Command {
public:
    Demo()
        : Command({"demo"}, "Fill a new or empty portfolio with a realistic demo council", "[--wales]",
                  Access::CreatesOrFills) {
        declare().flag("wales",
                       "a Welsh council: the portfolio set to Wales, its ambitions and innovations tagged with the "
                       "well-being goals and ways of working, and no Forward Plan check on its decisions");
    }
    void execute(Context& context) const override {
        const Nation nation = context.flag("wales") ? Nation::Wales : Nation::England;
        const DemoSummary s = writeDemoPortfolio(context.portfolio(), nation);
        reports::Record record;
        const auto count = [&](const char* key, const char* label, int value) {
            record.field(key, label, Cell::integer(value));
        };
        count("people", "People", s.people);
        count("ambitions", "Ambitions", s.ambitions);
        count("innovations", "Innovations", s.innovations);
        count("stage_changes", "Stage changes", s.stageChanges);
        count("milestones", "Milestones", s.milestones);
        count("milestones_completed", "Milestones completed", s.milestonesCompleted);
        count("milestone_moves", "Milestone moves", s.milestoneMoves);
        count("risks", "Risks", s.risks);
        count("risks_closed", "Risks closed", s.risksClosed);
        count("risks_occurred", "Risks occurred", s.risksOccurred);
        count("setbacks", "Setbacks", s.setbacks);
        count("lessons", "Lessons", s.lessons);
        count("benefits", "Benefits", s.benefits);
        count("benefits_realised", "Benefits realised", s.benefitsRealised);
        count("engagements", "Engagements", s.engagements);
        count("decisions", "Decisions", s.decisions);
        count("public_innovations", "Shown to residents", s.publicInnovations);
        count("reviews", "Reviews", s.reviews);
        count("review_entries", "Review entries", s.reviewEntries);
        context.note(std::string(nation == Nation::Wales ? "Wrote the Welsh demo portfolio to " : "Wrote the demo portfolio to ") +
                     context.backend().location() + ":");
        context.print(record);
    }
};

class Check final : public Command {
public:
    Check()
        : Command({"check"}, "Check the portfolio file and the domain's rules; exit 1 if anything is wrong", "",
                  Access::Reads) {}
    void execute(Context& context) const override {
        const auto problems = context.portfolio().check();
        if (!problems.empty()) context.setExitCode(1);
        if (context.format() != reports::Format::Text) {
            reports::Table table;
            table.column("problem", "Problem");
            for (const auto& problem : problems) table.addRow({Cell::text(problem.what)});
            context.print(table, "");
            return;
        }
        if (problems.empty()) {
            context.out() << "No problems found.\n";
            return;
        }
        context.out() << counted(static_cast<long long>(problems.size()), "problem") << " found:\n";
        for (const auto& problem : problems) context.out() << "  - " << problem.what << '\n';
    }
};

class Backup final : public Command {
public:
    Backup()
        : Command({"backup"}, "Copy the whole portfolio to a new file, safely, even while others are using it",
                  "FILE | --to FILE", Access::Reads) {
        declare()
            .file("where to write the copy (a new file); also taken as the word after the command")
            .text("to", "FILE", "the same as --file, as earlier versions took it");
    }
    void execute(Context& context) const override {
        const auto given = context.text("file");
        const auto to = context.text("to");
        if (given && to && *given != *to)
            throw UsageError("give the copy's file once, as FILE or as --to FILE, not both");
        if (!given && !to) throw UsageError("missing FILE, where to write the copy (a new file)");
        const std::string target = given ? *given : *to;
        context.backend().backupTo(target);
        context.out() << "Backed up " << context.backend().location() << " to " << target << ".\n";
    }
};

}  // namespace

Made backup() { return std::make_unique<Backup>(); }
Made init() { return std::make_unique<Init>(); }
Made demo() { return std::make_unique<Demo>(); }
Made check() { return std::make_unique<Check>(); }

}  // namespace innotrack::cli::commands
