// Sources of quotations, by family: the medium the words came through, or none.
#include "quotes/document_view.h"
#include "quotes/quote_test_support.h"
#include "quotes/source_finder.h"
#include "quotes/speaker_linker.h"
#include "quotes/speech_cue_lexicon.h"
#include "whosaid/quote_attributor.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

struct SourceCase {
    std::string text;
    std::string quote;                        // the quotation whose sources are checked
    std::string sources;                      // entity names joined with "|", "" for none
    std::vector<EntityFixture> entities = {}; // as the recognizer would have found them
};

const EntityFixture kParisien{"Le Parisien", EntityKind::Media, Gender::Unknown, {"Le Parisien"}};
const EntityFixture kReuters{"Reuters", EntityKind::Media, Gender::Unknown, {"Reuters"}};

void run_source_cases(const std::string& language, const std::vector<SourceCase>& cases) {
    const QuoteAttributor attributor(language);
    for (const SourceCase& row : cases) {
        INFO(row.text);
        Document doc = make_document(row.text, language, row.entities);
        attributor.attribute(doc);
        const Quote* found = find_quote(doc, row.quote);
        REQUIRE(found != nullptr);
        CHECK(source_names(doc, *found) == row.sources);
        for (const QuoteSource& source : found->sources) {
            REQUIRE(doc.entity(source.entity) != nullptr);
            CHECK(doc.entity(source.entity)->kind == EntityKind::Media);
        }
    }
}

} // namespace

TEST_CASE("French sources by family", "[quotes][sources]") {
    run_source_cases(
        "fr",
        {
            // a publication: "dans" + medium, opening the sentence or after a speech verb
            {"Dans Le Figaro, Jeanne Morel estime que la réforme est «mal préparée».",
             "mal préparée", "Le Figaro"},
            {"Dans Le Monde, l'éditorialiste Paul Aubry juge l'accord «fragile et tardif».",
             "fragile et tardif", "Le Monde"},
            {"«Nous ne lâcherons rien», a écrit Marc Lenoir dans Le Parisien samedi.",
             "Nous ne lâcherons rien", "Le Parisien"},
            {"«Le port rouvrira en mai», a affirmé la maire dans les colonnes du Figaro.",
             "Le port rouvrira en mai", "Le Figaro"},
            // lists of outlets after one cue
            {"«Nous irons jusqu'au bout», a déclaré Marc Lenoir à la radio RTL, la chaîne LCI et "
             "au quotidien Ouest-France.",
             "Nous irons jusqu'au bout", "RTL|LCI|Ouest-France"},
            {"«Rien n'est joué», a répété Léa Marin sur France Inter et sur LCI.",
             "Rien n'est joué", "France Inter|LCI"},
            // an interview broadcast or published by a medium
            {"«Nous partirons», a affirmé Léa Marin lors d'un entretien diffusé par France 2.",
             "Nous partirons", "France 2"},
            {"Lors d'un entretien diffusé mardi par la chaîne France 2, Léa Marin a estimé qu'il "
             "fallait «tenir bon».",
             "tenir bon", "France 2"},
            {"«Je reste», a dit Léa Marin dans un entretien publié par Le Monde.", "Je reste",
             "Le Monde"},
            {"«Je reste», a déclaré Léa Marin dans un entretien pour l'hebdomadaire Rovna.",
             "Je reste", "Rovna"},
            // the social network named by the message
            {"«Le calme doit revenir», a écrit Anne Roy dans un tweet.", "Le calme doit revenir",
             "Twitter"},
            {"«Le calme doit revenir», a lancé Anne Roy via Twitter.", "Le calme doit revenir",
             "Twitter"},
            {"«Merci à tous», a écrit Anne Roy sur son compte facebook.", "Merci à tous",
             "Facebook"},
            // a staff member of the medium
            {"«J'ai tout perdu», a-t-il confié à une journaliste de l'AFP.", "J'ai tout perdu",
             "AFP"},
            {"«Nous avons eu peur», a raconté Léa Marin auprès de l'AFP.", "Nous avons eu peur",
             "AFP"},
            // a description referring back to the medium named before
            {"Le quotidien Ouest-France a rencontré Marc Lenoir mardi. «Nous irons jusqu'au "
             "bout», a-t-il déclaré au quotidien régional.",
             "Nous irons jusqu'au bout", "Ouest-France"},
            {"Léa Marin a reçu Le Parisien chez elle. Selon une voisine interrogée par le journal, "
             "«elle ne sortait plus».",
             "elle ne sortait plus",
             "Le Parisien",
             {kParisien}},
            // an unknown name after a type of medium: the medium, not the speaker
            {"Selon le quotidien Kurier Pomorski, qui cite un porte-parole, «les travaux "
             "reprendront lundi».",
             "les travaux reprendront lundi", "Kurier Pomorski"},
            {"«Rien n'est décidé», a déclaré Jan Novak à l'agence de presse officielle Petrovka.",
             "Rien n'est décidé", "Petrovka"},
            // a medium in parentheses after the quotation
            {"Elle se souvient : «Nous partions chaque matin à l'aube» (Le Parisien).",
             "Nous partions chaque matin à l'aube", "Le Parisien"},
            // no medium
            {"«Nous partirons», a dit Léa Marin dans la cour de la mairie.", "Nous partirons", ""},
            {"Dans son bureau, Léa Marin a déclaré : «Nous partirons demain».",
             "Nous partirons demain", ""},
            {"«Le site restera fermé», a dit Léa Marin sur le site de l'usine.",
             "Le site restera fermé", ""},
            {"«Il faut partir», a dit Léa Marin devant le marché de Noël.", "Il faut partir", ""},
            {"«Nous fermons», a annoncé la mairie sur son site Internet.", "Nous fermons", ""},
            {"«Nous fermons», a écrit Léa Marin sur sa chaîne YouTube.", "Nous fermons", "YouTube"},
            {"Pour Léa Marin, «rien n'est joué» dans ce dossier.", "rien n'est joué", ""},
            {"Le journal a été vendu. «Nous partirons», a dit Léa Marin au maire.",
             "Nous partirons", ""},
        });
}

