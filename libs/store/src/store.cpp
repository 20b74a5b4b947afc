#include "ijw/store/store.hpp"

#include "connection_access.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "ijw/model/values.hpp"

namespace ijw::store {
namespace {

using nlohmann::json;

// Reads the state as JSON in one round trip: the current version of each toewijzing (IV013), the not
// deleted starts and stops, the verzoeken of the client, the referenties the aanbieder used (TR347), the
// earlier message with the same key (TR056) and a fresh IdentificatieRetour.
constexpr const char* kLoad = R"sql(
SELECT
  (SELECT coalesce(json_agg(t), '[]') FROM (
     SELECT t.nummer, t.aanbieder, t.bsn, t.product_categorie, t.product_code, t.ingangsdatum,
            v.toewijzingsdatum, v.toewijzingstijd_ms, v.referentie_aanbieder, v.einddatum, v.reden_wijziging,
            v.volume, v.eenheid, v.frequentie, v.budget
     FROM toewijzing t
     CROSS JOIN LATERAL (
       SELECT * FROM toewijzing_versie v WHERE v.gemeente = t.gemeente AND v.nummer = t.nummer
       ORDER BY v.toewijzingsdatum DESC, v.toewijzingstijd_ms DESC LIMIT 1) v
     WHERE t.gemeente = $1
       AND ((t.aanbieder = $2 AND t.bsn = $3) OR t.nummer = ANY (ARRAY(SELECT jsonb_array_elements_text($4::jsonb))))
     ORDER BY t.nummer) t),
  (SELECT coalesce(json_agg(s), '[]') FROM (
     SELECT toewijzing_nummer, product_categorie, product_code, begindatum, toewijzing_ingangsdatum
     FROM start_product
     WHERE gemeente = $1 AND aanbieder = $2 AND bsn = $3 AND verwijderd_door IS NULL ORDER BY id) s),
  (SELECT coalesce(json_agg(s), '[]') FROM (
     SELECT toewijzing_nummer, product_categorie, product_code, begindatum, reden_beeindiging, einddatum,
            toewijzing_ingangsdatum
     FROM stop_product
     WHERE gemeente = $1 AND aanbieder = $2 AND bsn = $3 AND verwijderd_door IS NULL ORDER BY id) s),
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT vr.referentie, v.soort, vr.gehonoreerd_door IS NULL AS onderhanden
     FROM verzoek v JOIN verzoek_referentie vr ON vr.verzoek_id = v.id
     WHERE v.gemeente = $1 AND v.aanbieder = $2 AND v.bsn = $3 ORDER BY v.id, vr.referentie) r),
  (SELECT coalesce(json_agg(referentie), '[]') FROM verzoek_referentie
     WHERE aanbieder = $2 AND referentie = ANY (ARRAY(SELECT jsonb_array_elements_text($5::jsonb)))),
  earlier.checksum = sha256($9::bytea), earlier.retour_type, earlier.identificatie_retour,
  earlier.dagtekening_retour, array_to_string(earlier.retour_codes, ','), earlier.raw,
  'R' || lpad(nextval('retour_identificatie')::text, 11, '0')
FROM (SELECT 1) AS one
LEFT JOIN LATERAL (
  SELECT b.checksum, r.retour_type, r.identificatie_retour, r.dagtekening_retour, r.retour_codes, r.raw
  FROM bericht b JOIN retour r ON r.bericht_id = b.id
  WHERE b.afzender = $6 AND b.berichtcode = $7 AND b.identificatie = $8) AS earlier ON true
)sql";

// Records the message, its retour, when accepted ($15 not null) its changes, and when given ($18 not null)
// the event for the backoffice (migrations/0002_outbox.sql): in one statement, so one round trip whatever
// the number of classes.
constexpr const char* kRecord = R"sql(
WITH b AS (
  INSERT INTO bericht (bericht_type, berichtcode, afzender, ontvanger, identificatie, dagtekening, bsn, raw,
                       checksum, outcome)
  VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8::bytea, sha256($8::bytea), $9)
  RETURNING id),
r AS (
  INSERT INTO retour (bericht_id, retour_type, identificatie_retour, dagtekening_retour, retour_codes, raw)
  SELECT b.id, $10, $11, $12::date, ARRAY(SELECT jsonb_array_elements_text($13::jsonb)), $14::bytea FROM b),
