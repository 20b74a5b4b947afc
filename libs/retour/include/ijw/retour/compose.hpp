#pragma once
// Composing the retourbericht that answers a heenbericht (IV028, IV032; ijw-spec §3.4): exactly one per
// heenbericht, its Header copied unchanged, its codes placed as the findings say.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/rules/finding.hpp"
#include "ijw/schema/schema.hpp"
#include "ijw/xml/document.hpp"

namespace ijw::retour {

// What the retour says, decided from the findings of levels 2 to 4.
struct Verdict {
  enum class Kind {
    Accepted,  // no findings: Header only, without RetourCodes
    Inhoud,    // a level-2 finding: Header only, RetourCode 0001
    Header,    // level-3/4 findings on the Header (9056, 8848, S300): Header only, with those codes
    Klassen,   // level-3/4 findings on classes: Header 0200, the Client echoed with codes per class
  };
  Kind kind = Kind::Accepted;
  std::vector<std::string> header_codes;  // in the order found, each once

  bool accepted() const { return kind == Kind::Accepted; }
};

Verdict decide(const rules::Findings& findings);

// The retour's own header facts.
struct RetourFacts {
  std::string identificatie_retour;                   // 1-12 characters, unique per retour berichtsoort
  std::chrono::year_month_day dagtekening_retour;     // the day the retour is made (Europe/Amsterdam)
};

// The retourbericht for `heen` (a document of `heen_message`, valid at level 1), as UTF-8 with CRLF line
// ends. Values are echoed exactly as received. Throws std::invalid_argument when `heen_message` has no
// retour (JW319 and the retours themselves), std::logic_error if the result would not be XSD-valid.
std::string compose(const schema::Schema& schema, const schema::Message& heen_message, const xml::Document& heen,
                    const rules::Findings& findings, const RetourFacts& facts);

// Every RetourCode of a retourbericht made by compose(), in document order: what `ijwctl process` prints
// and the store keeps for statistics.
std::vector<std::string> retour_codes(std::string_view retour);

}  // namespace ijw::retour
