#include "phrase_trie.h"

#include "word_tokenizer.h"

namespace whosaid::quotes {

void PhraseTrie::add(const std::vector<std::u16string>& phrase, int32_t payload) {
    if (phrase.empty())
        return;
    size_t node = 0;
    for (const std::u16string& word : phrase) {
        auto found = nodes_[node].children.find(word);
        if (found == nodes_[node].children.end()) {
            nodes_.emplace_back();
            const auto child = static_cast<int32_t>(nodes_.size() - 1);
            nodes_[node].children.emplace(word, child);
            node = static_cast<size_t>(child);
        } else {
            node = static_cast<size_t>(found->second);
        }
    }
    if (nodes_[node].payload < 0)
        nodes_[node].payload = payload;
}

std::pair<int32_t, int32_t> PhraseTrie::longest(const std::vector<Token>& tokens, size_t start,
                                                size_t limit) const {
    std::pair<int32_t, int32_t> best{-1, 0};
    if (start_class_ != 0 && start < limit && start < tokens.size() &&
        !tokens[start].is(start_class_))
        return best;
    size_t node = 0;
    for (size_t i = start; i < limit && i < tokens.size(); ++i) {
        auto found = nodes_[node].children.find(tokens[i].folded());
        // French capitals drop accents: a capital "A" may stand for "À".
        if (found == nodes_[node].children.end() && tokens[i].folded() == u"a")
            found = nodes_[node].children.find(u"\u00e0");
        if (found == nodes_[node].children.end())
            break;
        node = static_cast<size_t>(found->second);
        if (nodes_[node].payload >= 0)
            best = {nodes_[node].payload, static_cast<int32_t>(i - start + 1)};
    }
    return best;
}

std::vector<std::u16string_view> PhraseTrie::first_words() const {
    std::vector<std::u16string_view> words;
    words.reserve(nodes_[0].children.size() + 1);
    for (const auto& [word, child] : nodes_[0].children) {
        words.emplace_back(word);
        if (word == u"\u00e0")
            words.emplace_back(u"a");
    }
    return words;
}

} // namespace whosaid::quotes
