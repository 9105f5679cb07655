// Table-driven cases for speakers that are several or a crowd (issue #15, item 6): actors
// named together ("A et B ont déclaré", "disent-ils" after two named people, "the two
// founders"), crowds described with a quantifier ("beaucoup de manifestants", "many
// protesters") or by quoted words ("certains «bonnets rouges»"). Each family has rows that
// must stay a single speaker or unattributed. Every row was written for this table.
#include "quotes/quote_test_support.h"
#include "whosaid/quote_attributor.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

// One row: the quotation's words and who says them. speakers lists a group's actors in text
// order ("Paul Renaud|Marc Olier"), or one speaker's name or description; "" is none.
struct GroupCase {
    std::string text;
    std::vector<EntityFixture> entities;
    std::string quote;
    std::string speakers;
};

const EntityFixture kRenaud{"Paul Renaud", EntityKind::Person, Gender::Masculine, {"Paul Renaud"}};
const EntityFixture kOlier{"Marc Olier", EntityKind::Person, Gender::Masculine, {"Marc Olier"}};
const EntityFixture kGarnier{
    "Hélène Garnier", EntityKind::Person, Gender::Feminine, {"Hélène Garnier"}};
const EntityFixture kSefraoui{
    "Malika Sefraoui", EntityKind::Person, Gender::Feminine, {"Malika Sefraoui"}};
const EntityFixture kDubois{"Jean Dubois", EntityKind::Person, Gender::Masculine, {"Jean Dubois"}};
const EntityFixture kMorel{"Claire Morel", EntityKind::Person, Gender::Feminine, {"Claire Morel"}};
const EntityFixture kBaker{"Tom Baker", EntityKind::Person, Gender::Masculine, {"Tom Baker"}};
const EntityFixture kGrant{"Lisa Grant", EntityKind::Person, Gender::Feminine, {"Lisa Grant"}};
const EntityFixture kHill{"Mark Hill", EntityKind::Person, Gender::Masculine, {"Mark Hill"}};
const EntityFixture kJones{"Sarah Jones", EntityKind::Person, Gender::Feminine, {"Sarah Jones"}};

std::string speakers_of(const Document& doc, const Quote& quote) {
    if (!quote.speaker || !quote.speaker->group())
        return speaker_name(doc, quote);
    std::string names;
    for (const std::string& id : quote.speaker->entities) {
        const Entity* entity = doc.entity(id);
        names += (names.empty() ? "" : "|") + (entity ? to_utf8(entity->name) : id);
    }
    return names;
}

void run(const std::string& language, const std::vector<GroupCase>& cases) {
    const QuoteAttributor attributor(language);
    for (const GroupCase& row : cases) {
        INFO(row.text);
        Document doc = make_document(row.text, language, row.entities);
        attributor.attribute(doc);
        const Quote* found = find_quote(doc, row.quote);
        REQUIRE(found != nullptr);
        CHECK(speakers_of(doc, *found) == row.speakers);
        if (found->speaker && found->speaker->group()) {
            // The first of the group is the speaker; every one is named where it stands.
            CHECK(found->speaker->entity == found->speaker->entities.front());
            CHECK(found->speaker->mentions.size() == found->speaker->entities.size());
        }
    }
}

} // namespace

TEST_CASE("several actors speak together (French)", "[quotes][groups]") {
    run("fr",
        {
            // Named together before a plural verb, or after an inverted one.
            {"Jean Dubois et Claire Morel ont déclaré : «Nous ferons appel.»",
             {kDubois, kMorel},
             "Nous ferons appel.",
             "Jean Dubois|Claire Morel"},
            {"«La décision est injuste», ont affirmé mardi Jean Dubois et Claire Morel.",
             {kDubois, kMorel},
             "La décision est injuste",
             "Jean Dubois|Claire Morel"},
            {"«Rien n'est réglé», estiment Hélène Garnier et Malika Sefraoui.",
             {kGarnier, kSefraoui},
             "Rien n'est réglé",
             "Hélène Garnier|Malika Sefraoui"},
            // A plural pronoun after two people named together.
            {"Paul Renaud et Marc Olier dirigent le refuge depuis dix ans. «Nous manquons de "
             "bénévoles», disent-ils.",
             {kRenaud, kOlier},
             "Nous manquons de bénévoles",
             "Paul Renaud|Marc Olier"},
            {"Hélène Garnier et Malika Sefraoui ont fondé la marque en 2015. «C'est un combat "
             "de chaque jour», déplorent-elles.",
             {kGarnier, kSefraoui},
             "C'est un combat de chaque jour",
             "Hélène Garnier|Malika Sefraoui"},
            // Must stay one speaker: a singular verb, an object, "elles" for two men.
            {"Jean Dubois et Claire Morel se sont croisés. Claire Morel a déclaré : «Je ferai "
             "appel.»",
             {kDubois, kMorel},
             "Je ferai appel.",
             "Claire Morel"},
            {"Jean Dubois a reçu Claire Morel et a déclaré : «Nous verrons.»",
             {kDubois, kMorel},
             "Nous verrons.",
             "Jean Dubois"},
            {"Paul Renaud et Marc Olier dirigent le refuge. «Nous manquons de bras», "
             "disent-elles.",
             {kRenaud, kOlier},
             "Nous manquons de bras",
             ""},
            // A label naming two people.
            {"L'audience a repris lundi.\n\nJean Dubois et Claire Morel : «Nous ne céderons "
             "rien sur ce texte.»",
             {kDubois, kMorel},
             "Nous ne céderons rien sur ce texte.",
             "Jean Dubois|Claire Morel"},
        });
}

