#pragma once
// The state in PostgreSQL: the reads and writes of one heenbericht's transaction (ijw-spec §4.1 steps 4-6).
// A Transaction takes the client's lock, loads what the rules need, and records the message with its retour,
// plus the message's changes when it was accepted. Either all of it is committed or nothing (OP286).

#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/state/state.hpp"

namespace ijw::store {

// TR056's key: Identificatie is unique per afzender and berichtsoort; Dagtekening is not part of it.
struct MessageKey {
  std::string afzender;
  std::string berichtcode;  // "438"
  std::string identificatie;
};

// A received heenbericht as it is recorded.
struct Heenbericht {
  std::string_view raw;      // exactly as received
  std::string bericht_type;  // "JW305"
  MessageKey key;
  std::string ontvanger;
  std::string dagtekening;  // YYYY-MM-DD
  state::Scope scope;
};

// The retourbericht that answered a heenbericht.
struct Retour {
  std::string retour_type;  // "JW306"
  std::string identificatie_retour;
  std::chrono::year_month_day dagtekening_retour;
  std::vector<std::string> codes;  // every RetourCode in document order; empty when accepted
  std::string raw;

  bool accepted() const { return codes.empty(); }
};

// What the backoffice is to hear of a message (docs/events.md): written to the outbox table in the message's
// transaction, so it exists if and only if that transaction committed; a relay publishes it afterwards.
struct Event {
  std::string type;     // "ijw.jw301.rejected"
  std::string payload;  // the JSON envelope; the store adds its "id" (the AMQP message_id) and "created"
};

// The regional policy's verdict on a message, recorded with it (migration 0005, issue 7).
struct PolicyVerdict {
  std::string region;
  std::string region_version;
  bool blocked = false;       // a JW301 that a block finding stopped
  std::string findings_json;  // [{id, severity, seed, path, explanation}]
};

// The earlier message with the same key, if any.
struct Earlier {
  bool same_bytes = false;  // a retry of the same message: answer with its stored retour
  Retour retour;
};

struct Loaded {
  state::Snapshot snapshot;
  std::optional<Earlier> earlier;
  std::string identificatie_retour;  // fresh: "R" and 11 digits, from a sequence
};

// A conflict with a concurrent transaction (serialization failure, deadlock, or a unique or foreign key
// violation caused by another transaction's commit). The caller retries the whole message.
class Conflict : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another transaction holds the client's lock while a Batch already holds other clients' locks: the batch
// commits what it has and takes this message first in its next transaction, so it never waits while
// holding locks (and cannot take part in a deadlock).
class Busy : public Conflict {
 public:
  using Conflict::Conflict;
};

// One connection to the database; not shared between threads.
class Connection {
 public:
  explicit Connection(const std::string& url);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  bool is_open() const;

 private:
  friend class Transaction;
  friend class Batch;
  friend struct ConnectionAccess;  // the store's other statements (src/connection_access.hpp)
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One heenbericht's transaction. Destroying it without commit() rolls back.
class Transaction {
 public:
  explicit Transaction(Connection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // Takes the lock of the client (gemeente and Bsn: messages about one client are serialised, others run in
  // parallel), then reads the state of `bericht.scope`, the toewijzingen named by `toewijzing_nummers`
  // whoever holds them (TR332), which of `referenties` the aanbieder used before (TR347), and an earlier
  // message with the same key (TR056).
  Loaded load(const Heenbericht& bericht, const std::vector<std::string>& toewijzing_nummers,
              const std::vector<std::string>& referenties);

  // Records the message and its retour; with `accepted_changes`, also what the message changes; with `event`,
  // also the event for the backoffice (in the same statement).
  void record(const Heenbericht& bericht, const Retour& retour, const state::Changes* accepted_changes,
              const Event* event = nullptr);

  // Writes an event for a message that is answered but not recorded (TR056: its Identificatie is taken).
  void add_event(const Event& event);

  // After record(): the regional policy's verdict on that message.
  void record_policy(const Heenbericht& bericht, const PolicyVerdict& verdict);

  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Several heenberichten in one transaction, committed together (group commit: one WAL flush for all of
// them), each inside its own savepoint so that one message's failure never touches another. Per message
// it costs two round trips (savepoint + lock + load in one, the record in the other) instead of a
// Transaction's five. Destroying it without commit() rolls all of it back.
//
// Per message: load(), then record() when the message is to be recorded, then either the next load()
// (which keeps this message) or undo_message() (which takes back everything since this message's load()).
class Batch {
 public:
  explicit Batch(Connection& connection);
  ~Batch();
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;

  // Starts the next message in a savepoint, takes the client's lock and reads as Transaction::load()
  // does. When messages are already held, the lock is only tried: if another transaction holds it, this
  // throws Busy (and the message has to be undone); the first message of a batch waits for its lock.
  Loaded load(const Heenbericht& bericht, const std::vector<std::string>& toewijzing_nummers,
              const std::vector<std::string>& referenties);

  // As Transaction::record() and Transaction::add_event(), for the message of the last load().
  void record(const Heenbericht& bericht, const Retour& retour, const state::Changes* accepted_changes,
              const Event* event = nullptr);
  void add_event(const Event& event);

  // As Transaction::record_policy(), for the message of the last record().
  void record_policy(const Heenbericht& bericht, const PolicyVerdict& verdict);

  // Rolls back to the savepoint of the last load(): after an exception, the earlier messages stay.
  void undo_message();

  // Messages kept so far (loaded and not undone).
  std::size_t messages() const;

  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ijw::store
