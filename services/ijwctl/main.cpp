// ijwctl: the command-line tool of ijw-hub.

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"ijwctl: tools for the ijw-hub iJw 3.2 message hub"};
  app.require_subcommand(1);
  app.footer("Run 'ijwctl COMMAND --help' for the options of a command.");

  std::map<const CLI::App*, ijw::ctl::Command> commands;
  const auto add = [&](ijw::ctl::Command command) { commands.emplace(app.get_subcommands({}).back(), command); };
  add(ijw::ctl::add_validate_command(app));
  add(ijw::ctl::add_check_command(app));
  add(ijw::ctl::add_migrate_command(app));
  add(ijw::ctl::add_process_command(app));
  add(ijw::ctl::add_policy_command(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    // The documented usage-error status of the command that was asked for (check: 64, validate: 2).
    const auto* chosen = app.get_subcommands().empty() ? nullptr : app.get_subcommands().front();
    return chosen && chosen->get_name() == "check" ? 64 : 2;
  }
  try {
    return commands.at(app.get_subcommands().front())();
  } catch (const std::exception& error) {
    std::cerr << "ijwctl: error: " << error.what() << "\n";
    return 2;
  }
}
