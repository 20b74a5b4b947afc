-- The hub's state (ijw-spec §2.6, §7): every heenbericht that got a retourbericht, exactly as received,
-- with that retour; the clients; the toewijzingen with their versions; the starts and stops; the
-- verzoeken. Constraints back the rules where a database can: TR056 (Identificatie per afzender and
-- berichtsoort), TR332 (ToewijzingNummer per gemeente), TR074 (one not deleted start or stop per logical
-- key), TR347 (ReferentieAanbieder per aanbieder).

-- A heenbericht answered by a retourbericht: accepted, or rejected at level 2, 3 or 4. XSD-invalid input
-- gets no retour and is not kept here (ijw-spec §3.7). What the standard treats as one message is one row.
CREATE TABLE bericht (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bericht_type   text        NOT NULL CHECK (bericht_type IN ('JW301', 'JW305', 'JW307', 'JW315', 'JW317')),
  berichtcode    text        NOT NULL,
  afzender       text        NOT NULL,
  ontvanger      text        NOT NULL,
  identificatie  text        NOT NULL,
  dagtekening    date        NOT NULL,
  bsn            text        NOT NULL,
  raw            bytea       NOT NULL,  -- the bytes as received
  checksum       bytea       NOT NULL,  -- sha256(raw): a resend of the same bytes returns the stored retour
  outcome        text        NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
  received_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bericht_tr056_identificatie_uniek UNIQUE (afzender, berichtcode, identificatie),
  CHECK (checksum = sha256(raw))
);

-- The retourbericht that answered a bericht (IV028: exactly one), as sent.
CREATE TABLE retour (
  bericht_id            bigint PRIMARY KEY REFERENCES bericht,
  retour_type           text   NOT NULL CHECK (retour_type IN ('JW302', 'JW306', 'JW308', 'JW316', 'JW318')),
  identificatie_retour  text   NOT NULL CHECK (length(identificatie_retour) BETWEEN 1 AND 12),
  dagtekening_retour    date   NOT NULL,
  retour_codes          text[] NOT NULL,  -- every RetourCode in document order; empty when accepted
  raw                   bytea  NOT NULL,
  -- IV028: IdentificatieRetour is unique per retour berichtsoort for the party that sends it.
  CONSTRAINT retour_identificatie_uniek UNIQUE (retour_type, identificatie_retour)
);

CREATE SEQUENCE retour_identificatie;

-- A client as a gemeente knows it: state is scoped by gemeente, aanbieder and Bsn.
CREATE TABLE client (
  gemeente    text        NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  bsn         text        NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
  first_seen  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente, bsn)
);

-- A toegewezen product: identified by (gemeente, nummer) (OP275, TR332); what may not change under its
-- number is kept here, what may change per version in toewijzing_versie (IV066).
CREATE TABLE toewijzing (
  gemeente           text NOT NULL,
  nummer             text NOT NULL,
  aanbieder          text NOT NULL CHECK (aanbieder ~ '^[0-9]{8}$'),
  bsn                text NOT NULL,
  product_categorie  text,
  product_code       text CHECK (product_code IS NULL OR product_categorie IS NOT NULL),
  ingangsdatum       date NOT NULL,
  PRIMARY KEY (gemeente, nummer),
  UNIQUE (gemeente, nummer, aanbieder, bsn),
  FOREIGN KEY (gemeente, bsn) REFERENCES client
);
CREATE INDEX toewijzing_per_client ON toewijzing (gemeente, aanbieder, bsn);

