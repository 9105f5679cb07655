#include "quotes/compound_role_noun.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxParts = 4; // words of one hyphenated noun, at most

// A prefix that shares an office between several holders ("co-", "co" glued).
constexpr std::u16string_view kSharedPrefix = u"co";

// Whether tokens a and b touch, with nothing between them in the text.
bool touching(const Token& a, const Token& b) {
    return a.span.end == b.span.start;
}

} // namespace

std::u16string CompoundRoleNoun::at(size_t head) const {
    // Walk back over "word-" pairs glued to the head: "porte-parole", "co-porte-parole".
    size_t first = head;
    for (size_t parts = 1; parts < kMaxParts && first >= 2; ++parts) {
        const Token& hyphen = view_.token(first - 1);
        const Token& word = view_.token(first - 2);
        if (!is_punct(hyphen, u"-") || !word.word || !touching(word, hyphen) ||
            !touching(hyphen, view_.token(first)))
            break;
        first -= 2;
    }
    // A leading "co-" is dropped: the co-porte-parole is a porte-parole.
    if (first < head && view_.token(first).folded() == kSharedPrefix)
        first += 2;
    std::u16string noun;
    for (size_t k = first; k <= head; ++k)
        noun += view_.token(k).folded();
    if (lexicon_.role_noun(noun).family != RoleFamily::None)
        return noun;
    // "coprésident", "coprésidente": the prefix glued to a role noun of the lexicon.
    if (first == head && noun.size() > kSharedPrefix.size() + 2 &&
        noun.starts_with(kSharedPrefix)) {
        std::u16string rest = noun.substr(kSharedPrefix.size());
        if (lexicon_.role_noun(rest).family != RoleFamily::None)
            return rest;
    }
    return noun;
}

} // namespace whosaid::quotes
