#include "ijw/xml/writer.hpp"

#include <cstdint>
#include <cstdio>
#include <stdexcept>

#include "ijw/xml/document.hpp"
#include "ijw/xml/utf8.hpp"

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

}  // namespace

std::optional<std::string> xml_safe_problem(std::string_view text) {
  const char* const end = text.data() + text.size();
  for (const char* at = text.data(); at < end;) {
    std::uint32_t code_point = static_cast<unsigned char>(*at);
    std::size_t length = 1;
    if (code_point >= 0x80) {
      const auto sequence = decode_utf8_sequence(at, end);
      if (sequence.status != Utf8Status::Ok) return std::string("the text is not valid UTF-8");
      code_point = sequence.code_point;
      length = sequence.length;
    }
    if (!is_xml_char(code_point)) return cannot_carry(code_point);
    at += length;
  }
  return std::nullopt;
}

}  // namespace ijw::xml
