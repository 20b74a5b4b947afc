#include "input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace ijw::ctl {

std::optional<Input> read_input(const std::string& name, std::string& error) {
  std::ostringstream content;
  if (name == "-") {
    content << std::cin.rdbuf();
    if (std::cin.bad()) {
      error = "cannot read standard input";
      return std::nullopt;
    }
  } else {
    std::ifstream file(name, std::ios::binary);
    if (!file) {
      error = std::strerror(errno);
      return std::nullopt;
    }
    content << file.rdbuf();
    if (file.bad()) {
      error = "read error";
      return std::nullopt;
    }
  }
  return Input{name, std::move(content).str()};
}

}  // namespace ijw::ctl
