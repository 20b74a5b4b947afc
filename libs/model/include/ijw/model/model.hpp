#pragma once
// The typed iJw message model: the generated types with their parser and serializer (messages.hpp),
// the typed readings of their values (values.hpp) and the parser's error (parse_error.hpp).

#include "ijw/model/messages.hpp"
#include "ijw/model/parse_error.hpp"
#include "ijw/model/values.hpp"
