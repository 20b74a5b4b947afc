#include "ijw/pipeline/pipeline.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <exception>
#include <optional>
#include <stdexcept>
#include <utility>
#include <variant>

#include "events.hpp"
#include "ijw/model/model.hpp"
#include "ijw/retour/compose.hpp"
#include "ijw/rules/registry.hpp"
#include "ijw/state/changes.hpp"
#include "jw302.hpp"

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

// What levels 1 and 2 made of a heenbericht that goes on to the database.
struct Prepared {
  validate::Report level1;
  model::AnyBericht bericht;
  store::Heenbericht heenbericht;
  rules::Findings inhoud;  // level 2
  state::Changes changes;
  std::vector<std::string> nummers;
  std::vector<std::string> referenties;

  const schema::Message& message() const { return *level1.message; }
};

// Levels 1 and 2 and the checks of the origin. Returns nothing when `result` is already the answer
// (invalid or refused).
std::optional<Prepared> prepare(validate::Report level1, std::string_view bytes, std::chrono::year_month_day today,
                                const Origin& origin, Result& result) {
  if (!level1.valid()) {
    result.errors = std::move(level1.errors);
    return std::nullopt;
  }
  const schema::Message& message = *level1.message;
  result.message_type = message.id;
  if (message.retour.empty()) {
    result.outcome = Outcome::Refused;
    result.refusal = message.id + " is not a heenbericht the hub answers (JW301, JW305, JW307, JW315, JW317)";
    return std::nullopt;
  }
  auto bericht = model::parse_any(*level1.document, message);
  auto heenbericht = heenbericht_of(bytes, message.id, bericht);
  result.refusal = refusal_for(heenbericht, origin);
  if (!result.refusal.empty()) {
    result.outcome = Outcome::Refused;
    return std::nullopt;
  }
  // IV032: level 2 first; when it finds anything, levels 3 and 4 are not run.
  auto inhoud = rules::standard_rules().check(rules::Level::Inhoud, message.id, bericht, rules::Context{today});
  auto changes = state::changes_of(bericht);
  auto nummers = state::toewijzing_nummers_of(bericht);
  auto referenties = state::new_referenties_of(bericht);
  return Prepared{std::move(level1),  std::move(bericht),  std::move(heenbericht), std::move(inhoud),
                  std::move(changes), std::move(nummers), std::move(referenties)};
}

// Inside the transaction, after the load: levels 3 and 4, the retour, and the answer in `result`. Returns
// the retour to record with the message, or nothing: a replay (the stored retour is the answer) or, by
// TR056, a message whose Identificatie is taken (answered, but not recorded under that key).
// The regional policy on a message that passed level 2 (issue 7): its standard codes join the findings of
// levels 3 and 4, its policy findings go into the Result.
void apply_policy(const policy::Region& region, const Prepared& prepared, const state::Working& working,
                  Result& result) {
  auto verdict = policy::check(region, prepared.bericht, &working.stored());
  result.findings.insert(result.findings.end(), verdict.standard.begin(), verdict.standard.end());
  result.policy = std::move(verdict);
}

std::optional<store::Retour> decide(const validate::Validator& validator, const policy::Region* region,
                                    const Prepared& prepared, store::Loaded loaded, std::chrono::year_month_day today,
                                    Result& result) {
  if (loaded.earlier && loaded.earlier->same_bytes) {
    result.replayed = true;
    result.outcome = loaded.earlier->retour.accepted() ? Outcome::Accepted : Outcome::Rejected;
    result.codes = std::move(loaded.earlier->retour.codes);
    result.retour = std::move(loaded.earlier->retour.raw);
    return std::nullopt;
  }
  const bool identificatie_free = !loaded.earlier;
  const schema::Message& message = prepared.message();
  if (prepared.inhoud.empty()) {
    const state::Working working(std::move(loaded.snapshot), prepared.changes);
    result.findings = level_3_and_4(prepared.bericht, message.id, working, today);
    if (region) apply_policy(*region, prepared, working, result);
  } else {
    result.findings = prepared.inhoud;
  }
  store::Retour retour{message.retour, loaded.identificatie_retour, today, {}, {}};
  retour.raw = retour::compose(validator.schema(), message, *prepared.level1.document, result.findings,
                               {retour.identificatie_retour, today});
  retour.codes = retour::retour_codes(retour.raw);
  result.outcome = retour.accepted() ? Outcome::Accepted : Outcome::Rejected;
  result.codes = retour.codes;
  result.retour = retour.raw;
  // D-409: a block finding stops a JW301 from the backoffice; aanbieders' messages are never stopped by policy.
  result.blocked = message.id == "JW301" && retour.accepted() && result.policy && result.policy->blocks();
  if (!identificatie_free) return std::nullopt;
  return retour;
}

// What the store records of the policy's verdict (migration 0005), when a region judged the message.
std::optional<store::PolicyVerdict> policy_to_store(const Result& result) {
  if (!result.policy) return std::nullopt;
  return store::PolicyVerdict{result.policy->region, result.policy->region_version, result.blocked,
                              policy::findings_json(*result.policy)};
}

const state::Changes* changes_to_store(const Prepared& prepared, const store::Retour& retour, const Result& result) {
  return retour.accepted() && !result.blocked ? &prepared.changes : nullptr;
}

