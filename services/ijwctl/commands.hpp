#pragma once
// The subcommands of ijwctl. Each registers itself on the CLI11 app and returns the exit code when run.

#include <CLI/CLI.hpp>

#include <functional>

namespace ijw::ctl {

using Command = std::function<int()>;

Command add_validate_command(CLI::App& app);
Command add_check_command(CLI::App& app);
Command add_migrate_command(CLI::App& app);
Command add_process_command(CLI::App& app);
Command add_policy_command(CLI::App& app);

}  // namespace ijw::ctl
