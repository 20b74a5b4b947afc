#include "omvang_support.hpp"

#include <fmt/format.h>

#include <chrono>
#include <utility>

namespace ijw::rules::omvang {

std::string ProductClass::at(std::string_view element) const { return fmt::format("{}/{}", path, element); }

std::vector<ProductClass> toegewezen_producten(const model::jw301::Bericht& bericht) {
  const auto& products = bericht.Client.ToegewezenProducten.ToegewezenProduct;
  std::vector<ProductClass> classes;
  classes.reserve(products.size());
  for (std::size_t i = 0; i < products.size(); ++i) {
    const auto& p = products[i];
    classes.push_back({fmt::format("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{}]", i + 1), p.where,
                       &p.Product, "Ingangsdatum", p.Ingangsdatum, "Einddatum", p.Einddatum, p.Omvang, p.Budget});
  }
  return classes;
}

std::vector<ProductClass> aangevraagde_producten(const model::jw315::Bericht& bericht) {
  const auto& products = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
  std::vector<ProductClass> classes;
  classes.reserve(products.size());
  for (std::size_t i = 0; i < products.size(); ++i) {
    const auto& p = products[i];
    classes.push_back({fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]", i + 1), p.where,
                       &p.Product, "ToewijzingIngangsdatum", p.ToewijzingIngangsdatum, "ToewijzingEinddatum",
                       p.ToewijzingEinddatum, p.Omvang, p.Budget});
  }
  return classes;
}

std::vector<ProductClass> nieuwe_producten(const model::jw317::Bericht& bericht) {
  std::vector<ProductClass> classes;
  const auto& container = bericht.Client.Verzoek.NieuweProducten;
  if (!container) return classes;
  const auto& products = container->NieuwProduct;
  classes.reserve(products.size());
  for (std::size_t i = 0; i < products.size(); ++i) {
    const auto& p = products[i];
    classes.push_back({fmt::format("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[{}]", i + 1), p.where,
                       &p.Product, "GewensteIngangsdatum", p.GewensteIngangsdatum, "Einddatum", p.Einddatum, p.Omvang,
                       p.Budget});
  }
  return classes;
}

std::vector<ProductClass> te_wijzigen_producten(const model::jw317::Bericht& bericht) {
  std::vector<ProductClass> classes;
  const auto& container = bericht.Client.Verzoek.TeWijzigenProducten;
  if (!container) return classes;
  const auto& products = container->TeWijzigenProduct;
  classes.reserve(products.size());
  for (std::size_t i = 0; i < products.size(); ++i) {
    const auto& p = products[i];
    classes.push_back({fmt::format("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[{}]", i + 1), p.where,
                       nullptr, "GewensteIngangsdatum", p.GewensteIngangsdatum, "Einddatum", p.Einddatum, p.Omvang,
                       p.Budget});
  }
  return classes;
}

bool code_filled(const std::optional<model::basis::CDT_Product>& product) {
  return product && product->Code.has_value();
}

bool open_or_ends_after_2020(const std::optional<model::basis::LDT_Datum>& end) {
  using namespace std::chrono;
  if (!end) return true;
  const auto date = model::to_date(*end);
  // Unreadable cannot happen after XSD validation; a date we cannot read does not meet the condition.
  return date && *date > year_month_day{year{2020}, December, day{31}};
}

std::vector<ProductClass> product_classes(const model::jw301::Bericht& bericht, Jw317Classes) {
  return toegewezen_producten(bericht);
}

std::vector<ProductClass> product_classes(const model::jw315::Bericht& bericht, Jw317Classes) {
  return aangevraagde_producten(bericht);
}

std::vector<ProductClass> product_classes(const model::jw317::Bericht& bericht, Jw317Classes jw317) {
  if (jw317 == Jw317Classes::NieuweProducten) return nieuwe_producten(bericht);
  auto classes = te_wijzigen_producten(bericht);
  for (auto& nieuw : nieuwe_producten(bericht)) classes.push_back(std::move(nieuw));
  return classes;
}

void check_omvang_leeg_zonder_code(const ProductClass& c, const Reporter& reporter) {
  if (c.omvang && !code_filled(*c.product) && open_or_ends_after_2020(c.end)) {
    reporter.report(c.at("Omvang"), c.where,
                    fmt::format("{} en {}, dus Omvang moet leeg zijn; gevonden: {}", describe(*c.product),
                                describe_end(c), describe(*c.omvang)));
  }
}

void check_eenheid_frequentie(const ProductClass& c, const Reporter& reporter) {
  if (!c.omvang || !open_or_ends_after_2020(c.end)) return;
  // Eenheid and Frequentie are xs:string enumerations: the XSD guarantees the exact text.
  const auto& eenheid = c.omvang->Eenheid.text;
  const auto& frequentie = c.omvang->Frequentie.text;
  const bool eenheid_limited = eenheid == "14" || eenheid == "16" || eenheid == "83" || eenheid == "84";
  const bool frequentie_allowed = frequentie == "2" || frequentie == "4" || frequentie == "6";
  if (eenheid_limited && !frequentie_allowed) {
    reporter.report(c.at("Omvang/Frequentie"), c.where,
                    fmt::format("Eenheid {} vraagt Frequentie 2, 4 of 6 ({}), maar Frequentie is {}", eenheid,
                                describe_end(c), frequentie));
  }
}

std::string shown(std::string_view lexical) { return model::collapse_whitespace(lexical); }

std::string describe(const std::optional<model::basis::CDT_Product>& product) {
  if (!product) return "geen Product";
  if (!product->Code) return fmt::format("Product {} zonder Code", product->Categorie.text);
  return fmt::format("Product {}/{}", product->Categorie.text, product->Code->text);
}

std::string describe(const model::basis::CDT_Omvang& omvang) {
  return fmt::format("Volume {}, Eenheid {}, Frequentie {}", shown(omvang.Volume.text), omvang.Eenheid.text,
                     omvang.Frequentie.text);
}

std::string describe_end(const ProductClass& product_class) {
  if (!product_class.end) return fmt::format("{} is leeg", product_class.end_name);
  return fmt::format("{} {} ligt na 31-12-2020", product_class.end_name, shown(product_class.end->text));
}

}  // namespace ijw::rules::omvang
