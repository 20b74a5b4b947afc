#include "ijw/transport/masked_url.hpp"

#include <regex>

namespace ijw::transport {

std::string mask_password(const std::string& url) {
  static const std::regex with_password(R"(^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*):[^@/]*@)");
  auto masked = std::regex_replace(url, with_password, "$1:***@");
  static const std::regex keyword(R"((password=)[^ &]*)");
  return std::regex_replace(masked, keyword, "$1***");
}

}  // namespace ijw::transport
