#include "actors/lower_case_words.h"

#include <cstdint>
#include <vector>

namespace whosaid::actors {

namespace {

bool is_capitalized_opener(const TokenStream& tokens, size_t i) {
    return tokens.has(i, kInitial) && tokens.has(i, kUpper);
}

} // namespace

bool LowerCaseWords::opener_written_lower(size_t i) const {
    if (!is_capitalized_opener(tokens_, i))
        return false;
    if (!built_)
        build();
    const auto found = openers_.find(tokens_.key(i));
    return found != openers_.end() && found->second;
}

void LowerCaseWords::build() const {
    built_ = true;
    // undecided[s]: the openers of shape s not yet seen in lower case. Common openers ("Le",
    // "The") are decided by their first lower-case use; the words after it that share
    // their shape are then passed over without hashing.
    std::vector<uint32_t> undecided(size_t{1} << kShapeBits, 0);
    for (size_t i = 0; i < tokens_.size(); ++i) {
        if (!is_capitalized_opener(tokens_, i))
            continue;
        const std::u16string_view key = tokens_.key(i);
        if (openers_.try_emplace(key, false).second)
            ++undecided[shape(key)];
    }
    for (size_t i = 0; i < tokens_.size(); ++i) {
        if (!tokens_.has(i, kLower))
            continue;
        const std::u16string_view key = tokens_.key(i);
        uint32_t& open = undecided[shape(key)];
        if (open == 0)
            continue;
        const auto found = openers_.find(key);
        if (found != openers_.end() && !found->second) {
            found->second = true;
            --open;
        }
    }
}

size_t LowerCaseWords::shape(std::u16string_view key) {
    if (key.empty())
        return 0;
    const uint32_t mixed = static_cast<uint32_t>(key.size()) * 0x9E3779B1u ^
                           static_cast<uint32_t>(key.front()) * 0x85EBCA77u ^
                           static_cast<uint32_t>(key[key.size() / 2]) * 0xC2B2AE3Du ^
                           static_cast<uint32_t>(key.back()) * 0x27D4EB2Fu;
    return (mixed * 0x9E3779B1u) >> (32 - kShapeBits);
}

} // namespace whosaid::actors
