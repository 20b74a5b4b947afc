#include "input.hpp"

#include <fmt/format.h>

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

std::string format_diagnostic(const std::string& file, const xml::Diagnostic& diagnostic) {
  return fmt::format("{}:{}:{}: error: {}{}\n", file, diagnostic.where.line, diagnostic.where.column,
                     diagnostic.path.empty() ? "" : diagnostic.path + ": ", diagnostic.text);
}

}  // namespace ijw::ctl
