#pragma once
// The benchmarks' workload: a realistic mix of heenberichten of many clients, generated in memory from the
// base messages of tests/data/base (shared by pipeline_bench and https_load). Per client a JW301 toewijzing,
// a JW305 start, a JW315 VOT (even clients) or a JW317 VOW (odd ones), and a JW307 stop; for a share of the
// clients also a rejected message (TR019 start without toewijzing, TR074 stop sent twice, TR056
// Identificatie reused), a resend of the same bytes (D-302) and, when asked for, an XSD-invalid JW315.
// Every message has an Identificatie of its own, except the resends and the TR056 case, on purpose.

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ijw::bench {

struct MixMessage {
  std::string bytes;
  std::size_t client = 0;     // index of the client (Bsn) it is about
  std::string kind;           // "JW305 start", "JW307 stop again, rejected (TR074)", ...
  std::string berichtcode;    // "JW305"; the message type (JW301 comes from the gemeente, the rest from aanbieders)
  std::string identificatie;  // the Identificatie of its header
};

struct Mix {
  std::vector<MixMessage> messages;  // each client's messages in their order; clients interleaved
  std::map<std::string, int> kinds;  // kind -> how many
};

struct MixOptions {
  std::size_t clients = 12000;
  // One client in 50 also sends a JW315 that is not XSD-valid (a letter in the Bsn): answered 400 over HTTPS,
  // nothing stored, its Identificatie not used up (D-301).
  bool with_invalid = false;
};

// Deterministic: the same options give the same bytes, so a run can be resumed from a record of indexes.
Mix generate_mix(const std::filesystem::path& base_dir, const MixOptions& options);

std::string read_file(const std::filesystem::path& path);

}  // namespace ijw::bench
