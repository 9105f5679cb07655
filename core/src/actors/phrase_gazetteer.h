#pragma once

#include "actors/phrase_filter.h"
#include "actors/token_stream.h"
#include "support/key_hash.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::actors {

// Multi-word phrases looked up at a token position by their folded key. A phrase is cut
// into tokens like the text, so "chef de l'État" matches "chef de l’Etat". Each phrase
// carries payloads (indices into the owner's tables).
class PhraseGazetteer {
public:
    struct Match {
        size_t tokens = 0; // how many tokens the phrase covers
        int32_t payload = -1;
    };
    // Decides whether a payload may match tokens [first, first + count) (case rules).
    using Filter = PhraseFilter;

    // Adds a phrase; returns false when it has no token.
    bool add(std::u16string_view phrase, int32_t payload);
    // The longest phrase starting at token first within its sentence that the filter
    // accepts (the first accepted payload of that phrase).
    Match longest(const TokenStream& tokens, size_t first, const Filter& filter = {}) const;
    bool contains_word(std::u16string_view key) const {
        return max_tokens_.find(key) != max_tokens_.end();
    }
    size_t size() const { return phrases_.size(); }
    // The payloads of the phrase with exactly this folded key, or nullptr.
    const std::vector<int32_t>* payloads(std::u16string_view key) const {
        const auto found = phrases_.find(key);
        return found == phrases_.end() ? nullptr : &found->second;
    }
    // Whether a phrase has exactly this folded key.
    bool contains_phrase(std::u16string_view key) const {
        return phrases_.find(key) != phrases_.end();
    }
    // The word class that every phrase's first token has in a classified token stream;
    // longest() skips other tokens without hashing.
    void set_first_word_class(uint16_t bit) { first_class_ = bit; }
    // Calls visit(key) for the first token key of every phrase.
    template <typename Visit> void for_each_first_word(Visit visit) const {
        for (const auto& [key, length] : max_tokens_)
            visit(key);
    }

private:
    support::KeyMap<std::vector<int32_t>> phrases_;
    support::KeyMap<size_t> max_tokens_; // by the first token's key
    uint16_t first_class_ = 0;
};

} // namespace whosaid::actors
