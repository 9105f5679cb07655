// Which quotations are speech: labels in scare quotes and names of things are not.
#include "quotes/quote_test_support.h"
#include "whosaid/quote_attributor.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

struct LabelCase {
    std::string text;
    std::vector<std::string> quotes; // the quotations kept, in order
};

void run_label_cases(const std::string& language, const std::vector<LabelCase>& cases) {
    const QuoteAttributor attributor(language);
    for (const LabelCase& row : cases) {
        INFO(row.text);
        Document doc = make_document(row.text, language, {});
        attributor.attribute(doc);
        std::vector<std::string> got;
        for (const Quote& quote : doc.quotes)
            if (quote.kind != QuoteKind::Indirect)
                got.push_back(text_of(doc, quote.span));
        CHECK(got == row.quotes);
    }
}

} // namespace

TEST_CASE("French labels and names are not speech", "[quotes][labels]") {
    run_label_cases(
        "fr",
        {
            // a term in scare quotes used as a noun, quoted more than once (plural or not)
            {"Les «bonnets verts» ont défilé samedi. Un porte-parole des «bonnets verts» a "
             "déclaré : «Nous reviendrons».",
             {"Nous reviendrons"}},
            {"Un «bonnet vert» a été arrêté, a dit Léa Marin. Plusieurs «bonnets verts» "
             "protestaient, a-t-elle ajouté.",
             {}},
            {"Certains «casseurs» ont fui, a dit le préfet. D'autres «casseurs» sont restés, "
             "a-t-il ajouté.",
             {}},
            // quoted once, or not after an article: still words someone said
            {"Les «experts» se sont trompés, a estimé Paul Girard.", {"experts"}},
            {"Léa Marin a dénoncé des «mensonges». «Des mensonges», a-t-elle répété.",
             {"mensonges", "Des mensonges"}},
            // short quotations listed one after the other are chants or slogans
            {"Les manifestants scandaient : \"Non au barrage!\", \"Nos rivières\", \"Pas ici\".",
             {"Non au barrage!", "Nos rivières", "Pas ici"}},
            {"Les «bleus» et les «verts» ont voté.", {}},
            // names of shows, outlets and organizations in Title Case
            {"«Je n'ai pas peur», a dit Léa Marin sur «Radio Côte Nord».", {"Je n'ai pas peur"}},
            {"Le collectif «Terre Et Avenir» a manifesté, a dit Léa Marin.", {}},
            // ... but a Title Case slogan someone is said to have shouted is speech
            {"«Vive La République», a crié Léa Marin.", {"Vive La République"}},
            // a title after a naming participle, even a whole sentence
            {"Le journal a publié un article intitulé «Le port renaît de ses cendres.»", {}},
            // a speech link overrides the title veto
            {"Le projet «devra aboutir avant l'hiver prochain», a déclaré Léa Marin.",
             {"devra aboutir avant l'hiver prochain"}},
            {"Le projet «Horizon» est lancé.", {}},
        });
}

TEST_CASE("English labels and names are not speech", "[quotes][labels]") {
    run_label_cases(
        "en",
        {
            // a term used as a modifier after a definite article
            {"The \"blue hat\" protesters marched on Sunday.", {}},
            {"Several \"blue hat\" members were arrested, the police said.", {}},
            // a word someone used, quoted twice after "a", stays a quotation
            {"Ann Lee asked for a \"pause\". Tom Baker said a \"pause\" was impossible.",
             {"pause", "pause"}},
            // a judgement after "a"/"an" stays a quotation
            {"Ann Lee called it a \"reckless\" merger.", {"reckless"}},
            {"Ann Lee said the \"deal\" was dead.", {"deal"}},
            // show titles: after a possessive, in Title Case
            {"Tom Baker told ABC's \"Morning Report\" that he would stay.", {}},
            {"Tom Baker appeared on \"The Late Hour\" with his wife, he said.", {}},
            {"Tom Baker said he disliked the book titled \"Nobody knows the river.\"", {}},
            // short quotations listed one after the other are chants or slogans
            {"Protesters chanted \"No dam here!\", \"Our rivers\", \"Go home\" all day.",
             {"No dam here!", "Our rivers", "Go home"}},
            // a Title Case nickname or slogan with a speaker and a cue is speech
            {"\"Make The Port Great,\" Tom Baker said.", {"Make The Port Great,"}},
            {"Tom Baker called his rival \"Little Tommy\" on Monday, he said.", {"Little Tommy"}},
            // a whole sentence is speech
            {"\"We Will Win.\" Tom Baker said.", {"We Will Win."}},
        });
}
