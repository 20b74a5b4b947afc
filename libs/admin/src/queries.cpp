// The SQL of the admin API (queries.hpp). Tables: migrations/0001_state.sql; the view toewijzing_actueel
// and admin_audit: migrations/0004_admin.sql.

#include "queries.hpp"

namespace ijw::admin {
namespace {

// `column = $n` unless the filter is absent ('').
std::string filter(const std::string& column, int n) {
  const auto p = "$" + std::to_string(n);
  return "(NULLIF(" + p + ", '') IS NULL OR " + column + " = " + p + ")";
}

// A verzoek is open while one of its ReferentieAanbieders is not honoured by an accepted JW301 (TR374,
// D-304, D-312); a refusal by JW319 is not received by the hub (D-304).
constexpr const char* kOpenReferentie =
    "EXISTS (SELECT 1 FROM verzoek_referentie r WHERE r.verzoek_id = v.id AND r.gehonoreerd_door IS NULL)";

}  // namespace

const ListQuery& open_verzoeken() {
  static const ListQuery query{
      "verzoeken-open",
      Role::Reader,
      true,
      {"gemeente", "aanbieder"},
      {"verzoek_id", "soort", "bericht_type", "gemeente", "aanbieder", "bsn", "identificatie", "dagtekening",
       "ontvangen", "open_referenties"},
      "SELECT v.id AS verzoek_id, v.soort, b.bericht_type, v.gemeente, v.aanbieder, v.bsn, b.identificatie, "
      "b.dagtekening, b.received_at AS ontvangen, "
      "ARRAY(SELECT r.referentie FROM verzoek_referentie r WHERE r.verzoek_id = v.id AND r.gehonoreerd_door IS NULL "
      "ORDER BY r.referentie) AS open_referenties "
      "FROM verzoek v JOIN bericht b ON b.id = v.bericht_id WHERE " +
          std::string(kOpenReferentie) + " AND " + filter("v.gemeente", 1) + " AND " + filter("v.aanbieder", 2),
      "verzoek_id"};
  return query;
}

const ListQuery& toewijzingen_zonder_start() {
  // A verwijderde toewijzing counts as never sent (D-309); a start deleted by StatusAanlevering 3 as never
  // sent (TR063). D-606: a toewijzing without a start is listed also after its Einddatum.
  static const ListQuery query{
      "toewijzingen-zonder-start",
      Role::Reader,
      true,
      {"gemeente", "aanbieder"},
      {"gemeente", "nummer", "aanbieder", "bsn", "product_categorie", "product_code", "ingangsdatum", "einddatum",
       "toewijzingsdatum"},
      "SELECT t.gemeente, t.nummer, t.aanbieder, t.bsn, t.product_categorie, t.product_code, t.ingangsdatum, "
      "t.einddatum, t.toewijzingsdatum FROM toewijzing_actueel t WHERE NOT t.verwijderd AND NOT EXISTS "
      "(SELECT 1 FROM start_product s WHERE s.gemeente = t.gemeente AND s.toewijzing_nummer = t.nummer "
      "AND s.verwijderd_door IS NULL) AND " +
          filter("t.gemeente", 1) + " AND " + filter("t.aanbieder", 2),
      "gemeente, nummer"};
  return query;
}

const ListQuery& stops() {
  static const ListQuery query{
      "stops",
      Role::Reader,
      true,
      {"gemeente", "aanbieder"},
      {"stop_id", "gemeente", "aanbieder", "bsn", "toewijzing_nummer", "product_categorie", "product_code",
       "begindatum", "einddatum", "reden_beeindiging", "identificatie", "dagtekening", "ontvangen"},
      "SELECT s.id AS stop_id, s.gemeente, s.aanbieder, s.bsn, s.toewijzing_nummer, s.product_categorie, "
      "s.product_code, s.begindatum, s.einddatum, s.reden_beeindiging, b.identificatie, b.dagtekening, "
      "b.received_at AS ontvangen FROM stop_product s JOIN bericht b ON b.id = s.bericht_id "
      "WHERE s.verwijderd_door IS NULL AND " +
          filter("s.gemeente", 1) + " AND " + filter("s.aanbieder", 2),
      "stop_id"};
  return query;
}

const ListQuery& afgekeurde_berichten() {
  // The gemeente and the aanbieder are the two parties of a message, whichever of them sent it.
  static const ListQuery query{
      "berichten-afgekeurd",
      Role::Reader,
      true,
      {"gemeente", "aanbieder", "bericht_type"},
      {"bericht_id", "bericht_type", "afzender", "ontvanger", "identificatie", "dagtekening", "ontvangen", "bsn",
       "retour_type", "identificatie_retour", "retour_codes"},
      "SELECT b.id AS bericht_id, b.bericht_type, b.afzender, b.ontvanger, b.identificatie, b.dagtekening, "
      "b.received_at AS ontvangen, b.bsn, r.retour_type, r.identificatie_retour, r.retour_codes "
      "FROM bericht b JOIN retour r ON r.bericht_id = b.id WHERE b.outcome = 'rejected' "
      "AND (NULLIF($1, '') IS NULL OR $1 IN (b.afzender, b.ontvanger)) "
      "AND (NULLIF($2, '') IS NULL OR $2 IN (b.afzender, b.ontvanger)) AND " +
          filter("b.bericht_type", 3),
      "bericht_id"};
  return query;
}

const ListQuery& statistieken() {
  // D-608: a toewijzing counts in the month of its Ingangsdatum, a start in that of its Begindatum, a stop
  // in that of its Einddatum; verwijderde ones (D-309, TR063) not at all.
  static const ListQuery query{
      "statistieken",
      Role::Admin,
      false,
      {"gemeente", "aanbieder"},
      {"aanbieder", "product_categorie", "product_code", "maand", "toewijzingen", "starts", "stops"},
      "SELECT e.aanbieder, e.product_categorie, e.product_code, e.maand, "
      "count(*) FILTER (WHERE e.soort = 'toewijzing') AS toewijzingen, "
      "count(*) FILTER (WHERE e.soort = 'start') AS starts, count(*) FILTER (WHERE e.soort = 'stop') AS stops "
      "FROM (SELECT 'toewijzing' AS soort, gemeente, aanbieder, product_categorie, product_code, "
      "to_char(ingangsdatum, 'YYYY-MM') AS maand FROM toewijzing_actueel WHERE NOT verwijderd "
      "UNION ALL SELECT 'start', gemeente, aanbieder, product_categorie, product_code, to_char(begindatum, 'YYYY-MM') "
      "FROM start_product WHERE verwijderd_door IS NULL "
      "UNION ALL SELECT 'stop', gemeente, aanbieder, product_categorie, product_code, to_char(einddatum, 'YYYY-MM') "
      "FROM stop_product WHERE verwijderd_door IS NULL) e WHERE " +
          filter("e.gemeente", 1) + " AND " + filter("e.aanbieder", 2) +
          " GROUP BY e.aanbieder, e.product_categorie, e.product_code, e.maand",
      "aanbieder, product_categorie NULLS FIRST, product_code NULLS FIRST, maand"};
  return query;
}

const ListQuery& audit_log() {
  // The subjects are BSNs, so reading the log is itself a read of personal data.
  static const ListQuery query{
      "audit",
      Role::Admin,
      true,
      {"token"},
      {"id", "at", "token_name", "role", "request_id", "remote", "endpoint", "subject", "rows"},
      "SELECT id, at, token_name, role, request_id, remote, endpoint, subject, rows FROM admin_audit WHERE " +
          filter("token_name", 1),
      "id"};
  return query;
}

const ListQuery& toewijzing_historie() {
  // D-609: the history of a toewijzing is every message between its gemeente and aanbieder about its client
  // that names its ToewijzingNummer (accepted or rejected: a rejected message is stored only as itself and
  // its retour, so its bytes are all there is to search), plus the verzoeken its JW301s honoured.
  static const ListQuery query{
      "toewijzing-berichten",
      Role::Reader,
      true,
      {},
      {"bericht_id", "bericht_type", "afzender", "ontvanger", "identificatie", "dagtekening", "outcome", "ontvangen",
       "retour_type", "identificatie_retour", "dagtekening_retour", "retour_codes", "antwoord"},
      "SELECT b.id AS bericht_id, b.bericht_type, b.afzender, b.ontvanger, b.identificatie, b.dagtekening, b.outcome, "
      "b.received_at AS ontvangen, r.retour_type, r.identificatie_retour, r.dagtekening_retour, r.retour_codes, "
      "CASE WHEN o.bericht_id IS NULL THEN NULL ELSE json_build_object('identificatie_retour', "
      "o.identificatie_retour, 'dagtekening_retour', o.dagtekening_retour, 'retour_codes', o.retour_codes, "
      "'ontvangen', o.received_at) END AS antwoord "
      "FROM toewijzing t "
      "JOIN bericht b ON b.bsn = t.bsn AND ((b.afzender = t.gemeente AND b.ontvanger = t.aanbieder) "
      "OR (b.afzender = t.aanbieder AND b.ontvanger = t.gemeente)) "
      "JOIN retour r ON r.bericht_id = b.id "
      "LEFT JOIN ontvangen_retour o ON o.bericht_id = b.id "
      "WHERE t.gemeente = $1 AND t.nummer = $2 "
      "AND (position(convert_to('ToewijzingNummer>' || t.nummer || '<', 'UTF8') IN b.raw) > 0 "
      "OR b.id IN (SELECT v.bericht_id FROM verzoek v JOIN verzoek_referentie vr ON vr.verzoek_id = v.id "
      "JOIN toewijzing_versie tv ON tv.bericht_id = vr.gehonoreerd_door "
      "WHERE tv.gemeente = t.gemeente AND tv.nummer = t.nummer))",
      "bericht_id"};
  return query;
}

const char* const kToewijzingExistsSql = "SELECT 1 FROM toewijzing WHERE gemeente = $1 AND nummer = $2";

const char* const kClientSql =
    "SELECT json_build_object("
    "'bsn', $1::text, "
    "'gemeenten', COALESCE((SELECT json_agg(json_build_object('gemeente', c.gemeente, 'eerst_gezien', c.first_seen) "
    "ORDER BY c.gemeente) FROM client c WHERE c.bsn = $1), '[]'), "
    "'toewijzingen', COALESCE((SELECT json_agg(json_build_object('gemeente', t.gemeente, 'nummer', t.nummer, "
    "'aanbieder', t.aanbieder, 'product_categorie', t.product_categorie, 'product_code', t.product_code, "
    "'ingangsdatum', t.ingangsdatum, 'einddatum', t.einddatum, 'verwijderd', t.verwijderd) "
    "ORDER BY t.gemeente, t.nummer) FROM toewijzing_actueel t WHERE t.bsn = $1), '[]'), "
    "'verzoeken', COALESCE((SELECT json_agg(json_build_object('verzoek_id', v.id, 'soort', v.soort, "
    "'gemeente', v.gemeente, 'aanbieder', v.aanbieder, 'identificatie', b.identificatie, "
    "'dagtekening', b.dagtekening, 'open', EXISTS (SELECT 1 FROM verzoek_referentie r WHERE r.verzoek_id = v.id "
    "AND r.gehonoreerd_door IS NULL)) ORDER BY v.id) FROM verzoek v JOIN bericht b ON b.id = v.bericht_id "
    "WHERE v.bsn = $1), '[]'), "
    "'berichten', COALESCE((SELECT json_agg(json_build_object('bericht_id', x.id, 'bericht_type', x.bericht_type, "
    "'afzender', x.afzender, 'ontvanger', x.ontvanger, 'identificatie', x.identificatie, "
    "'dagtekening', x.dagtekening, 'outcome', x.outcome, 'ontvangen', x.received_at, "
    "'retour_type', x.retour_type, 'retour_codes', x.retour_codes) ORDER BY x.id) "
    "FROM (SELECT b.id, b.bericht_type, b.afzender, b.ontvanger, b.identificatie, b.dagtekening, b.outcome, "
    "b.received_at, r.retour_type, r.retour_codes FROM bericht b JOIN retour r ON r.bericht_id = b.id "
    "WHERE b.bsn = $1 ORDER BY b.id DESC LIMIT 100) x), '[]'), "
    "'berichten_totaal', (SELECT count(*) FROM bericht b WHERE b.bsn = $1)"
    ")::text "
    "WHERE EXISTS (SELECT 1 FROM client WHERE bsn = $1) OR EXISTS (SELECT 1 FROM bericht WHERE bsn = $1)";

const char* const kToewijzingSql =
    "SELECT json_build_object("
    "'gemeente', t.gemeente, 'nummer', t.nummer, 'aanbieder', t.aanbieder, 'bsn', t.bsn, "
    "'product_categorie', t.product_categorie, 'product_code', t.product_code, 'ingangsdatum', t.ingangsdatum, "
    "'einddatum', t.einddatum, 'verwijderd', t.verwijderd, "
    "'versies', COALESCE((SELECT json_agg(json_build_object('toewijzingsdatum', v.toewijzingsdatum, "
    "'toewijzingstijd_ms', v.toewijzingstijd_ms, 'referentie_aanbieder', v.referentie_aanbieder, "
    "'einddatum', v.einddatum, 'reden_wijziging', v.reden_wijziging, 'volume', v.volume, 'eenheid', v.eenheid, "
    "'frequentie', v.frequentie, 'budget', v.budget, 'bericht_id', v.bericht_id) "
    "ORDER BY v.toewijzingsdatum, v.toewijzingstijd_ms) FROM toewijzing_versie v "
    "WHERE v.gemeente = t.gemeente AND v.nummer = t.nummer), '[]'), "
    "'starts', COALESCE((SELECT json_agg(json_build_object('begindatum', s.begindatum, "
    "'product_categorie', s.product_categorie, 'product_code', s.product_code, 'bericht_id', s.bericht_id, "
    "'verwijderd_door', s.verwijderd_door) ORDER BY s.id) FROM start_product s "
    "WHERE s.gemeente = t.gemeente AND s.toewijzing_nummer = t.nummer), '[]'), "
    "'stops', COALESCE((SELECT json_agg(json_build_object('begindatum', s.begindatum, 'einddatum', s.einddatum, "
    "'reden_beeindiging', s.reden_beeindiging, 'product_categorie', s.product_categorie, "
    "'product_code', s.product_code, 'bericht_id', s.bericht_id, 'verwijderd_door', s.verwijderd_door) "
    "ORDER BY s.id) FROM stop_product s WHERE s.gemeente = t.gemeente AND s.toewijzing_nummer = t.nummer), '[]')"
    ")::text FROM toewijzing_actueel t WHERE t.gemeente = $1 AND t.nummer = $2";

const char* const kAanbiederSql =
    "SELECT json_build_object("
    "'agb', $1::text, "
    "'gemeenten', COALESCE((SELECT json_agg(g ORDER BY g) FROM (SELECT gemeente AS g FROM toewijzing "
    "WHERE aanbieder = $1 UNION SELECT ontvanger FROM bericht WHERE afzender = $1 "
    "UNION SELECT afzender FROM bericht WHERE ontvanger = $1) x), '[]'), "
    "'berichten', COALESCE((SELECT json_agg(json_build_object('bericht_type', x.bericht_type, "
    "'accepted', x.accepted, 'rejected', x.rejected) ORDER BY x.bericht_type) FROM (SELECT bericht_type, "
    "count(*) FILTER (WHERE outcome = 'accepted') AS accepted, count(*) FILTER (WHERE outcome = 'rejected') AS "
    "rejected FROM bericht WHERE afzender = $1 OR ontvanger = $1 GROUP BY bericht_type) x), '[]'), "
    "'toewijzingen', (SELECT count(*) FROM toewijzing_actueel WHERE aanbieder = $1 AND NOT verwijderd), "
    "'open_verzoeken', (SELECT count(*) FROM verzoek v WHERE v.aanbieder = $1 AND "
    "EXISTS (SELECT 1 FROM verzoek_referentie r WHERE r.verzoek_id = v.id AND r.gehonoreerd_door IS NULL)), "
    "'starts', (SELECT count(*) FROM start_product WHERE aanbieder = $1 AND verwijderd_door IS NULL), "
    "'stops', (SELECT count(*) FROM stop_product WHERE aanbieder = $1 AND verwijderd_door IS NULL), "
    "'eerste_bericht', (SELECT min(received_at) FROM bericht WHERE afzender = $1 OR ontvanger = $1), "
    "'laatste_bericht', (SELECT max(received_at) FROM bericht WHERE afzender = $1 OR ontvanger = $1)"
    ")::text "
    "WHERE EXISTS (SELECT 1 FROM bericht WHERE afzender = $1 OR ontvanger = $1) "
    "OR EXISTS (SELECT 1 FROM toewijzing WHERE aanbieder = $1)";

const char* const kAuditInsertSql =
    "INSERT INTO admin_audit (token_name, role, request_id, remote, endpoint, subject, rows) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";

}  // namespace ijw::admin