-- Every JW301 ToegewezenProduct is a version; the current one has the latest Toewijzingsdatum and
-- Toewijzingstijd (IV013), whatever the order of arrival (OP080). A resend of the same version adds nothing.
CREATE TABLE toewijzing_versie (
  gemeente              text    NOT NULL,
  nummer                text    NOT NULL,
  aanbieder             text    NOT NULL,
  bsn                   text    NOT NULL,
  toewijzingsdatum      date    NOT NULL,
  toewijzingstijd_ms    integer NOT NULL CHECK (toewijzingstijd_ms BETWEEN 0 AND 86400000),
  referentie_aanbieder  text,
  einddatum             date,
  reden_wijziging       text,
  volume                bigint,
  eenheid               text,
  frequentie            text,
  budget                bigint,
  bericht_id            bigint  NOT NULL REFERENCES bericht,
  PRIMARY KEY (gemeente, nummer, toewijzingsdatum, toewijzingstijd_ms),
  -- The version belongs to the toewijzing of this aanbieder and client: a concurrent JW301 that took the
  -- number for someone else makes this fail, and the retry reports TR332.
  FOREIGN KEY (gemeente, nummer, aanbieder, bsn) REFERENCES toewijzing (gemeente, nummer, aanbieder, bsn),
  CHECK ((volume IS NULL) = (eenheid IS NULL) AND (eenheid IS NULL) = (frequentie IS NULL))
);

-- A StartProduct (JW305 StatusAanlevering 1); a later StatusAanlevering 3 with the same key deletes it
-- (TR063), which is recorded, not erased.
CREATE TABLE start_product (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gemeente                 text   NOT NULL,
  aanbieder                text   NOT NULL,
  bsn                      text   NOT NULL,
  toewijzing_nummer        text,
  product_categorie        text,
  product_code             text,
  begindatum               date   NOT NULL,
  toewijzing_ingangsdatum  date,
  bericht_id               bigint NOT NULL REFERENCES bericht,
  verwijderd_door          bigint REFERENCES bericht,
  FOREIGN KEY (gemeente, bsn) REFERENCES client
);
-- TR074: one not deleted start per logical key (§2.6), absent parts equal to absent parts.
CREATE UNIQUE INDEX start_product_tr074_sleutel
  ON start_product (gemeente, aanbieder, bsn, toewijzing_nummer, product_categorie, product_code, begindatum)
  NULLS NOT DISTINCT WHERE verwijderd_door IS NULL;

-- A StopProduct (JW307); its key adds RedenBeeindiging and Einddatum to the start's (new in 3.2).
CREATE TABLE stop_product (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gemeente                 text   NOT NULL,
  aanbieder                text   NOT NULL,
  bsn                      text   NOT NULL,
  toewijzing_nummer        text,
  product_categorie        text,
  product_code             text,
  begindatum               date   NOT NULL,
  reden_beeindiging        text   NOT NULL,
  einddatum                date   NOT NULL CHECK (einddatum >= begindatum),  -- TR018
  toewijzing_ingangsdatum  date,
  bericht_id               bigint NOT NULL REFERENCES bericht,
  verwijderd_door          bigint REFERENCES bericht,
  FOREIGN KEY (gemeente, bsn) REFERENCES client
);
CREATE UNIQUE INDEX stop_product_tr074_sleutel
  ON stop_product (gemeente, aanbieder, bsn, toewijzing_nummer, product_categorie, product_code, begindatum,
                   reden_beeindiging, einddatum)
  NULLS NOT DISTINCT WHERE verwijderd_door IS NULL;

-- An accepted verzoek: a VOT (JW315) or a VOW (JW317).
CREATE TABLE verzoek (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  soort       text   NOT NULL CHECK (soort IN ('VOT', 'VOW')),
  gemeente    text   NOT NULL,
  aanbieder   text   NOT NULL,
  bsn         text   NOT NULL,
  bericht_id  bigint NOT NULL REFERENCES bericht,
  FOREIGN KEY (gemeente, bsn) REFERENCES client
);
CREATE INDEX verzoek_per_client ON verzoek (gemeente, aanbieder, bsn);

-- Each ReferentieAanbieder of a verzoek (a VOT has one per AangevraagdProduct); onderhanden until a JW301
-- ToegewezenProduct carrying it honours it (TR374, TR379).
CREATE TABLE verzoek_referentie (
  aanbieder         text   NOT NULL,
  referentie        text   NOT NULL,
  verzoek_id        bigint NOT NULL REFERENCES verzoek,
  gehonoreerd_door  bigint REFERENCES bericht,
  CONSTRAINT verzoek_referentie_tr347_uniek PRIMARY KEY (aanbieder, referentie)
);
CREATE INDEX verzoek_referentie_per_verzoek ON verzoek_referentie (verzoek_id);
