#pragma once
// One heenbericht against a region's policy and the client's stored state (issue 7). Two kinds of result:
// the standard's own codes where the standard has them (TR381 -> S329 on the product class, TR378 -> S300 on
// the Header; ijw-spec §4), which go into the retour like every other finding; and policy findings, with a
// stable id, a severity, the seed line and a Dutch explanation, which travel with the message and never turn
// an aanbieder's accepted message into a rejection. A `block` finding stops a JW301 (D-409).

#include <string>
#include <vector>

#include "ijw/model/model.hpp"
#include "ijw/policy/region.hpp"
#include "ijw/rules/finding.hpp"
#include "ijw/state/state.hpp"

namespace ijw::policy {

struct PolicyFinding {
  std::string id;  // "NL-STAPEL-ROOD"
  Severity severity = Severity::Signal;
  std::string seed;         // "../shared/seeds/002_4d6f3bba8cd51930.txt:4158-4166"
  std::string path;         // the class it is about, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]"
  std::string explanation;  // Dutch, for a declaratiemedewerker
};

struct Verdict {
  std::string region;          // "Noord-Limburg"
  std::string region_version;  // the region file's versie, recorded with the findings
  rules::Findings standard;    // TR381 (S329), TR378 (S300)
  std::vector<PolicyFinding> policy;

  // Whether a policy finding has severity block.
  bool blocks() const;
};

// The policy findings as JSON for the record (migration 0005): [{id, severity, seed, path, explanation}].
std::string findings_json(const Verdict& verdict);

// Checks `bericht` against `region`. `stored` is the client's state as the pipeline loads it (the scope's
// toewijzingen); nullptr checks against an empty state (`ijwctl policy explain` without a database).
Verdict check(const Region& region, const model::AnyBericht& bericht, const state::Snapshot* stored);

}  // namespace ijw::policy
