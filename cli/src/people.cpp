// person add | list | show | update: the people who use the portfolio and their roles.
#include "commands.hpp"
#include "output.hpp"
#include "views.hpp"

namespace innotrack::cli::commands {
namespace {

void declarePersonFields(Options& options, Need need) {
    options.text("name", "NAME", "the person's name, unique in the portfolio", need)
        .text("role", "ROLE", "the person's role: viewer, officer, cabinet or leader", need)
        .text("portfolio", "TEXT", "a cabinet member's brief, such as \"Adult social care\"")
        .text("email", "ADDRESS", "the person's email address")
        .text("login", "ACCOUNT",
              "the account they sign in with; on a shared portfolio their server login, which is then who "
              "they are (\"\" for none)");
}

void applyFields(const Context& context, Person& person) {
    if (auto name = context.text("name")) person.name = *name;
    if (auto role = context.scale<Role>("role")) person.role = *role;
    if (auto portfolio = context.text("portfolio")) person.portfolio = *portfolio;
    if (auto email = context.text("email")) person.email = *email;
    if (auto login = context.text("login")) person.login = *login;
}

class PersonAdd final : public Command {
public:
    PersonAdd()
        : Command({"person", "add"}, "Add a person and their role (the leader only)",
                  "--name NAME --role ROLE [--portfolio TEXT] [--email ADDRESS] [--login ACCOUNT]", Access::Writes) {
        declarePersonFields(declare(), Need::Required);
    }
    void execute(Context& context) const override {
        Person person;
        applyFields(context, person);
        const Person added = context.portfolio().addPerson(context.actor().id, person);
        context.confirm("Added person " + number(added.id) + " " + quoted(added.name) + " (" + label(added.role) + ").",
                        views::person(added));
    }
};

class PersonList final : public Command {
public:
    PersonList() : Command({"person", "list"}, "List everyone in the portfolio", "", Access::Reads) {}
    void execute(Context& context) const override {
        context.print(views::people(context.portfolio().store().listPeople()), "No people yet.");
    }
};

class PersonShow final : public Command {
public:
    PersonShow() : Command({"person", "show"}, "Show one person", "ID", Access::Reads) {
        declare().id("the person's number");
    }
    void execute(Context& context) const override {
        context.print(views::person(context.portfolio().person(context.id())));
    }
};

class PersonUpdate final : public Command {
public:
    PersonUpdate()
        : Command({"person", "update"}, "Change a person's name, role, brief, email or login (the leader only)",
                  "ID [--name NAME] [--role ROLE] [--portfolio TEXT] [--email ADDRESS] [--login ACCOUNT]", Access::Writes) {
        declare().id("the person's number");
        declarePersonFields(declare(), Need::Optional);
    }
    void execute(Context& context) const override {
        Person person = context.portfolio().person(context.id());
        applyFields(context, person);
        const Person updated = context.portfolio().updatePerson(context.actor().id, person);
        context.confirm("Updated person " + number(updated.id) + " " + quoted(updated.name) + ".",
                        views::person(updated));
    }
};

}  // namespace

Made personAdd() { return std::make_unique<PersonAdd>(); }
Made personList() { return std::make_unique<PersonList>(); }
Made personShow() { return std::make_unique<PersonShow>(); }
Made personUpdate() { return std::make_unique<PersonUpdate>(); }

}  // namespace innotrack::cli::commands
