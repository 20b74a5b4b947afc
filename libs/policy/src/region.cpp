#include "ijw/policy/region.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "ijw/model/values.hpp"

namespace ijw::policy {
namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "ijw-hub-regio/1";
constexpr std::string_view kFile = "(file)";  // the name of the top-level entry

// Reads the fields of one entry, collecting a problem for each wrong one: "<entry>: <field>: <what>".
class Entry {
 public:
  Entry(const json& value, std::string name, std::vector<std::string>& problems)
      : value_(value), name_(std::move(name)), problems_(problems) {
    if (!value_.is_object()) problem("", "expected an object");
  }

  const std::string& name() const { return name_; }
  bool has(const char* field) const { return value_.is_object() && value_.contains(field) && !value_[field].is_null(); }
  const json* get(const char* field) const { return has(field) ? &value_[field] : nullptr; }

  void problem(std::string_view field, std::string_view what) const {
    problems_.push_back(field.empty() ? fmt::format("{}: {}", name_, what)
                                      : fmt::format("{}: {}: {}", name_, field, what));
  }

  std::string text(const char* field, bool required = true) const {
    const json* value = get(field);
    if (!value) {
      if (required) problem(field, "missing");
      return {};
    }
    if (!value->is_string() || value->get_ref<const std::string&>().empty()) {
      problem(field, "expected a non-empty string");
      return {};
    }
    return value->get<std::string>();
  }

  std::optional<std::string> optional_text(const char* field) const {
    if (!has(field)) return std::nullopt;
    auto value = text(field);
    return value.empty() ? std::nullopt : std::optional(value);
  }

  // A code of exactly `digits` digits ("0983", AGB "12345678").
  std::string digits(const char* field, std::size_t count) const {
    auto value = text(field);
    if (!value.empty() && (value.size() != count || value.find_first_not_of("0123456789") != std::string::npos)) {
      problem(field, fmt::format("expected {} digits, not '{}'", count, value));
    }
    return value;
  }

  std::optional<std::int64_t> integer(const char* field, bool required, std::int64_t minimum,
                                      std::int64_t maximum) const {
    const json* value = get(field);
    if (!value) {
      if (required) problem(field, "missing");
      return std::nullopt;
    }
    if (!value->is_number_integer()) {
      problem(field, "expected a whole number");
      return std::nullopt;
    }
    const auto number = value->get<std::int64_t>();
    if (number < minimum || number > maximum) {
      problem(field, fmt::format("{} is outside {}..{}", number, minimum, maximum));
      return std::nullopt;
    }
    return number;
  }

  std::optional<Date> date(const char* field, bool required) const {
    const json* value = get(field);
    if (!value) {
      if (required) problem(field, "missing");
      return std::nullopt;
    }
    const auto parsed = value->is_string() ? model::to_date(value->get<std::string>()) : std::nullopt;
    if (!parsed) problem(field, fmt::format("expected a date YYYY-MM-DD, not {}", value->dump()));
    return parsed;
  }

  Period period(const char* from, const char* to) const {
    Period period{date(from, false), date(to, false)};
    if (period.from && period.to && *period.to < *period.from) problem(to, "lies before " + std::string(from));
    return period;
  }

  std::vector<std::string> strings(const char* field) const {
    std::vector<std::string> values;
    const json* value = get(field);
    if (!value) return values;
    if (!value->is_array()) {
      problem(field, "expected a list of strings");
      return values;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
      if (!(*value)[i].is_string()) {
        problem(fmt::format("{}[{}]", field, i), "expected a string");
        continue;
      }
      values.push_back((*value)[i].get<std::string>());
    }
    return values;
  }

  // `seed` as one string or a list of them.
  std::string seed(const char* field = "seed") const {
    const json* value = get(field);
    if (!value) return {};
    if (value->is_string()) return value->get<std::string>();
    std::string joined;
    for (const auto& part : strings(field)) joined += (joined.empty() ? "" : ", ") + part;
    return joined;
  }

  // The object `field` as an entry of its own, named "<entry>: <field>".
  Entry sub(const char* field) const { return Entry(value_[field], child(field), problems_); }

  // The entries of the list `field` (required), named "<field>[i]" plus `label(item)` when it has one.
  template <class Each>
  void each(const char* field, Each each_entry, const char* label = nullptr) const {
    const json* value = get(field);
    if (!value || !value->is_array()) {
      problem(field, "expected a list");
      return;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
      const json& item = (*value)[i];
      std::string name = fmt::format("{}[{}]", child(field), i);
      if (label && item.is_object() && item.contains(label) && item[label].is_string()) {
        name += fmt::format(" ({})", item[label].get<std::string>());
      }
      each_entry(Entry(item, std::move(name), problems_));
    }
  }

