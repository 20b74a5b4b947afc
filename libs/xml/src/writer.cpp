#include "ijw/xml/writer.hpp"

#include <cstdint>
#include <cstdio>
#include <stdexcept>

#include "ijw/xml/document.hpp"

namespace ijw::xml {

Writer::Writer(std::string_view root, const Namespaces& namespaces) {
  out_.reserve(4096);
  out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<";
  out_ += root;
  for (const auto& [prefix, uri] : namespaces) {
    out_ += " xmlns:";
    out_ += prefix;
    out_ += "=\"";
    append_escaped(out_, uri, Escape::Attribute);
    out_ += '"';
  }
  out_ += ">\r\n";
  open_.emplace_back(root);
}

void Writer::indent() { out_.append(open_.size(), '\t'); }

void Writer::open(std::string_view name) {
  indent();
  out_ += '<';
  out_ += name;
  out_ += ">\r\n";
  open_.emplace_back(name);
}

void Writer::leaf(std::string_view name, std::string_view text) {
  if (std::optional<std::string> problem = xml_safe_problem(text)) {
    throw std::invalid_argument("cannot write " + path_to(name) + ": " + *problem);
  }
  indent();
  out_ += '<';
  out_ += name;
  out_ += '>';
  append_escaped(out_, text);
  out_ += "</";
  out_ += name;
  out_ += ">\r\n";
}

void Writer::close() {
  const std::string name = std::move(open_.back());
  open_.pop_back();
  indent();
  out_ += "</";
  out_ += name;
  out_ += ">\r\n";
}

std::string Writer::finish() {
  while (!open_.empty()) close();
  return std::move(out_);
}

std::string Writer::path_to(std::string_view name) const {
  std::string path;
  for (const std::string& open : open_) {
    path += '/';
    path += local_name(open);
  }
  path += '/';
  path += local_name(name);
  return path;
}

void append_escaped(std::string& out, std::string_view text, Escape where) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      case '\n': out += "&#10;"; break;
      case '"': out += where == Escape::Attribute ? "&quot;" : "\""; break;
      case '\t': out += where == Escape::Attribute ? "&#9;" : "\t"; break;
      default: out += c;
    }
  }
}

namespace {

std::string code_point_name(std::uint32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

std::string cannot_carry(std::uint32_t code_point) {
  return "the text holds " + code_point_name(code_point) + ", which XML 1.0 cannot carry";
}

// The length of the UTF-8 sequence a lead byte starts, and the lead byte's payload; 0 when invalid.
std::size_t sequence_length(unsigned char lead, std::uint32_t& payload) {
  if ((lead & 0xE0u) == 0xC0u) {
    payload = lead & 0x1Fu;
    return 2;
  }
  if ((lead & 0xF0u) == 0xE0u) {
    payload = lead & 0x0Fu;
    return 3;
  }
  if ((lead & 0xF8u) == 0xF0u) {
    payload = lead & 0x07u;
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<std::string> xml_safe_problem(std::string_view text) {
  constexpr std::string_view kNotUtf8 = "the text is not valid UTF-8";
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return cannot_carry(byte);
      ++i;
      continue;
    }
    std::uint32_t code_point = 0;
    const std::size_t length = sequence_length(byte, code_point);
    if (length == 0 || i + length > text.size()) return std::string(kNotUtf8);
    for (std::size_t k = 1; k < length; ++k) {
      const auto continuation = static_cast<unsigned char>(text[i + k]);
      if ((continuation & 0xC0u) != 0x80u) return std::string(kNotUtf8);
      code_point = (code_point << 6) | (continuation & 0x3Fu);
    }
    const std::uint32_t smallest = length == 2 ? 0x80u : length == 3 ? 0x800u : 0x10000u;
    if (code_point < smallest || code_point > 0x10FFFFu || (code_point >= 0xD800u && code_point <= 0xDFFFu)) {
      return std::string(kNotUtf8);
    }
    if (code_point == 0xFFFEu || code_point == 0xFFFFu) return cannot_carry(code_point);
    i += length;
  }
  return std::nullopt;
}

}  // namespace ijw::xml
