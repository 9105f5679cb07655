#include "quotes/apposition_subject_reader.h"

#include "quotes/speaker_phrase_finder.h"
#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxApposition = 12; // "Ce dernier, élu depuis 2008 et candidat, a affirmé"

} // namespace

std::optional<size_t> AppositionSubjectReader::opening_comma(size_t right,
                                                             size_t clause_start) const {
    if (right < clause_start + 4 || !is_punct(view_.token(right - 1), u','))
        return std::nullopt;
    size_t open = right - 1; // the comma closing the apposition
    while (open > clause_start + 1 && open + kMaxApposition > right) {
        const Token& t = view_.token(--open);
        if (is_punct(t, u','))
            break;
        // A name in apposition ("Le maire, Paul Jardin, a dit") is read as the subject
        // without this; a verb makes it a clause of its own. Elision ("d'ordinaire") aside.
        const bool elision = is_punct(t, u'\'');
        if ((!t.word && !elision) || view_.mention_starting(t.span.start) ||
            cues_.at(view_.tokens(), open, right))
            return std::nullopt;
    }
    if (!is_punct(view_.token(open), u','))
        return std::nullopt;
    return open;
}

std::optional<SpeakerPhrase> AppositionSubjectReader::before(size_t right,
                                                             size_t clause_start) const {
    const auto open = opening_comma(right, clause_start);
    if (!open)
        return std::nullopt;
    auto subject = phrases_.before_without_apposition(*open, clause_start);
    if (!subject || subject->end != *open)
        return std::nullopt;
    // A noun after a preposition is no subject, and a place is where, not who ("Lundi, à
    // Rennes, devant la presse, a déclaré le préfet").
    const size_t first = view_.token_from(subject->mention.start);
    if (phrases_.preceded_by_preposition(first, clause_start) ||
        (subject->kind == SpeakerPhrase::Kind::Entity && subject->entity >= 0 &&
         view_.doc().entities[static_cast<size_t>(subject->entity)].kind == EntityKind::Place))
        return std::nullopt;
    return subject;
}

} // namespace whosaid::quotes