// Records the message (when `retour`) and the backoffice's event of its outcome (docs/events.md), in the
// `transaction` (a store::Transaction or a store::Batch).
template <class Store>
void record_outcome(Store& transaction, const Prepared& prepared, const std::optional<store::Retour>& retour,
                    const Result& answer) {
  const auto event = event_for(prepared.heenbericht, answer, retour.has_value());
  if (retour) {
    transaction.record(prepared.heenbericht, *retour, changes_to_store(prepared, *retour, answer),
                       event ? &*event : nullptr);
    if (const auto verdict = policy_to_store(answer)) transaction.record_policy(prepared.heenbericht, *verdict);
  } else if (event) {
    transaction.add_event(*event);
  }
}

std::runtime_error still_conflicting(const Prepared& prepared, const store::Conflict& conflict) {
  return std::runtime_error(fmt::format("{} {}: still conflicting after {} attempts: {}", prepared.message().id,
                                        prepared.heenbericht.key.identificatie, kAttempts, conflict.what()));
}

}  // namespace

std::string_view to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::Accepted: return "accepted";
    case Outcome::Rejected: return "rejected";
    case Outcome::Invalid: return "invalid";
    case Outcome::Refused: return "refused";
    case Outcome::Linked: return "linked";
  }
  return "unknown";
}

Pipeline::Pipeline(store::Connection& connection, const validate::Validator& validator,
                   const policy::Region* region)
    : connection_(connection), validator_(validator), region_(region) {}

Result Pipeline::process(std::string_view bytes, std::chrono::year_month_day today, const Origin& origin) {
  Result result;
  auto level1 = validator_.validate(bytes);
  if (answers_a_jw301(level1, origin)) return link_jw302(connection_, level1, bytes, origin);
  const auto prepared = prepare(std::move(level1), bytes, today, origin, result);
  if (!prepared) return result;
  for (int attempt = 1;; ++attempt) {
    try {
      Result answer = result;  // what levels 1 and 2 filled in; an attempt that conflicted leaves nothing
      store::Transaction transaction(connection_);
      const auto retour = decide(validator_, region_, *prepared,
                                 transaction.load(prepared->heenbericht, prepared->nummers, prepared->referenties),
                                 today, answer);
      record_outcome(transaction, *prepared, retour, answer);
      transaction.commit();
      return answer;
    } catch (const store::Conflict& conflict) {
      if (attempt == kAttempts) throw still_conflicting(*prepared, conflict);
      spdlog::debug("{} {}: conflict with a concurrent transaction, attempt {} of {}: {}", prepared->message().id,
                    prepared->heenbericht.key.identificatie, attempt, kAttempts, conflict.what());
    }
  }
}

std::vector<BatchResult> Pipeline::process_batch(std::span<const Received> messages,
                                                 std::chrono::year_month_day today) {
  std::vector<BatchResult> results(messages.size());
  // Levels 1 and 2 need no database: done first, outside the transaction.
  std::vector<std::optional<Prepared>> prepared(messages.size());
  std::vector<std::size_t> pending;  // the messages for the database, in order
  for (std::size_t i = 0; i < messages.size(); ++i) {
    try {
      prepared[i] = prepare(validator_.validate(messages[i].bytes), messages[i].bytes, today, messages[i].origin,
                            results[i].result);
      if (prepared[i]) pending.push_back(i);
    } catch (...) {
      results[i].error = std::current_exception();
    }
  }

  std::vector<int> attempts(messages.size(), 0);
  int commit_attempts = 0;
  std::size_t next = 0;  // pending[next...] are not committed yet
  while (next < pending.size()) {
    store::Batch batch(connection_);
    std::vector<std::pair<std::size_t, BatchResult>> done;  // published only once committed
    std::size_t position = next;
    for (; position < pending.size(); ++position) {
      const std::size_t i = pending[position];
      const Prepared& message = *prepared[i];
      BatchResult answer{results[i].result, nullptr};
      try {
        auto loaded = batch.load(message.heenbericht, message.nummers, message.referenties);
        const auto retour = decide(validator_, region_, message, std::move(loaded), today, answer.result);
        record_outcome(batch, message, retour, answer.result);
        done.emplace_back(i, std::move(answer));
      } catch (const store::Conflict& conflict) {
        batch.undo_message();
        // Busy: another worker has this client; commit what this batch holds and wait for it then.
        if (dynamic_cast<const store::Busy*>(&conflict) == nullptr) {
          if (++attempts[i] == kAttempts) {
            answer.error = std::make_exception_ptr(still_conflicting(message, conflict));
            done.emplace_back(i, std::move(answer));
            continue;
          }
          spdlog::debug("{} {}: conflict with a concurrent transaction, attempt {} of {}: {}", message.message().id,
                        message.heenbericht.key.identificatie, attempts[i], kAttempts, conflict.what());
        }
        break;  // this message goes first in the next transaction, behind the commit of the ones before it
      } catch (...) {
        batch.undo_message();  // when the connection is gone this throws too, and the whole call fails
        answer.error = std::current_exception();
        done.emplace_back(i, std::move(answer));
      }
    }
    try {
      batch.commit();
    } catch (const store::Conflict& conflict) {
      // Nothing of this transaction stayed: all of it again, from the same message.
      if (++commit_attempts == kAttempts) {
        throw std::runtime_error(fmt::format("a batch still conflicted at commit after {} attempts: {}", kAttempts,
                                             conflict.what()));
      }
      continue;
    }
    for (auto& [i, answer] : done) results[i] = std::move(answer);
    next = position;
  }
  return results;
}

}  // namespace ijw::pipeline
