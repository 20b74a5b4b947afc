#include "ijw/policy/check.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <variant>

#include "ijw/model/values.hpp"
#include "ijw/policy/calendar.hpp"
#include "ijw/state/changes.hpp"

namespace ijw::policy {
namespace {

using namespace std::chrono;

std::string describe(Date day) { return fmt::format("{:%F}", sys_days(day)); }

// One product class of a message, as the policy reads it.
struct Item {
  std::string path;
  xml::Position where;
  std::optional<state::Product> product;
  Date ingangsdatum;              // from when the product is delivered or asked for
  std::optional<Date> einddatum;  // absent: open-ended
  std::optional<state::Omvang> omvang;
  std::optional<std::string> nummer;          // JW301: its ToewijzingNummer
  std::optional<std::string> verwijzer_type;  // JW315: COD327
  bool judged_as_new = false;  // a toewijzing or verzoek the policy judges (not a start, stop or deletion)
};

// What the checks need of a message, whatever its type.
struct Reading {
  std::string gemeente;  // JW301 Afzender, otherwise Ontvanger
  std::string gemeente_path;
  xml::Position header;
  std::string aanbieder;  // JW301 Ontvanger, otherwise Afzender
  std::string type;
  Date dagtekening;
  std::optional<Date> geboortedatum;
  std::vector<Item> items;
};

Date date_or_epoch(const model::basis::LDT_Datum& datum) {
  return model::to_date(datum).value_or(year_month_day(sys_days{}));
}

template <class Header>
void read_header(const Header& header, Reading& reading, bool from_gemeente) {
  reading.gemeente = model::collapse_whitespace(from_gemeente ? header.Afzender.text : header.Ontvanger.text);
  reading.aanbieder = model::collapse_whitespace(from_gemeente ? header.Ontvanger.text : header.Afzender.text);
  reading.gemeente_path = from_gemeente ? "/Bericht/Header/Afzender" : "/Bericht/Header/Ontvanger";
  reading.header = header.where;
  reading.dagtekening = date_or_epoch(header.BerichtIdentificatie.Dagtekening);
}

Reading read(const model::AnyBericht& bericht) {
  Reading reading;
  std::visit(
      [&](const auto& message) {
        using Message = std::decay_t<decltype(message)>;
        if constexpr (std::is_same_v<Message, model::jw301::Bericht>) {
          reading.type = "JW301";
          read_header(message.Header, reading, true);
          reading.geboortedatum = model::to_date(message.Client.Geboortedatum.Datum);
          const auto& producten = message.Client.ToegewezenProducten.ToegewezenProduct;
          for (std::size_t i = 0; i < producten.size(); ++i) {
            const auto& p = producten[i];
            reading.items.push_back({fmt::format("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{}]", i + 1),
                                     p.where, state::product_of(p.Product), date_or_epoch(p.Ingangsdatum),
                                     state::date_of(p.Einddatum), state::omvang_of(p.Omvang),
                                     state::nummer_of(p.ToewijzingNummer), std::nullopt, true});
          }
        } else if constexpr (std::is_same_v<Message, model::jw305::Bericht>) {
          reading.type = "JW305";
          read_header(message.Header, reading, false);
          reading.geboortedatum = model::to_date(message.Client.Geboortedatum.Datum);
          const auto& producten = message.Client.StartProducten.StartProduct;
          for (std::size_t i = 0; i < producten.size(); ++i) {
            const auto& p = producten[i];
            reading.items.push_back({fmt::format("/Bericht/Client/StartProducten/StartProduct[{}]", i + 1), p.where,
                                     state::product_of(p.Product), date_or_epoch(p.Begindatum), std::nullopt,
                                     std::nullopt, std::nullopt, std::nullopt, false});
          }
        } else if constexpr (std::is_same_v<Message, model::jw307::Bericht>) {
          reading.type = "JW307";
          read_header(message.Header, reading, false);
          reading.geboortedatum = model::to_date(message.Client.Geboortedatum.Datum);
          const auto& producten = message.Client.StopProducten.StopProduct;
          for (std::size_t i = 0; i < producten.size(); ++i) {
            const auto& p = producten[i];
            reading.items.push_back({fmt::format("/Bericht/Client/StopProducten/StopProduct[{}]", i + 1), p.where,
                                     state::product_of(p.Product), date_or_epoch(p.Begindatum), std::nullopt,
                                     std::nullopt, std::nullopt, std::nullopt, false});
          }
        } else if constexpr (std::is_same_v<Message, model::jw315::Bericht>) {
          reading.type = "JW315";
          read_header(message.Header, reading, false);
          reading.geboortedatum = model::to_date(message.Client.Geboortedatum.Datum);
          const auto& producten = message.Client.AangevraagdeProducten.AangevraagdProduct;
          for (std::size_t i = 0; i < producten.size(); ++i) {
            const auto& p = producten[i];
            reading.items.push_back({fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]", i + 1),
                                     p.where, state::product_of(p.Product), date_or_epoch(p.ToewijzingIngangsdatum),
                                     state::date_of(p.ToewijzingEinddatum), state::omvang_of(p.Omvang), std::nullopt,
                                     model::collapse_whitespace(p.Verwijzer.Type.text), true});
          }
        } else if constexpr (std::is_same_v<Message, model::jw317::Bericht>) {
          reading.type = "JW317";
          read_header(message.Header, reading, false);
          const auto& verzoek = message.Client.Verzoek;
          if (verzoek.NieuweProducten) {
            const auto& producten = verzoek.NieuweProducten->NieuwProduct;
            for (std::size_t i = 0; i < producten.size(); ++i) {
              const auto& p = producten[i];
              reading.items.push_back({fmt::format("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[{}]", i + 1),
                                       p.where, state::product_of(p.Product), date_or_epoch(p.GewensteIngangsdatum),
                                       state::date_of(p.Einddatum), state::omvang_of(p.Omvang), std::nullopt,
                                       std::nullopt, true});
            }
          }
        } else {
          throw std::invalid_argument("the policy judges JW301, JW305, JW307, JW315 and JW317 only");
        }
      },
      bericht);
  return reading;
}

class Checker {
 public:
  Checker(const Region& region, const state::Snapshot* stored, Verdict& verdict)
      : region_(region), stored_(stored), verdict_(verdict) {}

