#pragma once
// What the rules about the client, its relaties and their contacts share (the "client" family of level 2):
// every Contact and every VolledigeNaam of a JW301 with its element path, and the verwijzer types that
// are zorgverleners (COD327).

#include <string>
#include <string_view>
#include <vector>

#include "ijw/model/model.hpp"

namespace ijw::rules::client {

// A Contact of a JW301 and the path of its element: "/Bericht/Client/Relaties/Relatie[2]/Contact" or
// "/Bericht/Client/Contactgegevens/Contact[1]".
struct ContactAt {
  const model::jw301::Contact& contact;
  std::string path;
};

// Every Contact of the message in document order: first the one of each Relatie, then those of the
// client's Contactgegevens. The condities on Contact (CD005, CD009, CD025, CD034, CS089, TR006) name the
// berichtklasse Contact, which the JW301 uses for both.
std::vector<ContactAt> contacts(const model::jw301::Bericht& bericht);

// A VolledigeNaam of a JW301 and the path of its element: "/Bericht/Client/Naam" or
// "/Bericht/Client/Relaties/Relatie[1]/Naam".
struct NaamAt {
  const model::basis::CDT_VolledigeNaam& naam;
  std::string path;
};

// The client's Naam, then the Naam of each Relatie (document order).
std::vector<NaamAt> namen(const model::jw301::Bericht& bericht);

// COD327 types 02 Huisarts, 03 Jeugdarts, 04 Gecertificeerde instelling and 05 Medisch specialist: the
// verwijzers that carry a ZorgverlenerCode (CD066, CD067, CD068). `type` is the exact text of the
// LDT_TypeVerwijzer enumeration.
bool is_zorgverlener(std::string_view type);

}  // namespace ijw::rules::client
