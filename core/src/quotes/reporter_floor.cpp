#include "quotes/reporter_floor.h"

#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxNarrativeTokens = 120; // a longer sentence is read no further

// Whether a description opens with a plural determiner ("des pompiers", "les proches",
// "some neighbors"): the readers mark only counted crowds plural, and "ils"/"they" continue
// any group.
bool plural_determiner(std::u16string_view word) {
    return one_of(word, {u"des", u"les", u"plusieurs", u"certains", u"certaines", u"quelques",
                         u"ces", u"ses", u"leurs", u"nombreux", u"nombreuses", u"d", u"some",
                         u"several", u"many", u"few", u"other", u"these", u"those"});
}

} // namespace

bool ReporterFloor::passive(const CueMatch& cue) const {
    // "X a été condamné", "X was criticized": the subject is who the words were about.
    const size_t from = std::min(cue.first, cue.verb > 0 ? cue.verb - 1 : cue.verb);
    for (size_t k = from; k < cue.verb; ++k)
        if (one_of(view_.token(k).folded(),
                   {u"ete", u"etre", u"be", u"been", u"being", u"was", u"were", u"is", u"are"}))
            return true;
    return false;
}

std::optional<SpeakerPhrase> ReporterFloor::apposed_name(size_t comma, size_t first) const {
    // "Au port, le capitaine du chalutier, Jean Roux, admet que …": the name between commas
    // right before the verb, after a description it names.
    const int32_t end = view_.token(comma - 1).span.end;
    const auto mentions = view_.mentions_in(view_.token(first).span.start, end);
    for (const IndexedMention& m : mentions)
        if (m.span.end == end &&
            view_.doc().entities[static_cast<size_t>(m.entity)].kind == EntityKind::Person) {
            const size_t start = view_.token_from(m.span.start);
            if (start > first && is_punct(view_.token(start - 1), u","))
                return phrase_of_mention(m, view_);
        }
    return std::nullopt;
}

std::optional<SpeakerPhrase> ReporterFloor::reporter(size_t first, size_t last) {
    // The first speech cue reports the sentence: "X explique que Y a dit …" is X's turn.
    const std::vector<CueMatch>& cues = sieve_.paragraph_cues(first);
    const auto cue = std::lower_bound(cues.begin(), cues.end(), first,
                                      [](const CueMatch& c, size_t i) { return c.first < i; });
    if (cue == cues.end() || cue->end > last || cue->negated || cue->pronoun || passive(*cue))
        return std::nullopt;
    std::optional<SpeakerPhrase> phrase;
    if (cue->preposition)
        phrase = phrases_.object_at(cue->end, last); // "Selon des pompiers, le feu …"
    else if (cue->first > first && is_punct(view_.token(cue->first - 1), u","))
        phrase = phrases_.after(cue->end, last); // "Le feu …, a expliqué un pompier."
    else
        phrase = phrases_.before(cue->first, first);
    if (!phrase && cue->first > first + 1 && is_punct(view_.token(cue->first - 1), u","))
        phrase = apposed_name(cue->first - 1, first);
    if (!phrase || phrase->kind == SpeakerPhrase::Kind::Pronoun)
        return std::nullopt;
    if (phrase->kind == SpeakerPhrase::Kind::Description) {
        // Only a description whose head names people ("un voisin", "des pompiers"): a noun
        // phrase of any head before a verb may be no subject at all.
        const size_t start = view_.token_from(phrase->mention.start);
        const auto headed = phrases_.starting_at(start, last);
        if (!headed || headed->kind != SpeakerPhrase::Kind::Description ||
            headed->mention.start != phrase->mention.start)
            return std::nullopt;
        phrase->plural = phrase->plural || plural_determiner(view_.token(start).folded());
    }
    return phrase;
}

void ReporterFloor::note_before(const QuoteCandidate& quote) {
    const Document& doc = view_.doc();
    const int sentence = view_.sentence_at(view_.token(quote.sentence_first).span.start);
    if (sentence <= 0 || sentence - 1 <= read_)
        return;
    read_ = sentence - 1;
    const Span narrative = doc.sentences[static_cast<size_t>(sentence - 1)];
    if (doc.paragraph_at(narrative.start) < quote.range.paragraph - 1)
        return;
    const size_t first = view_.token_from(narrative.start);
    const size_t last = view_.token_from(narrative.end);
    if (first >= last || last - first > kMaxNarrativeTokens)
        return;
    for (size_t k = first; k < last; ++k)
        if (view_.quote_of(k) >= 0)
            return; // its quotation was attributed: its speaker holds the floor already
    if (const auto phrase = reporter(first, last))
        sieve_.note_reporter(*phrase, view_.token(last - 1).span.start);
}

} // namespace whosaid::quotes
