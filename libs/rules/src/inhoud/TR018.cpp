// TR018 (0001): "Einddatum moet groter dan of gelijk zijn aan Begindatum." (JW307 StopProduct)

#include <fmt/format.h>

#include "ijw/model/values.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class TR018 final : public RuleFor<TR018, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR018", Level::Inhoud, "0001",
                                 "Einddatum moet groter dan of gelijk zijn aan Begindatum."};

  void check_message(const model::jw307::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& stops = bericht.Client.StopProducten.StopProduct;
    for (std::size_t i = 0; i < stops.size(); ++i) {
      const auto begin = model::to_date(stops[i].Begindatum);
      const auto end = model::to_date(stops[i].Einddatum);
      if (begin && end && *end < *begin) {
        reporter.report(fmt::format("/Bericht/Client/StopProducten/StopProduct[{}]/Einddatum", i + 1), stops[i].where,
                        fmt::format("Einddatum {} ligt voor Begindatum {}", stops[i].Einddatum.text,
                                    stops[i].Begindatum.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR018() { return std::make_unique<TR018>(); }

}  // namespace ijw::rules
