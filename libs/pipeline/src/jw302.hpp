#pragma once
// A JW302 from an aanbieder: the answer to a JW301 the hub delivered. It gets no retour of its own; it is
// linked to its JW301 and its RetourCodes recorded (issue 6, "Outgoing messages").

#include <string_view>

#include "ijw/pipeline/pipeline.hpp"

namespace ijw::pipeline {

// Whether `level1` is a valid JW302 that did not come from the gemeente's side.
bool answers_a_jw301(const validate::Report& level1, const Origin& origin);

Result link_jw302(store::Connection& connection, const validate::Report& level1, std::string_view bytes,
                  const Origin& origin);

}  // namespace ijw::pipeline