c AS (
  INSERT INTO client (gemeente, bsn) SELECT $16, $7 WHERE $15::jsonb IS NOT NULL ON CONFLICT DO NOTHING),
start_deleted AS (
  UPDATE start_product s SET verwijderd_door = b.id
  FROM b, jsonb_to_recordset($15::jsonb -> 'starts_deleted')
       AS k(toewijzing_nummer text, product_categorie text, product_code text, begindatum date)
  WHERE s.gemeente = $16 AND s.aanbieder = $17 AND s.bsn = $7 AND s.verwijderd_door IS NULL
    AND s.toewijzing_nummer IS NOT DISTINCT FROM k.toewijzing_nummer
    AND s.product_categorie IS NOT DISTINCT FROM k.product_categorie
    AND s.product_code IS NOT DISTINCT FROM k.product_code AND s.begindatum = k.begindatum),
start_added AS (
  INSERT INTO start_product (gemeente, aanbieder, bsn, toewijzing_nummer, product_categorie, product_code,
                             begindatum, toewijzing_ingangsdatum, bericht_id)
  SELECT $16, $17, $7, k.toewijzing_nummer, k.product_categorie, k.product_code, k.begindatum,
         k.toewijzing_ingangsdatum, b.id
  FROM b, jsonb_to_recordset($15::jsonb -> 'starts_added')
       AS k(toewijzing_nummer text, product_categorie text, product_code text, begindatum date,
            toewijzing_ingangsdatum date)),
stop_deleted AS (
  UPDATE stop_product s SET verwijderd_door = b.id
  FROM b, jsonb_to_recordset($15::jsonb -> 'stops_deleted')
       AS k(toewijzing_nummer text, product_categorie text, product_code text, begindatum date,
            reden_beeindiging text, einddatum date)
  WHERE s.gemeente = $16 AND s.aanbieder = $17 AND s.bsn = $7 AND s.verwijderd_door IS NULL
    AND s.toewijzing_nummer IS NOT DISTINCT FROM k.toewijzing_nummer
    AND s.product_categorie IS NOT DISTINCT FROM k.product_categorie
    AND s.product_code IS NOT DISTINCT FROM k.product_code AND s.begindatum = k.begindatum
    AND s.reden_beeindiging = k.reden_beeindiging AND s.einddatum = k.einddatum),
stop_added AS (
  INSERT INTO stop_product (gemeente, aanbieder, bsn, toewijzing_nummer, product_categorie, product_code,
                            begindatum, reden_beeindiging, einddatum, toewijzing_ingangsdatum, bericht_id)
  SELECT $16, $17, $7, k.toewijzing_nummer, k.product_categorie, k.product_code, k.begindatum,
         k.reden_beeindiging, k.einddatum, k.toewijzing_ingangsdatum, b.id
  FROM b, jsonb_to_recordset($15::jsonb -> 'stops_added')
       AS k(toewijzing_nummer text, product_categorie text, product_code text, begindatum date,
            reden_beeindiging text, einddatum date, toewijzing_ingangsdatum date)),
toewijzing_added AS (
  INSERT INTO toewijzing (gemeente, nummer, aanbieder, bsn, product_categorie, product_code, ingangsdatum)
  SELECT $16, k.nummer, $17, $7, k.product_categorie, k.product_code, k.ingangsdatum
  FROM jsonb_to_recordset($15::jsonb -> 'toewijzingen')
       AS k(nummer text, product_categorie text, product_code text, ingangsdatum date)
  ON CONFLICT DO NOTHING),
versie_added AS (
  INSERT INTO toewijzing_versie (gemeente, nummer, aanbieder, bsn, toewijzingsdatum, toewijzingstijd_ms,
                                 referentie_aanbieder, einddatum, reden_wijziging, volume, eenheid, frequentie,
                                 budget, bericht_id)
  SELECT $16, k.nummer, $17, $7, k.toewijzingsdatum, k.toewijzingstijd_ms, k.referentie_aanbieder, k.einddatum,
         k.reden_wijziging, k.volume, k.eenheid, k.frequentie, k.budget, b.id
  FROM b, jsonb_to_recordset($15::jsonb -> 'toewijzingen')
       AS k(nummer text, toewijzingsdatum date, toewijzingstijd_ms integer, referentie_aanbieder text,
            einddatum date, reden_wijziging text, volume bigint, eenheid text, frequentie text, budget bigint)
  ON CONFLICT DO NOTHING),
