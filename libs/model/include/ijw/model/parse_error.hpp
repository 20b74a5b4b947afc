#pragma once
// What the model's parser throws when a document does not have the shape of its message.

#include <stdexcept>
#include <string>

#include "ijw/xml/document.hpp"

namespace ijw::model {

// A document that does not conform to its message (it should not have passed XSD validation). what() reads
// "line 12, column 3: /Bericht/Client/Bsn: expected element jw305:Bsn, found jw305:Geslacht".
class ParseError : public std::invalid_argument {
 public:
  ParseError(std::string path, xml::Position where, const std::string& problem);

  const std::string& path() const { return path_; }  // local names from the root, e.g. /Bericht/Client/Bsn
  xml::Position where() const { return where_; }      // line 0 when the problem has no position

 private:
  std::string path_;
  xml::Position where_;
};

}  // namespace ijw::model
