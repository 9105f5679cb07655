#include "quotes/reporting_subject.h"

#include "quotes/medium_reference.h"
#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

// Whether a description opens with a plural determiner ("des pompiers", "les proches",
// "some neighbors"): the readers mark only counted crowds plural, and "ils"/"they" continue
// any group.
bool plural_determiner(std::u16string_view word) {
    return one_of(word, {u"des", u"les", u"plusieurs", u"certains", u"certaines", u"quelques",
                         u"ces", u"ses", u"leurs", u"nombreux", u"nombreuses", u"d", u"some",
                         u"several", u"many", u"few", u"other", u"these", u"those"});
}

} // namespace

bool ReportingSubject::passive(const CueMatch& cue) const {
    // "X a été condamné", "X was criticized": the subject is who the words were about.
    const size_t from = std::min(cue.first, cue.verb > 0 ? cue.verb - 1 : cue.verb);
    for (size_t k = from; k < cue.verb; ++k)
        if (one_of(view_.token(k).folded(),
                   {u"ete", u"etre", u"be", u"been", u"being", u"was", u"were", u"is", u"are"}))
            return true;
    return false;
}

std::optional<SpeakerPhrase> ReportingSubject::apposed_name(size_t comma, size_t first) const {
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

std::optional<SpeakerPhrase> ReportingSubject::of(const CueMatch& cue, size_t first,
                                                  size_t last) const {
    if (cue.negated || cue.pronoun || passive(cue))
        return std::nullopt;
    std::optional<SpeakerPhrase> phrase;
    if (cue.preposition)
        phrase = phrases_.object_at(cue.end, last); // "Selon des pompiers, le feu …"
    else if (cue.first > first && is_punct(view_.token(cue.first - 1), u","))
        phrase = phrases_.after(cue.end, last); // "Le feu …, a expliqué un pompier."
    else
        phrase = phrases_.before(cue.first, first);
    if (!phrase && cue.first > first + 1 && is_punct(view_.token(cue.first - 1), u","))
        phrase = apposed_name(cue.first - 1, first);
    if (!phrase || phrase->kind == SpeakerPhrase::Kind::Pronoun)
        return std::nullopt;
    // "…, the paper said": an English medium described reports too (its turn is for "it").
    if (phrase->kind == SpeakerPhrase::Kind::Description && view_.doc().language == "en" &&
        referred_medium(view_, phrase->mention) >= 0)
        return phrase;
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

} // namespace whosaid::quotes