 private:
  // "stapeling.paren" for the field "paren" of the entry "stapeling"; top-level fields stand alone.
  std::string child(std::string_view field) const {
    return name_ == kFile ? std::string(field) : fmt::format("{}.{}", name_, field);
  }

  const json& value_;
  std::string name_;
  std::vector<std::string>& problems_;
};

std::optional<Kleur> kleur_of(const Entry& entry, const char* field) {
  const auto value = entry.text(field);
  if (value == "groen") return Kleur::Groen;
  if (value == "geel") return Kleur::Geel;
  if (value == "rood") return Kleur::Rood;
  if (!value.empty()) entry.problem(field, fmt::format("expected groen, geel or rood, not '{}'", value));
  return std::nullopt;
}

Product product_of(const Entry& entry, const std::set<std::string>& segmenten, const std::set<std::string>& varianten) {
  Product product;
  product.code = entry.text("code");
  if (!product.code.empty() && (product.code.size() > 5)) entry.problem("code", "a ProductCode has 1 to 5 characters");
  product.categorie = entry.digits("categorie", 2);
  product.naam = entry.text("naam");
  product.segment = entry.text("segment");
  if (!product.segment.empty() && !segmenten.contains(product.segment)) {
    entry.problem("segment", fmt::format("'{}' is not one of the segmenten", product.segment));
  }
  product.eenheid = entry.optional_text("eenheid");
  product.ijw_eenheid = entry.optional_text("ijw_eenheid");
  static const std::set<std::string> kEenheden{"01", "04", "14", "16", "82", "83", "84"};
  if (product.ijw_eenheid && !kEenheden.contains(*product.ijw_eenheid)) {
    entry.problem("ijw_eenheid", fmt::format("'{}' is not a WJ756 Eenheid", *product.ijw_eenheid));
  }
  product.bekostiging = entry.text("bekostiging");
  if (!product.bekostiging.empty() && product.bekostiging != "pq" && product.bekostiging != "traject" &&
      product.bekostiging != "unknown") {
    entry.problem("bekostiging", "expected pq, traject or unknown");
  }
  if (const json* tarieven = entry.get("tarieven")) {
    if (!tarieven->is_object()) {
      entry.problem("tarieven", "expected an object of variant: eurocent");
    } else {
      for (const auto& [variant, amount] : tarieven->items()) {
        if (!varianten.contains(variant)) {
          entry.problem("tarieven." + variant, "not one of the tariefvarianten");
        } else if (amount.is_null()) {
          product.tarieven[variant] = std::nullopt;
        } else if (!amount.is_number_integer() || amount.get<std::int64_t>() < 0) {
          entry.problem("tarieven." + variant, "expected an amount in eurocent (a whole number) or null");
        } else {
          product.tarieven[variant] = amount.get<std::int64_t>();
        }
      }
    }
  } else {
    entry.problem("tarieven", "missing (use {} when the seeds give none)");
  }
  product.geldig = entry.period("geldig_van", "geldig_tot");
  if (entry.has("leeftijd")) {
    const Entry limits = entry.sub("leeftijd");
    Leeftijd leeftijd;
    leeftijd.vanaf = limits.integer("vanaf", false, 0, 30);
    leeftijd.tot = limits.integer("tot", false, 1, 30);
    leeftijd.start_voor = limits.integer("start_voor", false, 1, 30);
    leeftijd.seed = limits.seed();
    if (!leeftijd.vanaf && !leeftijd.tot && !leeftijd.start_voor)
      limits.problem("", "names no limit (vanaf, tot, start_voor)");
    product.leeftijd = leeftijd;
  }
  if (entry.has("max_duur_maanden")) {
    const Entry limit = entry.sub("max_duur_maanden");
    const auto maanden = limit.integer("maanden", true, 1, 120);
    if (maanden) product.max_duur = MaxDuur{static_cast<int>(*maanden), limit.seed()};
  }
  if (entry.has("max_volume")) {
    const Entry limit = entry.sub("max_volume");
    const auto volume = limit.integer("volume", true, 1, 99999999);
    const auto eenheid = limit.text("ijw_eenheid");
    const auto per = limit.integer("per_maanden", true, 1, 120);
    if (volume && per && !eenheid.empty()) {
      product.max_volume = MaxVolume{*volume, eenheid, static_cast<int>(*per), limit.seed()};
    }
  }
  if (const json* onzeker = entry.get("onzeker")) {
    if (!onzeker->is_boolean())
      entry.problem("onzeker", "expected true or false");
    else
      product.onzeker = onzeker->get<bool>();
  }
  product.seed = entry.seed();
  return product;
}

Contract contract_of(const Entry& entry, const std::set<std::string>& segmenten, const std::set<std::string>& codes,
                     const std::set<std::string>& varianten) {
  Contract contract;
  contract.aanbieder = entry.digits("aanbieder", 8);
  contract.naam = entry.text("naam");
  const auto rol = entry.text("rol");
  if (rol == "onderaannemer") {
    contract.rol = Rol::Onderaannemer;
    contract.hoofdaannemer = entry.digits("hoofdaannemer", 8);
  } else if (rol != "hoofdaannemer" && !rol.empty()) {
    entry.problem("rol", fmt::format("expected hoofdaannemer or onderaannemer, not '{}'", rol));
  }
  contract.tariefvariant = entry.text("tariefvariant");
  if (!contract.tariefvariant.empty() && !varianten.contains(contract.tariefvariant)) {
    entry.problem("tariefvariant", fmt::format("'{}' is not one of the tariefvarianten", contract.tariefvariant));
  }
  contract.geldig = entry.period("geldig_van", "geldig_tot");
  contract.segmenten = entry.strings("segmenten");
  contract.producten = entry.strings("producten");
  for (const auto& segment : contract.segmenten) {
    if (!segmenten.contains(segment))
      entry.problem("segmenten", fmt::format("'{}' is not one of the segmenten", segment));
  }
  for (const auto& code : contract.producten) {
    if (!codes.contains(code)) entry.problem("producten", fmt::format("'{}' is not in the catalogue", code));
  }
  if (contract.segmenten.empty() && contract.producten.empty())
    entry.problem("", "contracts no segment and no product");
  return contract;
}

Severity severity_of(const Entry& entry) {
  const auto ernst = entry.text("ernst");
  if (ernst == "block") return Severity::Block;
  if (ernst != "signal" && !ernst.empty())
    entry.problem("ernst", fmt::format("expected block or signal, not '{}'", ernst));
  return Severity::Signal;
}

Region region_of(const json& document, std::vector<std::string>& problems) {
  Region region;
  const Entry root(document, std::string(kFile), problems);
  if (!document.is_object()) return region;
  if (root.text("formaat") != kFormat) root.problem("formaat", fmt::format("expected \"{}\"", kFormat));
  region.regio = root.text("regio");
  region.versie = root.text("versie");
  region.regel_prefix = root.text("regel_prefix");

  std::set<std::string> gemeenten;
  root.each(
      "gemeenten",
      [&](const Entry& entry) {
        Gemeente gemeente{entry.digits("code", 4), entry.text("naam")};
        if (!gemeenten.insert(gemeente.code).second) entry.problem("code", "listed twice");
        region.gemeenten.push_back(std::move(gemeente));
      },
      "code");

  std::set<std::string> segmenten;
  root.each(
      "segmenten", [&](const Entry& entry) { segmenten.insert(entry.text("id")); }, "id");
  const auto variant_list = root.strings("tariefvarianten");
  const std::set<std::string> varianten(variant_list.begin(), variant_list.end());

  std::set<std::string> codes;
  root.each(
      "producten",
      [&](const Entry& entry) {
        auto product = product_of(entry, segmenten, varianten);
        // One code may have several entries for different periods, never two that overlap.
        for (const auto& other : region.producten) {
          if (other.code != product.code) continue;
          const bool apart = (other.geldig.to && product.geldig.from && *other.geldig.to < *product.geldig.from) ||
                             (product.geldig.to && other.geldig.from && *product.geldig.to < *other.geldig.from);
          if (!apart) entry.problem("geldig_van", "overlaps another entry of the same code");
        }
        codes.insert(product.code);
        region.producten.push_back(std::move(product));
      },
      "code");

  std::set<std::string> aanbieders;
  root.each(
      "contracten",
      [&](const Entry& entry) {
        auto contract = contract_of(entry, segmenten, codes, varianten);
        if (!aanbieders.insert(contract.aanbieder).second) entry.problem("aanbieder", "has a contract already");
        region.contracten.push_back(std::move(contract));
      },
      "aanbieder");
  for (std::size_t i = 0; i < region.contracten.size(); ++i) {
    const auto& contract = region.contracten[i];
    if (contract.hoofdaannemer && !contract.hoofdaannemer->empty() && !aanbieders.contains(*contract.hoofdaannemer)) {
      problems.push_back(fmt::format("contracten[{}] ({}): hoofdaannemer: {} has no contract", i, contract.aanbieder,
                                     *contract.hoofdaannemer));
    }
  }

  if (!root.has("stapeling")) {
    root.problem("stapeling", "missing");
  } else {
    const Entry stapeling = root.sub("stapeling");
    region.stapeling.seed = stapeling.seed();
    if (const json* groepen = stapeling.get("groepen"); groepen && groepen->is_object()) {
      for (const auto& [id, groep] : groepen->items()) {
        const Entry entry(groep, fmt::format("stapeling.groepen.{}", id), problems);
        auto members = entry.strings("codes");
        for (const auto& code : members) {
          if (!codes.contains(code)) entry.problem("codes", fmt::format("'{}' is not in the catalogue", code));
        }
        region.stapeling.groepen[id] = std::move(members);
      }
    } else {
      stapeling.problem("groepen", "expected an object of group id: {codes}");
    }
    const auto known = [&](const std::string& name) {
      return name == "*" || codes.contains(name) || region.stapeling.groepen.contains(name);
    };
    stapeling.each("paren", [&](const Entry& entry) {
      Stapelpaar paar;
      paar.a = entry.text("a");
      paar.b = entry.text("b");
      for (const auto* side : {&paar.a, &paar.b}) {
        if (!side->empty() && !known(*side)) {
          entry.problem(side == &paar.a ? "a" : "b", fmt::format("'{}' is no group, product code or *", *side));
        }
      }
      const auto kleur = kleur_of(entry, "kleur");
      if (kleur) paar.kleur = *kleur;
      if (const auto voetnoot = entry.integer("voetnoot", false, 1, 99)) paar.voetnoot = static_cast<int>(*voetnoot);
      paar.toelichting = entry.text("toelichting");
      paar.seed = entry.seed();
      for (const auto& other : region.stapeling.paren) {
        const bool same = (other.a == paar.a && other.b == paar.b) || (other.a == paar.b && other.b == paar.a);
        if (same && other.kleur != paar.kleur) {
          entry.problem("kleur",
                        fmt::format("{} x {} is {} in an earlier pair", paar.a, paar.b, to_string(other.kleur)));
        }
      }
      region.stapeling.paren.push_back(std::move(paar));
    });
    if (stapeling.has("onbekend")) region.stapeling.onbekend = kleur_of(stapeling, "onbekend");
    region.stapeling.onbekend_toelichting =
        stapeling.text("onbekend_toelichting", region.stapeling.onbekend.has_value());
  }

  if (root.has("garantiefase")) {
    const Entry entry = root.sub("garantiefase");
    Garantiefase garantiefase;
    if (const auto maanden = entry.integer("maanden", true, 1, 60)) garantiefase.maanden = static_cast<int>(*maanden);
    if (entry.text("anker") != "einddatum_toewijzing") entry.problem("anker", "expected einddatum_toewijzing (D-401)");
    const auto scope = entry.text("scope");
    if (scope == "product")
      garantiefase.scope = Scope::Product;
    else if (scope != "segment")
      entry.problem("scope", "expected segment or product");
    garantiefase.producten = entry.strings("producten");
    for (const auto& code : garantiefase.producten) {
      if (!codes.contains(code)) entry.problem("producten", fmt::format("'{}' is not in the catalogue", code));
    }
    garantiefase.seed = entry.strings("seed");
    region.garantiefase = std::move(garantiefase);
  }

  if (root.has("termijnen")) {
    root.each(
        "termijnen",
        [&](const Entry& entry) {
          Termijn termijn{entry.text("id"), std::nullopt, std::nullopt, entry.text("omschrijving"), entry.seed()};
          if (const auto n = entry.integer("werkdagen", false, 1, 365)) termijn.werkdagen = static_cast<int>(*n);
          if (const auto n = entry.integer("kalenderdagen", false, 1, 365))
            termijn.kalenderdagen = static_cast<int>(*n);
          if (!termijn.werkdagen == !termijn.kalenderdagen)
            entry.problem("", "names either werkdagen or kalenderdagen");
          region.termijnen.push_back(std::move(termijn));
        },
        "id");
  }
  if (root.has("budgetplafonds")) {
    root.each(
        "budgetplafonds",
        [&](const Entry& entry) {
          Budgetplafond plafond{entry.digits("aanbieder", 8), 0, 0};
          if (const auto jaar = entry.integer("jaar", true, 2000, 2100)) plafond.jaar = static_cast<int>(*jaar);
          if (const auto bedrag = entry.integer("plafond_eurocent", true, 0, std::numeric_limits<std::int64_t>::max()))
            plafond.plafond_eurocent = *bedrag;
          if (!plafond.aanbieder.empty() && !aanbieders.contains(plafond.aanbieder)) {
            entry.problem("aanbieder", "has no contract");
          }
          region.budgetplafonds.push_back(std::move(plafond));
        },
        "aanbieder");
  }

  const json* regels = root.get("regels");
  if (!regels || !regels->is_object()) {
    root.problem("regels", "expected an object of rule: {ernst, seed, omschrijving}");
  } else {
    for (const auto& [suffix, value] : regels->items()) {
      const Entry entry(value, fmt::format("regels.{}", suffix), problems);
      if (std::find(std::begin(kRegels), std::end(kRegels), suffix) == std::end(kRegels)) {
        entry.problem("", "is not a policy rule of ijw-hub");
        continue;
      }
      region.regels[suffix] = RegelInstelling{severity_of(entry), entry.seed(), entry.text("omschrijving")};
    }
    for (const auto suffix : kRegels) {
      if (!region.regels.contains(std::string(suffix))) root.problem(fmt::format("regels.{}", suffix), "missing");
    }
  }
  return region;
}

bool names(const Stapeling& stapeling, const std::string& side, std::string_view code) {
  if (side == "*" || side == code) return true;
  const auto groep = stapeling.groepen.find(side);
  return groep != stapeling.groepen.end() &&
         std::find(groep->second.begin(), groep->second.end(), code) != groep->second.end();
}

}  // namespace

