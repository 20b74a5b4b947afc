#pragma once
// The hub's outgoing messages to aanbieders (issue 6): the accepted JW301s an aanbieder fetches, and the
// JW302 it answers each one with, linked to that JW301 (migrations/0002_uitgaand.sql).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/store/store.hpp"

namespace ijw::store {

struct Jw302Answer {
  std::vector<std::string> retour_codes;
  std::string received_at;  // ISO 8601, UTC
};

struct UitgaandBericht {
  std::int64_t id = 0;         // the hub's id of the JW301
  std::string gemeente;        // its Afzender
  std::string identificatie;   // its BerichtIdentificatie
  std::string dagtekening;     // YYYY-MM-DD
  std::string received_at;     // when the hub accepted it, ISO 8601, UTC
  std::optional<Jw302Answer> jw302;  // the aanbieder's answer, once given
};

struct UitgaandQuery {
  std::string aanbieder;       // AGB code: only JW301s to this Ontvanger
  std::int64_t after = 0;      // ids above this one (keyset paging)
  std::size_t limit = 100;
  bool only_unanswered = true;  // without a JW302 yet
};

// The aanbieder's JW301s, oldest first.
std::vector<UitgaandBericht> uitgaand(Connection& connection, const UitgaandQuery& query);

// The bytes of JW301 `id` when it was accepted and sent to `aanbieder`; nothing otherwise.
std::optional<std::string> uitgaand_raw(Connection& connection, const std::string& aanbieder, std::int64_t id);

// A JW302 from an aanbieder, and the JW301 it names by its header (the retour repeats the heenbericht's
// Afzender, Ontvanger and BerichtIdentificatie, ijw-spec §3.4).
struct Jw302 {
  std::string_view raw;
  std::string gemeente;       // Afzender of the JW301
  std::string aanbieder;      // Ontvanger of the JW301: the aanbieder answering
  std::string identificatie;  // of the JW301
  std::string identificatie_retour;
  std::string dagtekening_retour;  // YYYY-MM-DD
  std::vector<std::string> retour_codes;
};

enum class Linked {
  Recorded,         // linked to its JW301 now
  SameAgain,        // these bytes were recorded before: nothing changed
  AlreadyAnswered,  // the JW301 has another JW302: nothing changed
  UnknownJw301,     // no accepted JW301 with this key was sent to this aanbieder: nothing changed
};

// Records `jw302` against its JW301 in one statement; returns the JW301's id with the outcome.
struct LinkResult {
  Linked outcome = Linked::UnknownJw301;
  std::int64_t jw301_id = 0;
};
LinkResult link_jw302(Connection& connection, const Jw302& jw302);

}  // namespace ijw::store