  void run(const Reading& message) {
    // TR378 (S300, Header): a gemeente the hub serves; the region's list stands in for the CBS list (D-402).
    if (!region_.serves(message.gemeente)) {
      verdict_.standard.push_back(
          {"TR378",
           "S300",
           message.gemeente_path,
           message.header,
           {},
           fmt::format("gemeente {} hoort niet bij de regio {}", message.gemeente, region_.regio),
           rules::Level::ExterneBron});
    }
    for (std::size_t i = 0; i < message.items.size(); ++i) {
      const Item& item = message.items[i];
      const Product* product = catalogue_entry(item);
      if (!product || !item.judged_as_new) continue;
      contract(message, item, *product);
      leeftijd(message, item, *product);
      duur(item, *product);
      volume(item, *product);
      if (message.type == "JW301") terugwerkend(message, item);
      if (message.type == "JW315") verwijzer(item);
      if (message.type == "JW301" || message.type == "JW315") {
        stapeling(message, i, *product);
        garantiefase(message, item, *product);
      }
    }
  }

 private:
  void report(std::string_view suffix, const Item& item, std::string explanation, std::string seed = {}) {
    const auto& regel = region_.regel(suffix);
    verdict_.policy.push_back({region_.finding_id(suffix), regel.ernst, seed.empty() ? regel.seed : std::move(seed),
                               item.path, std::move(explanation)});
  }

  // TR381 (S329 on the class): the ProductCode must be in the region's catalogue on the class's date, under
  // its ProductCategorie. Without a Code (aspecifiek, generiek) there is nothing to look up.
  const Product* catalogue_entry(const Item& item) {
    if (!item.product || !item.product->code) return nullptr;
    const auto& code = *item.product->code;
    const Product* product = region_.product(code, item.ingangsdatum);
    std::string why;
    if (!product) {
      why = region_.any_product(code)
                ? fmt::format("productcode {} is op {} niet geldig in de productcodelijst van {}", code,
                              describe(item.ingangsdatum), region_.regio)
                : fmt::format("productcode {} staat niet in de productcodelijst van {}", code, region_.regio);
    } else if (product->categorie != item.product->categorie) {
      why = fmt::format("productcode {} hoort bij categorie {}, niet bij {}", code, product->categorie,
                        item.product->categorie);
      product = nullptr;
    }
    if (!product) {
      verdict_.standard.push_back(
          {"TR381", "S329", item.path + "/Product/Code", item.where, item.where, why, rules::Level::ExterneBron});
    }
    return product;
  }

