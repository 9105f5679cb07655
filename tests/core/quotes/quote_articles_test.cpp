// Whole articles written for these tests, run through the attributor and through the full
// Analyzer: every expected quotation, its speaker and its sources.
#include "quotes/quote_test_support.h"
#include "whosaid/analyzer.h"
#include "whosaid/quote_attributor.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

struct Expected {
    std::string text;
    std::string kind;
    std::string speaker; // a word the speaker's name or description holds; "" for none
    std::string sources;
};

std::string read_article(const std::string& name) {
    std::ifstream in(std::string(WHOSAID_TEST_DATA) + "/articles/" + name, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void check_article(const Document& doc, const std::vector<Expected>& expected) {
    std::vector<std::string> found;
    for (const Quote& q : doc.quotes)
        found.push_back(text_of(doc, q.span));
    INFO("quotes found: " << found.size());
    CHECK(doc.quotes.size() == expected.size());
    for (const Expected& e : expected) {
        INFO(e.text);
        const Quote* quote = nullptr;
        for (const Quote& q : doc.quotes)
            if (text_of(doc, q.span) == e.text)
                quote = &q;
        CHECK(quote != nullptr);
        if (!quote)
            continue;
        CHECK(to_string(quote->kind) == e.kind);
        const std::string speaker = speaker_name(doc, *quote);
        if (e.speaker.empty())
            CHECK(speaker.empty());
        else
            CHECK(speaker.find(e.speaker) != std::string::npos);
        // The recognizer may name a medium more fully ("Le Progrès" for "Progrès").
        const std::string sources = source_names(doc, *quote);
        if (e.sources.empty())
            CHECK(sources.empty());
        else
            CHECK(sources.find(e.sources) != std::string::npos);
    }
}

const std::vector<Expected> kFrench = {
    {"Nous n'avons plus le temps des demi-mesures", "direct", "Marchand", ""},
    {"Chaque année perdue se paiera en sécheresses", "direct", "Marchand", ""},
    {"courageuse", "partial", "Nowak", "Reuters"},
    {"L'Europe ne financera pas des projets sans contrôle.", "direct", "Nowak", ""},
    {"Les agriculteurs sont prêts à faire des efforts, mais pas à disparaître", "direct",
     "responsable syndical", "AFP"},
    {"la moitié des nappes phréatiques sont sous le niveau normal", "direct", "Marchand", ""},
    {"Nous allons mesurer chaque prélèvement, partout.", "direct", "Marchand", ""},
    {"Et nous publierons les chiffres tous les mois.", "direct", "Marchand", ""},
    {"Nous ne partirons pas avant d'avoir été reçus", "direct", "Carpentier", "Progrès"},
    {"lourd", "partial", "plusieurs participants", ""},
};

const std::vector<Expected> kEnglish = {
    {"Safety comes first and we will not sail until every ship has been inspected,", "direct",
     "Benton", ""},
    {"deeply frustrating", "partial", "Price", ""},
    {"We are talking to the company every hour,", "direct", "Price", "BBC"},
    {"We slept in the car with the children,", "direct", "passenger", "Reuters"},
    {"Nobody told us anything.", "direct", "passenger", ""},
    {"the repairs could take a week.", "direct", "Benton", ""},
    {"Extra trains will run tonight.", "direct", "Price", "Twitter"},
};

} // namespace

TEST_CASE("French article: quotations, speakers and sources", "[quotes][articles]") {
    Document doc = make_document(read_article("quotes_fr.txt"), "fr",
                                 {{"Hélène Marchand",
                                   EntityKind::Person,
                                   Gender::Feminine,
                                   {"Hélène Marchand", "Mme Marchand"}},
                                  {"Piotr Nowak", EntityKind::Person, Gender::Masculine, {}},
                                  {"Reuters", EntityKind::Media, Gender::Unknown, {}},
                                  {"AFP", EntityKind::Media, Gender::Unknown, {}},
                                  {"Le Progrès", EntityKind::Media, Gender::Unknown, {"Progrès"}}});
    QuoteAttributor("fr").attribute(doc);
    check_article(doc, kFrench);
    // The pieces of the two-paragraph quotation share one group.
    for (const Quote& q : doc.quotes)
        if (text_of(doc, q.span).rfind("Et nous publierons", 0) == 0)
            CHECK(doc.entity(q.group) == nullptr);
}

TEST_CASE("English article: quotations, speakers and sources", "[quotes][articles]") {
    Document doc = make_document(
        read_article("quotes_en.txt"), "en",
        {{"Laura Benton", EntityKind::Person, Gender::Feminine, {"Laura Benton", "Benton"}},
         {"Owen Price", EntityKind::Person, Gender::Masculine, {"Owen Price", "Price"}},
         {"Reuters", EntityKind::Media, Gender::Unknown, {}},
         {"BBC", EntityKind::Media, Gender::Unknown, {}},
         {"Twitter", EntityKind::Media, Gender::Unknown, {}}});
    QuoteAttributor("en").attribute(doc);
    check_article(doc, kEnglish);
}

TEST_CASE("the whole Analyzer attributes the articles", "[quotes][articles][analyzer]") {
    const Analyzer analyzer;
    const Document fr = analyzer.analyze_text(to_utf16(read_article("quotes_fr.txt")), {}, "fr");
    check_article(fr, kFrench);
    const Document en = analyzer.analyze_text(to_utf16(read_article("quotes_en.txt")), {}, "en");
    check_article(en, kEnglish);
}
