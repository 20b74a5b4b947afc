#pragma once
// A region's policy as data (regions/<region>.json, described in schemas/region.md): the gemeenten it serves,
// its product catalogue, the contracts per aanbieder, the stapelingsmatrix, the garantiefase, the limits per
// product, deadlines and budget ceilings, and the severity of each policy rule. Loading checks every entry
// and reports each problem with the file, the entry and the field, so a broken file never starts a service.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ijw::policy {

using Date = std::chrono::year_month_day;

// A period with inclusive ends; an absent end is open.
struct Period {
  std::optional<Date> from;
  std::optional<Date> to;

  bool contains(Date day) const { return (!from || *from <= day) && (!to || day <= *to); }
};

struct Gemeente {
  std::string code;  // CBS, "0983"
  std::string naam;
};

// Age limits of a product, in whole years on the dates of the toegewezen product.
struct Leeftijd {
  std::optional<int> vanaf;       // at least this old on the Ingangsdatum
  std::optional<int> tot;         // the care ends before this birthday (Einddatum, else Ingangsdatum)
  std::optional<int> start_voor;  // the care starts before this birthday (dyslexie: the 13th)
  std::string seed;
};

struct MaxDuur {
  int maanden = 0;
  std::string seed;
};

struct MaxVolume {
  std::int64_t volume = 0;
  std::string ijw_eenheid;  // WJ756, "04"
  int per_maanden = 0;
  std::string seed;
};

struct Product {
  std::string code;       // "45L11"
  std::string categorie;  // "45"
  std::string naam;
  std::string segment;                                          // "4"
  std::optional<std::string> eenheid;                           // the seed's word: "uur", "etmaal", "traject", ...
  std::optional<std::string> ijw_eenheid;                       // WJ756 (interpretation): "04", "14", "16", "82", "83"
  std::string bekostiging;                                      // "pq", "traject", "unknown"
  std::map<std::string, std::optional<std::int64_t>> tarieven;  // variant -> eurocent; nullopt: not public
  Period geldig;
  std::optional<Leeftijd> leeftijd;
  std::optional<MaxDuur> max_duur;
  std::optional<MaxVolume> max_volume;
  bool onzeker = false;  // a guess from the seeds, to be confirmed
  std::string seed;
};

enum class Rol { Hoofdaannemer, Onderaannemer };

struct Contract {
  std::string aanbieder;  // AGB code
  std::string naam;
  Rol rol = Rol::Hoofdaannemer;
  std::optional<std::string> hoofdaannemer;  // for an onderaannemer
  std::string tariefvariant;
  Period geldig;
  std::vector<std::string> segmenten;  // every product of these segments
  std::vector<std::string> producten;  // and these product codes
};

enum class Kleur { Groen, Geel, Rood };
std::string_view to_string(Kleur kleur);  // "groen", "geel", "rood"

struct Stapelpaar {
  std::string a;  // a group id of the stapelingsmatrix ("P1") or a product code
  std::string b;
  Kleur kleur = Kleur::Geel;
  std::optional<int> voetnoot;
  std::string toelichting;
  std::string seed;
};

struct Stapeling {
  std::map<std::string, std::vector<std::string>> groepen;  // "P1" -> product codes
  std::vector<Stapelpaar> paren;
  std::optional<Kleur> onbekend;  // the verdict for a pair the matrix does not give; nullopt: not reported
  std::string onbekend_toelichting;
  std::string seed;
};

enum class Anker { EinddatumToewijzing };
enum class Scope { Segment, Product };

struct Garantiefase {
  int maanden = 6;
  Anker anker = Anker::EinddatumToewijzing;
  Scope scope = Scope::Segment;
  std::vector<std::string> producten;  // the products it applies to
  std::vector<std::string> seed;
};

struct Termijn {
  std::string id;
  std::optional<int> werkdagen;
  std::optional<int> kalenderdagen;
  std::string omschrijving;
  std::string seed;
};

struct Budgetplafond {
  std::string aanbieder;
  int jaar = 0;
  std::int64_t plafond_eurocent = 0;
};

enum class Severity { Block, Signal };
std::string_view to_string(Severity severity);  // "block", "signal"

struct RegelInstelling {
  Severity ernst = Severity::Signal;
  std::string seed;
  std::string omschrijving;
};

// The policy rules the code implements, by their suffix; the finding id is "<regel_prefix>-<suffix>".
inline constexpr std::string_view kRegels[] = {
    "CONTRACT", "HOOFDAANNEMER", "STAPEL-ROOD",  "STAPEL-GEEL", "STAPEL-ONBEKEND", "LEEFTIJD",
    "DUUR",     "VOLUME",        "TERUGWERKEND", "VERWIJZER",   "GARANTIEFASE",    "GARANTIEFASE-NIEUW"};

struct Region {
  std::string regio;
  std::string versie;
  std::string regel_prefix;  // "NL"
  std::vector<Gemeente> gemeenten;
  std::vector<Product> producten;
  std::vector<Contract> contracten;
  Stapeling stapeling;
  std::optional<Garantiefase> garantiefase;
  std::vector<Termijn> termijnen;
  std::vector<Budgetplafond> budgetplafonds;
  std::map<std::string, RegelInstelling> regels;  // by suffix; every one of kRegels

  bool serves(std::string_view gemeente) const;
  // The catalogue entry of `code` valid on `day`, or nullptr.
  const Product* product(std::string_view code, Date day) const;
  // Any catalogue entry of `code`, whatever its period, or nullptr.
  const Product* any_product(std::string_view code) const;
  const Contract* contract(std::string_view aanbieder) const;
  // "NL-STAPEL-ROOD" for "STAPEL-ROOD".
  std::string finding_id(std::string_view suffix) const;
  const RegelInstelling& regel(std::string_view suffix) const;
  // The verdict on `a` and `b` together (order free): the first pair naming both (by code or group), else
  // the matrix's verdict on unknown cells. nullptr when there is none to report.
  const Stapelpaar* stapeling_van(std::string_view a, std::string_view b) const;
};

// Each problem of a region file: "<file>: <entry>: <field>: <what>", e.g.
// "regions/noord-limburg.json: producten[12] (45L11): tarieven.micro: expected an amount in eurocent".
class RegionError : public std::runtime_error {
 public:
  RegionError(const std::string& file, std::vector<std::string> problems);
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

// Reads and checks a region file; throws RegionError listing every problem (or the one that made the file
// unreadable), never a half-loaded region.
Region load_region(const std::filesystem::path& file);
// The same for text already read; `name` is used in the messages.
Region parse_region(std::string_view text, const std::string& name);

}  // namespace ijw::policy