  void contract(const Reading& message, const Item& item, const Product& product) {
    const Contract* contract = region_.contract(message.aanbieder);
    if (!contract) {
      report("CONTRACT", item,
             fmt::format("aanbieder {} heeft geen contract in de regio {}", message.aanbieder, region_.regio));
      return;
    }
    if (!contract->geldig.contains(item.ingangsdatum)) {
      report("CONTRACT", item,
             fmt::format("het contract van aanbieder {} geldt niet op {}", message.aanbieder,
                         describe(item.ingangsdatum)));
    } else if (std::find(contract->segmenten.begin(), contract->segmenten.end(), product.segment) ==
                   contract->segmenten.end() &&
               std::find(contract->producten.begin(), contract->producten.end(), product.code) ==
                   contract->producten.end()) {
      report("CONTRACT", item,
             fmt::format("aanbieder {} is niet gecontracteerd voor {} ({}, segment {})", message.aanbieder,
                         product.code, product.naam, product.segment));
    }
    if (contract->rol == Rol::Onderaannemer && message.type != "JW305" && message.type != "JW307") {
      report("HOOFDAANNEMER", item,
             fmt::format("aanbieder {} is onderaannemer; toewijzen en aanvragen loopt via de hoofdaannemer {}",
                         message.aanbieder, contract->hoofdaannemer.value_or("?")));
    }
  }

  void leeftijd(const Reading& message, const Item& item, const Product& product) {
    if (!product.leeftijd || !message.geboortedatum) return;
    const auto& limits = *product.leeftijd;
    const Date geboren = *message.geboortedatum;
    if (limits.vanaf && item.ingangsdatum < birthday(geboren, *limits.vanaf)) {
      report("LEEFTIJD", item,
             fmt::format("{} ({}) is vanaf {} jaar; de jeugdige is op de ingangsdatum {} {} jaar", product.code,
                         product.naam, *limits.vanaf, describe(item.ingangsdatum), age_on(geboren, item.ingangsdatum)),
             limits.seed);
    }
    if (limits.start_voor && item.ingangsdatum >= birthday(geboren, *limits.start_voor)) {
      report(
          "LEEFTIJD", item,
          fmt::format("{} ({}) moet starten voor de {}e verjaardag ({}); ingangsdatum {}", product.code, product.naam,
                      *limits.start_voor, describe(birthday(geboren, *limits.start_voor)), describe(item.ingangsdatum)),
          limits.seed);
    }
    if (limits.tot) {
      const Date last = item.einddatum.value_or(item.ingangsdatum);
      const Date limit = birthday(geboren, *limits.tot);
      if (last >= limit) {
        report("LEEFTIJD", item,
               fmt::format("{} ({}) loopt tot de {}e verjaardag ({}); {} {}", product.code, product.naam, *limits.tot,
                           describe(limit), item.einddatum ? "einddatum" : "ingangsdatum", describe(last)),
               limits.seed);
      } else if (!item.einddatum && sys_days(item.ingangsdatum) < sys_days(limit)) {
        // Open-ended care for an age-bound product runs past the birthday by construction.
        report("LEEFTIJD", item,
               fmt::format("{} ({}) loopt tot de {}e verjaardag ({}), maar de toewijzing heeft geen einddatum",
                           product.code, product.naam, *limits.tot, describe(limit)),
               limits.seed);
      }
    }
  }

  void duur(const Item& item, const Product& product) {
    if (!product.max_duur) return;
    const int maanden = product.max_duur->maanden;
    // N months from the Ingangsdatum: the last allowed Einddatum is the day before the same day N months on.
    const Date last = year_month_day(sys_days(add_months(item.ingangsdatum, maanden)) - days(1));
    if (!item.einddatum) {
      report("DUUR", item,
             fmt::format("{} ({}) duurt maximaal {} maanden; de toewijzing heeft geen einddatum (uiterlijk {})",
                         product.code, product.naam, maanden, describe(last)),
             product.max_duur->seed);
    } else if (*item.einddatum > last) {
      report("DUUR", item,
             fmt::format("{} ({}) duurt maximaal {} maanden: einddatum {} ligt na {}", product.code, product.naam,
                         maanden, describe(*item.einddatum), describe(last)),
             product.max_duur->seed);
    }
  }