std::string_view to_string(Kleur kleur) {
  switch (kleur) {
    case Kleur::Groen:
      return "groen";
    case Kleur::Geel:
      return "geel";
    case Kleur::Rood:
      return "rood";
  }
  return "?";
}

std::string_view to_string(Severity severity) { return severity == Severity::Block ? "block" : "signal"; }

bool Region::serves(std::string_view gemeente) const {
  return std::any_of(gemeenten.begin(), gemeenten.end(), [&](const Gemeente& g) { return g.code == gemeente; });
}

const Product* Region::product(std::string_view code, Date day) const {
  for (const auto& entry : producten) {
    if (entry.code == code && entry.geldig.contains(day)) return &entry;
  }
  return nullptr;
}

const Product* Region::any_product(std::string_view code) const {
  for (const auto& entry : producten) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

const Contract* Region::contract(std::string_view aanbieder) const {
  for (const auto& entry : contracten) {
    if (entry.aanbieder == aanbieder) return &entry;
  }
  return nullptr;
}

std::string Region::finding_id(std::string_view suffix) const { return fmt::format("{}-{}", regel_prefix, suffix); }

const RegelInstelling& Region::regel(std::string_view suffix) const { return regels.at(std::string(suffix)); }

const Stapelpaar* Region::stapeling_van(std::string_view a, std::string_view b) const {
  // A pair naming the codes themselves or their groups; "*" (any product) only after the specific ones.
  const Stapelpaar* wildcard = nullptr;
  for (const auto& paar : stapeling.paren) {
    const bool hit = (names(stapeling, paar.a, a) && names(stapeling, paar.b, b)) ||
                     (names(stapeling, paar.a, b) && names(stapeling, paar.b, a));
    if (!hit) continue;
    if (paar.a == "*" || paar.b == "*") {
      if (!wildcard) wildcard = &paar;
      continue;
    }
    return &paar;
  }
  return wildcard;
}

RegionError::RegionError(const std::string& file, std::vector<std::string> problems)
    : std::runtime_error([&] {
        std::string text = fmt::format("{}: {} problem(s)", file, problems.size());
        for (const auto& problem : problems) text += fmt::format("\n{}: {}", file, problem);
        return text;
      }()),
      problems_(std::move(problems)) {}

Region parse_region(std::string_view text, const std::string& name) {
  json document;
  try {
    document = json::parse(text);
  } catch (const json::parse_error& error) {
    throw RegionError(name, {fmt::format("not JSON: {}", error.what())});
  }
  std::vector<std::string> problems;
  auto region = region_of(document, problems);
  if (!problems.empty()) throw RegionError(name, std::move(problems));
  return region;
}

Region load_region(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot open the region file", file.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_region(text.str(), file.string());
}

}  // namespace ijw::policy
