// The English word lists of the quotation rules kept in the lexicon (irregular_pasts.tsv,
// plural_quantifiers.tsv): each row is one word that reaches its word class, in English only.
// Also the forms of the group words and nationalities, which reach their classes in both
// languages.
#include "quote_test_support.h"
#include "quotes/document_view.h"
#include "quotes/english_past_verb.h"
#include "quotes/speech_cue_lexicon.h"
#include "quotes/word_tokenizer.h"
#include "whosaid/lexicon.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace whosaid;
using namespace whosaid::quotes;
using namespace whosaid::testing;

TEST_CASE("each row of the English word lists is one word of its class", "[quotes][lexicon]") {
    const SpeechCueLexicon english("en");
    const SpeechCueLexicon french("fr");
    const std::pair<const char*, uint32_t> lists[] = {
        {"en/irregular_pasts", WordClass::kIrregularPast},
        {"en/plural_quantifiers", WordClass::kPluralQuantifier}};
    for (const auto& [name, word_class] : lists) {
        const Lexicon file = Lexicon::embedded(name);
        REQUIRE_FALSE(file.empty());
        for (const auto& row : file.rows()) {
            INFO(name << ": " << row[0]);
            CHECK(row.size() == 1);
            const auto folded = WordTokenizer::fold_phrase(to_utf16(row[0]));
            REQUIRE(folded.size() == 1);
            CHECK((english.classes(folded.front()) & word_class) != 0);
            // The French lexicon has neither class: "sent" and "met" are French words too.
            CHECK((french.classes(folded.front()) & word_class) == 0);
        }
    }
}

TEST_CASE("an English past verb is a listed irregular form or a regular -ed form",
          "[quotes][lexicon]") {
    Document doc = make_document(
        "The governor sought and took it, opened and declined, at speed, a hundred left, saw "
        "and rose, then bed.",
        "en", {});
    const SpeechCueLexicon lexicon("en");
    const DocumentView view(doc, {0}, lexicon);
    std::vector<std::string> pasts;
    for (size_t i = 0; i < view.size(); ++i)
        if (view.token(i).word && english_past_verb(view.token(i)))
            pasts.push_back(to_utf8(view.token(i).folded()));
    CHECK(pasts == std::vector<std::string>{"sought", "took", "opened", "declined"});
}

TEST_CASE("each one-word form of the group words and nationalities reaches its class",
          "[quotes][lexicon]") {
    for (const std::string lang : {"en", "fr"}) {
        const SpeechCueLexicon lexicon(lang);
        const std::pair<std::string, uint32_t> lists[] = {
            {lang + "/group_words", WordClass::kGroupWord},
            {lang + "/demonyms", WordClass::kDemonym}};
        for (const auto& [name, word_class] : lists) {
            const Lexicon file = Lexicon::embedded(name);
            REQUIRE_FALSE(file.empty());
            size_t forms = 0;
            for (const auto& row : file.rows()) {
                REQUIRE(row.size() > 1);
                for (size_t start = 0; start <= row[1].size();) {
                    const size_t bar = std::min(row[1].find('|', start), row[1].size());
                    const std::string form = row[1].substr(start, bar - start);
                    start = bar + 1;
                    const auto folded = WordTokenizer::fold_phrase(to_utf16(form));
                    if (folded.size() != 1)
                        continue;
                    INFO(name << ": " << form);
                    CHECK((lexicon.classes(folded.front()) & word_class) != 0);
                    ++forms;
                }
            }
            CHECK(forms > 20);
        }
    }
    // A word of neither list has neither class.
    const SpeechCueLexicon english("en");
    CHECK((english.classes(u"senator") & (WordClass::kGroupWord | WordClass::kDemonym)) == 0);
}
