// The outgoing JW301s and the JW302s that answer them (uitgaand.hpp).

#include "ijw/store/uitgaand.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "connection_access.hpp"

namespace ijw::store {
namespace {

std::vector<std::string> codes_of(const std::string& json_array) {
  return nlohmann::json::parse(json_array).get<std::vector<std::string>>();
}

// One statement: find the JW301, insert the link unless it has one, and say which case it was. The
// sub-selects on ontvangen_retour see the table as it was before the insert (one snapshot).
constexpr const char* kLink = R"sql(
WITH jw301 AS (
  SELECT id FROM bericht
  WHERE bericht_type = 'JW301' AND outcome = 'accepted' AND afzender = $1 AND identificatie = $2 AND ontvanger = $3),
linked AS (
  INSERT INTO ontvangen_retour (bericht_id, identificatie_retour, dagtekening_retour, retour_codes, raw, checksum)
  SELECT id, $4, $5::date, ARRAY(SELECT jsonb_array_elements_text($6::jsonb)), $7::bytea, sha256($7::bytea)
  FROM jw301
  ON CONFLICT (bericht_id) DO NOTHING
  RETURNING bericht_id)
SELECT (SELECT id FROM jw301),
       EXISTS (SELECT 1 FROM linked),
       (SELECT r.checksum = sha256($7::bytea) FROM ontvangen_retour r JOIN jw301 ON r.bericht_id = jw301.id)
)sql";

constexpr const char* kList = R"sql(
SELECT b.id, b.afzender, b.identificatie, b.dagtekening::text,
       to_char(b.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       array_to_json(r.retour_codes)::text,
       to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM bericht b LEFT JOIN ontvangen_retour r ON r.bericht_id = b.id
WHERE b.bericht_type = 'JW301' AND b.outcome = 'accepted' AND b.ontvanger = $1 AND b.id > $2
  AND (NOT $3 OR r.bericht_id IS NULL)
ORDER BY b.id
LIMIT $4
)sql";

}  // namespace

std::vector<UitgaandBericht> uitgaand(Connection& connection, const UitgaandQuery& query) {
  pqxx::read_transaction work(ConnectionAccess::of(connection));
  const auto rows = work.exec_params(kList, query.aanbieder, query.after, query.only_unanswered,
                                     static_cast<std::int64_t>(query.limit));
  std::vector<UitgaandBericht> berichten;
  berichten.reserve(rows.size());
  for (const auto& row : rows) {
    UitgaandBericht bericht{row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>(),
                            row[3].as<std::string>(), row[4].as<std::string>(), std::nullopt};
    if (!row[5].is_null()) bericht.jw302 = Jw302Answer{codes_of(row[5].as<std::string>()), row[6].as<std::string>()};
    berichten.push_back(std::move(bericht));
  }
  return berichten;
}

std::optional<std::string> uitgaand_raw(Connection& connection, const std::string& aanbieder, std::int64_t id) {
  pqxx::read_transaction work(ConnectionAccess::of(connection));
  const auto rows = work.exec_params(
      "SELECT raw FROM bericht WHERE id = $1 AND bericht_type = 'JW301' AND outcome = 'accepted' AND ontvanger = $2",
      id, aanbieder);
  if (rows.empty()) return std::nullopt;
  const pqxx::binarystring raw(rows[0][0]);
  return raw.str();
}

LinkResult link_jw302(Connection& connection, const Jw302& jw302) {
  pqxx::work work(ConnectionAccess::of(connection));
  const pqxx::binarystring raw(jw302.raw.data(), jw302.raw.size());
  const auto row = work.exec_params1(kLink, jw302.gemeente, jw302.identificatie, jw302.aanbieder,
                                     jw302.identificatie_retour, jw302.dagtekening_retour,
                                     nlohmann::json(jw302.retour_codes).dump(), raw);
  work.commit();
  if (row[0].is_null()) return {Linked::UnknownJw301, 0};
  const auto id = row[0].as<std::int64_t>();
  if (row[1].as<bool>()) return {Linked::Recorded, id};
  return {row[2].as<bool>(false) ? Linked::SameAgain : Linked::AlreadyAnswered, id};
}

}  // namespace ijw::store
