-- What the hub delivers to aanbieders and what they answer (issue 6, "Outgoing messages"): an accepted
-- JW301 waits for its aanbieder (bericht.ontvanger) to fetch it; the JW302 the aanbieder sends back is linked
-- to it here. A JW301 the hub rejected never reaches the aanbieder (its JW302 is the hub's own retour).

-- The JW302 an aanbieder sent on a JW301: one per JW301 (a resend of the same bytes is the same answer).
CREATE TABLE ontvangen_retour (
  bericht_id            bigint      PRIMARY KEY REFERENCES bericht,  -- the JW301 it answers
  identificatie_retour  text        NOT NULL CHECK (length(identificatie_retour) BETWEEN 1 AND 12),
  dagtekening_retour    date        NOT NULL,
  retour_codes          text[]      NOT NULL,  -- every RetourCode in document order
  raw                   bytea       NOT NULL,
  checksum              bytea       NOT NULL CHECK (checksum = sha256(raw)),
  received_at           timestamptz NOT NULL DEFAULT now()
);

-- An aanbieder's list of JW301s, in the order they were accepted.
CREATE INDEX bericht_uitgaand ON bericht (ontvanger, id) WHERE bericht_type = 'JW301' AND outcome = 'accepted';