TEST_CASE("English sources by family", "[quotes][sources]") {
    run_source_cases(
        "en",
        {
            // a publication: "in" + medium
            {"\"The plan is dead,\" Tom Baker wrote in The Guardian on Sunday.",
             "The plan is dead,", "The Guardian"},
            {"In The Times, Ann Lee called the deal \"a quiet surrender\".", "a quiet surrender",
             "The Times"},
            // lists of outlets after one cue
            {"\"We will not give up,\" Tom Baker told the BBC, Sky News and The Guardian.",
             "We will not give up,", "BBC|Sky News|The Guardian"},
            {"\"We are ready,\" Ann Lee added in an interview for BFMTV and RTL radio.",
             "We are ready,", "BFMTV|RTL"},
            {"\"We hold on,\" Ann Lee said in an interview broadcast Tuesday by CNN.",
             "We hold on,", "CNN"},
            // the social network named by the message
            {"\"Calm must return,\" Ann Lee wrote in a tweet.", "Calm must return,", "Twitter"},
            {"Ann Lee posted two tweets calling the ruling \"a disgrace for the city\".",
             "a disgrace for the city", "Twitter"},
            {"\"Thank you all,\" Ann Lee said via Facebook.", "Thank you all,", "Facebook"},
            // a staff member of the medium, an affiliate, a place before the type
            {"\"I lost everything,\" he told a reporter for Reuters.", "I lost everything,",
             "Reuters"},
            {"\"We hear you,\" Tom Baker told NBC's sister network CNBC.", "We hear you,", "CNBC"},
            {"\"We must move on,\" Ann Lee told the Lyon daily Le Progrès.", "We must move on,",
             "Le Progrès"},
            // a description referring back to the medium named before
            {"Tom Baker spoke to The Daily Telegraph on Monday. \"We will go on,\" he told the "
             "newspaper.",
             "We will go on,", "The Daily Telegraph"},
            // an unknown name after a type of medium
            {"\"Nothing is decided,\" Jan Novak told the state news agency Borovka.",
             "Nothing is decided,", "Borovka"},
            // no medium
            {"\"We will stay,\" Ann Lee said in Paris.", "We will stay,", ""},
            {"\"We will stay,\" said Ann Lee, who was hired by the city in May.", "We will stay,",
             ""},
            {"\"We will stay,\" Ann Lee said at the site of the blast.", "We will stay,", ""},
            // "the agency" alone may be a public body: it never refers back to a medium
            {"Reuters ran the story first. According to the agency, the mayor \"will not "
             "resign\".",
             "will not resign",
             "",
             {kReuters}},
            {"Reuters ran the story first. According to the wire, the mayor \"will not resign\".",
             "will not resign",
             "Reuters",
             {kReuters}},
            {"\"We will stay,\" Ann Lee told the network of volunteers.", "We will stay,", ""},
            {"For Ann Lee, the ruling was \"a disgrace for the city\".", "a disgrace for the city",
             ""},
        });
}

