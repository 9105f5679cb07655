// Quotation marks: pairing, nesting, multi-paragraph quotations, unbalanced marks, speed.
#include "quotes/quote_test_support.h"
#include "whosaid/quote_attributor.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

std::vector<std::string> quote_texts(const std::string& text, const std::string& language = "fr") {
    Document doc = make_document(text, language, {});
    QuoteAttributor(language).attribute(doc);
    std::vector<std::string> out;
    for (const Quote& q : doc.quotes)
        out.push_back(text_of(doc, q.span));
    return out;
}

// Every span lies inside one paragraph, slices back exactly and nests as documented.
void check_properties(const Document& doc) {
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
        const Quote& q = doc.quotes[i];
        CHECK(q.id == "q" + std::to_string(i + 1));
        const int paragraph = doc.paragraph_at(q.marks.start);
        REQUIRE(paragraph >= 0);
        const Span p = doc.paragraphs[static_cast<size_t>(paragraph)];
        CHECK(p.contains(q.marks));
        CHECK(q.marks.contains(q.span));
        CHECK_FALSE(q.span.empty());
        CHECK(doc.slice(q.span).size() == static_cast<size_t>(q.span.length()));
        CHECK(doc.entity(q.group) == nullptr);
        CHECK_FALSE(q.group.empty());
        if (q.cue) // in the paragraph, or in an earlier one that announced the quotation
            CHECK((p.contains(*q.cue) || q.cue->end <= p.start));
        if (q.speaker && !q.speaker->entity.empty())
            CHECK(doc.entity(q.speaker->entity) != nullptr);
        for (const QuoteSource& s : q.sources) {
            REQUIRE(doc.entity(s.entity) != nullptr);
            CHECK(doc.entity(s.entity)->kind == EntityKind::Media);
        }
        if (i > 0)
            CHECK(doc.quotes[i - 1].marks.end <= q.marks.start);
    }
}

struct MarkCase {
    std::string text;
    std::vector<std::string> quotes;
};

} // namespace

