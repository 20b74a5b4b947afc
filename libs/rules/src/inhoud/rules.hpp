#pragma once
// Level 2, berichtinhoud: the technische regels of XSLT level, the condities (CD) and the constraints (CS)
// of the informatiemodel for JW301, JW305, JW307, JW315 and JW317 (ijw-spec §4.2 "Level 2", §4.3). Any
// finding rejects the whole message with a header-only retour carrying 0001. One file per rule; each family
// registers its rules in register_<family>.cpp.

#include <memory>

#include "ijw/rules/registry.hpp"

namespace ijw::rules {

// Product, Omvang, Budget and the periods of toegewezen, aangevraagde and gewenste producten
void register_omvang_rules(Registry& registry);
std::unique_ptr<Rule> make_CD041();
std::unique_ptr<Rule> make_CD075();
std::unique_ptr<Rule> make_CD076();
std::unique_ptr<Rule> make_CD077();
std::unique_ptr<Rule> make_CD078();
std::unique_ptr<Rule> make_CD079();
std::unique_ptr<Rule> make_CD080();
std::unique_ptr<Rule> make_CD095();
std::unique_ptr<Rule> make_CD096();
std::unique_ptr<Rule> make_CS003();
std::unique_ptr<Rule> make_CS338();
std::unique_ptr<Rule> make_CS343();

// dates against the Dagtekening, keys and overlaps within the message, BSN, StatusAanlevering
void register_structuur_rules(Registry& registry);
std::unique_ptr<Rule> make_TR002();
std::unique_ptr<Rule> make_TR018();
std::unique_ptr<Rule> make_TR101();
std::unique_ptr<Rule> make_TR134();
std::unique_ptr<Rule> make_TR302();
std::unique_ptr<Rule> make_TR352();
std::unique_ptr<Rule> make_TR353();
std::unique_ptr<Rule> make_TR380();
std::unique_ptr<Rule> make_TR383();
std::unique_ptr<Rule> make_TR386();
std::unique_ptr<Rule> make_TR410();
std::unique_ptr<Rule> make_CS002();
std::unique_ptr<Rule> make_CS058();
std::unique_ptr<Rule> make_CS139();

// the client, its relaties and contacts, the verwijzer and the beschikking, RedenWijziging
void register_client_rules(Registry& registry);
std::unique_ptr<Rule> make_TR006();
std::unique_ptr<Rule> make_TR061();
std::unique_ptr<Rule> make_CD005();
std::unique_ptr<Rule> make_CD007();
std::unique_ptr<Rule> make_CD009();
std::unique_ptr<Rule> make_CD025();
std::unique_ptr<Rule> make_CD034();
std::unique_ptr<Rule> make_CD043();
std::unique_ptr<Rule> make_CD066();
std::unique_ptr<Rule> make_CD067();
std::unique_ptr<Rule> make_CD068();
std::unique_ptr<Rule> make_CS050();
std::unique_ptr<Rule> make_CS089();
std::unique_ptr<Rule> make_CS318();
std::unique_ptr<Rule> make_CS335();
std::unique_ptr<Rule> make_CS336();

}  // namespace ijw::rules
