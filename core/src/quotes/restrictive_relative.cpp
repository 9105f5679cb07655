#include "quotes/restrictive_relative.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxAntecedent = 8; // words of "le directeur de la police du Nord qui"
constexpr size_t kMaxRelative = 12;  // words between the relative pronoun and the mark

} // namespace

std::optional<SpeakerPhrase> restrictive_antecedent(const DocumentView& view,
                                                    const SpeakerPhraseFinder& phrases,
                                                    size_t first, size_t open) {
    size_t relative = open;
    for (size_t k = open; k > first && open - k < kMaxRelative; --k) {
        const Token& t = view.token(k - 1);
        if (view.quote_of(k - 1) >= 0 || is_punct(t, u",") || is_punct(t, u";"))
            return std::nullopt;
        if (one_of(t.folded(), {u"qui", u"who"})) {
            relative = k - 1;
            break;
        }
    }
    // "les électeurs qui «veulent que ça bouge»": words right after the pronoun are the
    // relative's own predicate, quoted by the writer; the antecedent speaks only through a
    // verb of its own ("qui a comparé les faits à «…»").
    if (relative + 1 >= open || relative <= first)
        return std::nullopt;
    std::optional<SpeakerPhrase> longest;
    for (size_t k = relative; k > first && relative - k < kMaxAntecedent; --k) {
        if (!view.token(k - 1).word && !is_punct(view.token(k - 1), u"'"))
            break;
        if (auto phrase = phrases.starting_at(k - 1, relative); phrase && phrase->end == relative)
            longest = phrase;
    }
    if (!longest || longest->kind == SpeakerPhrase::Kind::Pronoun)
        return std::nullopt;
    if (longest->kind == SpeakerPhrase::Kind::Description && !longest->definite_person &&
        !longest->anonymous)
        return std::nullopt;
    if (longest->kind == SpeakerPhrase::Kind::Entity &&
        view.doc().entities[static_cast<size_t>(longest->entity)].kind != EntityKind::Person)
        return std::nullopt;
    return longest;
}

} // namespace whosaid::quotes
