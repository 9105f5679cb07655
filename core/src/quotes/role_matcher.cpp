#include "quotes/role_matcher.h"

#include "quotes/folded_word_hash.h"
#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr int32_t kReferBackWindow = 3000; // how far back a definite description may refer
constexpr size_t kRoleReach = 8;           // tokens between a name and its title or apposition
constexpr int kReachSlotBits = 12;         // 4096 names whose title reach is remembered

// A sentence or clause end a title never reaches across ("(" may hold one: "Paul Roy (maire)").
bool ends_sentence(const Token& t) {
    return is_punct(t, u".") || is_punct(t, u";") || is_punct(t, u":") || is_punct(t, u"!") ||
           is_punct(t, u"?") || is_punct(t, u")");
}

// A word that opens another noun phrase before a name: a noun before it is not the name's title
// ("la question du journaliste à son entraîneur, Paul Roy": Paul Roy is no journalist).
bool opens_other_phrase(std::u16string_view w) {
    return w.size() <= 7 &&
           one_of(w, {u"a", u"au", u"aux", u"avec", u"contre", u"son", u"sa", u"ses", u"leur",
                      u"to", u"with", u"against", u"his", u"her", u"their", u"its"});
}

// One of 64 bits standing for a folded word: words with different bits differ.
uint64_t word_bit(std::u16string_view folded) {
    return folded.empty() ? 1 : uint64_t{1} << (folded_word_hash(folded) & 63);
}

} // namespace

const RoleMatcher::TitleReach& RoleMatcher::title_reach(Span mention) const {
    const uint64_t key = static_cast<uint64_t>(static_cast<uint32_t>(mention.start)) << 32 |
                         static_cast<uint32_t>(mention.end);
    if (reaches_.empty())
        reaches_.resize(size_t{1} << kReachSlotBits);
    RememberedReach& slot = reaches_[(key * 0x9E3779B97F4A7C15ull) >> (64 - kReachSlotBits)];
    if (slot.key == key)
        return slot.reach;
    const size_t first = view_.token_from(mention.start);
    const size_t last = view_.token_from(mention.end);
    TitleReach reach;
    size_t before = first;
    while (before > 0 && before + kRoleReach > first) {
        const Token& t = view_.token(before - 1);
        if (ends_sentence(t) || opens_other_phrase(t.folded()))
            break;
        --before;
        reach.words |= word_bit(t.folded());
    }
    size_t after = last;
    while (after < view_.size() && after < last + kRoleReach / 2 &&
           !ends_sentence(view_.token(after))) {
        reach.words |= word_bit(view_.token(after).folded());
        ++after;
    }
    reach.before = static_cast<uint32_t>(before);
    reach.after = static_cast<uint32_t>(after);
    slot.key = key;
    slot.reach = reach;
    return slot.reach;
}

bool RoleMatcher::named_with(Span mention, std::u16string_view noun, uint64_t noun_bit) const {
    // "le juge Paul Martin", "la ministre de la Santé, Anne Roy", "Anne Roy, la ministre":
    // the noun within a few tokens of the name, in its sentence, in the name's own phrase.
    const TitleReach& reach = title_reach(mention);
    if ((reach.words & noun_bit) == 0)
        return false;
    const size_t first = view_.token_from(mention.start);
    const size_t last = view_.token_from(mention.end);
    for (size_t k = reach.before; k < first; ++k)
        if (view_.token(k).folded() == noun)
            return true;
    for (size_t k = last; k < reach.after; ++k)
        if (view_.token(k).folded() == noun)
            return true;
    return false;
}

int32_t RoleMatcher::refer_back(Span mention, size_t head, Gender gender, bool demonym) const {
    // A person who holds the head noun as a role (learned, or written next to the name);
    // gender alone would hand the description to whoever of that gender was named last.
    // Only a nationality ("le Portugais") goes to the latest person of its gender: wire copy
    // uses it for the person just named.
    const std::u16string_view noun = view_.token(head).folded();
    const uint64_t noun_bit = word_bit(noun);
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
        if (candidate.form != MentionForm::Pronoun && named_with(candidate.span, noun, noun_bit))
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
