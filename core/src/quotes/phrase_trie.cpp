#include "quotes/phrase_trie.h"

#include "quotes/folded_word_hash.h"
#include "quotes/word_tokenizer.h"

#include <utility>

namespace whosaid::quotes {

uint64_t PhraseTrie::edge_hash(int32_t node, std::u16string_view word) {
    return folded_word_hash(word) ^ (static_cast<uint64_t>(node) * 0xD6E8FEB86659FD93ull);
}

int32_t PhraseTrie::child(int32_t node, std::u16string_view word) const {
    if (word.empty())
        return -1;
    const uint64_t h = edge_hash(node, word);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
        const Edge& edge = edges_[i];
        if (edge.to < 0)
            return -1;
        if (edge.hash == h && edge.from == node && edge.word == word)
            return edge.to;
    }
}

void PhraseTrie::add(const std::vector<std::u16string>& phrase, int32_t payload) {
    if (phrase.empty())
        return;
    int32_t node = 0;
    for (const std::u16string& word : phrase) {
        int32_t next = child(node, word);
        if (next < 0) {
            next = static_cast<int32_t>(payloads_.size());
            payloads_.push_back(-1);
            const uint64_t h = edge_hash(node, word);
            size_t i = h & mask_;
            while (edges_[i].to >= 0)
                i = (i + 1) & mask_;
            edges_[i] = {word, h, node, next};
            if (++edge_count_ * 4 > edges_.size())
                grow();
        }
        node = next;
    }
    if (payloads_[static_cast<size_t>(node)] < 0)
        payloads_[static_cast<size_t>(node)] = payload;
}

void PhraseTrie::grow() {
    std::vector<Edge> old = std::exchange(edges_, std::vector<Edge>(edges_.size() * 2));
    mask_ = edges_.size() - 1;
    for (Edge& edge : old)
        if (edge.to >= 0) {
            size_t i = edge.hash & mask_;
            while (edges_[i].to >= 0)
                i = (i + 1) & mask_;
            edges_[i] = std::move(edge);
        }
}

std::pair<int32_t, int32_t> PhraseTrie::longest_from(const TokenList& tokens, size_t start,
                                                     size_t limit) const {
    std::pair<int32_t, int32_t> best{-1, 0};
    int32_t node = 0;
    for (size_t i = start; i < limit && i < tokens.size(); ++i) {
        if (i > start && next_class_ != 0 && !tokens[i].is(next_class_))
            break;
        int32_t next = child(node, tokens[i].folded());
        // French capitals drop accents: a capital "A" may stand for "À".
        if (next < 0 && tokens[i].folded() == u"a")
            next = child(node, u"\u00e0");
        if (next < 0)
            break;
        node = next;
        if (payloads_[static_cast<size_t>(node)] >= 0)
            best = {payloads_[static_cast<size_t>(node)], static_cast<int32_t>(i - start + 1)};
    }
    return best;
}

std::vector<std::u16string_view> PhraseTrie::words(bool first) const {
    std::vector<std::u16string_view> words;
    for (const Edge& edge : edges_)
        if (edge.to >= 0 && (edge.from == 0) == first) {
            words.emplace_back(edge.word);
            if (edge.word == u"\u00e0")
                words.emplace_back(u"a");
        }
    return words;
}

} // namespace whosaid::quotes
