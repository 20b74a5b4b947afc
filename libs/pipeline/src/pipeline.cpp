#include "ijw/pipeline/pipeline.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <stdexcept>
#include <variant>

#include "ijw/model/model.hpp"
#include "ijw/retour/compose.hpp"
#include "ijw/rules/registry.hpp"
#include "ijw/state/changes.hpp"

namespace ijw::pipeline {
namespace {

// A conflict means another transaction changed what this one read; a handful of rounds settles it.
constexpr int kAttempts = 8;

store::Heenbericht heenbericht_of(std::string_view bytes, const std::string& type, const model::AnyBericht& bericht) {
  return std::visit(
      [&](const auto& message) {
        const auto& header = message.Header;
        const auto& identificatie = header.BerichtIdentificatie;
        return store::Heenbericht{bytes,
                                  type,
                                  {model::collapse_whitespace(header.Afzender.text),
                                   model::collapse_whitespace(header.BerichtCode.text),
                                   model::collapse_whitespace(identificatie.Identificatie.text)},
                                  model::collapse_whitespace(header.Ontvanger.text),
                                  model::collapse_whitespace(identificatie.Dagtekening.text),
                                  state::scope_of(bericht)};
      },
      bericht);
}

// Why a message may not come in from `origin`, or "" when it may.
std::string refusal_for(const store::Heenbericht& bericht, const Origin& origin) {
  const bool from_gemeente = bericht.bericht_type == "JW301";
  if (origin.side == Side::Aanbieder && from_gemeente) {
    return "a JW301 comes from the gemeente (through the queue), not from an aanbieder";
  }
  if (origin.side == Side::Gemeente && !from_gemeente) {
    return fmt::format("a {} comes from an aanbieder (over HTTPS), not from the gemeente", bericht.bericht_type);
  }
  if (origin.sender && *origin.sender != bericht.key.afzender) {
    return fmt::format("Afzender {} is not the sender {} that the connection was authenticated as",
                       bericht.key.afzender, *origin.sender);
  }
  return {};
}

rules::Findings level_3_and_4(const model::AnyBericht& bericht, const std::string& type,
                              const state::Working& working, std::chrono::year_month_day today) {
  const rules::Context context{today, &working};
  const auto& registry = rules::standard_rules();
  auto findings = registry.check(rules::Level::Berichtoverstijgend, type, bericht, context);
  auto externe_bron = registry.check(rules::Level::ExterneBron, type, bericht, context);
  findings.insert(findings.end(), externe_bron.begin(), externe_bron.end());
  return findings;
}

}  // namespace

std::string_view to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::Accepted: return "accepted";
    case Outcome::Rejected: return "rejected";
    case Outcome::Invalid: return "invalid";
    case Outcome::Refused: return "refused";
  }
  return "unknown";
}

Pipeline::Pipeline(store::Connection& connection, const validate::Validator& validator)
    : connection_(connection), validator_(validator) {}

Result Pipeline::process(std::string_view bytes, std::chrono::year_month_day today, const Origin& origin) {
  Result result;
  auto level1 = validator_.validate(bytes);
  if (!level1.valid()) {
    result.errors = std::move(level1.errors);
    return result;
  }
  const schema::Message& message = *level1.message;
  result.message_type = message.id;
  if (message.retour.empty()) {
    result.outcome = Outcome::Refused;
    result.refusal = message.id + " is not a heenbericht the hub answers (JW301, JW305, JW307, JW315, JW317)";
    return result;
  }
  const auto bericht = model::parse_any(*level1.document, message);
  const auto heenbericht = heenbericht_of(bytes, message.id, bericht);
  result.refusal = refusal_for(heenbericht, origin);
  if (!result.refusal.empty()) {
    result.outcome = Outcome::Refused;
    return result;
  }
  // IV032: level 2 first; when it finds anything, levels 3 and 4 are not run.
  const auto inhoud = rules::standard_rules().check(rules::Level::Inhoud, message.id, bericht, rules::Context{today});
  const auto changes = state::changes_of(bericht);
  const auto nummers = state::toewijzing_nummers_of(bericht);
  const auto referenties = state::new_referenties_of(bericht);

  for (int attempt = 1;; ++attempt) {
    try {
      store::Transaction transaction(connection_);
      auto loaded = transaction.load(heenbericht, nummers, referenties);
      if (loaded.earlier && loaded.earlier->same_bytes) {
        result.replayed = true;
        result.outcome = loaded.earlier->retour.accepted() ? Outcome::Accepted : Outcome::Rejected;
        result.codes = std::move(loaded.earlier->retour.codes);
        result.retour = std::move(loaded.earlier->retour.raw);
        return result;
      }
      const bool identificatie_free = !loaded.earlier;
      if (inhoud.empty()) {
        const state::Working working(std::move(loaded.snapshot), changes);
        result.findings = level_3_and_4(bericht, message.id, working, today);
      } else {
        result.findings = inhoud;
      }
      store::Retour retour{message.retour, loaded.identificatie_retour, today, {}, {}};
      retour.raw = retour::compose(validator_.schema(), message, *level1.document, result.findings,
                                   {retour.identificatie_retour, today});
      retour.codes = retour::retour_codes(retour.raw);
      // TR056: a message whose Identificatie is taken is answered, but not recorded under that key.
      if (identificatie_free) {
        transaction.record(heenbericht, retour, retour.accepted() ? &changes : nullptr);
      }
      transaction.commit();
      result.outcome = retour.accepted() ? Outcome::Accepted : Outcome::Rejected;
      result.codes = std::move(retour.codes);
      result.retour = std::move(retour.raw);
      return result;
    } catch (const store::Conflict& conflict) {
      if (attempt == kAttempts) {
        throw std::runtime_error(fmt::format("{} {}: still conflicting after {} attempts: {}", message.id,
                                             heenbericht.key.identificatie, kAttempts, conflict.what()));
      }
      spdlog::debug("{} {}: conflict with a concurrent transaction, attempt {} of {}: {}", message.id,
                    heenbericht.key.identificatie, attempt, kAttempts, conflict.what());
      result.findings.clear();
    }
  }
}

}  // namespace ijw::pipeline