verzoek_added AS (
  INSERT INTO verzoek (soort, gemeente, aanbieder, bsn, bericht_id)
  SELECT $15::jsonb ->> 'verzoek_soort', $16, $17, $7, b.id FROM b
  WHERE jsonb_array_length(coalesce($15::jsonb -> 'verzoeken_added', '[]')) > 0
  RETURNING id),
referentie_added AS (
  INSERT INTO verzoek_referentie (aanbieder, referentie, verzoek_id)
  SELECT $17, k.referentie, v.id
  FROM verzoek_added v, jsonb_to_recordset($15::jsonb -> 'verzoeken_added') AS k(referentie text)),
referentie_honoured AS (
  UPDATE verzoek_referentie vr SET gehonoreerd_door = b.id
  FROM b, verzoek v
  WHERE vr.verzoek_id = v.id AND v.gemeente = $16 AND v.aanbieder = $17 AND v.bsn = $7
    AND vr.gehonoreerd_door IS NULL
    AND vr.referentie IN (SELECT jsonb_array_elements_text($15::jsonb -> 'referenties_honoured'))),
event_added AS (
  INSERT INTO outbox_event (message_id, event_type, bericht_id, payload)
  SELECT u.id, $18, b.id, $19::jsonb || jsonb_build_object('id', u.id, 'created', now())
  FROM b, (SELECT gen_random_uuid() AS id) u
  WHERE $18::text IS NOT NULL)
SELECT 1
)sql";

// An event for a message that is not recorded (TR056), in the outbox on its own.
constexpr const char* kAddEvent = R"sql(
INSERT INTO outbox_event (message_id, event_type, payload)
SELECT u.id, $1, $2::jsonb || jsonb_build_object('id', u.id, 'created', now())
FROM (SELECT gen_random_uuid() AS id) u
)sql";

// The policy verdict of the message just recorded (found by its TR056 key); a separate statement, run only
// when the pipeline applies a region, so kRecord stays as it is.
constexpr const char* kRecordPolicy = R"sql(
INSERT INTO policy_verdict (bericht_id, region, region_version, blocked, findings)
SELECT id, $4, $5, $6, $7::jsonb FROM bericht WHERE afzender = $1 AND berichtcode = $2 AND identificatie = $3
)sql";

template <class Work>
void record_policy_in(Work& work, const Heenbericht& bericht, const PolicyVerdict& verdict) {
  const auto inserted = work.exec_params(kRecordPolicy, bericht.key.afzender, bericht.key.berichtcode,
                                         bericht.key.identificatie, verdict.region, verdict.region_version,
                                         verdict.blocked, verdict.findings_json);
  if (inserted.affected_rows() != 1) {
    throw std::logic_error(fmt::format("policy verdict of {} {}: the message is not recorded",
                                       bericht.key.afzender, bericht.key.identificatie));
  }
}

std::string iso(std::chrono::year_month_day date) { return fmt::format("{:%F}", std::chrono::sys_days(date)); }

json optional_text(const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); }

json optional_date(const std::optional<state::Date>& value) { return value ? json(iso(*value)) : json(nullptr); }

void put_product(json& row, const std::optional<state::Product>& product) {
  row["product_categorie"] = product ? json(product->categorie) : json(nullptr);
  row["product_code"] = product ? optional_text(product->code) : json(nullptr);
}

json start_key_json(const state::StartKey& key) {
  json row{{"toewijzing_nummer", optional_text(key.toewijzing_nummer)}, {"begindatum", iso(key.begindatum)}};
  put_product(row, key.product);
  return row;
}

json stop_key_json(const state::StopKey& key) {
  json row = start_key_json(key.start);
  row["reden_beeindiging"] = key.reden_beeindiging;
  row["einddatum"] = iso(key.einddatum);
  return row;
}

