#include "ijw/retour/compose.hpp"

#include <pugixml.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

#include "ijw/validate/validator.hpp"
#include "ijw/xml/writer.hpp"

namespace ijw::retour {
namespace {

constexpr std::string_view kGeenOpmerking = "0200";  // Geen opmerking over deze berichtklasse
constexpr std::string_view kTechnischAfgekeurd = "0001";

using Position = std::tuple<std::uint32_t, std::uint32_t>;

Position key(xml::Position position) { return {position.line, position.column}; }

void add_once(std::vector<std::string>& codes, const std::string& code) {
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
}

std::string text_of(pugi::xml_node element) {
  std::string text;
  for (auto child = element.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
  }
  return text;
}

// Writes the retour: the Header from the heenbericht's, then (for class findings) the Client echoed
// into the retour namespace with RetourCodes as the last child of every berichtklasse.
class Composer {
 public:
  Composer(const schema::Schema& schema, const schema::Message& retour, const xml::Document& heen,
           const Verdict& verdict, const rules::Findings& findings, const RetourFacts& facts)
      : retour_(retour), heen_(heen), verdict_(verdict), facts_(facts),
        writer_(retour.prefix + ":" + retour.root_local_name, namespaces(schema, retour)) {
    for (const auto& finding : findings) {
      if (finding.klasse.line != 0) add_once(class_codes_[key(finding.klasse)], finding.retourcode);
    }
  }

  std::string run() {
    const auto& root = *retour_.root_type;
    for (const auto& particle : root.sequence) {
      const auto heen_child = child(heen_.root(), particle.local_name);
      if (particle.local_name == "Header") {
        writer_.open(particle.qualified_name);
        header(heen_child, *particle.complex);
        writer_.close();
      } else if (verdict_.kind == Verdict::Kind::Klassen && heen_child) {
        echo(heen_child, particle);
      }
    }
    return writer_.finish();
  }

 private:
  static xml::Writer::Namespaces namespaces(const schema::Schema& schema, const schema::Message& retour) {
    return {{"ijw", schema.namespace_uri("ijw")}, {retour.prefix, retour.namespace_uri}};
  }

  static pugi::xml_node child(pugi::xml_node parent, std::string_view local_name) {
    for (auto node = parent.first_child(); node; node = node.next_sibling()) {
      if (node.type() == pugi::node_element && xml::local_name(node.name()) == local_name) return node;
    }
    return {};
  }

  void header(pugi::xml_node heen_header, const schema::ComplexType& type) {
    for (const auto& particle : type.sequence) {
      const std::string_view name = particle.local_name;
      if (name == "BerichtCode") {
        writer_.leaf(particle.qualified_name, retour_.bericht_code);
      } else if (name == "IdentificatieRetour") {
        writer_.leaf(particle.qualified_name, facts_.identificatie_retour);
      } else if (name == "DagtekeningRetour") {
        writer_.leaf(particle.qualified_name, fmt::format("{:%F}", std::chrono::sys_days(facts_.dagtekening_retour)));
      } else if (name == "XsdVersieRetour") {
        // IV034: the versions of the retour's own XSD, from its appinfo.
        writer_.open(particle.qualified_name);
        for (const auto& version : particle.complex->sequence) {
          writer_.leaf(version.qualified_name, version.local_name == "BasisschemaXsdVersie"
                                                   ? retour_.xsd_versie.basisschema
                                                   : retour_.xsd_versie.bericht);
        }
        writer_.close();
      } else if (name == "RetourCodes") {
        if (!verdict_.header_codes.empty()) retour_codes(particle, verdict_.header_codes);
      } else if (const auto heen_child = child(heen_header, name)) {
        echo(heen_child, particle);  // BerichtVersie ... XsdVersie: copied unchanged (IV028)
      }
      // XsltVersie stays out: the hub does not run the official XSLTs (IV033).
    }
  }

  void retour_codes(const schema::Particle& particle, const std::vector<std::string>& codes) {
    writer_.open(particle.qualified_name);
    for (const auto& code : codes) writer_.leaf(particle.complex->sequence.front().qualified_name, code);
    writer_.close();
  }

