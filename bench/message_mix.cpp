// The benchmarks' workload (message_mix.hpp).

#include "message_mix.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace ijw::bench {
namespace {

namespace fs = std::filesystem;

// Replaces the one occurrence of `from` in `text`; the base messages are fixed, so a miss is a bug.
std::string with(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
    throw std::logic_error(fmt::format("'{}' is not in the base message exactly once", from));
  }
  return text.replace(at, from.size(), to);
}

// The n-th Bsn that passes the 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11.
class BsnGenerator {
 public:
  std::string next() {
    for (;;) {
      const std::string first = fmt::format("{:08}", 20000000 + candidate_++);
      int sum = 0;
      for (int i = 0; i < 8; ++i) sum += (9 - i) * (first[i] - '0');
      const int last = sum % 11;
      if (last < 10) return first + static_cast<char>('0' + last);
    }
  }

 private:
  int candidate_ = 0;
};

// The Identificatie of a message's header (the first <ijw:Identificatie>).
std::string identificatie_of(std::string_view bytes) {
  constexpr std::string_view kOpen = "<ijw:Identificatie>";
  const auto at = bytes.find(kOpen);
  const auto end = at == std::string_view::npos ? at : bytes.find('<', at + kOpen.size());
  if (end == std::string_view::npos) throw std::logic_error("a generated message without an Identificatie");
  return std::string(bytes.substr(at + kOpen.size(), end - at - kOpen.size()));
}

struct Step {
  std::string kind;
  std::string bytes;
};

}  // namespace

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Mix generate_mix(const fs::path& base_dir, const MixOptions& options) {
  const auto jw301 = read_file(base_dir / "JW301.xml");
  const auto jw305 = read_file(base_dir / "JW305.xml");
  const auto jw307 = read_file(base_dir / "JW307.xml");
  const auto jw315 = read_file(base_dir / "JW315.xml");
  const auto jw317 = read_file(base_dir / "JW317.xml");
  const std::size_t clients = options.clients;

  BsnGenerator bsns;
  std::vector<std::vector<Step>> sequences(clients);
  for (std::size_t c = 0; c < clients; ++c) {
    const std::string bsn = bsns.next();
    const std::string nummer = std::to_string(10000000 + c);
    const std::string id = fmt::format("{:08}", c);
    auto& sequence = sequences[c];
    // JW301: the gemeente's toewijzing.
    auto toewijzing = with(jw301, "<jw301:Bsn>123456782<", "<jw301:Bsn>" + bsn + "<");
    toewijzing = with(std::move(toewijzing), ">TW-2026-0001<", ">TW" + id + "<");
    toewijzing = with(std::move(toewijzing), "<jw301:ToewijzingNummer>8001<", "<jw301:ToewijzingNummer>" + nummer + "<");
    toewijzing = with(std::move(toewijzing), "<ijw:Datum>2014-06-12<", fmt::format("<ijw:Datum>20{:02}-06-12<", 8 + c % 10));
    toewijzing = with(std::move(toewijzing), ">10:15:00<", fmt::format(">{:02}:{:02}:00<", 8 + c % 9, c % 60));
    sequence.push_back({"JW301 toewijzing", toewijzing});
    // JW305: the aanbieder starts it.
    auto start = with(jw305, "<jw305:Bsn>123456782<", "<jw305:Bsn>" + bsn + "<");
    start = with(std::move(start), ">ST-2026-0001<", ">ST" + id + "<");
    if (c % 10 == 3) {  // TR019: a start for a toewijzing the gemeente never sent
      sequence.push_back({"JW305 start, rejected (TR019)",
                          with(with(start, ">8001<", ">" + std::to_string(500000000 + c) + "<"), ">ST" + id + "<",
                               ">SX" + id + "<")});
    }
    start = with(std::move(start), ">8001<", ">" + nummer + "<");
    sequence.push_back({"JW305 start", start});
    if (c % 10 == 7) sequence.push_back({"JW301 resend, same bytes", toewijzing});
    // A verzoek: a VOT for another product (even clients) or a VOW on the toewijzing (odd ones); one at a
    // time, as TR374 wants no second verzoek while one is onderhanden.
    if (c % 2 == 0) {
      auto vot = with(jw315, "<jw315:Bsn>123456782<", "<jw315:Bsn>" + bsn + "<");
      vot = with(std::move(vot), ">VT-2026-0001<", ">VT" + id + "<");
      vot = with(std::move(vot), ">REF-2026-0001<", ">VOT-" + id + "<");
      if (options.with_invalid && c % 50 == 24) {  // XSD: Bsn is nine digits; comes first, uses up nothing
        sequence.push_back({"JW315 VOT, XSD-invalid",
                            with(with(vot, "<jw315:Bsn>" + bsn + "<", "<jw315:Bsn>" + bsn.substr(0, 8) + "X<"),
                                 ">VT" + id + "<", ">VI" + id + "<")});
      }
      sequence.push_back({"JW315 VOT", vot});
      if (c % 20 == 4) sequence.push_back({"JW315 resend, same bytes", vot});
    } else {
      auto vow = with(jw317, "<jw317:Bsn>123456782<", "<jw317:Bsn>" + bsn + "<");
      vow = with(std::move(vow), ">VW-2026-0001<", ">VW" + id + "<");
      vow = with(std::move(vow), ">8001<", ">" + nummer + "<");
      sequence.push_back({"JW317 VOW", with(vow, ">REF-2026-0002<", ">VOW-" + id + "<")});
      if (c % 20 == 11) {  // TR056: the Identificatie again, on another verzoek
        sequence.push_back({"JW317 VOW, rejected (TR056)", with(vow, ">REF-2026-0002<", ">VOX-" + id + "<")});
      }
    }
    // JW307: the aanbieder stops it.
    auto stop = with(jw307, "<jw307:Bsn>123456782<", "<jw307:Bsn>" + bsn + "<");
    stop = with(std::move(stop), ">8001<", ">" + nummer + "<");
    sequence.push_back({"JW307 stop", with(stop, ">SP-2026-0001<", ">SP" + id + "<")});
    if (c % 20 == 17) {  // TR074: the same stop again under a new Identificatie
      sequence.push_back({"JW307 stop again, rejected (TR074)", with(stop, ">SP-2026-0001<", ">SQ" + id + "<")});
    }
  }

  // Clients in groups of 64 take turns, so consecutive messages are mostly of different clients.
  Mix mix;
  constexpr std::size_t kGroup = 64;
  for (std::size_t first = 0; first < clients; first += kGroup) {
    const std::size_t last = std::min(clients, first + kGroup);
    for (std::size_t step = 0;; ++step) {
      bool any = false;
      for (std::size_t c = first; c < last; ++c) {
        if (step >= sequences[c].size()) continue;
        any = true;
        auto& [kind, bytes] = sequences[c][step];
        ++mix.kinds[kind];
        auto identificatie = identificatie_of(bytes);
        mix.messages.push_back({std::move(bytes), c, kind, kind.substr(0, kind.find(' ')), std::move(identificatie)});
      }
      if (!any) break;
    }
  }
  return mix;
}

}  // namespace ijw::bench
