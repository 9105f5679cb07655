#include "quotes/subject_eligibility.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxRelativeReach = 8; // tokens between "que"/"that" and its verb

// Words of a verb group that may stand between a subject and the verb's cue.
bool verb_group_word(const Token& t) {
    return t.is(WordClass::kAuxiliary | WordClass::kAdverb | WordClass::kNegation) ||
           is_punct(t, u"'") || one_of(t.folded(), {u"ne", u"n", u"se", u"s"});
}

// A lower-case word that can be the head noun a name modifies: not a verb of speech, an
// auxiliary, an adverb, a function word or a relative pronoun.
bool noun_like(const Token& t) {
    return t.word && !t.capitalized &&
           !t.is(WordClass::kAuxiliary | WordClass::kAdverb | WordClass::kNegation |
                 WordClass::kPreposition | WordClass::kComplementizer | WordClass::kDeterminer |
                 WordClass::kVerbStart) &&
           !one_of(t.folded(), {u"who", u"which", u"and", u"or", u"but"});
}

} // namespace

bool is_possessor(const DocumentView& view, Span span) {
    const size_t after = view.token_from(span.end);
    return after + 1 < view.size() && is_punct(view.token(after), u"'") &&
           view.token(after + 1).folded() == u"s" && view.token(after).span.start == span.end;
}

bool modifies_noun(const DocumentView& view, Span span) {
    if (view.doc().language != "en")
        return false;
    size_t first = view.token_from(span.start);
    size_t after = view.token_from(span.end);
    // "(ACM)" after an organization's name, or the acronym itself inside the parentheses.
    if (after + 2 < view.size() && is_punct(view.token(after), u"(") &&
        view.token(after + 1).capitalized && is_punct(view.token(after + 2), u")"))
        after += 3;
    else if (first > 1 && after < view.size() && is_punct(view.token(first - 1), u"(") &&
             is_punct(view.token(after), u")") && view.token(first - 2).capitalized) {
        ++after;
        first -= 2;
        while (first > 0 && view.token(first - 1).capitalized && view.token(first - 1).word)
            --first;
    }
    if (after >= view.size() || !noun_like(view.token(after)))
        return false;
    // "a former Roy campaign adviser": a determiner, and at most one adjective, before it.
    for (size_t k = first; k > 0 && k + 3 > first; --k) {
        const Token& t = view.token(k - 1);
        if (t.is(WordClass::kDeterminer) && !t.is(WordClass::kPreposition))
            return true;
        if (!t.word || t.capitalized)
            return false;
    }
    return false;
}

bool shares_clause_subject(const DocumentView& view, size_t first, size_t verb) {
    // ", en qualifiant …", "tout en affirmant …": a French gerund.
    if (verb >= first + 2 && view.token(verb - 1).folded() == u"en" &&
        (is_punct(view.token(verb - 2), u",") || view.token(verb - 2).folded() == u"tout"))
        return true;
    size_t k = verb;
    while (k > first && k + 3 > verb && verb_group_word(view.token(k - 1)))
        --k;
    if (k <= first)
        return false;
    const Token& before = view.token(k - 1);
    // "…, but admitted …", "…, mais a reconnu …": a verb that qualifies what its subject did
    // is coordinated as well, and shares the subject rather than the name just before it.
    if (one_of(before.folded(), {u"et", u"puis", u"mais", u"and", u"then", u"but"}))
        return true;
    // ", calling it …": an English participle after a comma (which may close a quotation:
    // "on “Morning Talk,” calling it …").
    const bool comma =
        is_punct(before, u",") || (view.quote_of(k - 1) >= 0 && !before.word && k >= first + 2 &&
                                   is_punct(view.token(k - 2), u","));
    const std::u16string_view w = view.token(verb).folded();
    return comma && w.size() > 4 && w.substr(w.size() - 3) == u"ing";
}

size_t embedded_clause_start(const DocumentView& view, size_t first, size_t verb) {
    for (size_t k = verb; k > first + 1 && k + kMaxRelativeReach > verb; --k) {
        const Token& t = view.token(k - 1);
        if (!t.word && !is_punct(t, u"'"))
            return first;
        if (!one_of(t.folded(), {u"que", u"qu", u"that"}))
            continue;
        size_t start = k;
        if (start < verb && is_punct(view.token(start), u"'"))
            ++start;
        // At least a word of a subject between the pronoun and the verb group.
        size_t subject_end = verb;
        while (subject_end > start && verb_group_word(view.token(subject_end - 1)))
            --subject_end;
        return subject_end > start ? start : first;
    }
    return first;
}

bool in_relative_clause(const DocumentView& view, Span span, size_t first) {
    const size_t at = view.token_from(span.start);
    for (size_t k = at; k > first && k + kMaxRelativeReach > at; --k) {
        const Token& t = view.token(k - 1);
        if (!t.word)
            return false;
        if (one_of(t.folded(),
                   {u"who", u"whom", u"which", u"qui", u"dont", u"lequel", u"laquelle"}))
            return k >= first + 2 && is_punct(view.token(k - 2), u",");
    }
    return false;
}

bool bare_age(const DocumentView& view, Span mention) {
    const size_t end = view.token_from(mention.end);
    return end > 0 && one_of(view.token(end - 1).folded(), {u"old", u"ans"});
}

bool refers_like_pronoun(const DocumentView& view, Span mention) {
    const size_t first = view.token_from(mention.start);
    const size_t end = view.token_from(mention.end);
    if (first + 1 >= end)
        return false;
    if (one_of(view.token(first).folded(), {u"ce", u"cet", u"cette", u"this"}))
        return !one_of(view.token(first + 1).folded(),
                       {u"dernier", u"derniere", u"latter", u"former"});
    for (size_t k = first + 1; k + 1 < end; ++k) {
        const std::u16string_view w = view.token(k).folded();
        if (w.empty() || w[0] < u'0' || w[0] > u'9')
            continue;
        const std::u16string_view next = view.token(k + 1).folded();
        if (next == u"ans" || next == u"year" ||
            (is_punct(view.token(k + 1), u"-") && k + 2 < end &&
             view.token(k + 2).folded() == u"year"))
            return true;
    }
    return false;
}

} // namespace whosaid::quotes
