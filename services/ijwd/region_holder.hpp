#pragma once
// The regional policy in force (issue 7): loaded and checked at start-up, replaced on SIGHUP only by a file
// that loads without error, so a bad edit never takes the policy away. A message is checked against the
// region that was in force when its processing began (each holds its shared_ptr until it is done).

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "ijw/policy/region.hpp"

namespace ijw::ijwd {

class RegionHolder {
 public:
  // Loads `file` (nothing: no regional policy). Throws policy::RegionError naming file, entry and field.
  explicit RegionHolder(std::optional<std::string> file);

  std::shared_ptr<const policy::Region> current() const;

  // Loads the file again; the new region replaces the old one only when it loads. Returns what was wrong.
  std::optional<std::string> reload();

 private:
  std::optional<std::string> file_;
  mutable std::mutex mutex_;
  std::shared_ptr<const policy::Region> region_;
};

}  // namespace ijw::ijwd