TEST_CASE("the speaker a medium cites, for attribution", "[quotes][sources]") {
    const struct {
        std::string language;
        std::string text;
        std::string cited; // "" when none
    } rows[] = {
        {"fr",
         "Selon le quotidien Kurier Pomorski, qui cite un porte-parole de la mairie, «les "
         "travaux reprendront lundi».",
         "un porte-parole de la mairie"},
        {"fr", "Selon Le Figaro, citant le ministre Paul Aubry, «rien n'est décidé».",
         "le ministre Paul Aubry"},
        {"en", "According to Reuters, quoting two officials, \"the talks are over\".",
         "two officials"},
        {"en", "The Guardian, who quoted a police source: \"nobody was hurt\".", "a police source"},
        // no medium before the cue, or no cue
        {"fr", "Selon Léa Marin, qui cite son père, «rien n'est décidé».", ""},
        {"fr", "Selon Le Figaro, «rien n'est décidé».", ""},
        {"en", "Ann Lee, quoting her father, said \"nothing is decided\".", ""},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        Document doc = make_document(row.text, row.language, {});
        const quotes::SpeechCueLexicon lexicon(row.language);
        quotes::DocumentView view(doc, {0}, lexicon);
        quotes::SpeakerLinker linker(view, lexicon);
        const quotes::SourceFinder finder(view, lexicon, linker);
        const auto cited = finder.cited_speaker(0, view.size());
        std::string got;
        if (cited)
            got = text_of(
                doc, {view.token(cited->first).span.start, view.token(cited->second - 1).span.end});
        CHECK(got == row.cited);
    }
}

TEST_CASE("the pieces of a multi-paragraph quotation share their sources", "[quotes][sources]") {
    auto quote = [](const std::string& group, std::vector<std::string> sources) {
        Quote q;
        q.group = group;
        for (const std::string& id : sources)
            q.sources.push_back({id, {0, 1}});
        return q;
    };
    auto ids = [](const Quote& q) {
        std::string out;
        for (const QuoteSource& s : q.sources)
            out += (out.empty() ? "" : "|") + s.entity;
        return out;
    };
    std::vector<Quote> quotes = {quote("q1", {}),     quote("q1", {"e7"}), quote("q3", {"e2"}),
                                 quote("q4", {"e5"}), quote("q4", {"e6"}), quote("q4", {"e5"}),
                                 quote("q7", {})};
    quotes::SourceFinder::share_in_groups(quotes);
    const std::vector<std::string> expected = {"e7", "e7", "e2", "e5|e6", "e6|e5", "e5|e6", ""};
    for (size_t i = 0; i < quotes.size(); ++i)
        CHECK(ids(quotes[i]) == expected[i]);
}
