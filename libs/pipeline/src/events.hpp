#pragma once
// Which committed outcomes the backoffice hears of, and the envelope it gets (docs/events.md, D-501..D-503).

#include <optional>

#include "ijw/pipeline/pipeline.hpp"
#include "ijw/store/store.hpp"

namespace ijw::pipeline {

// The event for `answer`, the outcome of `bericht` about to be committed, or nothing when the backoffice need
// not hear of it (a replay, a rejected aanbieder message: those are the aanbieder's business). `recorded`
// says whether the message is stored under its key (false for a TR056 answer).
std::optional<store::Event> event_for(const store::Heenbericht& bericht, const Result& answer, bool recorded);

// The event for a JW302 of an aanbieder (`ijw.jw302.received`): its RetourCodes and XML as "retour"; the
// store adds the JW301 it answers as "bericht" when it links them.
store::Event jw302_event(std::string_view jw302_xml, const std::vector<std::string>& codes);

}  // namespace ijw::pipeline
