#include "quotes/role_matcher.h"

#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr int32_t kReferBackWindow = 3000; // how far back a definite description may refer
constexpr size_t kRoleReach = 8;           // tokens between a name and its title or apposition

// A sentence or clause end a title never reaches across ("(" may hold one: "Paul Roy (maire)").
bool ends_sentence(const Token& t) {
    return is_punct(t, u".") || is_punct(t, u";") || is_punct(t, u":") || is_punct(t, u"!") ||
           is_punct(t, u"?") || is_punct(t, u")");
}

// A word that opens another noun phrase before a name: a noun before it is not the name's title
// ("la question du journaliste à son entraîneur, Paul Roy": Paul Roy is no journalist).
bool opens_other_phrase(std::u16string_view w) {
    return one_of(w, {u"a", u"au", u"aux", u"avec", u"contre", u"son", u"sa", u"ses", u"leur",
                      u"to", u"with", u"against", u"his", u"her", u"their", u"its"});
}

} // namespace

bool RoleMatcher::named_with(Span mention, std::u16string_view noun) const {
    // "le juge Paul Martin", "la ministre de la Santé, Anne Roy", "Anne Roy, la ministre":
    // the noun within a few tokens of the name, in its sentence, in the name's own phrase.
    const size_t first = view_.token_from(mention.start);
    for (size_t k = first; k > 0 && k + kRoleReach > first; --k) {
        const Token& t = view_.token(k - 1);
        if (ends_sentence(t) || opens_other_phrase(t.folded()))
            break;
        if (t.folded() == noun)
            return true;
    }
    const size_t last = view_.token_from(mention.end);
    for (size_t k = last; k < view_.size() && k < last + kRoleReach / 2; ++k) {
        if (ends_sentence(view_.token(k)))
            break;
        if (view_.token(k).folded() == noun)
            return true;
    }
    return false;
}

int32_t RoleMatcher::refer_back(Span mention, size_t head, Gender gender, bool demonym) const {
    // A person who holds the head noun as a role (learned, or written next to the name);
    // gender alone would hand the description to whoever of that gender was named last.
    // Only a nationality ("le Portugais") goes to the latest person of its gender: wire copy
    // uses it for the person just named.
    const std::u16string_view noun = view_.token(head).folded();
    const auto& entities = view_.doc().entities;
    int32_t latest = -1;
    int32_t latest_at = -1;
    for (const IndexedMention& candidate :
         view_.mentions_in(std::max(0, mention.start - kReferBackWindow), mention.start)) {
        const Entity& entity = entities[static_cast<size_t>(candidate.entity)];
        if (entity.kind != EntityKind::Person || view_.inside_quote(candidate.span.start))
            continue;
        for (const std::u16string& role : entity.roles)
            if (WordTokenizer::first_token_folds_to(role, noun))
                return candidate.entity;
        if (candidate.form != MentionForm::Pronoun && named_with(candidate.span, noun))
            return candidate.entity;
        const Gender g = linker_.gender(candidate.entity);
        if (demonym && (gender == Gender::Unknown || g == Gender::Unknown || g == gender) &&
            candidate.span.start > latest_at) {
            latest = candidate.entity;
            latest_at = candidate.span.start;
        }
    }
    // The office is read whole: "le co-porte-parole" is a spokesman.
    return demonym ? latest : referent_.person_for(mention, compound_.at(head), gender);
}

} // namespace whosaid::quotes