TEST_CASE("quotation marks of every style pair up", "[quotes][marks]") {
    const std::vector<MarkCase> cases = {
        {"«Nous partons demain», a dit Paul Girard.", {"Nous partons demain"}},
        {"« Nous partons demain », a dit Paul Girard.", {"Nous partons demain"}},
        {"«\u00a0Nous partons demain\u00a0», a dit Paul Girard.", {"Nous partons demain"}},
        {"«\u202fNous partons demain\u202f», a dit Paul Girard.", {"Nous partons demain"}},
        {"\u201cNous partons demain\u201d, a dit Paul Girard.", {"Nous partons demain"}},
        {"\u201eNous partons demain\u201c, a dit Paul Girard.", {"Nous partons demain"}},
        {"\u2039Nous partons demain\u203a, a dit Paul Girard.", {"Nous partons demain"}},
        {"\u2018Nous partons demain\u2019, a dit Paul Girard.", {"Nous partons demain"}},
        {"\"Nous partons demain\", a dit Paul Girard.", {"Nous partons demain"}},
        {"\"Nous partons demain\u201d, a dit Paul Girard.", {"Nous partons demain"}},
        // apostrophes are not marks
        {"\u2018L\u2019État n\u2019a pas cédé\u2019, a dit Paul Girard.",
         {"L\u2019État n\u2019a pas cédé"}},
        {"Paul Girard a dit : \u00abL\u2019État tiendra\u00bb.", {"L\u2019État tiendra"}},
        // nested quotations belong to the enclosing one
        {"«Il m'a dit \u201cnon\u201d hier soir», a raconté Paul Girard.",
         {"Il m'a dit \u201cnon\u201d hier soir"}},
        {"«Il m'a dit «non» hier soir», a raconté Paul Girard.", {"Il m'a dit «non» hier soir"}},
        {"«Nous proposons une +plateforme+ commune», a dit Paul Girard.",
         {"Nous proposons une +plateforme+ commune"}},
        // two quotations in one sentence
        {"«Non», a dit Paul Girard, «jamais de la vie».", {"Non", "jamais de la vie"}},
        // a stray closing mark is ignored
        {"Le texte » reste flou, a dit Paul Girard : «Nous verrons bien.»", {"Nous verrons bien."}},
        // an unclosed mark in the middle of a paragraph is dropped, not stretched
        {"Il a dit «peut-être sans fin. Paul Girard a déclaré : «Nous verrons bien.»",
         {"Nous verrons bien."}},
        // » used as an opening mark (the »…« and »…» styles)
        {"»Nous partons demain«, a dit Paul Girard.", {"Nous partons demain"}},
        {"»Nous partons demain», a dit Paul Girard.", {"Nous partons demain"}},
        {"Paul Girard a dit : »Nous partons demain«.", {"Nous partons demain"}},
        // a closing guillemet typed backwards
        {"«Nous partons demain«, a dit Paul Girard.", {"Nous partons demain"}},
        // mixed marks close each other
        {"\u201cNous partons demain\u00bb, a dit Paul Girard.", {"Nous partons demain"}},
        {"\u00abNous partons demain\u201d, a dit Paul Girard.", {"Nous partons demain"}},
        // “ typed for a closing mark, before a space
        {"\u201cNous partons demain. \u201c a dit Paul Girard.", {"Nous partons demain."}},
        // a stray apostrophe before the opening mark
        {"La crise est d'\"une ampleur inédite\", a dit Paul Girard.", {"une ampleur inédite"}},
        {"Il parle d\u2019\"une ampleur inédite\", a dit Paul Girard.", {"une ampleur inédite"}},
        // a closing straight mark after a space, where the paragraph ends
        {"Paul Girard a dit : \"Nous partons demain. \"", {"Nous partons demain."}},
        // an unclosed mark after a colon runs to the paragraph end
        {"Paul Girard témoigne : «Nous partons demain et rien ne nous retiendra",
         {"Nous partons demain et rien ne nous retiendra"}},
        // an elided word's apostrophe before a space closes no single quotation
        {"L\u2019opération \u2018Horizon a repris. Il a ajouté qu\u2019 «il faudra du temps», a "
         "dit "
         "Paul Girard.",
         {"il faudra du temps"}},
    };
    for (const MarkCase& row : cases) {
        INFO(row.text);
        CHECK(quote_texts(row.text) == row.quotes);
    }
}

TEST_CASE("straight quotes pair by context", "[quotes][marks]") {
    CHECK(quote_texts("He said \"we will stay\" and left, Hale said.", "en") ==
          std::vector<std::string>{"we will stay"});
    CHECK(quote_texts("\"First,\" Hale said, \"we rebuild the port.\"", "en") ==
          std::vector<std::string>{"First,", "we rebuild the port."});
    CHECK(quote_texts("A 12\" pipe burst, Hale said.", "en").empty());
    CHECK(quote_texts("\"We will stay,\" Hale said. \"We have no choice.\"", "en") ==
          std::vector<std::string>{"We will stay,", "We have no choice."});
}

TEST_CASE("scare quotes and names of things are not speech", "[quotes][marks]") {
    CHECK(quote_texts("Le mouvement des «gilets jaunes» s'essouffle depuis l'hiver.").empty());
    CHECK(quote_texts("L'opération «Barkhane» a pris fin en novembre.").empty());
    CHECK(
        quote_texts("Le film «La Grande Vadrouille» repasse ce soir, a dit Paul Girard.").empty());
    CHECK(quote_texts("Les «experts» se sont trompés sur tout.").empty());
    CHECK(quote_texts("Les «experts» se sont trompés, a estimé Paul Girard.") ==
          std::vector<std::string>{"experts"});
}

