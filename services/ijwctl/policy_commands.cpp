// ijwctl policy check FILE and ijwctl policy explain --region FILE MESSAGE: the regional policy (issue 7).

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "ijw/model/model.hpp"
#include "ijw/policy/check.hpp"
#include "ijw/validate/validator.hpp"
#include "input.hpp"

namespace ijw::ctl {
namespace {

constexpr int kOk = 0;
constexpr int kFound = 1;  // an invalid region file; findings for the message
constexpr int kFailure = 2;

struct PolicyCheckOptions {
  std::vector<std::string> files;
};

int run_policy_check(const PolicyCheckOptions& options) {
  int status = kOk;
  for (const auto& file : options.files) {
    try {
      const auto region = policy::load_region(file);
      std::cout << fmt::format("{}: ok: {} versie {}, {} gemeenten, {} producten, {} contracten, {} stapelparen\n",
                               file, region.regio, region.versie, region.gemeenten.size(), region.producten.size(),
                               region.contracten.size(), region.stapeling.paren.size());
    } catch (const policy::RegionError& error) {
      for (const auto& problem : error.problems()) std::cout << fmt::format("{}: error: {}\n", file, problem);
      std::cout << file << ": invalid\n";
      if (status == kOk) status = kFound;
    } catch (const std::exception& error) {
      std::cerr << fmt::format("{}: error: {}\n", file, error.what());
      status = kFailure;
    }
  }
  return status;
}

struct PolicyExplainOptions {
  std::string region;
  std::string file;
};

int run_policy_explain(const PolicyExplainOptions& options) {
  const auto region = policy::load_region(options.region);  // RegionError: reported by main, status 2
  std::string read_error;
  const auto input = read_input(options.file, read_error);
  if (!input) {
    std::cerr << fmt::format("{}: error: cannot read: {}\n", options.file, read_error);
    return kFailure;
  }
  const validate::Validator validator;
  const auto report = validator.validate(input->bytes);
  if (!report.valid()) {
    for (const auto& error : report.errors) std::cerr << format_diagnostic(options.file, error);
    std::cerr << options.file << ": invalid\n";
    return kFailure;
  }
  if (report.message->retour.empty()) {
    std::cerr << fmt::format("{}: {} is not a heenbericht the policy judges\n", options.file, report.message->id);
    return kFailure;
  }
  const auto bericht = model::parse_any(*report.document, *report.message);
  // Without a database the client has no stored state: stapeling and garantiefase see only this message.
  const auto verdict = policy::check(region, bericht, nullptr);
  std::cout << fmt::format("{}: regio {} versie {} (zonder opgeslagen toestand)\n", options.file, verdict.region,
                           verdict.region_version);
  for (const auto& finding : verdict.standard) {
    std::cout << fmt::format("{}:{}:{}: {} ({}): {}: {}\n", options.file, finding.where.line, finding.where.column,
                             finding.retourcode, finding.rule, finding.path, finding.explanation);
  }
  for (const auto& finding : verdict.policy) {
    std::cout << fmt::format("{}: {} ({}): {}: {} [{}]\n", options.file, finding.id,
                             policy::to_string(finding.severity), finding.path, finding.explanation, finding.seed);
  }
  const auto total = verdict.standard.size() + verdict.policy.size();
  std::cout << fmt::format("{}: {} bevinding(en){}\n", options.file, total, verdict.blocks() ? ", blokkerend" : "");
  return total == 0 ? kOk : kFound;
}

}  // namespace

Command add_policy_command(CLI::App& app) {
  auto* command = app.add_subcommand("policy", "The regional policy: check a region file, explain a message");
  command->require_subcommand(1);

  auto check_options = std::make_shared<PolicyCheckOptions>();
  auto* check = command->add_subcommand("check", "Validate region files (regions/*.json, schemas/region.md)");
  check->add_option("files", check_options->files, "The region files")->required();
  check->footer(
      "Prints FILE: ok with a summary, or one line per problem (FILE: error: ENTRY: FIELD: WHAT) and FILE: invalid.\n"
      "Exit status: 0 all valid, 1 one is invalid, 2 on an error (unreadable file).");

  auto explain_options = std::make_shared<PolicyExplainOptions>();
  auto* explain = command->add_subcommand("explain", "Print every policy finding for one heenbericht");
  explain->add_option("--region", explain_options->region, "The region file, e.g. regions/noord-limburg.json")
      ->required();
  explain
      ->add_option("message", explain_options->file,
                   "The heenbericht (JW301, JW305, JW307, JW315, JW317); '-' reads standard input")
      ->required();
  explain->footer(
      "Checks against an empty stored state (no database): the standard's codes (TR381 -> S329, TR378 -> S300)\n"
      "and the policy findings (id, block|signal, path, Dutch explanation, seed line).\n"
      "Exit status: 0 no findings, 1 findings, 2 on an error (unreadable or XSD-invalid message, invalid region).");

  return [check, check_options, explain_options] {
    if (check->parsed()) return run_policy_check(*check_options);
    return run_policy_explain(*explain_options);
  };
}

}  // namespace ijw::ctl
