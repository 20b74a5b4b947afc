#include "ijw/xml/document.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

#include "guard.hpp"

namespace ijw::xml {
namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNamespace = "http://www.w3.org/2000/xmlns/";

// pugixml keeps whitespace-only text (values like " " matter to XSD facets), decodes references and
// normalises line ends as XML 1.0 §2.11 requires. Comments and PIs are not needed above this layer.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                                   pugi::parse_wconv_attribute | pugi::parse_ws_pcdata;

}  // namespace

struct Document::Impl {
  std::string source;
  std::size_t bom = 0;
  pugi::xml_document dom;
  // position_at's index, built on first use: the position at every kStride-th byte after the BOM, so a
  // lookup scans at most kStride bytes (the model asks for the position of every complex element).
  static constexpr std::size_t kStride = 256;
  static constexpr int kLookupsBeforeIndex = 4;  // a few lookups (a validator's errors) scan directly
  std::atomic<int> lookups{0};
  std::once_flag indexed;
  std::vector<Position> checkpoints;
};

namespace {

void advance(Position& position, char c) {
  if (c == '\n') {
    ++position.line;
    position.column = 1;
  } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // count characters, not bytes
    ++position.column;
  }
}

}  // namespace

Document::Document(Impl* impl) : impl_(impl) {}
Document::Document(Document&& other) noexcept : impl_(std::exchange(other.impl_, nullptr)) {}
Document& Document::operator=(Document&& other) noexcept {
  std::swap(impl_, other.impl_);
  return *this;
}
Document::~Document() { delete impl_; }

pugi::xml_node Document::root() const { return impl_->dom.document_element(); }
const pugi::xml_document& Document::dom() const { return impl_->dom; }
std::string_view Document::source() const { return impl_->source; }

Position Document::position_at(std::size_t byte_offset) const {
  // The byte-order mark is not part of the document (XML 1.0 §4.3.3): it takes no column.
  const std::string_view text = std::string_view(impl_->source).substr(std::min(impl_->bom, impl_->source.size()));
  if (impl_->lookups.fetch_add(1, std::memory_order_relaxed) < Impl::kLookupsBeforeIndex) {
    Position position{1, 1};
    const std::size_t end = byte_offset <= impl_->bom ? 0 : std::min(byte_offset - impl_->bom, text.size());
    for (std::size_t i = 0; i < end; ++i) advance(position, text[i]);
    return position;
  }
  std::call_once(impl_->indexed, [&] {
    Position position{1, 1};
    impl_->checkpoints.reserve(text.size() / Impl::kStride + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i % Impl::kStride == 0) impl_->checkpoints.push_back(position);
      advance(position, text[i]);
    }
    if (impl_->checkpoints.empty()) impl_->checkpoints.push_back(position);
  });
  if (byte_offset <= impl_->bom) return {1, 1};
  const std::size_t end = std::min(byte_offset - impl_->bom, text.size());
  const std::size_t checkpoint = std::min(end / Impl::kStride, impl_->checkpoints.size() - 1);
  Position position = impl_->checkpoints[checkpoint];
  for (std::size_t i = checkpoint * Impl::kStride; i < end; ++i) advance(position, text[i]);
  return position;
}

Position Document::position_of(pugi::xml_node node) const {
  const auto offset = node.offset_debug();
  if (offset < 0) return {};
  // pugixml reports where the name starts; point at the '<' before it.
  const auto name_offset = static_cast<std::size_t>(offset) + impl_->bom;
  return position_at(node.type() == pugi::node_element && name_offset > 0 ? name_offset - 1 : name_offset);
}

std::string_view Document::namespace_uri(pugi::xml_node element) const {
  const std::string_view wanted = prefix(element.name());
  if (wanted == "xml") return kXmlNamespace;
  for (auto node = element; node.type() == pugi::node_element; node = node.parent()) {
    for (const auto attribute : node.attributes()) {
      if (const auto declaration = namespace_declaration(attribute); declaration && declaration->first == wanted) {
        return declaration->second;
      }
    }
  }
  return {};
}

std::optional<std::pair<std::string_view, std::string_view>> namespace_declaration(pugi::xml_attribute attribute) {
  return namespace_declaration(attribute.name(), attribute.value());
}

std::optional<std::pair<std::string_view, std::string_view>> namespace_declaration(std::string_view name,
                                                                                   std::string_view uri) {
  if (name == "xmlns") {
    if (uri == kXmlNamespace || uri == kXmlnsNamespace) return std::nullopt;
    return std::pair{std::string_view{}, uri};
  }
  if (!name.starts_with("xmlns:")) return std::nullopt;
  const auto declared = name.substr(6);
  if (uri.empty() || declared == "xml" || declared == "xmlns" || uri == kXmlNamespace || uri == kXmlnsNamespace) {
    return std::nullopt;
  }
  return std::pair{declared, uri};
}

ParseResult parse(std::string_view bytes, const Limits& limits) {
  ParseResult result;
  auto* impl = new Document::Impl{};
  Document document(impl);
  impl->source.assign(bytes.data(), bytes.size());
  impl->bom = detail::utf8_bom_length(bytes);

  if (const auto failure = detail::check_raw(bytes, limits)) {
    result.diagnostics.push_back({document.position_at(failure->offset), {}, failure->text});
    return result;
  }
  const auto parsed = impl->dom.load_buffer(impl->source.data() + impl->bom, impl->source.size() - impl->bom,
                                            kParseOptions, pugi::encoding_utf8);
  if (!parsed) {
    result.diagnostics.push_back({document.position_at(static_cast<std::size_t>(parsed.offset) + impl->bom), {},
                                  std::string("not well-formed XML: ") + parsed.description()});
    return result;
  }
  result.document.emplace(std::move(document));
  return result;
}

}  // namespace ijw::xml