json toewijzing_json(const state::Toewijzing& toewijzing) {
  json row{{"nummer", toewijzing.nummer},
           {"ingangsdatum", iso(toewijzing.ingangsdatum)},
           {"toewijzingsdatum", iso(toewijzing.toewijzingsdatum)},
           {"toewijzingstijd_ms", toewijzing.toewijzingstijd.count()},
           {"referentie_aanbieder", optional_text(toewijzing.referentie_aanbieder)},
           {"einddatum", optional_date(toewijzing.einddatum)},
           {"reden_wijziging", optional_text(toewijzing.reden_wijziging)},
           {"volume", toewijzing.omvang ? json(toewijzing.omvang->volume) : json(nullptr)},
           {"eenheid", toewijzing.omvang ? json(toewijzing.omvang->eenheid) : json(nullptr)},
           {"frequentie", toewijzing.omvang ? json(toewijzing.omvang->frequentie) : json(nullptr)},
           {"budget", toewijzing.budget ? json(*toewijzing.budget) : json(nullptr)}};
  put_product(row, toewijzing.product);
  return row;
}

json changes_json(const state::Changes& changes) {
  json document{{"starts_deleted", json::array()},      {"starts_added", json::array()},
                {"stops_deleted", json::array()},       {"stops_added", json::array()},
                {"toewijzingen", json::array()},        {"verzoeken_added", json::array()},
                {"referenties_honoured", json::array()}};
  for (const auto& key : changes.starts_deleted) document["starts_deleted"].push_back(start_key_json(key));
  for (const auto& start : changes.starts_added) {
    auto row = start_key_json(start.key);
    row["toewijzing_ingangsdatum"] = optional_date(start.toewijzing_ingangsdatum);
    document["starts_added"].push_back(std::move(row));
  }
  for (const auto& key : changes.stops_deleted) document["stops_deleted"].push_back(stop_key_json(key));
  for (const auto& stop : changes.stops_added) {
    auto row = stop_key_json(stop.key);
    row["toewijzing_ingangsdatum"] = optional_date(stop.toewijzing_ingangsdatum);
    document["stops_added"].push_back(std::move(row));
  }
  for (const auto& toewijzing : changes.toewijzingen) document["toewijzingen"].push_back(toewijzing_json(toewijzing));
  for (const auto& verzoek : changes.verzoeken_added) {
    document["verzoeken_added"].push_back({{"referentie", verzoek.referentie}});
    document["verzoek_soort"] = verzoek.soort == state::VerzoekSoort::Toewijzing ? "VOT" : "VOW";
  }
  document["referenties_honoured"] = changes.referenties_honoured;
  return document;
}

state::Date date_from(const json& value) {
  const auto date = model::to_date(value.get<std::string>());
  if (!date) throw std::runtime_error("the database returned an unreadable date: " + value.dump());
  return *date;
}

std::optional<state::Date> optional_date_from(const json& value) {
  if (value.is_null()) return std::nullopt;
  return date_from(value);
}

std::optional<std::string> optional_text_from(const json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<std::string>();
}

std::optional<state::Product> product_from(const json& row) {
  if (row["product_categorie"].is_null()) return std::nullopt;
  return state::Product{row["product_categorie"].get<std::string>(), optional_text_from(row["product_code"])};
}

state::StartKey start_key_from(const json& row) {
  return {optional_text_from(row["toewijzing_nummer"]), product_from(row), date_from(row["begindatum"])};
}

state::Toewijzing toewijzing_from(const std::string& gemeente, const json& row) {
  std::optional<state::Omvang> omvang;
  if (!row["volume"].is_null()) {
    omvang = state::Omvang{row["volume"].get<std::int64_t>(), row["eenheid"].get<std::string>(),
                           row["frequentie"].get<std::string>()};
  }
  return {gemeente,
          row["aanbieder"].get<std::string>(),
          row["bsn"].get<std::string>(),
          row["nummer"].get<std::string>(),
          optional_text_from(row["referentie_aanbieder"]),
          product_from(row),
          date_from(row["toewijzingsdatum"]),
          std::chrono::milliseconds(row["toewijzingstijd_ms"].get<std::int64_t>()),
          date_from(row["ingangsdatum"]),
          optional_date_from(row["einddatum"]),
          optional_text_from(row["reden_wijziging"]),
          omvang,
          row["budget"].is_null() ? std::nullopt : std::optional(row["budget"].get<std::int64_t>())};
}

