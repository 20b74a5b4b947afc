#include "ijw/state/state.hpp"

#include <algorithm>
#include <tuple>

namespace ijw::state {

bool Toewijzing::verwijderd() const {
  return einddatum == ingangsdatum && (reden_wijziging == "13" || reden_wijziging == "01");
}

bool Toewijzing::actueel(Date peildatum) const {
  return !verwijderd() && (!einddatum || *einddatum >= peildatum);
}

bool Toewijzing::later_than(const Toewijzing& other) const {
  return std::tie(toewijzingsdatum, toewijzingstijd) > std::tie(other.toewijzingsdatum, other.toewijzingstijd);
}

const Toewijzing* Snapshot::toewijzing(const std::string& nummer) const {
  const auto found = std::find_if(toewijzingen.begin(), toewijzingen.end(), [&](const Toewijzing& toewijzing) {
    return toewijzing.gemeente == scope.gemeente && toewijzing.nummer == nummer;
  });
  return found == toewijzingen.end() ? nullptr : &*found;
}

namespace {

template <class Row, class Key>
std::vector<Row> without_deleted(const std::vector<Row>& rows, const std::vector<Key>& deleted) {
  std::vector<Row> kept;
  for (const Row& row : rows) {
    if (std::find(deleted.begin(), deleted.end(), row.key) == deleted.end()) kept.push_back(row);
  }
  return kept;
}

template <class Row>
std::vector<const Row*> visible_before(const std::vector<Row>& rows, Position position) {
  std::vector<const Row*> visible;
  for (const Row& row : rows) {
    if (row.added_by < position) visible.push_back(&row);
  }
  return visible;
}

}  // namespace

Working::Working(Snapshot snapshot, const Changes& changes)
    : stored_(std::move(snapshot)),
      starts_(without_deleted(stored_.starts, changes.starts_deleted)),
      stops_(without_deleted(stored_.stops, changes.stops_deleted)) {
  starts_.insert(starts_.end(), changes.starts_added.begin(), changes.starts_added.end());
  stops_.insert(stops_.end(), changes.stops_added.begin(), changes.stops_added.end());
}

std::vector<const Start*> Working::starts_before(Position position) const { return visible_before(starts_, position); }

std::vector<const Stop*> Working::stops_before(Position position) const { return visible_before(stops_, position); }

}  // namespace ijw::state
