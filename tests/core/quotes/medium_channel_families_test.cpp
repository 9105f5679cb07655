// Families of media named as the channel of the words where the source finder did not look:
// a medium's title written in quotation marks ("a-t-il déclaré au «Figaro»", "sur «Radio
// Nord»", "told "The Ledger""), which is no quotation, and the sentence of a previous
// paragraph that announces the quotation with a colon ("X, cité par l'agence Y :"); and, in
// French, a medium's informant, interlocutor or reader who speaks ("un lecteur du Figaro").
#include "quotes/quote_case_runner.h"
#include "quotes/quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kFigaro{"Le Figaro", EntityKind::Media, Gender::Unknown, {"Figaro"}};
const EntityFixture kRadioNord{"Radio Nord", EntityKind::Media, Gender::Unknown, {"Radio Nord"}};
const EntityFixture kEcho{"L'Écho", EntityKind::Media, Gender::Unknown, {"Écho"}};
const EntityFixture kGazette{
    "La Gazette du Port", EntityKind::Media, Gender::Unknown, {"La Gazette du Port"}};
const EntityFixture kLedger{"The Ledger", EntityKind::Media, Gender::Unknown, {"The Ledger"}};

const std::vector<QuoteCase> kFrenchCases = {
    // A medium's title in quotation marks after the preposition of a speech verb.
    {"«Le travail prend du temps», a déclaré M. Lavrov au «Figaro».",
     {kLavrov, kFigaro},
     "Le travail prend du temps",
     "direct",
     "Sergueï Lavrov",
     "a déclaré",
     "Le Figaro",
     "fr.quote-then-inverted-verb"},
    {"«Rien n'est réglé», a estimé Mme Dumas sur «Radio Nord».",
     {kDumas, kRadioNord},
     "Rien n'est réglé",
     "direct",
     "Claire Dumas",
     "a estimé",
     "Radio Nord",
     "fr.quote-then-inverted-verb"},
    {"Mme Dumas a confié à l'«Écho» que «rien n'est réglé».",
     {kDumas, kEcho},
     "rien n'est réglé",
     "direct",
     "Claire Dumas",
     "a confié",
     "L'Écho",
     "fr.partial-in-clause"},
    // Keep: words that only begin with a medium's name are a quotation, with no source.
    {"«Le Figaro se trompe», a lancé M. Lavrov.",
     {kLavrov, kFigaro},
     "Le Figaro se trompe",
     "direct",
     "Sergueï Lavrov",
     "a lancé",
     "",
     "fr.quote-then-inverted-verb"},
    // A medium's informant, interlocutor or reader speaks through it.
    {"«Le quai est fragile», affirme un lecteur du Figaro.",
     {kFigaro},
     "Le quai est fragile",
     "direct",
     "un lecteur du Figaro",
     "affirme",
     "Le Figaro",
     "fr.quote-then-inverted-verb"},
    {"L'informatrice de l'AFP affirme que «rien n'est réglé».",
     {kAFP},
     "rien n'est réglé",
     "direct",
     "L'informatrice de l'AFP",
     "affirme",
     "AFP",
     "fr.speaker-then-verb"},
    {"Le Figaro a publié une enquête jeudi. «Rien n'est réglé», explique l'interlocuteur du "
     "quotidien.",
     {kFigaro},
     "Rien n'est réglé",
     "direct",
     "l'interlocuteur du quotidien",
     "explique",
     "Le Figaro",
     "fr.quote-then-inverted-verb"},
    // Keep: a reader of anything else names no medium.
    {"«Le quai est fragile», affirme Mme Dumas, lectrice de romans policiers.",
     {kDumas},
     "Le quai est fragile",
     "direct",
     "Claire Dumas",
     "affirme",
     "",
     "fr.quote-then-inverted-verb"},
    // Words read in a medium: the medium writes them ("peut-on lire dans", "lit-on dans").
    {"«Le trafic sera perturbé», peut-on lire dans Le Figaro.",
     {kFigaro},
     "Le trafic sera perturbé",
     "direct",
     "Le Figaro",
     "peut-on lire dans",
     "Le Figaro",
     "fr.source-as-speaker"},
    {"«Le trafic sera perturbé», lit-on dans La Gazette du Port.",
     {kGazette},
     "Le trafic sera perturbé",
     "direct",
     "La Gazette du Port",
     "lit-on dans",
     "La Gazette du Port",
     "fr.source-as-speaker"},
    // A kind of medium followed by its name is that medium, not the one named before.
    {"Le Figaro a publié une enquête jeudi. Selon le quotidien La Gazette du Port, «le quai est "
     "fragile».",
     {kFigaro, kGazette},
     "le quai est fragile",
     "direct",
     "La Gazette du Port",
     "Selon",
     "La Gazette du Port",
     "fr.source-as-speaker"},
    // Keep: with no name after it, the kind of medium stands for the one named before.
    {"Le Figaro a publié une enquête jeudi. «Le quai est fragile», selon le quotidien.",
     {kFigaro},
     "Le quai est fragile",
     "direct",
     "Le Figaro",
     "selon",
     "Le Figaro",
     "fr.source-as-speaker"},
    // The previous paragraph announces the quotation and names the medium.
    {"Le port restera fermé, comme l'explique Mme Dumas, citée par l'agence Interfax :\n\n"
     "«Rien n'est réglé pour l'instant.»",
     {kDumas, kInterfax},
     "Rien n'est réglé pour l'instant.",
     "direct",
     "Claire Dumas",
     "explique",
     "Interfax",
     "fr.previous-paragraph"},
    {"M. Lavrov a déclaré à l'AFP :\n\n«Le travail prend du temps.»",
     {kLavrov, kAFP},
     "Le travail prend du temps.",
     "direct",
     "Sergueï Lavrov",
     "a déclaré",
     "AFP",
     "fr.previous-paragraph"},
    // Keep: a medium in another sentence of the announcing paragraph is no channel.
    {"L'AFP a publié la liste jeudi. M. Lavrov a déclaré :\n\n«Le travail prend du temps.»",
     {kLavrov, kAFP},
     "Le travail prend du temps.",
     "direct",
     "Sergueï Lavrov",
     "a déclaré",
     "",
     "fr.previous-paragraph"},
};

