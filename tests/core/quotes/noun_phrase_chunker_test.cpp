// The noun phrase chunker, as bracketed strings: where a phrase of any head opens and ends
// in the subject slot of a speech verb, and where none opens.
#include "quote_test_support.h"
#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/noun_phrase_chunker.h"
#include "quotes/speech_cue_lexicon.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace whosaid;
using namespace whosaid::quotes;
using namespace whosaid::testing;

namespace {

struct ChunkRow {
    std::string language;
    std::string text;
    std::string from;     // the word the chunk is read from (its first occurrence)
    std::string expected; // the text with the chunk in brackets, "" when none opens there
    bool time = false;    // a time phrase ("la veille")
};

// The text with the chunk read at the first token folding to row.from in brackets.
std::string bracketed(const ChunkRow& row, bool& time) {
    Document doc = make_document(row.text, row.language, {});
    const SpeechCueLexicon lexicon(row.language);
    std::vector<int> paragraphs;
    for (size_t p = 0; p < doc.paragraphs.size(); ++p)
        paragraphs.push_back(static_cast<int>(p));
    const DocumentView view(doc, paragraphs, lexicon);
    const CueFinder cues(lexicon);
    const NounPhraseChunker chunker(view, cues, row.language == "fr");
    const std::u16string from = to_utf16(row.from);
    for (size_t i = 0; i < view.size(); ++i) {
        if (view.token(i).folded() != from)
            continue;
        const auto chunk = chunker.at(i, view.size());
        if (!chunk)
            return "";
        time = chunker.time_phrase(*chunk);
        const std::u16string& text = doc.text;
        const auto start = static_cast<size_t>(view.token(chunk->first).span.start);
        const auto end = static_cast<size_t>(view.token(chunk->end - 1).span.end);
        return to_utf8(text.substr(0, start)) + "[" + to_utf8(text.substr(start, end - start)) +
               "]" + to_utf8(text.substr(end));
    }
    return "(no token " + row.from + ")";
}

const std::vector<ChunkRow> kRows = {
    {"fr", "«Non», a répliqué le gardien.", "le", "«Non», a répliqué [le gardien]."},
    {"fr", "«Non», a dit l'un des pompiers volontaires.", "l",
     "«Non», a dit [l'un des pompiers volontaires]."},
    {"fr", "«Non», a lancé une cliente, furieuse.", "une",
     "«Non», a lancé [une cliente], furieuse."},
    {"fr", "«Non», assure le boulanger de 52 ans.", "le",
     "«Non», assure [le boulanger de 52 ans]."},
    {"fr", "«Non», a dit une autre cliente du marché couvert.", "une",
     "«Non», a dit [une autre cliente du marché couvert]."},
    {"fr", "«Non», ont scandé des grévistes devant la mairie.", "des",
     "«Non», ont scandé [des grévistes] devant la mairie."},
    {"fr", "Le prévenu a contesté le montant.", "le", "[Le prévenu] a contesté le montant."},
    {"fr", "La foule s'est dispersée.", "la", "[La foule] s'est dispersée."},
    {"fr", "«Non», a dit la veille le maire.", "la", "«Non», a dit [la veille] le maire.", true},
    // No phrase: a pronoun, a name, a verb after the article.
    {"fr", "«Non», a-t-il dit à Paul Martin.", "a", ""},
    {"fr", "«Non», a dit le Breton Yann Le Goff.", "le", ""},
    {"en", "\"No,\" the man said.", "the", "\"No,\" [the man] said."},
    {"en", "\"No,\" the 41-year-old said.", "the", "\"No,\" [the 41-year-old] said."},
    {"en", "\"No,\" said the league's treasurer.", "the", "\"No,\" said [the league's treasurer]."},
    {"en", "\"No,\" one said.", "one", "\"No,\" [one] said."},
    {"en", "\"No,\" one of the protesters said.", "one", "\"No,\" [one of the protesters] said."},
    {"en", "\"No,\" he said the next day.", "the", "\"No,\" he said [the next day].", true},
    {"en", "\"No,\" he said.", "he", ""},
};

} // namespace

TEST_CASE("Noun phrase chunks in the subject slot", "[quotes][chunks]") {
    for (const ChunkRow& row : kRows) {
        INFO(row.language << ": " << row.text);
        bool time = false;
        CHECK(bracketed(row, time) == row.expected);
        CHECK(time == row.time);
    }
}
