#include "quotes/organization_subject.h"

#include "quotes/clause_subject_finder.h"
#include "quotes/medium_reference.h"
#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxLead = 2;   // tokens before the subject in its clause: "Le", "L" "'"
constexpr size_t kMaxReach = 60; // tokens from the subject to the pronoun: bounded work

} // namespace

Gender OrganizationSubject::article_gender(size_t first, size_t clause_start) const {
    if (first == clause_start)
        return Gender::Unknown;
    const std::u16string_view w = view_.token(first - 1).folded();
    if (one_of(w, {u"le", u"du", u"au"}))
        return Gender::Masculine;
    if (w == u"la")
        return Gender::Feminine;
    return Gender::Unknown;
}

std::optional<SpeakerPhrase> OrganizationSubject::opening_organization(size_t clause,
                                                                       size_t open) const {
    const size_t last = std::min(open, clause + kMaxLead + 1);
    for (const IndexedMention& m :
         view_.mentions_in(view_.token(clause).span.start, view_.token(last).span.start)) {
        const EntityKind kind = view_.doc().entities[static_cast<size_t>(m.entity)].kind;
        if (kind == EntityKind::Person || kind == EntityKind::Media)
            return std::nullopt; // a person or a medium opens the clause: not ours
        if (kind != EntityKind::Organization || !subject_position(view_, m.span) ||
            view_.inside_quote(m.span.start))
            continue;
        return phrase_of_mention(m, view_);
    }
    return std::nullopt;
}

bool OrganizationSubject::person_between(int32_t begin, int32_t end) const {
    for (const IndexedMention& m : view_.mentions_in(begin, end))
        if (view_.doc().entities[static_cast<size_t>(m.entity)].kind == EntityKind::Person &&
            !view_.inside_quote(m.span.start))
            return true;
    return false;
}

std::optional<SpeakerPhrase> OrganizationSubject::for_pronoun(size_t sentence_first, size_t open,
                                                              const SpeakerPhrase& pronoun) const {
    const bool english = view_.doc().language == "en";
    // "it" may come without its neuter mark from the verb's own reading of its subject.
    const bool it = pronoun.neuter || one_of(view_.doc().slice(pronoun.mention), {u"it", u"It"});
    // "a-t-on indiqué" names nobody unless a place does (SpeakerSettler).
    const std::u16string_view word = view_.doc().slice(pronoun.mention);
    if (pronoun.plural || (english && !it) || word == u"on" || word == u"On")
        return std::nullopt;
    if (open <= sentence_first) {
        // "The Center will join the case. "…," it said.": the sentence before, in the
        // same paragraph, when the quotation opens its own.
        const int sentence = view_.sentence_at(view_.token(open).span.start);
        if (sentence <= 0)
            return std::nullopt;
        const Document& doc = view_.doc();
        const Span previous = doc.sentences[static_cast<size_t>(sentence - 1)];
        if (doc.paragraph_at(previous.start) != doc.paragraph_at(view_.token(open).span.start))
            return std::nullopt;
        sentence_first = view_.token_from(previous.start);
        open = view_.token_from(previous.end);
        if (open <= sentence_first)
            return std::nullopt;
    }
    const size_t clause = main_clause_start(view_, sentence_first, open);
    std::optional<SpeakerPhrase> subject = opening_organization(clause, open);
    if (!subject) {
        // "Le syndicat a rejeté l'offre, «…», a-t-il dit": an institution described.
        subject = phrases_.starting_at(clause, open);
        if (!subject || subject->kind != SpeakerPhrase::Kind::Description || subject->anonymous ||
            subject->definite_person || subject->plural ||
            referred_medium(view_, subject->mention) >= 0)
            return std::nullopt;
    }
    const size_t first = view_.token_from(subject->mention.start);
    if (first < clause || first > clause + kMaxLead)
        return std::nullopt;
    for (size_t k = clause; k < first; ++k)
        if (!view_.token(k).is(WordClass::kDeterminer) && !is_punct(view_.token(k), u"'"))
            return std::nullopt;
    if (!english) {
        const Gender gender =
            subject->gender != Gender::Unknown ? subject->gender : article_gender(first, clause);
        if (gender != Gender::Unknown && pronoun.gender != Gender::Unknown &&
            gender != pronoun.gender)
            return std::nullopt;
    }
    if (view_.token_from(pronoun.mention.start) > subject->end + kMaxReach ||
        person_between(subject->mention.end, pronoun.mention.start))
        return std::nullopt;
    return subject;
}

} // namespace whosaid::quotes
