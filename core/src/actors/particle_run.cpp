#include "actors/particle_run.h"

#include <algorithm>
#include <string_view>

namespace whosaid::actors {

size_t ParticleRun::elided_article(size_t i) const {
    // "'t": an apostrophe glued to a lower-case "t", inside one sentence, apart from the
    // word before ("Don't" is no particle).
    // Words first: most tokens are, and an apostrophe is none.
    if (tokens_.has(i, kWord) || !tokens_.key_is(i, u"'") ||
        (i > 0 && !tokens_.has(i, kSpaceBefore)) || !tokens_.key_is(i + 1, u"t") ||
        tokens_.has(i + 1, kSpaceBefore) || !tokens_.has(i + 1, kLower) ||
        !tokens_.same_sentence(i, i + 1))
        return 0;
    return 2;
}

bool ParticleRun::is_dutch_article(size_t i) const {
    if (elided_article(i) > 0)
        return true;
    if (!tokens_.has(i, kLower))
        return false;
    static constexpr std::u16string_view articles[] = {u"het", u"de", u"den", u"der"};
    return std::find(std::begin(articles), std::end(articles), tokens_.key(i)) !=
           std::end(articles);
}

bool ParticleRun::article_follows(size_t i) const {
    if (i + 1 >= tokens_.size() || !tokens_.same_sentence(i, i + 1) ||
        !tokens_.has(i + 1, kSpaceBefore) || !is_dutch_article(i + 1))
        return false;
    if (tokens_.key_is(i, u"in"))
        return elided_article(i + 1) > 0 || tokens_.key_is(i + 1, u"het");
    return true;
}

bool ParticleRun::is_run_word(size_t i) const {
    if (i > 0 && elided_article(i - 1) > 0)
        return true;
    return tokens_.has(i, kLower) && preposition_opens_run(i);
}

} // namespace whosaid::actors