  void volume(const Item& item, const Product& product) {
    if (!product.max_volume || !item.omvang || item.omvang->eenheid != product.max_volume->ijw_eenheid) return;
    const auto& limit = *product.max_volume;
    // Only Frequentie 6 (totaal binnen de geldigheidsduur) states the whole amount; it may spread over as many
    // windows of `per_maanden` as the toewijzing spans. Per week or per month amounts are scaled to the window.
    std::int64_t in_window = 0;
    std::int64_t allowed = limit.volume;
    if (item.omvang->frequentie == "6") {
      int windows = 1;
      if (item.einddatum) {
        while (sys_days(add_months(item.ingangsdatum, windows * limit.per_maanden)) <= sys_days(*item.einddatum)) {
          ++windows;
        }
      }
      in_window = item.omvang->volume;
      allowed = limit.volume * windows;
    } else if (item.omvang->frequentie == "4") {
      in_window = item.omvang->volume * limit.per_maanden;
    } else if (item.omvang->frequentie == "2") {
      in_window = item.omvang->volume * limit.per_maanden * 52 / 12;
    } else {
      return;
    }
    if (in_window > allowed) {
      report("VOLUME", item,
             fmt::format("{} ({}): maximaal {} (eenheid {}) per {} maanden; aangevraagd of toegewezen: {}",
                         product.code, product.naam, allowed, limit.ijw_eenheid, limit.per_maanden, in_window),
             limit.seed);
    }
  }

  bool stored_toewijzing(const std::string& nummer) const {
    return stored_ && std::any_of(stored_->toewijzingen.begin(), stored_->toewijzingen.end(),
                                  [&](const state::Toewijzing& t) { return t.nummer == nummer; });
  }

  // A new toewijzing that starts before the JW301's Dagtekening; new versions of a stored one may keep their
  // Ingangsdatum (D-407).
  void terugwerkend(const Reading& message, const Item& item) {
    if (item.nummer && stored_toewijzing(*item.nummer)) return;
    if (item.ingangsdatum < message.dagtekening) {
      report("TERUGWERKEND", item,
             fmt::format("ingangsdatum {} ligt voor de dagtekening {} van de toewijzing (terugwerkende kracht)",
                         describe(item.ingangsdatum), describe(message.dagtekening)));
    }
  }

  void verwijzer(const Item& item) {
    if (item.verwijzer_type == "01") {
      report("VERWIJZER", item,
             "een verzoek om toewijzing (JW315) is alleen voor een externe verwijzing; hier is de verwijzer de "
             "gemeente (Verwijzer Type 01)");
    }
  }

  struct Other {
    std::string code;
    std::string nummer;  // "" for a class of this message
    Date ingangsdatum;
    std::optional<Date> einddatum;
  };

  static bool overlap(Date a_from, std::optional<Date> a_to, Date b_from, std::optional<Date> b_to) {
    return (!a_to || b_from <= *a_to) && (!b_to || a_from <= *b_to);
  }

