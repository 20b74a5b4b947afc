#pragma once
// Processing a heenbericht end to end (ijw-spec §4.1): XSD (level 1) and the rules within the message
// (level 2); then, inside one transaction holding the client's lock, the rules against the stored state
// (level 3) and the clock (level 4); then the retourbericht, recorded with the message, and the message's
// changes stored only when it was accepted (OP286: all or nothing).

#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/policy/check.hpp"
#include "ijw/rules/finding.hpp"
#include "ijw/store/store.hpp"
#include "ijw/validate/validator.hpp"

namespace ijw::pipeline {

enum class Outcome {
  Accepted,  // a retour without RetourCodes; the changes are stored
  Rejected,  // a retour with RetourCodes; nothing but the message and its retour is stored
  Invalid,   // not an XSD-valid heenbericht: no retour (IV032 level 1), nothing stored
  Refused,   // valid, but not for the hub from this side (a JW301 from an aanbieder, a retour, a JW319)
  Linked,    // a JW302 from the aanbieder, recorded against the JW301 it answers (a retour gets no retour)
};

std::string_view to_string(Outcome outcome);  // "accepted", "rejected", "invalid", "refused", "linked"

// Which side a message came in from; JW301 comes from the gemeente (Afzender is the gemeentecode),
// JW305, JW307, JW315 and JW317 from aanbieders (Afzender is the AGB code).
enum class Side { Any, Gemeente, Aanbieder };

struct Origin {
  Side side = Side::Any;
  // The party the transport authenticated (the AGB code of the client certificate, the gemeente of the
  // queue); when set, it must be the message's Afzender.
  std::optional<std::string> sender;
};

struct Result {
  Outcome outcome = Outcome::Invalid;
  std::optional<std::string> retour;  // the retourbericht, UTF-8 with CRLF; absent when invalid or refused
  std::vector<std::string> codes;     // every RetourCode of the retour (of the JW302 when linked), in order
  std::vector<xml::Diagnostic> errors;  // why it is invalid
  std::string refusal;                  // why it is refused
  rules::Findings findings;             // what the rules found (empty when accepted or replayed)
  bool replayed = false;  // the same bytes came before: this is the retour stored then, and nothing changed
  std::string message_type;  // "JW305"; empty when unknown
  std::int64_t linked_jw301 = 0;  // when linked: the hub's id of the JW301 (GET /api/v1/berichten/uitgaand/{id})
  // The regional policy (issue 7), when the pipeline has a region and levels 1 and 2 passed: its TR381 (S329)
  // and TR378 (S300) findings are in `findings` and the retour; its policy findings, with the region's
  // version, are here. They never reject an accepted message by themselves.
  std::optional<policy::Verdict> policy;
  // A JW301 the retour accepted but a policy finding of severity block stopped (D-409): recorded with its
  // retour, not stored as toewijzing; `policy` holds the findings for the backoffice.
  bool blocked = false;
};

// A message waiting in a worker's queue.
struct Received {
  std::string_view bytes;
  Origin origin;
};

// What process() returns for one message of a batch, or what it would have thrown (then `result` holds
// only what levels 1 and 2 found, and nothing of the message is stored).
struct BatchResult {
  Result result;
  std::exception_ptr error;
};

// The region in force (ijwd swaps it on SIGHUP): what a pipeline made for one message applies. Empty, or a null
// pointer: no regional policy.
using CurrentRegion = std::function<std::shared_ptr<const policy::Region>()>;

class Pipeline {
 public:
  // `validator` (and `region`, when given) must outlive the pipeline; `connection` is used by one thread at a
  // time. Without a region no regional policy is applied.
  Pipeline(store::Connection& connection, const validate::Validator& validator,
           const policy::Region* region = nullptr);

  // Processes `bytes` received from `origin` on the day `today` (Europe/Amsterdam); a JW302 from an aanbieder
  // is linked to the JW301 it answers instead (Outcome::Linked, or Refused when there is no such JW301 for
  // that aanbieder or it has another JW302). Retries the transaction when a concurrent one conflicts; throws
  // when the database fails otherwise (nothing is then stored, and the sender may safely resend).
  Result process(std::string_view bytes, std::chrono::year_month_day today, const Origin& origin = {});

  // Processes `messages` in order with the results process() would give one after the other, but commits
  // them together (group commit: one WAL flush, and two round trips per message instead of five). Each
  // message sits in its own savepoint: one that fails is undone alone and reported in its BatchResult. A
  // conflict, or a client locked by another transaction, ends the transaction early: what came before is
  // committed, and the rest goes on in the next one. Throws when the database fails otherwise; messages of
  // the batch may then have been committed, and resending them is safe (TR056: the same bytes get the
  // stored retour). Meant for "whatever is queued, up to N" (N about 8-32): the messages of a batch hold
  // their clients' locks until the commit, so a worker should own its clients (e.g. by Bsn) to avoid
  // making other workers wait.
  std::vector<BatchResult> process_batch(std::span<const Received> messages, std::chrono::year_month_day today);

 private:
  store::Connection& connection_;
  const validate::Validator& validator_;
  const policy::Region* region_;
};

}  // namespace ijw::pipeline
