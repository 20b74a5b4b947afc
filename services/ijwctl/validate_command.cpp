// ijwctl validate FILE...: level-1 (XSD) verdicts, equal to xmllint with the official schemas.

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "ijw/validate/validator.hpp"
#include "input.hpp"

namespace ijw::ctl {
namespace {

constexpr int kAllValid = 0;
constexpr int kSomeInvalid = 1;
constexpr int kUsageOrUnreadable = 2;

struct ValidateOptions {
  std::vector<std::string> files;
  std::size_t max_bytes = xml::Limits{}.max_bytes;
};

int run_validate(const ValidateOptions& options) {
  xml::Limits limits;
  limits.max_bytes = options.max_bytes;
  const validate::Validator validator(schema::ijw32(), limits);
  int exit_code = kAllValid;
  for (const auto& file : options.files) {
    std::string read_error;
    const auto input = read_input(file, read_error);
    if (!input) {
      std::cerr << fmt::format("{}: error: cannot read: {}\n", file, read_error);
      exit_code = kUsageOrUnreadable;
      continue;
    }
    const auto report = validator.validate(input->bytes);
    for (const auto& diagnostic : report.errors) std::cout << format_diagnostic(file, diagnostic);
    std::cout << file << (report.valid() ? ": ok\n" : ": invalid\n");
    if (!report.valid() && exit_code == kAllValid) exit_code = kSomeInvalid;
  }
  std::cout.flush();
  return exit_code;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  auto* command = app.add_subcommand("validate", "Check messages against the iJw 3.2 schemas (level 1, XSD)");
  command->footer(
      "For each FILE, prints one line per error as FILE:LINE:COL: error: PATH: TEXT, then a final line\n"
      "'FILE: ok' or 'FILE: invalid'. The message type is taken from the root element.\n"
      "Exit status: 0 all valid, 1 at least one invalid, 2 usage error or unreadable file.");
  command->add_option("files", options->files, "Messages to check; '-' reads standard input")->required();
  command->add_option("--max-bytes", options->max_bytes, "Refuse documents larger than this")
      ->capture_default_str();
  return [options] { return run_validate(*options); };
}

}  // namespace ijw::ctl
