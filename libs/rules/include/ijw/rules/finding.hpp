#pragma once
// What a rule reports. A finding is a value, collected, never thrown: the retour needs every one of them.

#include <string>
#include <vector>

#include "ijw/xml/document.hpp"

namespace ijw::rules {

// The control levels of IV032. Level 1 (XSD) is ijw::validate; rules start at level 2.
enum class Level {
  Inhoud = 2,               // berichtinhoud: within the message (XSLT level), retourcode 0001
  Berichtoverstijgend = 3,  // against earlier messages (stored state)
  ExterneBron = 4,          // against the clock, the CBS list, the product catalogue
};

struct Finding {
  std::string rule;         // "TR018", "CS002"
  std::string retourcode;   // "0001", "8848", "9063"
  std::string path;         // the element the finding is about, "/Bericht/Client/StopProducten/StopProduct[2]/Einddatum"
  xml::Position where;      // where that element starts in the message
  // The berichtklasse whose RetourCodes carry the code, by the position of its start tag; {} for the
  // Header. Only meaningful for level 3 and 4: a level-2 finding always yields a header-only retour.
  xml::Position klasse;
  std::string explanation;  // for people: what is wrong and what was expected
  Level level = Level::Inhoud;
};

using Findings = std::vector<Finding>;

}  // namespace ijw::rules
