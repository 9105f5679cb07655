#include "quotes/view_opener.h"

#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr int kMaxSentences = 4; // sentences read between two quotations, at most

} // namespace

bool view_opened_between(const DocumentView& view, SpeakerSieve& sieve,
                         const SpeakerPhraseFinder& phrases, size_t from, size_t to) {
    if (from >= to || to > view.size())
        return false;
    const auto& sentences = view.doc().sentences;
    const int first_sentence = view.sentence_at(view.token(from).span.start);
    if (first_sentence < 0)
        return false;
    for (int s = first_sentence;
         s < static_cast<int>(sentences.size()) && s < first_sentence + kMaxSentences; ++s) {
        const Span span = sentences[static_cast<size_t>(s)];
        const size_t first = view.token_from(span.start);
        if (first >= to)
            break;
        if (first < from || view.quote_of(first) >= 0)
            continue;
        const size_t last = std::min(to, view.token_from(span.end));
        const std::vector<CueMatch>& cues = sieve.paragraph_cues(first);
        const auto cue = std::find_if(cues.begin(), cues.end(),
                                      [first](const CueMatch& c) { return c.first == first; });
        if (cue == cues.end() || !cue->preposition)
            continue;
        const std::optional<SpeakerPhrase> object = phrases.object_at(cue->end, last);
        if (object && object->kind != SpeakerPhrase::Kind::Pronoun && object->end < last &&
            is_punct(view.token(object->end), u","))
            return true;
    }
    return false;
}

} // namespace whosaid::quotes
