#pragma once
// The hub's memory as the berichtoverstijgende rules (level 3) see it: the toewijzingen, starts, stops and
// verzoeken of one client, scoped by gemeente, aanbieder and Bsn (ijw-spec §0.1, §2.6, §7). The store loads
// a Snapshot for each message; Working is that snapshot with the message's own classes applied in the order
// of ijw-spec §4.1 (its deletions first, then its other classes), so a rule judges each class against the
// state it would meet.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ijw::state {

using Date = std::chrono::year_month_day;

// Whose state a message is about. JW301 comes from the gemeente (Afzender) to the aanbieder (Ontvanger);
// JW305, JW307, JW315 and JW317 the other way round.
struct Scope {
  std::string gemeente;   // LDT_Gemeente, "0983"
  std::string aanbieder;  // LDT_AgbCode, "12345678"
  std::string bsn;        // LDT_BurgerServicenummer, "123456782"

  friend bool operator==(const Scope&, const Scope&) = default;
};

// CDT_Product. Categorie only: aspecifiek; with Code: specifiek; no Product at all: generiek (ijw-spec §5.5).
struct Product {
  std::string categorie;
  std::optional<std::string> code;

  friend bool operator==(const Product&, const Product&) = default;
};

struct Omvang {
  std::int64_t volume = 0;
  std::string eenheid;
  std::string frequentie;

  friend bool operator==(const Omvang&, const Omvang&) = default;
};

// One version of a toegewezen product, as one JW301 ToegewezenProduct carried it. A toewijzing is
// identified by (gemeente, nummer); its current version is the one with the latest Toewijzingsdatum and
// Toewijzingstijd (IV013, OP033x1), not the last one received (OP080).
struct Toewijzing {
  std::string gemeente;
  std::string aanbieder;
  std::string bsn;
  std::string nummer;  // ToewijzingNummer
  std::optional<std::string> referentie_aanbieder;
  std::optional<Product> product;
  Date toewijzingsdatum;
  std::chrono::milliseconds toewijzingstijd{0};  // since midnight
  Date ingangsdatum;
  std::optional<Date> einddatum;
  std::optional<std::string> reden_wijziging;
  std::optional<Omvang> omvang;
  std::optional<std::int64_t> budget;

  // Sent by mistake and withdrawn: Einddatum = Ingangsdatum with RedenWijziging 13 (or the former 01),
  // so it counts as never sent (ijw-spec §5.1, CS335, TR349 toelichting).
  bool verwijderd() const;
  // "Actuele toewijzing" on `peildatum` (TR349): not verwijderd, and Einddatum empty or not before it.
  // Toewijzingen that start after `peildatum` are actueel too.
  bool actueel(Date peildatum) const;
  // Whether this version supersedes `other` (IV013).
  bool later_than(const Toewijzing& other) const;
};

// The logical key of a StartProduct (ijw-spec §2.6): ToewijzingNummer and Product are optional and compared
// NULL-safely (absent equals absent). StatusAanlevering is never part of a key.
struct StartKey {
  std::optional<std::string> toewijzing_nummer;
  std::optional<Product> product;
  Date begindatum;

  friend bool operator==(const StartKey&, const StartKey&) = default;
};

// The logical key of a StopProduct: the start's key plus RedenBeeindiging and Einddatum (new in 3.2).
struct StopKey {
  StartKey start;
  std::string reden_beeindiging;  // "20" is a temporary stop (OP377)
  Date einddatum;

  friend bool operator==(const StopKey&, const StopKey&) = default;
};

// Which class of the message being checked added a row: 0 for rows stored before it, otherwise the
// 1-based position of its class among the message's StartProducten or StopProducten.
using Position = std::size_t;
inline constexpr Position stored = 0;

struct Start {
  StartKey key;
  std::optional<Date> toewijzing_ingangsdatum;
  Position added_by = stored;
};

struct Stop {
  StopKey key;
  std::optional<Date> toewijzing_ingangsdatum;
  Position added_by = stored;

  bool tijdelijk() const { return key.reden_beeindiging == "20"; }
};

enum class VerzoekSoort {
  Toewijzing,  // JW315 VOT: one ReferentieAanbieder per AangevraagdProduct
  Wijziging,   // JW317 VOW: one ReferentieAanbieder for the whole verzoek
};

// One ReferentieAanbieder of an accepted verzoek of the client. It stays onderhanden until a JW301
// ToegewezenProduct carrying it honours it (TR374; JW319 refusals are not ingested, docs/decisions.md).
struct VerzoekReferentie {
  std::string referentie;
  VerzoekSoort soort = VerzoekSoort::Toewijzing;
  bool onderhanden = true;

  friend bool operator==(const VerzoekReferentie&, const VerzoekReferentie&) = default;
};

// What the store knows that bears on one message, read inside the message's transaction.
struct Snapshot {
  Scope scope;
  // The current version of every toewijzing of the scope, and of every toewijzing of the gemeente whose
  // ToewijzingNummer the message names, whoever it belongs to (TR332).
  std::vector<Toewijzing> toewijzingen;
  std::vector<Start> starts;  // of the scope, not deleted
  std::vector<Stop> stops;    // of the scope, not deleted
  std::vector<VerzoekReferentie> verzoeken;  // of the scope, onderhanden or honoured
  // The ReferentieAanbieder values of the message that the aanbieder already used in an accepted JW315 or
  // JW317, at any gemeente (TR347).
  std::vector<std::string> referenties_in_gebruik;
  // An earlier message from the same Afzender of the same berichtsoort has this Identificatie (TR056).
  bool identificatie_in_gebruik = false;

  // The current version of toewijzing `nummer` of the scope's gemeente, or nullptr.
  const Toewijzing* toewijzing(const std::string& nummer) const;
};

// What a message does to the state when it is accepted, in the order of ijw-spec §4.1. The store writes
// exactly this; Working applies it to a snapshot.
struct Changes {
  Scope scope;
  std::vector<StartKey> starts_deleted;  // StatusAanlevering 3
  std::vector<Start> starts_added;       // StatusAanlevering 1, added_by = class position
  std::vector<StopKey> stops_deleted;
  std::vector<Stop> stops_added;
  std::vector<Toewijzing> toewijzingen;            // versions received (JW301)
  std::vector<VerzoekReferentie> verzoeken_added;  // JW315, JW317
  std::vector<std::string> referenties_honoured;   // ReferentieAanbieder values a JW301 carries
};

// The snapshot with the message's changes applied: its deletions first, then its additions, each visible to
// the classes after it.
class Working {
 public:
  Working(Snapshot snapshot, const Changes& changes);

  const Snapshot& stored() const { return stored_; }
  const Scope& scope() const { return stored_.scope; }

  // The starts (stops) a class at `position` meets: the stored ones this message does not delete, and the
  // message's own ones added before `position`.
  std::vector<const Start*> starts_before(Position position) const;
  std::vector<const Stop*> stops_before(Position position) const;

 private:
  Snapshot stored_;
  std::vector<Start> starts_;
  std::vector<Stop> stops_;
};

}  // namespace ijw::state
