#pragma once

#include "actors/raw_mention.h"
#include "support/key_hash.h"

#include <string_view>
#include <vector>

namespace whosaid::actors {

// Names of several words by their initials ("Federal Election Commission" -> "fec",
// "Ligue de football professionnel" -> "lfp", "Annegret Kramp-Karrenbauer" -> "akk"), so that
// an acronym met without its expansion in brackets finds the name it abbreviates. Built once
// from the mentions, one short key per name of several words.
class AcronymIndex {
public:
    explicit AcronymIndex(const RawMentionList& mentions);

    // The mentions whose initials are the folded acronym key, or nullptr.
    const std::vector<size_t>* find(std::u16string_view key) const;

private:
    support::KeyMap<std::vector<size_t>> by_initials_;
};

} // namespace whosaid::actors
