// Table-driven cases for a short term in quotation marks between an article and a person's
// name ("le «bonnet rouge» Paul Roy", "the "yellow vest" Ann Hale"): the term labels the
// person, who speaks; in French the term is no quotation (English keeps it, as PolNeAR's
// annotators count such terms). Every row was written for this table.
#include "quote_case_runner.h"
#include "quotes/quote_test_support.h"
#include "whosaid/quote_attributor.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kRoy{"Paul Roy", EntityKind::Person, Gender::Masculine, {"Paul Roy"}};
const EntityFixture kHale{"Ann Hale", EntityKind::Person, Gender::Feminine, {"Ann Hale"}};

const std::vector<SpeakerCase> kLabelledSpeakerFr = {
    {"«C'est une honte pour la région», a dénoncé le «bonnet rouge» Paul Roy, venu de Quimper.",
     {kRoy},
     "C'est une honte pour la région",
     "Paul Roy"},
    {"«Nous ne lâcherons rien», a prévenu la «gilet jaune» Ann Hale devant la préfecture.",
     {kHale},
     "Nous ne lâcherons rien",
     "Ann Hale"},
    {"«On nous a menti», affirme l'«ancien» Paul Roy, arrivé le premier sur le rond-point.",
     {kRoy},
     "On nous a menti",
     "Paul Roy"},
};

const std::vector<SpeakerCase> kLabelledSpeakerEn = {
    {"\"This is a disgrace for the town,\" said the \"yellow vest\" Ann Hale, who came from "
     "Leeds.",
     {kHale},
     "This is a disgrace for the town,",
     "Ann Hale"},
    {"\"We will be back next week,\" warned the \"red cap\" Paul Roy outside the hall.",
     {kRoy},
     "We will be back next week,",
     "Paul Roy"},
};

// The quotations kept in a French text with its entities, in order.
std::vector<std::string> kept_quotes(const std::string& text,
                                     const std::vector<EntityFixture>& entities) {
    const QuoteAttributor attributor("fr");
    Document doc = make_document(text, "fr", entities);
    attributor.attribute(doc);
    std::vector<std::string> kept;
    for (const Quote& quote : doc.quotes)
        if (quote.kind != QuoteKind::Indirect)
            kept.push_back(text_of(doc, quote.span));
    return kept;
}

} // namespace

TEST_CASE("A person labelled by a quoted term speaks", "[quotes][families]") {
    run_speaker_cases("fr", kLabelledSpeakerFr);
    run_speaker_cases("en", kLabelledSpeakerEn);
}

TEST_CASE("A French quoted term labelling a person is no quotation", "[quotes][labels]") {
    CHECK(kept_quotes(kLabelledSpeakerFr[0].text, {kRoy}) ==
          std::vector<std::string>{"C'est une honte pour la région"});
    CHECK(kept_quotes(kLabelledSpeakerFr[1].text, {kHale}) ==
          std::vector<std::string>{"Nous ne lâcherons rien"});
    // Keep-rows: no person after it, or a quotation that is no short term.
    CHECK(kept_quotes("Paul Roy a dénoncé une «honte». Le «bonnet rouge» est reparti.", {kRoy}) ==
          std::vector<std::string>{"honte", "bonnet rouge"});
    CHECK(kept_quotes("Il a qualifié la «réforme injuste et brutale du gouvernement» Paul Roy.",
                      {kRoy}) ==
          std::vector<std::string>{"réforme injuste et brutale du gouvernement"});
}
