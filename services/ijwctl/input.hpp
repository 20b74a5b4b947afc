#pragma once
// Reading the documents named on the command line.

#include <optional>
#include <string>

namespace ijw::ctl {

struct Input {
  std::string name;   // as given: a path, or "-" for standard input
  std::string bytes;
};

// Reads a file, or standard input for "-". Returns nullopt and sets `error` when it cannot be read.
std::optional<Input> read_input(const std::string& name, std::string& error);

}  // namespace ijw::ctl
