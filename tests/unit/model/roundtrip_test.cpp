// Parse -> serialize -> parse on the official examples and on hand-made variants of them: the output must
// be XSD-valid, framed as the standard's files are (no BOM, CRLF), and read back into an equal model.

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "ijw/model/model.hpp"
#include "ijw/validate/validator.hpp"
#include "support.hpp"

namespace ijw::model {
namespace {

using testing::official_example;
using testing::replace;

struct RoundTrip {
  std::string message_id;
  AnyBericht first;
  std::string output;
};

// The checks every round trip must pass except the XSD oracle, which the caller runs last (it may skip).
void round_trip(std::string_view input, RoundTrip& result) {
  const validate::Validator validator;
  const validate::Report report = validator.validate(input);
  ASSERT_TRUE(report.message != nullptr) << "no iJw message";
  ASSERT_TRUE(report.valid()) << "the input is not XSD-valid: " << report.errors.front().path << ": "
                              << report.errors.front().text;
  result.message_id = report.message->id;

  result.first = parse_any(*report.document, *report.message);
  EXPECT_EQ(id_of(result.first), report.message->id);
  result.output = serialize(result.first);
  EXPECT_EQ(testing::framing_problem(result.output), "");

  const validate::Report again = validator.validate(result.output);
  ASSERT_TRUE(again.document.has_value()) << result.output;
  EXPECT_TRUE(again.valid()) << "the project's validator rejects the output: "
                             << (again.errors.empty() ? "" : again.errors.front().path + ": " +
                                                                 again.errors.front().text);
  const AnyBericht second = parse_any(*again.document);
  EXPECT_TRUE(second == result.first) << "the model changed in the round trip; second serialization:\n"
                                      << serialize(second);
  EXPECT_EQ(serialize(second), result.output) << "serializing is not idempotent";
}

// The oracle must be able to say no, or every XSD check above would pass vacuously.
TEST(XsdOracle, RejectsTheInvalidOfficialJW315) {
  IJW_REQUIRE_ORACLE();
  const ijw::testing::OracleVerdict verdict =
      ijw::testing::xmllint_document(testing::raw_official_example("JW315"), "JW315");
  const std::string messages = testing::joined(verdict.messages);
  EXPECT_TRUE(verdict.reported) << messages;
  EXPECT_FALSE(verdict.valid) << messages;
  EXPECT_NE(messages.find("2027-06-31"), std::string::npos) << messages;
}

// ---- the official examples ----------------------------------------------------------------------------

class OfficialExample : public ::testing::TestWithParam<std::string> {};

TEST_P(OfficialExample, RoundTripsToAnXsdValidEqualModel) {
  RoundTrip trip;
  round_trip(official_example(GetParam()), trip);
  if (HasFatalFailure()) return;
  EXPECT_EQ(trip.message_id, GetParam());
  IJW_EXPECT_XSD_VALID(trip.output, GetParam());
}

// The output is laid out as the standard's own files: same elements, prefixes, tab indentation and order.
// Only the root's start tag (namespace declaration order, a stray space) and line ends differ in the files.
TEST_P(OfficialExample, SerializesAsTheOfficialLayout) {
  const auto normalized = [](std::string text) {
    std::string lines;
    for (const char c : text) {
      if (c != '\r') lines += c;
    }
    while (!lines.empty() && lines.back() == '\n') lines.pop_back();
    const std::size_t root_line = lines.find('\n');
    const std::size_t root_end = lines.find('\n', root_line + 1);
    return lines.erase(root_line, root_end - root_line);
  };
  const std::string input = official_example(GetParam());
  const xml::Document document = testing::parse_xml(input);
  EXPECT_EQ(normalized(serialize(parse_any(document))), normalized(input));
}

INSTANTIATE_TEST_SUITE_P(Examples, OfficialExample, ::testing::ValuesIn(testing::example_ids()),
                         [](const auto& param_info) { return param_info.param; });

// ---- hand-made variants -------------------------------------------------------------------------------

TEST(RoundTripVariant, KeepsLeadingAndTrailingWhitespace) {
  std::string input = official_example("JW301");
  input = replace(input, "<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>  Tom \t</ijw:Voornamen>");
  input = replace(input, "<ijw:Dagtekening>2026-04-01</ijw:Dagtekening>",
                  "<ijw:Dagtekening> 2026-04-01\t </ijw:Dagtekening>");
  input = replace(input, "<jw301:ToewijzingNummer>300201</jw301:ToewijzingNummer>",
                  "<jw301:ToewijzingNummer>\n 300201\t</jw301:ToewijzingNummer>");
  RoundTrip trip;
  round_trip(input, trip);
  if (HasFatalFailure()) return;

  const auto& bericht = std::get<jw301::Bericht>(trip.first);
  EXPECT_EQ(bericht.Client.Naam.Voornamen->text, "  Tom \t");
  EXPECT_EQ(bericht.Header.BerichtIdentificatie.Dagtekening.text, " 2026-04-01\t ");
  const basis::LDT_Nummer& nummer = bericht.Client.ToegewezenProducten.ToegewezenProduct[0].ToewijzingNummer;
  EXPECT_EQ(nummer.text, "\n 300201\t");
  EXPECT_EQ(to_integer(nummer), 300201);
  EXPECT_EQ(to_date(bericht.Header.BerichtIdentificatie.Dagtekening),
            std::chrono::year_month_day{std::chrono::year{2026} / 4 / 1});
  EXPECT_NE(trip.output.find("<ijw:Voornamen>  Tom \t</ijw:Voornamen>"), std::string::npos);
  EXPECT_NE(trip.output.find("<ijw:Dagtekening> 2026-04-01\t </ijw:Dagtekening>"), std::string::npos);
  EXPECT_NE(trip.output.find("<jw301:ToewijzingNummer>&#10; 300201\t</jw301:ToewijzingNummer>"), std::string::npos);
  IJW_EXPECT_XSD_VALID(trip.output, "JW301");
}

// How a value may be spelled in the input, what the model reads from it and how the writer spells it.
struct Spelling {
  const char* name;
  std::string_view written;  // JW301's Commentaar in the input, between the tags
  std::string_view text;     // the value the model reads
  std::string_view output;   // the Commentaar the writer writes, between the tags
};

void PrintTo(const Spelling& spelling, std::ostream* out) { *out << spelling.name; }

const Spelling kCommentaarSpellings[] = {
    {"EntitiesAndCharacterReferences",
     "A &amp; B &lt;c&gt; &#233;&#x20AC; &quot;q&quot; &apos;s&apos; ]]&gt; r1&#13;&#10;r2&#13;",
     "A & B <c> \u00e9\u20ac \"q\" 's' ]]> r1\r\nr2\r",
     "A &amp; B &lt;c&gt; \u00e9\u20ac \"q\" 's' ]]&gt; r1&#13;&#10;r2&#13;"},
    // XML reads a literal CRLF inside a value as LF; the model keeps that LF and writes it as &#10;.
    {"LineBreaksWrittenLiterally", "eerste regel\r\ntweede regel\n", "eerste regel\ntweede regel\n",
     "eerste regel&#10;tweede regel&#10;"},
    {"Cdata", "vooraf <![CDATA[<b>&amp;</b> ]]]]><![CDATA[>]]> achteraf", "vooraf <b>&amp;</b> ]]> achteraf",
     "vooraf &lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt; achteraf"},
};

class CommentaarRoundTrip : public ::testing::TestWithParam<Spelling> {};

TEST_P(CommentaarRoundTrip, ReadsTheValueAndWritesItEscaped) {
  const Spelling& spelling = GetParam();
  const auto element = [](std::string_view content) {
    return "<jw301:Commentaar>" + std::string(content) + "</jw301:Commentaar>";
  };
  RoundTrip trip;
  round_trip(replace(official_example("JW301"), element("Commentaar client"), element(spelling.written)), trip);
  if (HasFatalFailure()) return;

  EXPECT_EQ(std::get<jw301::Bericht>(trip.first).Client.Commentaar->text, spelling.text);
  EXPECT_NE(trip.output.find(element(spelling.output)), std::string::npos) << trip.output;
  IJW_EXPECT_XSD_VALID(trip.output, "JW301");
}

INSTANTIATE_TEST_SUITE_P(Spellings, CommentaarRoundTrip, ::testing::ValuesIn(kCommentaarSpellings),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(RoundTripVariant, SkipsCommentsAndProcessingInstructionsInsideValues) {
  std::string input = official_example("JW301");
  input = replace(input, "<jw301:Commentaar>Commentaar client</jw301:Commentaar>",
                  "<jw301:Commentaar>Comm<!-- tussendoor -->entaar<?note iets?> client</jw301:Commentaar>");
  input = replace(input, "<jw301:Bsn>999900006</jw301:Bsn>", "<jw301:Bsn>9999<!-- x -->00006</jw301:Bsn>");
  RoundTrip trip;
  round_trip(input, trip);
  if (HasFatalFailure()) return;

  const auto& bericht = std::get<jw301::Bericht>(trip.first);
  EXPECT_EQ(bericht.Client.Commentaar->text, "Commentaar client");
  EXPECT_EQ(bericht.Client.Bsn.text, "999900006");
  const xml::Document original = testing::parse_xml(official_example("JW301"));
  EXPECT_TRUE(trip.first == parse_any(original)) << "comments must not change the model";
  IJW_EXPECT_XSD_VALID(trip.output, "JW301");
}

TEST(RoundTripVariant, KeepsNonAsciiText) {
  const std::string input = replace(official_example("JW305"), "<ijw:Achternaam>Wit</ijw:Achternaam>",
                                    "<ijw:Achternaam>\u0132sselm\u00fcnde-\u00d8 \U0001F600</ijw:Achternaam>");
  RoundTrip trip;
  round_trip(input, trip);
  if (HasFatalFailure()) return;

  EXPECT_EQ(std::get<jw305::Bericht>(trip.first).Client.Naam.Geslachtsnaam.Achternaam.text,
            "\u0132sselm\u00fcnde-\u00d8 \U0001F600");
  IJW_EXPECT_XSD_VALID(trip.output, "JW305");
}

TEST(RoundTripVariant, LeavesAbsentOptionalElementsAbsent) {
  std::string input = official_example("JW301");
  for (const std::string_view element :
       {"\t\t\t<ijw:Voornamen>Tom</ijw:Voornamen>\r\n", "\t\t<jw301:Commentaar>Commentaar client</jw301:Commentaar>\r\n",
        "\t\t<jw301:JuridischeStatus>01</jw301:JuridischeStatus>\r\n"}) {
    input = replace(input, element, "");
  }
  // Communicatie and Relaties are optional complex elements.
  input = testing::erase_span(input, "\t\t<jw301:Communicatie>", "</jw301:Communicatie>\r\n");
  input = testing::erase_span(input, "\t\t<jw301:Relaties>", "</jw301:Relaties>\r\n");
  RoundTrip trip;
  round_trip(input, trip);
  if (HasFatalFailure()) return;

  const auto& client = std::get<jw301::Bericht>(trip.first).Client;
  EXPECT_FALSE(client.Naam.Voornamen.has_value());
  EXPECT_FALSE(client.Commentaar.has_value());
  EXPECT_FALSE(client.JuridischeStatus.has_value());
  EXPECT_FALSE(client.Communicatie.has_value());
  EXPECT_FALSE(client.Relaties.has_value());
  EXPECT_TRUE(client.WettelijkeVertegenwoordiging.has_value());
  for (const std::string_view name : {"Voornamen>Tom", "Commentaar>Commentaar client", "JuridischeStatus",
                                      "Communicatie", "Relaties"}) {
    EXPECT_EQ(trip.output.find(name), std::string::npos) << name;
  }
  IJW_EXPECT_XSD_VALID(trip.output, "JW301");
}

TEST(RoundTripVariant, RetourWithoutClient) {
  const std::string input = testing::erase_span(official_example("JW316"), "\t<jw316:Client>", "</jw316:Client>\n");
  RoundTrip trip;
  round_trip(input, trip);
  if (HasFatalFailure()) return;

  EXPECT_FALSE(std::get<jw316::Bericht>(trip.first).Client.has_value());
  EXPECT_EQ(trip.output.find("Client"), std::string::npos);
  IJW_EXPECT_XSD_VALID(trip.output, "JW316");
}

TEST(RoundTripVariant, AcceptsOtherPrefixesAndWritesTheStandardOnes) {
  // Namespaces, not prefixes, identify elements; the serializer writes the standard's prefixes again.
  std::string input = official_example("JW305");
  const std::size_t count = [&] {
    std::size_t n = 0;
    for (std::size_t at = input.find("jw305:"); at != std::string::npos; at = input.find("jw305:", at + 1)) ++n;
    return n;
  }();
  input = replace(input, "jw305:", "s:", count);
  input = replace(input, "xmlns:jw305=", "xmlns:s=");
  RoundTrip trip;
  round_trip(input, trip);
  if (HasFatalFailure()) return;

  const xml::Document official = testing::parse_xml(official_example("JW305"));
  EXPECT_TRUE(trip.first == parse_any(official));
  EXPECT_EQ(trip.output, serialize(parse_any(official)));
  IJW_EXPECT_XSD_VALID(trip.output, "JW305");
}

}  // namespace
}  // namespace ijw::model