  // The client's products this class meets: the stored actuele toewijzingen of the scope that overlap it, and
  // the message's classes before it (D-408: only what the snapshot holds, so the same aanbieder).
  void stapeling(const Reading& message, std::size_t position, const Product& product) {
    const Item& item = message.items[position];
    std::vector<Other> others;
    if (stored_) {
      for (const auto& t : stored_->toewijzingen) {
        if (t.verwijderd() || !t.product || !t.product->code) continue;
        if (t.aanbieder != message.aanbieder || (item.nummer && t.nummer == *item.nummer)) continue;
        others.push_back({*t.product->code, t.nummer, t.ingangsdatum, t.einddatum});
      }
    }
    for (std::size_t j = 0; j < position; ++j) {
      const Item& earlier = message.items[j];
      if (earlier.product && earlier.product->code) {
        others.push_back({*earlier.product->code, "", earlier.ingangsdatum, earlier.einddatum});
      }
    }
    for (const auto& other : others) {
      if (!overlap(item.ingangsdatum, item.einddatum, other.ingangsdatum, other.einddatum)) continue;
      const std::string with = other.nummer.empty() ? fmt::format("{} in hetzelfde bericht", other.code)
                                                    : fmt::format("{} (toewijzing {})", other.code, other.nummer);
      const Stapelpaar* paar = region_.stapeling_van(product.code, other.code);
      if (!paar) {
        const auto onbekend = region_.stapeling.onbekend;
        if (onbekend && *onbekend != Kleur::Groen) {
          report("STAPEL-ONBEKEND", item,
                 fmt::format("stapeling van {} met {}: {}", product.code, with, region_.stapeling.onbekend_toelichting),
                 region_.stapeling.seed);
        }
        continue;
      }
      if (paar->kleur == Kleur::Groen) continue;
      const auto voetnoot = paar->voetnoot ? fmt::format(" (voetnoot {})", *paar->voetnoot) : std::string();
      report(paar->kleur == Kleur::Rood ? "STAPEL-ROOD" : "STAPEL-GEEL", item,
             fmt::format("stapeling van {} met {} is {}{}: {}", product.code, with,
                         paar->kleur == Kleur::Rood ? "niet mogelijk" : "alleen mogelijk onder voorwaarden", voetnoot,
                         paar->toelichting),
             paar->seed);
    }
  }

  // The garantiefase (D-401, D-403): a toewijzing of the same aanbieder whose Einddatum lies before the
  // message's Dagtekening by at most the garantiefase, for a product it applies to, in the same segment (or the
  // same product). A JW315 there is a garantiefase case; a JW301 that opens a new toewijzing there is new
  // financing where extending the Einddatum was meant.
  void garantiefase(const Reading& message, const Item& item, const Product& product) {
    if (!region_.garantiefase || !stored_) return;
    const auto& fase = *region_.garantiefase;
    if (message.type == "JW301" && item.nummer && stored_toewijzing(*item.nummer)) return;  // a new version
    for (const auto& t : stored_->toewijzingen) {
      if (t.verwijderd() || !t.einddatum || !t.product || !t.product->code || t.aanbieder != message.aanbieder)
        continue;
      if (std::find(fase.producten.begin(), fase.producten.end(), *t.product->code) == fase.producten.end()) continue;
      const Product* ended = region_.any_product(*t.product->code);
      if (!ended) continue;
      const bool same = fase.scope == Scope::Segment ? ended->segment == product.segment : ended->code == product.code;
      if (!same) continue;
      const Date last = add_months(*t.einddatum, fase.maanden);
      if (!(*t.einddatum < message.dagtekening && message.dagtekening <= last)) continue;
      const std::string window = fmt::format("toewijzing {} ({}) eindigde op {}; de garantiefase loopt tot en met {}",
                                             t.nummer, *t.product->code, describe(*t.einddatum), describe(last));
      if (message.type == "JW315") {
        report("GARANTIEFASE", item,
               fmt::format("garantiefase-casus: {}. Advies: de einddatum van toewijzing {} verlengen met een nieuwe "
                           "JW301-versie (geen nieuwe financiering; P×Q-producten mogen opnieuw declareren)",
                           window, t.nummer));
      } else {
        report("GARANTIEFASE-NIEUW", item,
               fmt::format("nieuwe toewijzing met nieuwe financiering in de garantiefase: {}. Verwacht: verlenging "
                           "van de einddatum van toewijzing {}",
                           window, t.nummer));
      }
      return;
    }
  }

  const Region& region_;
  const state::Snapshot* stored_;
  Verdict& verdict_;
};

}  // namespace

bool Verdict::blocks() const {
  return std::any_of(policy.begin(), policy.end(),
                     [](const PolicyFinding& f) { return f.severity == Severity::Block; });
}

std::string findings_json(const Verdict& verdict) {
  auto findings = nlohmann::json::array();
  for (const auto& f : verdict.policy) {
    findings.push_back({{"id", f.id},
                        {"severity", to_string(f.severity)},
                        {"seed", f.seed},
                        {"path", f.path},
                        {"explanation", f.explanation}});
  }
  return findings.dump();
}

Verdict check(const Region& region, const model::AnyBericht& bericht, const state::Snapshot* stored) {
  Verdict verdict{region.regio, region.versie, {}, {}};
  Checker(region, stored, verdict).run(read(bericht));
  return verdict;
}

}  // namespace ijw::policy