state::Snapshot snapshot_from(const state::Scope& scope, const pqxx::row& row) {
  state::Snapshot snapshot;
  snapshot.scope = scope;
  for (const auto& item : json::parse(row[0].c_str())) {
    snapshot.toewijzingen.push_back(toewijzing_from(scope.gemeente, item));
  }
  for (const auto& item : json::parse(row[1].c_str())) {
    snapshot.starts.push_back({start_key_from(item), optional_date_from(item["toewijzing_ingangsdatum"])});
  }
  for (const auto& item : json::parse(row[2].c_str())) {
    snapshot.stops.push_back({{start_key_from(item), item["reden_beeindiging"].get<std::string>(),
                               date_from(item["einddatum"])},
                              optional_date_from(item["toewijzing_ingangsdatum"])});
  }
  for (const auto& item : json::parse(row[3].c_str())) {
    snapshot.verzoeken.push_back({item["referentie"].get<std::string>(),
                                  item["soort"] == "VOT" ? state::VerzoekSoort::Toewijzing
                                                         : state::VerzoekSoort::Wijziging,
                                  item["onderhanden"].get<bool>()});
  }
  snapshot.referenties_in_gebruik = json::parse(row[4].c_str()).get<std::vector<std::string>>();
  return snapshot;
}

std::vector<std::string> split_codes(const std::string& joined) {
  std::vector<std::string> codes;
  std::size_t begin = 0;
  while (begin < joined.size()) {
    const auto end = std::min(joined.find(',', begin), joined.size());
    codes.push_back(joined.substr(begin, end - begin));
    begin = end + 1;
  }
  return codes;
}

std::optional<Earlier> earlier_from(const pqxx::row& row) {
  if (row[5].is_null()) return std::nullopt;
  const pqxx::binarystring raw(row[10]);
  return Earlier{row[5].as<bool>(),
                 Retour{row[6].as<std::string>(), row[7].as<std::string>(),
                        date_from(json(row[8].as<std::string>())), split_codes(row[9].as<std::string>()),
                        raw.str()}};
}

// Runs `statement`, turning the errors a concurrent transaction can cause into Conflict.
template <class Statement>
auto translating_conflicts(Statement statement) {
  try {
    return statement();
  } catch (const pqxx::transaction_rollback& error) {  // serialization failure, deadlock
    throw Conflict(error.what());
  } catch (const pqxx::unique_violation& error) {
    throw Conflict(error.what());
  } catch (const pqxx::foreign_key_violation& error) {
    throw Conflict(error.what());
  }
}

// The client's lock (gemeente and Bsn), waited for.
constexpr const char* kLockClient = "SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))";

// The client's lock, only tried: a Batch that already holds other clients' locks must not wait for one. The
// division fails (22012) when the lock is taken, so the statements after it in the same round trip (the
// load) do not run and the caller sees an error it can tell apart.
constexpr const char* kTryLockClient =
    "SELECT 1 / pg_try_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))::int";

Loaded loaded_from(const Heenbericht& bericht, const pqxx::row& row) {
  state::Snapshot snapshot = snapshot_from(bericht.scope, row);
  auto earlier = earlier_from(row);
  snapshot.identificatie_in_gebruik = earlier.has_value();
  return Loaded{std::move(snapshot), std::move(earlier), row[11].as<std::string>()};
}

void record_in(pqxx::transaction_base& work, const Heenbericht& bericht, const Retour& retour,
               const state::Changes* accepted_changes, const Event* event) {
  const pqxx::binarystring raw(bericht.raw.data(), bericht.raw.size());
  const pqxx::binarystring retour_raw(retour.raw.data(), retour.raw.size());
  const std::optional<std::string> changes =
      accepted_changes ? std::optional(changes_json(*accepted_changes).dump()) : std::nullopt;
  work.exec_prepared("ijw_record", bericht.bericht_type, bericht.key.berichtcode, bericht.key.afzender,
                     bericht.ontvanger, bericht.key.identificatie, bericht.dagtekening, bericht.scope.bsn, raw,
                     retour.accepted() ? "accepted" : "rejected", retour.retour_type, retour.identificatie_retour,
                     iso(retour.dagtekening_retour), json(retour.codes).dump(), retour_raw, changes,
                     bericht.scope.gemeente, bericht.scope.aanbieder,
                     event ? std::optional(event->type) : std::nullopt,
                     event ? std::optional(event->payload) : std::nullopt);
}

void add_event_in(pqxx::transaction_base& work, const Event& event) {
  work.exec_prepared("ijw_add_event", event.type, event.payload);
}

}  // namespace

