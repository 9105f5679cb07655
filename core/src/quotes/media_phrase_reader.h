#pragma once

#include "quotes/document_view.h"
#include "quotes/speech_cue_lexicon.h"

#include <string>

namespace whosaid::quotes {

// Reads the phrases that name or describe a medium, for SourceFinder.
//
// A name: a media mention, a name of the media lexicon, or a capitalized name after a type
// of medium ("l'agence de presse slovène Petrovka", "the state news agency Xinhua"). A
// description: a definite article and a type with no name after it ("le quotidien
// régional", "du journal", "the newspaper"), which refers back to the medium named last.
class MediaPhraseReader {
public:
    // A medium at a token: a known entity, or a name to create the entity from once a cue
    // confirms it.
    struct Medium {
        int32_t entity = -1;
        Span span;
        std::u16string name;
        bool found() const { return entity >= 0 || !name.empty(); }
    };

    MediaPhraseReader(const DocumentView& view, const SpeechCueLexicon& lexicon)
        : view_(view), lexicon_(lexicon) {}

    // The medium named from token k (not beyond last), if any.
    Medium name_at(size_t k, size_t last) const;
    // The first token of the words before k that describe the medium named at k: articles,
    // types of medium, a few adjectives between them, a staff member and "de" ("une
    // journaliste de l'AFP"). k when there are none. Never before first.
    size_t description_start(size_t k, size_t first) const;
    // Whether t, followed by next, may stand in the words before a medium's name: an article,
    // a type, a staff word, "de", or (at most a few, counted in adjectives) a qualifying word.
    bool describes(const Token& t, const Token& next, size_t& adjectives) const;
    // Whether a type of medium stands among the words describing the medium at k ("le
    // quotidien régional X").
    bool typed(size_t k, size_t first) const;
    // When token k starts a description with no name after it ("le quotidien polonais"),
    // one past its last token; otherwise k.
    size_t description_end(size_t k, size_t last) const;

private:
    bool is_type(const Token& t) const;
    bool adjective(const Token& t) const;

    const DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
};

} // namespace whosaid::quotes