  // Copies a heenbericht element into the retour as `particle`, with every child the retour type declares
  // in the retour's order, and the class's RetourCodes where the retour type has them.
  void echo(pugi::xml_node heen_element, const schema::Particle& particle) {
    if (particle.simple) {
      writer_.leaf(particle.qualified_name, text_of(heen_element));
      return;
    }
    writer_.open(particle.qualified_name);
    for (const auto& child_particle : particle.complex->sequence) {
      if (child_particle.local_name == "RetourCodes") {
        const auto found = class_codes_.find(key(heen_.position_of(heen_element)));
        retour_codes(child_particle, found != class_codes_.end() ? found->second
                                                                 : std::vector<std::string>{std::string(kGeenOpmerking)});
        continue;
      }
      for (auto node = heen_element.first_child(); node; node = node.next_sibling()) {
        if (node.type() == pugi::node_element && xml::local_name(node.name()) == child_particle.local_name) {
          echo(node, child_particle);
        }
      }
    }
    writer_.close();
  }

  const schema::Message& retour_;
  const xml::Document& heen_;
  const Verdict& verdict_;
  const RetourFacts& facts_;
  xml::Writer writer_;
  std::map<Position, std::vector<std::string>> class_codes_;
};

}  // namespace

Verdict decide(const rules::Findings& findings) {
  Verdict verdict;
  if (findings.empty()) return verdict;
  const bool inhoud = std::any_of(findings.begin(), findings.end(),
                                  [](const auto& finding) { return finding.level == rules::Level::Inhoud; });
  if (inhoud) {
    verdict.kind = Verdict::Kind::Inhoud;
    verdict.header_codes = {std::string(kTechnischAfgekeurd)};
    return verdict;
  }
  for (const auto& finding : findings) {
    if (finding.klasse.line == 0) add_once(verdict.header_codes, finding.retourcode);
  }
  if (!verdict.header_codes.empty()) {
    verdict.kind = Verdict::Kind::Header;  // IV028: a Header error gives a retour with only the Header
    return verdict;
  }
  verdict.kind = Verdict::Kind::Klassen;
  verdict.header_codes = {std::string(kGeenOpmerking)};
  return verdict;
}

std::string compose(const schema::Schema& schema, const schema::Message& heen_message, const xml::Document& heen,
                    const rules::Findings& findings, const RetourFacts& facts) {
  const schema::Message* retour = schema.message(heen_message.retour);
  if (heen_message.retour.empty() || !retour) {
    throw std::invalid_argument(heen_message.id + " is not answered by a retourbericht");
  }
  if (facts.identificatie_retour.empty() || facts.identificatie_retour.size() > 12) {
    throw std::invalid_argument("IdentificatieRetour must have 1 to 12 characters");
  }
  const Verdict verdict = decide(findings);
  std::string document = Composer(schema, *retour, heen, verdict, findings, facts).run();
#ifndef NDEBUG
  // Self-check in debug builds (tests check every retour too): a retour must be XSD-valid (§3.4).
  const auto report = validate::Validator(schema).validate(document);
  if (!report.valid() || report.message != retour) {
    throw std::logic_error("composed " + retour->id + " is not XSD-valid: " +
                           (report.errors.empty() ? std::string("wrong root") : report.errors.front().text));
  }
#endif
  return document;
}

std::vector<std::string> retour_codes(std::string_view retour) {
  pugi::xml_document document;
  if (!document.load_buffer(retour.data(), retour.size(), pugi::parse_default, pugi::encoding_utf8)) {
    throw std::invalid_argument("not a retourbericht: the XML does not parse");
  }
  std::vector<std::string> codes;
  struct Collector : pugi::xml_tree_walker {
    std::vector<std::string>* codes;
    bool for_each(pugi::xml_node& node) override {
      const std::string_view name = node.name();
      const auto colon = name.find(':');
      if (node.type() == pugi::node_element &&
          (colon == std::string_view::npos ? name : name.substr(colon + 1)) == "RetourCode") {
        codes->emplace_back(node.child_value());
      }
      return true;
    }
  } collector;
  collector.codes = &codes;
  document.traverse(collector);
  return codes;
}

}  // namespace ijw::retour
