#pragma once
// What the omvang rules (CD041, CD075-CD080, CD095, CD096, CS003, CS338, CS343) share: one view of the four
// product classes that carry a period, an Omvang and a Budget (JW301 ToegewezenProduct, JW315
// AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct), so each rule is its condition on one class,
// run by check_each over the classes of the message, and the readings the conditions of ijw-spec §4.3 repeat ("Code in
// Product gevuld", "Einddatum groter dan 31-12-2020 of leeg").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/model/model.hpp"
#include "ijw/rules/rule.hpp"

namespace ijw::rules::omvang {

// One product class, by reference into the message it was read from.
struct ProductClass {
  std::string path;     // the class: "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]"
  xml::Position where;  // the class's start tag
  // The class's Product; nullptr for TeWijzigenProduct, which has no Product element (its product is that
  // of the toewijzing, IV092), so no rule on Product can judge it within the message.
  const std::optional<model::basis::CDT_Product>* product;
  std::string_view begin_name;  // "Ingangsdatum", "ToewijzingIngangsdatum", "GewensteIngangsdatum"
  const model::basis::LDT_Datum& begin;
  std::string_view end_name;  // "Einddatum", "ToewijzingEinddatum"
  const std::optional<model::basis::LDT_Datum>& end;
  const std::optional<model::basis::CDT_Omvang>& omvang;
  const std::optional<model::basis::LDT_Budget>& budget;

  // The path of the class's element `element` ("Omvang", "Omvang/Frequentie").
  std::string at(std::string_view element) const;
};

std::vector<ProductClass> toegewezen_producten(const model::jw301::Bericht& bericht);
std::vector<ProductClass> aangevraagde_producten(const model::jw315::Bericht& bericht);
std::vector<ProductClass> nieuwe_producten(const model::jw317::Bericht& bericht);
std::vector<ProductClass> te_wijzigen_producten(const model::jw317::Bericht& bericht);

// "Code in Product gevuld": a Product with a Code. An absent Product has no Code either, so it counts as
// "Code leeg" (generiek as well as aspecifiek; ijw-spec §4.3 CD080, CD095, CD096).
bool code_filled(const std::optional<model::basis::CDT_Product>& product);

// "Einddatum groter dan 31-12-2020 of leeg" (CD080, CD095, CD096, CS338, CS343).
bool open_or_ends_after_2020(const std::optional<model::basis::LDT_Datum>& end);

// Which JW317 classes a rule reads: only NieuwProduct (the rules on Product, which TeWijzigenProduct lacks), or
// TeWijzigenProduct and then NieuwProduct.
enum class Jw317Classes { NieuweProducten, TeWijzigenEnNieuweProducten };

// The product classes of a message: JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 as `jw317` says.
std::vector<ProductClass> product_classes(const model::jw301::Bericht& bericht, Jw317Classes jw317);
std::vector<ProductClass> product_classes(const model::jw315::Bericht& bericht, Jw317Classes jw317);
std::vector<ProductClass> product_classes(const model::jw317::Bericht& bericht, Jw317Classes jw317);

// The condition of one rule on one product class: reports the class when it breaks it.
using ClassCheck = void (*)(const ProductClass& product_class, const Reporter& reporter);

// The loop of every omvang rule: `check` on each product class of `bericht`, in message order.
template <class Bericht>
void check_each(const Bericht& bericht, const Reporter& reporter, ClassCheck check,
                Jw317Classes jw317 = Jw317Classes::TeWijzigenEnNieuweProducten) {
  for (const auto& product_class : product_classes(bericht, jw317)) check(product_class, reporter);
}

// CD080, CD095 and CD096, one condition on the classes of three messages: "Indien Code in Product leeg is en
// Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten" (Omvang). Reports the class on Omvang.
void check_omvang_leeg_zonder_code(const ProductClass& product_class, const Reporter& reporter);

// CS338 and CS343, one condition on two sets of classes: "Indien eenheid de waarde 14, 16, 83 of 84 heeft
// en Einddatum groter dan 31-12-2020 of leeg is, dan Frequentie vullen met de waarde 2, 4 of 6". Reports
// the class when its Omvang breaks it, on Omvang/Frequentie.
void check_eenheid_frequentie(const ProductClass& product_class, const Reporter& reporter);

// A value as XSD reads it (whitespace collapsed), for explanations: "2027-04-30", "150000".
std::string shown(std::string_view lexical);

// How a Product reads in an explanation: "geen Product", "Product 45 zonder Code", "Product 45/45A04".
std::string describe(const std::optional<model::basis::CDT_Product>& product);

// How an Omvang reads in an explanation: "Volume 3, Eenheid 04, Frequentie 2".
std::string describe(const model::basis::CDT_Omvang& omvang);

// How an end date reads in the 2020 condition: "Einddatum is leeg", "Einddatum 2027-04-30 ligt na 31-12-2020".
std::string describe_end(const ProductClass& product_class);

}  // namespace ijw::rules::omvang
