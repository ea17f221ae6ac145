// Parses innotrack-gui's options with Boost.Program_options; see options.hpp.
#include "options.hpp"

#include "gui/app.hpp"
#include "tracker/errors.hpp"

// GCC 12's optimiser reports a "potential null pointer dereference" inside Boost's
// typed_value::notify (it cannot see that the value it casts was stored with that type), so a
// release build would warn about Boost, not this file; quiet it here only, for GCC only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#endif
#include <boost/program_options.hpp>

#include <algorithm>
#include <sstream>
#include <vector>

namespace innotrack::gui {

namespace po = boost::program_options;

GuiOptions parseGuiOptions(int argc, const char* const argv[]) {
    GuiOptions options;
    std::string names;
    for (const std::string& name : viewNames()) names += (names.empty() ? "" : ", ") + name;
    std::string size;

    po::options_description described("innotrack-gui: the desktop app for a council's portfolio of priority innovations.\n\n"
                                       "Usage: innotrack-gui [--db FILE | --demo [--wales]] [--as PERSON] [--view NAME]\n"
                                       "       innotrack-gui --screenshot FILE --view NAME [--db FILE] [--as PERSON]\n\n"
                                       "Options");
    described.add_options()
        ("help,h", "show this help")
        ("version", "show the version")
        ("db", po::value(&options.db), "the portfolio file to open (default: the one opened last)")
        ("demo", "open the demo portfolio, kept in memory (nothing is saved)")
        ("wales", "with --demo: the Welsh demo council (the portfolio set to Wales, tagged with the well-being goals)")
        ("as", po::value(&options.actAs), "act as this person (name or id); default: the one chosen last")
        ("view", po::value(&options.view), ("the view to show first: " + names).c_str())
        ("meeting", "show the open weekly review in meeting mode (the review view)")
        ("theme", po::value(&options.theme), "light or dark")
        ("screenshot", po::value(&options.screenshot), "draw the view in a window, save it to this PNG file and exit")
        ("locations", po::value(&options.locations),
         "for scripts that drive the window (scripts/gui_weekly_jobs.sh): after every frame that moved a control, "
         "write each named control's rectangle to this file, one \"MINX MINY MAXX MAXY KEY\" a line, in window pixels")
        ("size", po::value(&size), "the window's size for --screenshot, as WIDTHxHEIGHT (default 1280x800)");

    po::variables_map values;
    try {
        po::store(po::parse_command_line(argc, argv, described), values);
        po::notify(values);
    } catch (const po::error& error) {
        throw ValidationError("option", "", std::string(error.what()) + "; see innotrack-gui --help");
    }
    std::ostringstream usage;
    usage << described;
    options.usage = usage.str();
    options.help = values.count("help") > 0;
    options.version = values.count("version") > 0;
    options.demo = values.count("demo") > 0;
    options.wales = values.count("wales") > 0;
    options.meeting = values.count("meeting") > 0;
    if (options.meeting) options.view = "review";

    const std::vector<std::string> known = viewNames();
    if (!options.view.empty() && std::find(known.begin(), known.end(), options.view) == known.end())
        throw ValidationError("--view", options.view, "--view: no view is called '" + options.view + "'; choose " + names);
    if (!options.theme.empty() && options.theme != "light" && options.theme != "dark")
        throw ValidationError("--theme", options.theme, "--theme: '" + options.theme + "' is not light or dark");
    if (!size.empty()) {
        const auto x = size.find('x');
        try {
            if (x == std::string::npos) throw std::invalid_argument(size);
            options.width = std::stoi(size.substr(0, x));
            options.height = std::stoi(size.substr(x + 1));
        } catch (const std::exception&) {
            throw ValidationError("--size", size, "--size: '" + size + "' is not WIDTHxHEIGHT, such as 1280x800");
        }
        if (options.width < 320 || options.height < 240 || options.width > 8192 || options.height > 8192)
            throw ValidationError("--size", size, "--size: " + size + " is outside 320x240 to 8192x8192");
    }
    if (!options.db.empty() && options.demo)
        throw ValidationError("--demo", "", "--demo: give either --db or --demo, not both");
    if (options.wales && !options.demo)
        throw ValidationError("--wales", "", "--wales: it chooses the Welsh demo, so give it with --demo");
    return options;
}

}  // namespace innotrack::gui

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
