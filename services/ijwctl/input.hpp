#pragma once
// Reading the documents named on the command line, and reporting on them.

#include <optional>
#include <string>

#include "ijw/xml/document.hpp"

namespace ijw::ctl {

struct Input {
  std::string name;   // as given: a path, or "-" for standard input
  std::string bytes;
};

// Reads a file, or standard input for "-". Returns nullopt and sets `error` when it cannot be read.
std::optional<Input> read_input(const std::string& name, std::string& error);

// One diagnostic as the commands print it: FILE:LINE:COL: error: PATH: TEXT
std::string format_diagnostic(const std::string& file, const xml::Diagnostic& diagnostic);

}  // namespace ijw::ctl
