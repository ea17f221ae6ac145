// The parts every command shares: its words and the options it declares.
#include "cli/command.hpp"

#include <boost/program_options/value_semantic.hpp>

namespace innotrack::cli {

namespace po = boost::program_options;

namespace {

po::typed_value<std::string>* textValue(const char* valueName, Need need) {
    auto* value = po::value<std::string>()->value_name(valueName);
    if (need == Need::Required) value->required();
    return value;
}

}  // namespace

Options::Options() : shown_("Options"), all_("All options") {}

void Options::add(const char* name, const po::value_semantic* value, const char* description) {
    // The same description is kept in both sets: `shown_` makes the help, `all_` the parser.
    shown_.add_options()(name, value, description);
    all_.add(shown_.options().back());
}

// Numbers are taken as text and converted by the context, so a bad number is reported in the
// program's own words ("--likelihood must be a whole number, not 'six'").
Options& Options::text(const char* name, const char* valueName, const char* description, Need need) {
    add(name, textValue(valueName, need), description);
    return *this;
}

Options& Options::number(const char* name, const char* valueName, const char* description, Need need) {
    return text(name, valueName, description, need);
}

Options& Options::decimal(const char* name, const char* valueName, const char* description, Need need) {
    return text(name, valueName, description, need);
}

Options& Options::flag(const char* name, const char* description) {
    add(name, po::bool_switch(), description);
    return *this;
}

Options& Options::yesNo(const char* name, const char* description) {
    add(name, po::value<std::string>()->value_name("yes|no")->implicit_value("yes"), description);
    return *this;
}

Options& Options::id(const char* description, Need need) {
    auto* value = po::value<std::string>()->value_name("ID");
    if (need == Need::Required) value->required();
    all_.add_options()("id", value, description);
    positional_.add("id", 1);
    takesId_ = true;
    idRequired_ = need == Need::Required;
    idDescription_ = description;
    return *this;
}

Options& Options::file(const std::string& description) {
    add("file", po::value<std::string>()->value_name("FILE"), description.c_str());
    positional_.add("file", 1);
    return *this;
}

Command::Command(std::vector<std::string> words, std::string summary, std::string usage, Access access)
    : words_(std::move(words)), summary_(std::move(summary)), usage_(std::move(usage)), access_(access) {}

std::string Command::name() const {
    std::string out;
    for (const auto& word : words_) out += (out.empty() ? "" : " ") + word;
    return out;
}

std::string Command::group() const { return words_.size() > 1 ? words_.front() : std::string(); }

}  // namespace innotrack::cli
