#include "jw302.hpp"

#include <fmt/format.h>

#include <variant>

#include "ijw/model/model.hpp"
#include "ijw/retour/compose.hpp"
#include "ijw/store/uitgaand.hpp"

namespace ijw::pipeline {

bool answers_a_jw301(const validate::Report& level1, const Origin& origin) {
  return level1.valid() && level1.message->id == "JW302" && origin.side != Side::Gemeente;
}

Result link_jw302(store::Connection& connection, const validate::Report& level1, std::string_view bytes,
                  const Origin& origin) {
  const auto bericht = std::get<model::jw302::Bericht>(model::parse_any(*level1.document, *level1.message));
  const auto& header = bericht.Header;
  store::Jw302 jw302{bytes,
                     model::collapse_whitespace(header.Afzender.text),
                     model::collapse_whitespace(header.Ontvanger.text),
                     model::collapse_whitespace(header.BerichtIdentificatie.Identificatie.text),
                     model::collapse_whitespace(header.IdentificatieRetour.text),
                     model::collapse_whitespace(header.DagtekeningRetour.text),
                     retour::retour_codes(bytes)};
  Result result;
  result.message_type = "JW302";
  result.codes = jw302.retour_codes;
  // The retour repeats the JW301's header: its Ontvanger is the aanbieder that answers.
  if (origin.sender && *origin.sender != jw302.aanbieder) {
    result.outcome = Outcome::Refused;
    result.refusal = fmt::format("the JW302's Ontvanger {} is not the sender {} that the connection was authenticated as",
                                 jw302.aanbieder, *origin.sender);
    return result;
  }
  const auto linked = store::link_jw302(connection, jw302);
  result.linked_jw301 = linked.jw301_id;
  switch (linked.outcome) {
    case store::Linked::Recorded:
    case store::Linked::SameAgain:
      result.outcome = Outcome::Linked;
      result.replayed = linked.outcome == store::Linked::SameAgain;
      return result;
    case store::Linked::AlreadyAnswered:
      result.refusal = fmt::format("JW301 {} of gemeente {} was already answered by another JW302", jw302.identificatie,
                                   jw302.gemeente);
      break;
    case store::Linked::UnknownJw301:
      result.refusal = fmt::format("no JW301 {} of gemeente {} was delivered to aanbieder {}", jw302.identificatie,
                                   jw302.gemeente, jw302.aanbieder);
      break;
  }
  result.outcome = Outcome::Refused;
  return result;
}

}  // namespace ijw::pipeline
