// libFuzzer target: Validator::validate on arbitrary bytes. Beyond "no crash, no sanitizer report", it checks
// what a valid verdict promises to the layers above (model, rules): a known message, a document whose root
// is that message's root element, and the same verdict when the parsed document is validated again.
//
// It is also differential, against libxml2's XSD validation (xmllint's engine, the project's oracle):
//  - when our parser accepted the bytes and the root names a message, both verdicts must be the same;
//  - when our parser refused them, libxml2 must not find them a clean, valid message, unless they break one
//  of
//    the guard's deliberate rules (a DTD, an encoding other than UTF-8, NUL bytes, the size and depth limits).

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <strings.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "ijw/testing/oracle.hpp"
#include "ijw/validate/validator.hpp"

#define CHECK(condition) IJW_FUZZ_CHECK("fuzz_validate", condition)

namespace {

const ijw::xml::Limits kLimits{};  // the Validator's defaults

void ignore_error(void*, xmlErrorPtr) {}

void count_error(void* counter, xmlErrorPtr error) {
  if (error != nullptr && error->level >= XML_ERR_ERROR) ++*static_cast<int*>(counter);
}

std::size_t element_depth(xmlNodePtr node) {
  std::size_t deepest = 0;
  for (xmlNodePtr child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) deepest = std::max(deepest, element_depth(child));
  }
  return deepest + 1;
}

struct Verdict {
  const ijw::schema::Message* message = nullptr;  // what libxml2 validated against; nullptr: nothing
  bool valid = false;
  bool clean = false;  // parsed without any error, and within every rule the guard adds on purpose
};

// libxml2's verdict. Each message's XSD (from $IJW_XSD_DIR, else the official one in the shared folder) is
// compiled on first use; one that does not compile stops the run, as the comparison would be meaningless.
class Oracle {
 public:
  Oracle() {
    xmlInitParser();
    xmlSetStructuredErrorFunc(nullptr, ignore_error);
    xsd_dir_ = ijw::testing::xsd_dir().string();
  }
  Oracle(const Oracle&) = delete;
  Oracle& operator=(const Oracle&) = delete;
  ~Oracle() {
    for (const auto& [id, compiled] : compiled_) {
      xmlSchemaFreeValidCtxt(compiled.context);
      xmlSchemaFree(compiled.schema);
    }
  }

  // Validates against `message`, or, when it is nullptr, against the message the root element names.
  Verdict judge(std::string_view bytes, const ijw::schema::Schema& schema,
                const ijw::schema::Message* message) {
    int parse_errors = 0;
    xmlSetStructuredErrorFunc(&parse_errors, count_error);
    xmlDocPtr doc =
        xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "fuzz.xml", nullptr, XML_PARSE_NONET);
    xmlSetStructuredErrorFunc(nullptr, ignore_error);
    if (doc == nullptr) return {};
    Verdict verdict;
    const xmlNodePtr root = xmlDocGetRootElement(doc);
    const auto* encoding = reinterpret_cast<const char*>(doc->encoding);
    verdict.clean = parse_errors == 0 && root != nullptr && doc->intSubset == nullptr &&
                    (encoding == nullptr || strcasecmp(encoding, "UTF-8") == 0) &&
                    bytes.size() <= kLimits.max_bytes && element_depth(root) <= kLimits.max_depth &&
                    bytes.find('\0') == std::string_view::npos;  // NUL bytes: refused by policy (issue 3)
    if (message == nullptr && root != nullptr) {
      const auto* uri = root->ns != nullptr ? reinterpret_cast<const char*>(root->ns->href) : "";
      message = schema.find_root(uri, reinterpret_cast<const char*>(root->name));
    }
    if (message != nullptr) {
      verdict.message = message;
      verdict.valid = xmlSchemaValidateDoc(context_for(message->id), doc) == 0;
    }
    xmlFreeDoc(doc);
    return verdict;
  }

 private:
  xmlSchemaValidCtxtPtr context_for(const std::string& message_id) {
    if (const auto found = compiled_.find(message_id); found != compiled_.end()) return found->second.context;
    const std::string path = xsd_dir_ + "/" + message_id + ".xsd";
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.c_str());
    xmlSchemaPtr schema = parser != nullptr ? xmlSchemaParse(parser) : nullptr;
    if (parser != nullptr) xmlSchemaFreeParserCtxt(parser);
    xmlSchemaValidCtxtPtr context = schema != nullptr ? xmlSchemaNewValidCtxt(schema) : nullptr;
    if (context == nullptr) {
      if (schema != nullptr) xmlSchemaFree(schema);
      std::fprintf(stderr, "fuzz_validate: cannot compile %s (set IJW_XSD_DIR)\n", path.c_str());
      std::abort();
    }
    xmlSchemaSetValidStructuredErrors(context, ignore_error, nullptr);
    compiled_.emplace(message_id, Compiled{schema, context});
    return context;
  }

  struct Compiled {
    xmlSchemaPtr schema;
    xmlSchemaValidCtxtPtr context;
  };
  std::string xsd_dir_;
  std::map<std::string, Compiled> compiled_;
};

