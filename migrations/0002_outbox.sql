-- The transactional outbox (docs/events.md): what the backoffice is to hear of a committed message is
-- written in the same transaction as the message and its retour, so an event exists if and only if that
-- transaction committed. The relay (libs/transport, outbox_relay) publishes pending rows with publisher
-- confirms and sets published_at only after the broker's ack; several relays share the table by taking
-- rows FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox_event (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- publishing order
  message_id    uuid        NOT NULL UNIQUE DEFAULT gen_random_uuid(),  -- AMQP message_id: stable on resend
  event_type    text        NOT NULL CHECK (event_type ~ '^[a-z0-9]+(\.[a-z0-9]+)+$'),  -- "ijw.jw301.rejected"
  bericht_id    bigint      REFERENCES bericht,  -- the recorded message; null when it was not recorded (TR056)
  payload       jsonb       NOT NULL,            -- the envelope of docs/events.md
  created       timestamptz NOT NULL DEFAULT now(),
  published_at  timestamptz,                     -- set after the broker confirmed the publication
  attempts      integer     NOT NULL DEFAULT 0   -- publications tried (a return or nack counts too)
);

-- The relay's work list: only the pending rows, so it stays small however long the history grows.
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL;
