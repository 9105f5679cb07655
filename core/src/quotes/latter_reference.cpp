#include "quotes/latter_reference.h"

#include "quotes/recent_person_walk.h"
#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr int kLatterSentences = 2;     // sentences before the phrase's own that are read
constexpr size_t kMaxMentionsRead = 64; // mentions read there, at most

// The gender "ce dernier" / "cette dernière" / "the latter" asks for at tokens first and
// first + 1; false when the words are not such a singular phrase.
bool latter_gender(const DocumentView& view, size_t first, size_t end, Gender& gender) {
    if (first + 2 > end)
        return false;
    const std::u16string_view determiner = view.token(first).folded();
    const std::u16string_view word = view.token(first + 1).folded();
    if (determiner == u"the" && word == u"latter") {
        gender = Gender::Unknown;
        return true;
    }
    if (one_of(determiner, {u"ce", u"cet"}) && word == u"dernier") {
        gender = Gender::Masculine;
        return true;
    }
    if (determiner == u"cette" && word == u"derniere") {
        gender = Gender::Feminine;
        return true;
    }
    return false;
}

Gender determiner_gender(std::u16string_view w) {
    if (one_of(w, {u"un", u"le", u"ce", u"cet", u"du", u"au"}))
        return Gender::Masculine;
    if (one_of(w, {u"une", u"la", u"cette"}))
        return Gender::Feminine;
    return Gender::Unknown;
}

bool clashes(Gender a, Gender b) {
    return a != Gender::Unknown && b != Gender::Unknown && a != b;
}

} // namespace

bool LatterReference::description_at(size_t k, Gender gender) const {
    if (k + 1 >= view_.size())
        return false;
    const Token& determiner = view_.token(k);
    if (!determiner.is(WordClass::kDeterminer) &&
        !one_of(determiner.folded(), {u"le", u"la", u"l", u"un", u"une", u"the", u"a", u"an"}))
        return false;
    const auto [index, length] = lexicon_.heads().longest(view_.tokens(), k + 1, view_.size());
    if (index < 0 || length == 0)
        return false;
    const DescriptionHead& head = lexicon_.head(index);
    if (head.kind == HeadKind::Institution || head.document)
        return false;
    return !clashes(head.gender, gender) &&
           !clashes(determiner_gender(determiner.folded()), gender);
}

int32_t LatterReference::person_for(Span mention) const {
    const size_t first = view_.token_from(mention.start);
    Gender gender = Gender::Unknown;
    if (!latter_gender(view_, first, view_.token_from(mention.end), gender))
        return -1;
    // The last person whose gender agrees, in the nearest sentence naming one.
    int32_t found = -1;
    int32_t found_end = -1;
    const auto visit = [&](const IndexedMention& candidate) {
        if (!clashes(linker_.gender(candidate.entity), gender) &&
            candidate.span.start >= found_end) {
            found = candidate.entity;
            found_end = candidate.span.end;
        }
        return true;
    };
    RecentPersonWalk walk(view_, mention.start, kLatterSentences, kMaxMentionsRead);
    while (found < 0 && walk.next_sentence(visit)) {
    }
    if (walk.overflowed())
        return -1;
    if (found < 0)
        return -1;
    // A description between the person and the phrase is the nearer antecedent ("X a été
    // interpellé par un policier. Ce dernier …"), unless it is the person's apposition
    // ("X, le maire du village, …").
    const size_t after = view_.token_from(found_end);
    for (size_t k = after; k + 1 < first; ++k) {
        if (view_.quote_of(k) >= 0 || !description_at(k, gender))
            continue;
        if (k == after + 1 && is_punct(view_.token(after), u","))
            continue;
        return -1;
    }
    return found;
}

} // namespace whosaid::quotes