pqxx::connection& ConnectionAccess::of(Connection& connection) { return connection.impl_->connection; }

Connection::Connection(const std::string& url) : impl_(std::make_unique<Impl>(url)) {
  // The load and the record are large statements whose custom plans cost more to make (about 1-1.5 ms each on
  // the 2-core build machine) than to run (0.3-0.5 ms); their predicates are equalities on indexed columns,
  // so the generic plan is as good, and planning it once per connection is what makes them cheap.
  pqxx::nontransaction(impl_->connection).exec("SET plan_cache_mode = force_generic_plan");
  impl_->connection.prepare("ijw_lock_client", kLockClient);
  impl_->connection.prepare("ijw_try_lock_client", kTryLockClient);
  impl_->connection.prepare("ijw_load", kLoad);
  impl_->connection.prepare("ijw_record", kRecord);
  impl_->connection.prepare("ijw_add_event", kAddEvent);
}

Connection::~Connection() = default;

bool Connection::is_open() const { return impl_->connection.is_open(); }

struct Transaction::Impl {
  explicit Impl(Connection& connection) : work(connection.impl_->connection) {}
  pqxx::work work;
};

Transaction::Transaction(Connection& connection) : impl_(std::make_unique<Impl>(connection)) {}

Transaction::~Transaction() = default;

Loaded Transaction::load(const Heenbericht& bericht, const std::vector<std::string>& toewijzing_nummers,
                         const std::vector<std::string>& referenties) {
  return translating_conflicts([&] {
    auto& work = impl_->work;
    work.exec_prepared("ijw_lock_client", bericht.scope.gemeente, bericht.scope.bsn);
    const pqxx::binarystring raw(bericht.raw.data(), bericht.raw.size());
    const auto row = work.exec_prepared1("ijw_load", bericht.scope.gemeente, bericht.scope.aanbieder,
                                         bericht.scope.bsn, json(toewijzing_nummers).dump(), json(referenties).dump(),
                                         bericht.key.afzender, bericht.key.berichtcode, bericht.key.identificatie, raw);
    return loaded_from(bericht, row);
  });
}

void Transaction::record(const Heenbericht& bericht, const Retour& retour, const state::Changes* accepted_changes,
                         const Event* event) {
  translating_conflicts([&] { record_in(impl_->work, bericht, retour, accepted_changes, event); });
}

void Transaction::add_event(const Event& event) {
  translating_conflicts([&] { add_event_in(impl_->work, event); });
}

void Transaction::record_policy(const Heenbericht& bericht, const PolicyVerdict& verdict) {
  translating_conflicts([&] { record_policy_in(impl_->work, bericht, verdict); });
}

void Transaction::commit() {
  translating_conflicts([&] { impl_->work.commit(); });
}

namespace {

// Deprecated in libpqxx 6 (reactivation itself is going away in 7), and still the only way to turn it off.
void inhibit_reactivation(pqxx::connection& connection, bool inhibit) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  connection.inhibit_reactivation(inhibit);
#pragma GCC diagnostic pop
}

}  // namespace

