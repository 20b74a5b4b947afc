-- The declaratieteam's admin API (docs/admin-api.openapi.json): the audit log of every read of personal
-- data, and the indexes its look-ups need.

-- Every read of personal data (a BSN, a client, a toewijzing, a message history, a list with BSNs) through
-- the admin API (issue 6; D-603): who (the token's name and role), what (the endpoint and its subject),
-- when. Written in the same transaction as the read, before the answer: no audit row, no data (D-604).
-- Rows are only ever inserted; the API has no way to change or delete them.
CREATE TABLE admin_audit (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  token_name  text        NOT NULL,
  role        text        NOT NULL CHECK (role IN ('reader', 'admin')),
  request_id  text        NOT NULL,
  remote      text        NOT NULL,
  endpoint    text        NOT NULL,  -- the route, e.g. "POST /admin/v1/clients/zoek"
  subject     text        NOT NULL,  -- whose data: the BSN, "gemeente/nummer", or the list's filters
  rows        integer     NOT NULL CHECK (rows >= 0)  -- how many records were shown
);
CREATE INDEX admin_audit_at ON admin_audit (at);

-- Look-ups by BSN alone (the client table's key starts with the gemeente).
CREATE INDEX client_per_bsn ON client (bsn);
CREATE INDEX bericht_per_bsn ON bericht (bsn);
CREATE INDEX toewijzing_per_bsn ON toewijzing (bsn);
-- Messages to an aanbieder (JW301): the unique key on (afzender, ...) covers those from one.
CREATE INDEX bericht_per_ontvanger ON bericht (ontvanger);
-- The list of rejected messages.
CREATE INDEX bericht_rejected ON bericht (id) WHERE outcome = 'rejected';
-- Look-ups by aanbieder.
CREATE INDEX toewijzing_per_aanbieder ON toewijzing (aanbieder);
-- "Toewijzingen without start": the starts of a toewijzing.
CREATE INDEX start_product_per_toewijzing ON start_product (gemeente, toewijzing_nummer) WHERE verwijderd_door IS NULL;

-- A toewijzing with its current version (the latest Toewijzingsdatum and Toewijzingstijd, IV013) and
-- whether that version deletes it (D-309: Einddatum = Ingangsdatum with RedenWijziging 01 or 13, as
-- state::Toewijzing::verwijderd()).
CREATE VIEW toewijzing_actueel AS
SELECT t.gemeente, t.nummer, t.aanbieder, t.bsn, t.product_categorie, t.product_code, t.ingangsdatum,
       v.einddatum, v.reden_wijziging, v.toewijzingsdatum, v.volume, v.eenheid, v.frequentie, v.budget,
       COALESCE(v.einddatum = t.ingangsdatum AND v.reden_wijziging IN ('01', '13'), false) AS verwijderd
FROM toewijzing t
CROSS JOIN LATERAL (
  SELECT einddatum, reden_wijziging, toewijzingsdatum, volume, eenheid, frequentie, budget
  FROM toewijzing_versie v
  WHERE v.gemeente = t.gemeente AND v.nummer = t.nummer
  ORDER BY v.toewijzingsdatum DESC, v.toewijzingstijd_ms DESC
  LIMIT 1) v;
