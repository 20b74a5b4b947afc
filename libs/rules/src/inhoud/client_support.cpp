#include "client_support.hpp"

#include <fmt/format.h>

namespace ijw::rules::client {

std::vector<ContactAt> contacts(const model::jw301::Bericht& bericht) {
  std::vector<ContactAt> found;
  const auto& client = bericht.Client;
  if (client.Relaties) {
    const auto& relaties = client.Relaties->Relatie;
    for (std::size_t i = 0; i < relaties.size(); ++i) {
      found.push_back({relaties[i].Contact, fmt::format("/Bericht/Client/Relaties/Relatie[{}]/Contact", i + 1)});
    }
  }
  const auto& eigen = client.Contactgegevens.Contact;
  for (std::size_t i = 0; i < eigen.size(); ++i) {
    found.push_back({eigen[i], fmt::format("/Bericht/Client/Contactgegevens/Contact[{}]", i + 1)});
  }
  return found;
}

std::vector<NaamAt> namen(const model::jw301::Bericht& bericht) {
  std::vector<NaamAt> found;
  const auto& client = bericht.Client;
  found.push_back({client.Naam, "/Bericht/Client/Naam"});
  if (client.Relaties) {
    const auto& relaties = client.Relaties->Relatie;
    for (std::size_t i = 0; i < relaties.size(); ++i) {
      found.push_back({relaties[i].Naam, fmt::format("/Bericht/Client/Relaties/Relatie[{}]/Naam", i + 1)});
    }
  }
  return found;
}

bool is_zorgverlener(std::string_view type) { return type == "02" || type == "03" || type == "04" || type == "05"; }

}  // namespace ijw::rules::client
