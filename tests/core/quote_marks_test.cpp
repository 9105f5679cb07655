// Quotation marks: pairing, nesting, multi-paragraph quotations, unbalanced marks, speed.
#include "quote_test_support.h"
#include "whosaid/quote_attributor.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
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

TEST_CASE("bad input stays linear and safe", "[quotes][marks][perf]") {
    const QuoteAttributor attributor("fr");
    auto timed = [&](const std::string& text) {
        Document doc = make_document(text, "fr", {});
        const auto start = std::chrono::steady_clock::now();
        attributor.attribute(doc);
        const auto elapsed = std::chrono::steady_clock::now() - start;
        check_properties(doc);
        return std::chrono::duration<double>(elapsed).count();
    };
    std::string opens;
    for (int i = 0; i < 10000; ++i)
        opens += "« ";
    CHECK(timed(opens + "fin") < 2.0);
    std::string nested;
    for (int i = 0; i < 10000; ++i)
        nested += "«a ";
    for (int i = 0; i < 10000; ++i)
        nested += "» ";
    CHECK(timed(nested) < 2.0);
    std::string marks;
    for (int i = 0; i < 250000; ++i)
        marks += "\"«»“";
    CHECK(timed(marks) < 5.0);
    std::string closes;
    for (int i = 0; i < 100000; ++i)
        closes += "» ";
    CHECK(timed(closes) < 2.0);
    CHECK(timed("\xef\xbf\xbd\x01\x02 «\xc3") < 1.0);
    CHECK(timed("") < 1.0);
}

namespace {

// Seconds the attributor takes on text (the document is built outside the clock).
double attribution_seconds(const std::string& text, size_t* quotes = nullptr) {
    Document doc = make_document(text, "fr", {});
    const QuoteAttributor attributor("fr");
    const auto start = std::chrono::steady_clock::now();
    attributor.attribute(doc);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (quotes)
        *quotes = doc.quotes.size();
    return seconds;
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

TEST_CASE("attribution keeps a wire-copy throughput", "[quotes][perf]") {
    // Wire copy: about one quotation every 400 bytes.
    const std::string text =
        repeat(kQuoteParagraph + kNarrative + kNarrative + kNarrative, 4'000'000);
    size_t quotes = 0;
    double best = attribution_seconds(text, &quotes);
    for (int run = 0; run < 2; ++run)
        best = std::min(best, attribution_seconds(text));
    const double mb_per_s = static_cast<double>(text.size()) / 1e6 / best;
    INFO("MB/s: " << mb_per_s);
    CHECK(quotes > 10000);
    // Measured about 16 MB/s on a shared 2-core machine; the guard sits below that so that
    // load from other jobs does not fail it, while a quadratic step or a regex would.
    CHECK(mb_per_s > 8.0);
}

TEST_CASE("attribution time grows linearly with the number of quotations", "[quotes][perf]") {
    const double small = attribution_seconds(repeat(kQuoteParagraph, 1'000'000));
    const double large = attribution_seconds(repeat(kQuoteParagraph, 4'000'000));
    INFO("1 MB: " << small << " s, 4 MB: " << large << " s");
    // Four times the text: linear work takes about four times as long (cache effects add
    // some), quadratic work sixteen times.
    CHECK(large < small * 12.0 + 0.05);
}
