#include "quotes/text_reading_cue.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

// Words placed between "read" and the text it reads: "read aloud from the campaign's
// prepared statement".
constexpr size_t kMaxWordsToText = 5;

// Whether a folded word names a written text that can be read out, singular or plural: a
// document of the lexicon ("the statement", "signs").
bool text_noun(const SpeechCueLexicon& lexicon, std::u16string_view w) {
    if (lexicon.document_noun(w))
        return true;
    if (w.size() > 3 && w.ends_with(u's'))
        w.remove_suffix(1);
    return lexicon.document_noun(w);
}

} // namespace

bool reads_no_text(const SpeechCueLexicon& lexicon, const TokenList& tokens, const CueMatch& cue) {
    if (cue.preposition || cue.last != cue.verb)
        return false;
    const std::u16string_view verb = tokens[cue.verb].folded();
    if (!one_of(verb, {u"read", u"reads", u"reading"}))
        return false;
    // Its subject before it ("the email read", "the memo reads"), or the text a participle or
    // a relative describes ("a sign reading", "a sign that read"): there whoever holds the
    // sign, the sentence's subject, shows its words.
    size_t before = cue.first;
    if (before >= 1 && one_of(tokens[before - 1].folded(), {u"that", u"which"}))
        --before;
    if (before >= 1 && tokens[before - 1].word && text_noun(lexicon, tokens[before - 1].folded()))
        return false;
    // The text after it, as inverted subject or read out: "read the email", "read from a
    // statement". A clause or a punctuation mark ends the search.
    for (size_t k = cue.end; k < tokens.size() && k < cue.end + kMaxWordsToText; ++k) {
        if (is_punct(tokens[k], u"'") || is_punct(tokens[k], u"\u2019")) // "the campaign's"
            continue;
        if (!tokens[k].word)
            return true;
        if (text_noun(lexicon, tokens[k].folded()))
            return false;
    }
    return true;
}

} // namespace whosaid::quotes
