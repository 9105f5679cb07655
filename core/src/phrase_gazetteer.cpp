#include "phrase_gazetteer.h"

namespace whosaid::actors {

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
    for (size_t count = limit; count >= 1; --count) {
        const auto phrase = count == 1 ? phrases_.find(tokens.key(first))
                                       : phrases_.find(tokens.phrase_key(first, first + count));
        if (phrase == phrases_.end())
            continue;
        for (int32_t payload : phrase->second)
            if (!filter || filter(payload, first, count))
                return Match{count, payload};
    }
    return {};
}

} // namespace whosaid::actors