TEST_CASE("a quotation over several paragraphs becomes pieces of one group", "[quotes][marks]") {
    const std::string text = "Paul Girard a raconté :\n\n"
                             "«Nous avons marché toute la nuit.\n\n"
                             "«Au matin, le village était vide.\n\n"
                             "«Personne ne nous attendait.»\n\n"
                             "La suite est connue.";
    Document doc = make_document(text, "fr", {});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE(doc.quotes.size() == 3);
    CHECK(text_of(doc, doc.quotes[0].span) == "Nous avons marché toute la nuit.");
    CHECK(text_of(doc, doc.quotes[1].span) == "Au matin, le village était vide.");
    CHECK(text_of(doc, doc.quotes[2].span) == "Personne ne nous attendait.");
    for (const Quote& q : doc.quotes) {
        CHECK(q.group == "q1");
        CHECK(speaker_name(doc, q) == "Paul Girard");
    }
    check_properties(doc);
}

TEST_CASE("continuation paragraphs may open with a closing guillemet", "[quotes][marks]") {
    const std::string text = "«Nous avons marché toute la nuit, a raconté Paul Girard.\n\n"
                             "» Au matin, le village était vide.»";
    Document doc = make_document(text, "fr", {});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE(doc.quotes.size() == 2);
    CHECK(doc.quotes[1].group == "q1");
    CHECK(text_of(doc, doc.quotes[1].span) == "Au matin, le village était vide.");
    check_properties(doc);
}

TEST_CASE("a quotation goes on in the next paragraph without a reopening mark", "[quotes][marks]") {
    const std::string text = "Paul Girard raconte : «Nous avons marché toute la nuit.\n\n"
                             "Au matin, le village était vide.» La suite est connue.\n\n"
                             "Il ajoute : «Personne ne nous attendait.\n\n"
                             "Le maire était parti.\n\n"
                             "Nous aussi», dit-il.";
    Document doc = make_document(text, "fr", {});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE(doc.quotes.size() == 5);
    CHECK(text_of(doc, doc.quotes[0].span) == "Nous avons marché toute la nuit.");
    CHECK(text_of(doc, doc.quotes[1].span) == "Au matin, le village était vide.");
    CHECK(doc.quotes[1].group == "q1");
    CHECK(text_of(doc, doc.quotes[2].span) == "Personne ne nous attendait.");
    CHECK(text_of(doc, doc.quotes[3].span) == "Le maire était parti.");
    CHECK(text_of(doc, doc.quotes[4].span) == "Nous aussi");
    CHECK(doc.quotes[4].group == "q3");
    check_properties(doc);
}

TEST_CASE("an unclosed mark never swallows the next paragraph", "[quotes][marks]") {
    const std::string text = "«Nous partirons demain, a dit Paul Girard.\n\n"
                             "Le convoi est prêt. Il a ajouté : «Rien ne presse.»";
    Document doc = make_document(text, "fr", {});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE(doc.quotes.size() == 2);
    CHECK(text_of(doc, doc.quotes[0].span) == "Nous partirons demain, a dit Paul Girard.");
    CHECK(doc.quotes[1].group == "q2");
    check_properties(doc);
}