// A pqxx::nontransaction with BEGIN, SAVEPOINT and COMMIT as SQL text: libpqxx 6's pqxx::work rolls the whole
// transaction back on any error (dbtransaction::do_exec aborts), so one message's failure would take the
// others with it, and pqxx::subtransaction sends its SAVEPOINT only lazily, as an extra round trip.
struct Batch::Impl {
  explicit Impl(pqxx::connection& connection_) : connection(connection_), work(connection_) {
    // A nontransaction lets libpqxx reconnect silently; within BEGIN ... COMMIT that would run the rest
    // outside the transaction (and without the locks). A broken connection must fail the batch instead.
    inhibit_reactivation(connection, true);
  }
  ~Impl() {
    if (begun && !finished) {
      try {
        work.exec("ROLLBACK");
      } catch (const std::exception&) {  // the connection is gone, and the server rolls back by itself
      }
    }
    inhibit_reactivation(connection, false);
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  pqxx::connection& connection;
  pqxx::nontransaction work;
  bool begun = false;           // BEGIN was sent
  bool finished = false;        // COMMIT was sent
  std::size_t kept = 0;         // messages before the current one, released into the transaction
  bool current = false;         // the last load()'s message is in its savepoint and not undone
  bool savepoint_made = false;  // "ijw_message" exists (it survives ROLLBACK TO)
};

namespace {

// load() runs the prepared statements by name from SQL text (EXECUTE), which needs them on the server;
// libpqxx prepares lazily, on first use through exec_prepared().
pqxx::connection& with_statements_prepared(pqxx::connection& connection) {
  for (const char* name : {"ijw_lock_client", "ijw_try_lock_client", "ijw_load", "ijw_record"}) {
    connection.prepare_now(name);
  }
  return connection;
}

}  // namespace

Batch::Batch(Connection& connection)
    : impl_(std::make_unique<Impl>(with_statements_prepared(connection.impl_->connection))) {}

Batch::~Batch() = default;

Loaded Batch::load(const Heenbericht& bericht, const std::vector<std::string>& toewijzing_nummers,
                   const std::vector<std::string>& referenties) {
  auto& impl = *impl_;
  const bool holding_locks = impl.kept > 0 || impl.current;
  // One round trip: close the previous message's savepoint, open this one's, lock, load. As separate
  // statements of one query string, each still gets its own snapshot (READ COMMITTED), so the load sees
  // everything committed before the lock was granted, as in Transaction::load().
  std::string sql;
  if (!impl.begun) sql += "BEGIN; ";
  if (impl.savepoint_made) sql += "RELEASE SAVEPOINT ijw_message; ";
  sql += "SAVEPOINT ijw_message; ";
  auto& work = impl.work;
  const auto& scope = bericht.scope;
  sql += fmt::format("EXECUTE {}({}, {}); ", holding_locks ? "ijw_try_lock_client" : "ijw_lock_client",
                     work.quote(scope.gemeente), work.quote(scope.bsn));
  sql += fmt::format("EXECUTE ijw_load({}, {}, {}, {}, {}, {}, {}, {}, {})", work.quote(scope.gemeente),
                     work.quote(scope.aanbieder), work.quote(scope.bsn), work.quote(json(toewijzing_nummers).dump()),
                     work.quote(json(referenties).dump()), work.quote(bericht.key.afzender),
                     work.quote(bericht.key.berichtcode), work.quote(bericht.key.identificatie),
                     work.quote_raw(reinterpret_cast<const unsigned char*>(bericht.raw.data()), bericht.raw.size()));
  if (impl.current) ++impl.kept;
  impl.begun = true;
  impl.current = true;  // from here on, a failure leaves this message to undo_message()
  impl.savepoint_made = true;
  return translating_conflicts([&] {
    try {
      const auto result = work.exec(sql);
      if (result.size() != 1) throw std::runtime_error("the load returned no row");
      return loaded_from(bericht, result[0]);
    } catch (const pqxx::sql_error& error) {
      if (holding_locks && error.sqlstate() == "22012") {
        throw Busy(fmt::format("the lock of client {} {} is held by another transaction", scope.gemeente,
                               scope.bsn));
      }
      throw;
    }
  });
}

void Batch::record(const Heenbericht& bericht, const Retour& retour, const state::Changes* accepted_changes,
                   const Event* event) {
  translating_conflicts([&] { record_in(impl_->work, bericht, retour, accepted_changes, event); });
}

void Batch::add_event(const Event& event) {
  translating_conflicts([&] { add_event_in(impl_->work, event); });
}

void Batch::record_policy(const Heenbericht& bericht, const PolicyVerdict& verdict) {
  translating_conflicts([&] { record_policy_in(impl_->work, bericht, verdict); });
}

void Batch::undo_message() {
  if (!impl_->current) return;
  impl_->work.exec("ROLLBACK TO SAVEPOINT ijw_message");
  impl_->current = false;
}

std::size_t Batch::messages() const { return impl_->kept + (impl_->current ? 1 : 0); }

void Batch::commit() {
  if (!impl_->begun) {
    impl_->finished = true;
    return;
  }
  translating_conflicts([&] {
    // A COMMIT of a failed transaction would answer ROLLBACK without an error, and one outside a transaction
    // only warns; the RELEASE before it fails in both cases, and then COMMIT is not run.
    impl_->work.exec("RELEASE SAVEPOINT ijw_message; COMMIT");
    impl_->finished = true;
  });
}

}  // namespace ijw::store
