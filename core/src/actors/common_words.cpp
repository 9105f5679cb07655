#include "actors/common_words.h"

#include "support/key_hash.h"

#include <array>
#include <unordered_set>

namespace whosaid::actors {

namespace {

// A 4,096-bit signature of a folded word from its length and its first and last units: one
// test rejects almost every lower-case word that cannot be a guessed name.
struct WordSignature {
    std::array<uint64_t, 64> bits{};
    static size_t of(std::u16string_view word) {
        return (static_cast<size_t>(word.front()) * 31 + static_cast<size_t>(word.back()) * 7 +
                word.size()) &
               4095;
    }
    void add(std::u16string_view word) { bits[of(word) >> 6] |= uint64_t{1} << (of(word) & 63); }
    bool may_hold(std::u16string_view word) const {
        return (bits[of(word) >> 6] >> (of(word) & 63)) & 1;
    }
};

} // namespace

void mark_common_words(const TokenStream& tokens, RawMentionList& mentions) {
    // The guessed one-word names, then one pass over the lower-case words, most of which the
    // signature rejects before any hash.
    std::unordered_set<std::u16string_view, support::KeyHash> guessed;
    WordSignature signature;
    for (const RawMention& mention : mentions) {
        if (mention.certainty != Certainty::Guess || mention.words.size() != 1 ||
            mention.words.front().empty())
            continue;
        guessed.insert(mention.words.front());
        signature.add(mention.words.front());
    }
    if (guessed.empty())
        return;
    std::unordered_set<std::u16string_view, support::KeyHash> lower;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens.has(i, kLower))
            continue;
        const std::u16string_view key = tokens.key(i);
        if (signature.may_hold(key) && guessed.count(key) != 0)
            lower.insert(key);
    }
    if (lower.empty())
        return;
    for (RawMention& mention : mentions)
        if (mention.certainty == Certainty::Guess && mention.words.size() == 1 &&
            lower.count(mention.words.front()) != 0)
            mention.common_word = true;
}

} // namespace whosaid::actors
