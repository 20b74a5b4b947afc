#include "ijw/xml/writer.hpp"

namespace ijw::xml {

Writer::Writer(std::string_view root, const Namespaces& namespaces) {
  out_.reserve(4096);
  out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<";
  out_ += root;
  for (const auto& [prefix, uri] : namespaces) {
    out_ += " xmlns:";
    out_ += prefix;
    out_ += "=\"";
    append_escaped(out_, uri);
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

void append_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\r': out += "&#13;"; break;
      case '\n': out += "&#10;"; break;
      default: out += c;
    }
  }
}

}  // namespace ijw::xml
