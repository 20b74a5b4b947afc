#include "region_holder.hpp"

#include <utility>

namespace ijw::ijwd {

RegionHolder::RegionHolder(std::optional<std::string> file) : file_(std::move(file)) {
  if (file_) region_ = std::make_shared<const policy::Region>(policy::load_region(*file_));
}

std::shared_ptr<const policy::Region> RegionHolder::current() const {
  std::lock_guard lock(mutex_);
  return region_;
}

std::optional<std::string> RegionHolder::reload() {
  if (!file_) return std::nullopt;
  try {
    auto fresh = std::make_shared<const policy::Region>(policy::load_region(*file_));
    std::lock_guard lock(mutex_);
    region_ = std::move(fresh);
    return std::nullopt;
  } catch (const std::exception& error) {
    return error.what();
  }
}

}  // namespace ijw::ijwd
