// The commands that move data in and out of a portfolio (exchange/): one factory each, listed in
// registry.cpp like every other command.
#pragma once

#include "commands.hpp"

#include "exchange/registers.hpp"

namespace innotrack::cli::commands {

// import_registers.cpp: "import innovations FILE.csv", one command per register
Made importRegister(exchange::Register reg);
// import_portfolio.cpp: "import --all FILE.json", the whole portfolio into an empty file
Made importPortfolio();
// copy_portfolio.cpp: "copy --to LOCATION", the whole portfolio into a new file or empty database
Made copyPortfolio();
// export_registers.cpp: "export risks --format csv", one command per register
Made exportRegister(exchange::Register reg);
// export_portfolio.cpp: "export --format json|xlsx|ics", the whole portfolio in one file
Made exportPortfolio();

}  // namespace innotrack::cli::commands