TEST_CASE("several actors speak together (English)", "[quotes][groups]") {
    run("en",
        {
            {"\"All clubs will be audited,\" Mark Hill and Sarah Jones said in a joint statement.",
             {kHill, kJones},
             "All clubs will be audited,",
             "Mark Hill|Sarah Jones"},
            {"Mark Hill and Sarah Jones said the plan was \"a disaster.\"",
             {kHill, kJones},
             "a disaster.",
             "Mark Hill|Sarah Jones"},
            {"Tom Baker and Lisa Grant founded the firm in 2010. \"We never expected this,\" "
             "they said.",
             {kBaker, kGrant},
             "We never expected this,",
             "Tom Baker|Lisa Grant"},
            // A label naming two people, alone or after a heading.
            {"The hearing opened on Monday.\n\nMark Hill and Sarah Jones: \"We will not back "
             "down on this bill.\"",
             {kHill, kJones},
             "We will not back down on this bill.",
             "Mark Hill|Sarah Jones"},
            {"VOTERS WANT CHANGE - Tom Baker and Lisa Grant: \"The polls tell one story, the "
             "rallies another.\"",
             {kBaker, kGrant},
             "The polls tell one story, the rallies another.",
             "Tom Baker|Lisa Grant"},
            // Must stay one speaker: the other name is an object; a label of one name.
            {"Mark Hill met Sarah Jones and said the deal was \"done.\"",
             {kHill, kJones},
             "done.",
             "Mark Hill"},
            {"The hearing opened on Monday.\n\nSarah Jones: \"We will not back down on this "
             "bill.\"",
             {kHill, kJones},
             "We will not back down on this bill.",
             "Sarah Jones"},
        });
}

TEST_CASE("a crowd speaks as written", "[quotes][groups]") {
    run("fr", {
                  {"Beaucoup de manifestants réclamaient «la fin des privilèges».",
                   {},
                   "la fin des privilèges",
                   "Beaucoup de manifestants"},
                  {"Plus de 200 manifestants ont dénoncé «une dérive inquiétante».",
                   {},
                   "une dérive inquiétante",
                   "Plus de 200 manifestants"},
                  {"Certains «bonnets rouges» jugent les annonces «largement insuffisantes».",
                   {},
                   "largement insuffisantes",
                   "Certains «bonnets rouges»"},
                  {"A Rennes, le cortège a scandé des slogans : «Retraite à 60 ans !»",
                   {},
                   "Retraite à 60 ans !",
                   "le cortège"},
              });
    run("en", {
                  {"Many protesters demanded \"real change now\" outside the town hall.",
                   {},
                   "real change now",
                   "Many protesters"},
                  {"Dozens of residents called the plan \"a betrayal\".",
                   {},
                   "a betrayal",
                   "Dozens of residents"},
              });
}

TEST_CASE("quoted words naming a crowd that speaks are no quotation", "[quotes][groups]") {
    Document doc = make_document(
        "Certains «bonnets rouges» jugent les annonces «largement insuffisantes».", "fr", {});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE(doc.quotes.size() == 1);
    CHECK(text_of(doc, doc.quotes[0].span) == "largement insuffisantes");
    // Quoted words that only name a movement stay no quotation, and nobody speaks.
    Document movement =
        make_document("Le mouvement des «bonnets rouges» est né en Bretagne.", "fr", {});
    QuoteAttributor("fr").attribute(movement);
    for (const Quote& quote : movement.quotes)
        CHECK_FALSE(quote.speaker.has_value());
}
