// ijwctl check FILE: levels 1 and 2 and TR135 on a heenbericht, and the retourbericht that answers it.

#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "commands.hpp"
#include "ijw/model/model.hpp"
#include "ijw/retour/check.hpp"
#include "ijw/rules/calendar.hpp"
#include "input.hpp"

namespace ijw::ctl {
namespace {

constexpr int kAccepted = 0;
constexpr int kRejected = 1;
constexpr int kNotValidXml = 2;
constexpr int kUsage = 64;

struct CheckOptions {
  std::string file;
  std::string today;      // YYYY-MM-DD; empty: the date in Amsterdam now
  std::string retour_id;  // empty: generated
  bool explain = false;
};

void explain(const std::string& file, const rules::Findings& findings) {
  for (const auto& finding : findings) {
    std::cerr << fmt::format("{}:{}:{}: {} ({}): {}: {}\n", file, finding.where.line, finding.where.column,
                             finding.rule, finding.retourcode, finding.path, finding.explanation);
  }
}

int run_check(const CheckOptions& options) {
  std::optional<std::chrono::year_month_day> today =
      options.today.empty() ? rules::amsterdam_date(std::chrono::system_clock::now()) : model::to_date(options.today);
  if (!today || options.today.find_first_not_of("0123456789-") != std::string::npos) {
    std::cerr << "ijwctl check: --today wants a date YYYY-MM-DD, not '" << options.today << "'\n";
    return kUsage;
  }
  if (options.retour_id.size() > 12) {
    std::cerr << "ijwctl check: --retour-id takes 1 to 12 characters\n";
    return kUsage;
  }
  std::string read_error;
  const auto input = read_input(options.file, read_error);
  if (!input) {
    std::cerr << fmt::format("{}: error: cannot read: {}\n", options.file, read_error);
    return kUsage;
  }

  retour::ClockIdentificaties generated;
  retour::FixedIdentificatie fixed(options.retour_id);
  retour::IdentificatieSource& identificaties =
      options.retour_id.empty() ? static_cast<retour::IdentificatieSource&>(generated) : fixed;
  retour::CheckResult result;
  try {
    result = retour::check_heenbericht(input->bytes, rules::Context{*today}, identificaties, validate::Validator());
  } catch (const std::invalid_argument& error) {
    std::cerr << "ijwctl check: " << options.file << ": " << error.what()
              << "; check takes JW301, JW305, JW307, JW315 or JW317\n";
    return kUsage;
  }
  if (!result.retour) {
    for (const auto& error : result.level1.errors) std::cerr << format_diagnostic(options.file, error);
    std::cerr << options.file << ": invalid\n";
    return kNotValidXml;
  }
  if (options.explain) explain(options.file, result.findings);
  std::cout << *result.retour;
  std::cout.flush();
  return result.accepted() ? kAccepted : kRejected;
}

}  // namespace

Command add_check_command(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  auto* command = app.add_subcommand("check", "Check a heenbericht (levels 1, 2 and TR135) and print its retour");
  command->footer(
      "Writes the retourbericht (JW302/306/308/316/318) to standard output, UTF-8 with CRLF line ends.\n"
      "Exit status: 0 accepted (retour without RetourCodes), 1 rejected (retour with RetourCodes),\n"
      "2 not XSD-valid XML (no retour; the reasons on standard error), 64 usage error.");
  command->add_option("file", options->file, "The heenbericht; '-' reads standard input")->required();
  command->add_option("--today", options->today,
                      "The date of receipt, YYYY-MM-DD (default: today in Europe/Amsterdam); TR135 and "
                      "DagtekeningRetour use it");
  command->add_option("--retour-id", options->retour_id,
                      "IdentificatieRetour to use, 1-12 characters (default: generated from the clock)");
  command->add_flag("--explain", options->explain,
                    "Also print every finding (rule id, retourcode, path, explanation) to standard error");
  return [options] { return run_check(*options); };
}

}  // namespace ijw::ctl
