-- The regional policy's verdict on a recorded heenbericht (issue 7, docs/decisions.md D-409): which region
-- file and version judged it, whether it stopped a JW301, and its policy findings, so the declaratieteam can
-- list them (every garantiefase case, every blocked toewijzing) and an audit can tell which configuration
-- made each decision. Only messages processed with a region get a row.
CREATE TABLE policy_verdict (
  bericht_id      bigint  PRIMARY KEY REFERENCES bericht,
  region          text    NOT NULL,
  region_version  text    NOT NULL,
  blocked         boolean NOT NULL,
  findings        jsonb   NOT NULL CHECK (jsonb_typeof(findings) = 'array')  -- [{id, severity, seed, path, explanation}]
);
CREATE INDEX policy_verdict_blocked ON policy_verdict (bericht_id) WHERE blocked;