TEST_CASE("bad input ends with consistent quotations", "[quotes][marks][scale]") {
    // The ctest timeout catches a step gone quadratic; whosaid-bench measures the speed.
    const QuoteAttributor attributor("fr");
    auto attributed = [&](const std::string& text) {
        Document doc = make_document(text, "fr", {});
        attributor.attribute(doc);
        check_properties(doc);
        return doc.quotes.size();
    };
    std::string opens;
    for (int i = 0; i < 10000; ++i)
        opens += "« ";
    CHECK(attributed(opens + "fin") <= 1);
    std::string nested;
    for (int i = 0; i < 10000; ++i)
        nested += "«a ";
    for (int i = 0; i < 10000; ++i)
        nested += "» ";
    CHECK(attributed(nested) <= 10000);
    std::string marks;
    for (int i = 0; i < 250000; ++i)
        marks += "\"«»“";
    CHECK(attributed(marks) <= 500000);
    std::string closes;
    for (int i = 0; i < 100000; ++i)
        closes += "» ";
    CHECK(attributed(closes) == 0);
    CHECK(attributed("\xef\xbf\xbd\x01\x02 «\xc3") == 0);
    // a quotation of 30,000 words
    std::string speech = "Paul Girard a déclaré : «";
    for (int i = 0; i < 30000; ++i)
        speech += "mot ";
    CHECK(attributed(speech + "fin».") == 1);
    // 10,000 quotations of one term in a paragraph, 10,000 sourced to a description
    std::string terms;
    for (int i = 0; i < 10000; ++i)
        terms += "des «bonnets verts» et ";
    CHECK(attributed(terms) == 0);
    std::string described = "Le quotidien Ouest-France a rencontré Paul Girard. ";
    for (int i = 0; i < 10000; ++i)
        described += "«Oui», a-t-il dit au quotidien, ";
    CHECK(attributed(described) == 10000);
    // 10,000 paragraphs, each closing the quotation the one before left open
    std::string unmarked = "«a";
    for (int i = 0; i < 10000; ++i)
        unmarked += "\n\nb» «c";
    CHECK(attributed(unmarked) >= 10000);
    // marks used backwards and mixed, over and over
    std::string backwards;
    for (int i = 0; i < 100000; ++i)
        backwards += "»a« “b» «c” ";
    CHECK(attributed(backwards) <= 300000);
    CHECK(attributed("") == 0);
}

namespace {

// The quotations the attributor finds in text.
std::vector<Quote> attribute_text(const std::string& text) {
    Document doc = make_document(text, "fr", {});
    QuoteAttributor("fr").attribute(doc);
    check_properties(doc);
    return doc.quotes;
}

std::string repeat(const std::string& unit, size_t bytes) {
    std::string text;
    text.reserve(bytes + unit.size());
    while (text.size() < bytes)
        text += unit;
    return text;
}

const std::string kQuoteParagraph =
    "«Nous ne céderons pas, a-t-il martelé. Jamais.» Le ministre a reçu son homologue "
    "mardi à Moscou. «Le travail prend du temps», a déclaré Paul Girard, cité par "
    "l'agence Interfax. Selon une source diplomatique, «les discussions se poursuivent». "
    "Pour sa part, Claire Dumas a salué un entretien «très productif».\n\n";
const std::string kNarrative =
    "Les deux délégations se sont retrouvées dans la matinée au ministère, où elles ont "
    "examiné pendant plusieurs heures les propositions présentées la semaine dernière. "
    "Les discussions ont porté sur le calendrier des prochaines réunions, sur la situation "
    "humanitaire dans le nord du pays et sur le financement de la reconstruction.\n\n";

} // namespace

TEST_CASE("attribution over megabytes of wire copy keeps every quotation", "[quotes][scale]") {
    // A paragraph of four quotations (a pronoun, a named speaker with a source, an anonymous
    // source, a partial quote) between narrative paragraphs, repeated over 4 MB: every copy
    // keeps its four quotations attributed as in a short text. The first copy has no
    // paragraph before it, so it is compared with the first of two copies, the others with
    // the second.
    const std::string unit = kQuoteParagraph + kNarrative + kNarrative + kNarrative;
    const std::vector<Quote> twice = attribute_text(unit + unit);
    REQUIRE(twice.size() == 8);
    const std::string text = repeat(unit, 4'000'000);
    const size_t copies = text.size() / unit.size();
    const std::vector<Quote> all = attribute_text(text);
    REQUIRE(all.size() == 4 * copies);
    for (size_t copy = 0; copy < copies; copy += copy == 0 ? 1 : 97) // spread over the text
        for (size_t j = 0; j < 4; ++j) {
            const Quote& expected = twice[(copy == 0 ? 0 : 4) + j];
            const Quote& got = all[4 * copy + j];
            INFO("copy " << copy << ", quotation " << j);
            CHECK(got.kind == expected.kind);
            CHECK(got.speaker.has_value() == expected.speaker.has_value());
            CHECK(got.rule == expected.rule);
            CHECK(got.span.length() == expected.span.length());
        }
}