const std::vector<QuoteCase> kEnglishCases = {
    {"\"We will not back down,\" Hale told \"The Ledger\".",
     {kHale, kLedger},
     "We will not back down,",
     "direct",
     "Ruth Hale",
     "told",
     "The Ledger",
     "en.quote-then-subject-verb"},
    {"\"We will not back down,\" Hale said on \"CNN\".",
     {kHale, kCnn},
     "We will not back down,",
     "direct",
     "Ruth Hale",
     "said",
     "CNN",
     "en.quote-then-subject-verb"},
    {"Hale told Reuters:\n\n\"We will not back down.\"",
     {kHale, kReuters},
     "We will not back down.",
     "direct",
     "Ruth Hale",
     "told",
     "Reuters",
     "en.previous-paragraph"},
    {"Hale, quoted by Reuters, said:\n\n\"We will not back down.\"",
     {kHale, kReuters},
     "We will not back down.",
     "direct",
     "Ruth Hale",
     "said",
     "Reuters",
     "en.previous-paragraph"},
    // Keep: words that only begin with a medium's name are a quotation, with no source.
    {"\"The Ledger got it wrong,\" Hale said.",
     {kHale, kLedger},
     "The Ledger got it wrong,",
     "direct",
     "Ruth Hale",
     "said",
     "",
     "en.quote-then-subject-verb"},
};

} // namespace

TEST_CASE("French media named as the channel: titles in marks, announcing paragraphs",
          "[quotes][fr][families]") {
    run_quote_cases("fr", kFrenchCases);
}

TEST_CASE("English media named as the channel: titles in marks, announcing paragraphs",
          "[quotes][en][families]") {
    run_quote_cases("en", kEnglishCases);
}