void print_disagreement(const ijw::validate::Report& report, const Verdict& verdict) {
  const ijw::schema::Message* message = report.message != nullptr ? report.message : verdict.message;
  std::fprintf(stderr, "fuzz_validate: verdicts differ on %s: ours %s, libxml2 %s\n",
               message != nullptr ? message->id.c_str() : "?", report.valid() ? "valid" : "invalid",
               verdict.valid ? "valid" : "invalid");
  for (const ijw::xml::Diagnostic& error : report.errors) {
    std::fprintf(stderr, "  ours: %u:%u %s: %s\n", error.where.line, error.where.column, error.path.c_str(),
                 error.text.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ijw::validate::Validator validator(ijw::schema::ijw32(), kLimits);
  static Oracle oracle;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  const ijw::validate::Report report = validator.validate(bytes);

  // Every finding says what was wrong, and points inside the input (line 0: no position).
  for (const ijw::xml::Diagnostic& error : report.errors) {
    CHECK(!error.text.empty());
    CHECK(error.where.line <= ijw::fuzz::line_count(bytes));
  }
  if (report.valid()) {
    CHECK(report.message != nullptr);
    CHECK(report.document.has_value());
  }
  if (report.message != nullptr) {
    CHECK(report.document.has_value());
    CHECK(validator.schema().message(report.message->id) == report.message);
  }

  if (report.message != nullptr) {
    const Verdict verdict = oracle.judge(bytes, validator.schema(), report.message);
    if (verdict.valid != report.valid()) print_disagreement(report, verdict);
    CHECK(verdict.valid == report.valid());
  } else if (!report.document) {
    const Verdict verdict = oracle.judge(bytes, validator.schema(), nullptr);
    if (verdict.clean && verdict.valid) print_disagreement(report, verdict);
    CHECK(!(verdict.clean && verdict.valid));
  }
  if (!report.document) return 0;

  const ijw::xml::Document& document = *report.document;
  const pugi::xml_node root = document.root();
  CHECK(root.type() == pugi::node_element);
  CHECK(document.source() == bytes);
  if (report.message != nullptr) {
    // The message is the one the root element names, and nothing else.
    CHECK(ijw::xml::local_name(root.name()) == report.message->root_local_name);
    CHECK(document.namespace_uri(root) == report.message->namespace_uri);
    CHECK(validator.schema().find_root(document.namespace_uri(root), ijw::xml::local_name(root.name())) ==
          report.message);
  }

  // Validating the already parsed document must come to the same message and the same verdict.
  const ijw::schema::Message* message = nullptr;
  std::vector<ijw::xml::Diagnostic> errors;
  validator.validate(document, message, errors);
  CHECK(message == report.message);
  CHECK(errors.empty() == report.valid());
  return 0;
}
