#include "actors/acronym_index.h"

namespace whosaid::actors {

namespace {

// Connectors that acronyms skip ("Council on Foreign Relations" -> "cfr").
bool is_skipped(std::u16string_view word) {
    return word == u"of" || word == u"the" || word == u"and" || word == u"for" || word == u"on" ||
           word == u"et" || word == u"pour" || word == u"sur" || word == u"en" || word == u"a" ||
           word == u"au" || word == u"aux";
}

} // namespace

AcronymIndex::AcronymIndex(const RawMentionList& mentions) {
    std::u16string initials; // reused: the map copies it only for a new key
    for (size_t m = 0; m < mentions.size(); ++m) {
        const RawMention& mention = mentions[m];
        if (mention.is_description() || mention.words.size() < 2 ||
            mention.form == MentionForm::Acronym)
            continue;
        initials.clear();
        for (const std::u16string_view word : mention.words) {
            if (word.empty() || is_skipped(word))
                continue;
            // "kramp-karrenbauer" gives two letters.
            initials.push_back(word.front());
            for (size_t k = 1; k + 1 < word.size(); ++k)
                if (word[k] == u'-')
                    initials.push_back(word[k + 1]);
        }
        if (initials.size() >= 2 && initials.size() <= 6)
            by_initials_[initials].push_back(m);
    }
}

const std::vector<size_t>* AcronymIndex::find(std::u16string_view key) const {
    const auto found = by_initials_.find(key);
    return found == by_initials_.end() ? nullptr : &found->second;
}

} // namespace whosaid::actors
