#include "actors/phrase_gazetteer.h"

namespace whosaid::actors {

namespace {

// Bounds of the key buffer of longest(): far above the longest lexicon phrase.
constexpr size_t kMaxPhraseTokens = 24;
constexpr size_t kMaxKeyUnits = 256;

} // namespace

bool PhraseGazetteer::add(std::u16string_view phrase, int32_t payload) {
    const TokenStream tokens(phrase, {});
    if (tokens.size() == 0)
        return false;
    std::vector<int32_t>& payloads = phrases_[tokens.phrase_key(0, tokens.size())];
    for (int32_t existing : payloads)
        if (existing == payload)
            return true;
    payloads.push_back(payload);
    size_t& longest = max_tokens_[std::u16string(tokens.key(0))];
    longest = std::max(longest, tokens.size());
    return true;
}

PhraseGazetteer::Match PhraseGazetteer::longest(const TokenStream& tokens, size_t first,
                                                const Filter& filter) const {
    if (first >= tokens.size())
        return {};
    if (first_class_ != 0 && tokens.has_word_classes() && !tokens.in_class(first, first_class_))
        return {};
    const auto found = max_tokens_.find(tokens.key(first));
    if (found == max_tokens_.end())
        return {};
    size_t limit = 1;
    while (limit < found->second && first + limit < tokens.size() &&
           tokens.same_sentence(first, first + limit))
        ++limit;
    // The key of the first count tokens is a prefix of the key of the first limit tokens:
    // one buffer holds them all, each looked up as a view.
    // Each prefix's hash goes on from the previous one's.
    support::HashedKey keys[kMaxPhraseTokens];
    char16_t buffer[kMaxKeyUnits];
    size_t length = 0;
    size_t built = 0;
    uint64_t hash = support::KeyHash::kSeed;
    for (; built < limit && built < kMaxPhraseTokens; ++built) {
        const size_t i = first + built;
        const std::u16string_view key = tokens.key(i);
        const size_t space = built > 0 && tokens.has(i, kSpaceBefore) ? 1 : 0;
        if (length + space + key.size() > kMaxKeyUnits)
            break;
        if (space)
            buffer[length++] = u' ';
        key.copy(buffer + length, key.size());
        hash = support::KeyHash::extend(
            hash, std::u16string_view(buffer + length - space, key.size() + space));
        length += key.size();
        keys[built] =
            support::HashedKey{std::u16string_view(buffer, length), static_cast<size_t>(hash)};
    }
    for (size_t count = limit; count >= 1; --count) {
        // Past the buffer (a phrase longer than any real one), the key is built apart.
        const std::u16string long_key =
            count > built ? tokens.phrase_key(first, first + count) : std::u16string();
        const auto phrase = count > built ? phrases_.find(std::u16string_view(long_key))
                                          : phrases_.find(keys[count - 1]);
        if (phrase == phrases_.end())
            continue;
        for (int32_t payload : phrase->second)
            if (!filter || filter(payload, first, count))
                return Match{count, payload};
    }
    return {};
}

} // namespace whosaid::actors
