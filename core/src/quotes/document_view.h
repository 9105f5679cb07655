#pragma once

#include "quotes/mention_index.h"
#include "quotes/speech_cue_lexicon.h"
#include "quotes/word_tokenizer.h"
#include "whosaid/document.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace whosaid::quotes {

// The tokens, sentences, quotations and entity mentions of a document, indexed once so that
// every rule looks things up in O(log n) instead of scanning.
class DocumentView {
public:
    // Tokenizes only the listed paragraphs (indices, ascending): the ones rules read. Each
    // token gets its word classes from lexicon once, for the rules to test.
    DocumentView(Document& doc, const std::vector<int>& paragraphs,
                 const SpeechCueLexicon& lexicon);

    Document& doc() { return doc_; }
    const Document& doc() const { return doc_; }
    const TokenList& tokens() const { return tokens_; }
    const Token& token(size_t i) const { return tokens_[i]; }
    size_t size() const { return tokens_.size(); }

    // Index of the first token starting at or after position: O(1), searching only the
    // tokens of position's block. Inline: every rule asks it.
    size_t token_from(int32_t position) const {
        if (position <= 0)
            return 0;
        const auto block = static_cast<size_t>(position) >> kBlockShift;
        if (block + 1 >= first_token_of_block_.size())
            return token_starts_.size(); // past the text: every token starts before position
        // The answer lies between the first token of position's block and that of the next.
        const auto first = token_starts_.begin() + first_token_of_block_[block];
        const auto last = token_starts_.begin() + first_token_of_block_[block + 1];
        return static_cast<size_t>(std::lower_bound(first, last, position) - token_starts_.begin());
    }
    // Index of the sentence containing position (or the nearest before it), -1 when none.
    int sentence_at(int32_t position) const;
    // Tokens [first, last) of the sentence(s) from the one containing start to the one
    // containing end - 1, clipped to the paragraph of start.
    std::pair<size_t, size_t> sentence_tokens(Span span) const;

    // Marks the tokens of quotation q (marks included) as inside it.
    void mark_quote(Span marks, int32_t quote);
    // The quotation whose marks hold token i, or -1.
    int32_t quote_of(size_t i) const { return quote_of_token_[i]; }
    // Where the marks of quotation q (marked with mark_quote) open.
    int32_t quote_opening(int32_t q) const { return quote_openings_[static_cast<size_t>(q)]; }
    // Whether position lies in the article's dateline.
    bool in_dateline(int32_t position) const;
    // Whether position lies inside the marks of a quotation.
    bool inside_quote(int32_t position) const { return test_bit(quote_token_starts_, position); }

    // The mention starting exactly at position, preferring the longest; nullptr when none.
    const IndexedMention* mention_starting(int32_t position) const {
        const auto unit = static_cast<size_t>(position);
        if (position >= 0 && unit / 64 < mention_starts_.size() &&
            !test_bit(mention_starts_, position))
            return nullptr;
        return find_mention_starting(position);
    }
    // The longest mention covering span, nullptr when none.
    const IndexedMention* mention_covering(Span span) const;
    // Mentions starting inside [begin, end), in order; valid until the next add_mention.
    MentionIndex::Range mentions_in(int32_t begin, int32_t end) const;
    const MentionIndex& mentions() const { return mentions_; }
    // Adds a mention after the ones equal to it.
    void add_mention(const IndexedMention& mention);

private:
    // Units per block of the token index: 64 units hold about 15 tokens, and the index costs
    // 4 bytes per 64 units (one thirty-second of the text).
    static constexpr int32_t kBlockShift = 6;

    static bool test_bit(const std::vector<uint64_t>& bits, int32_t position) {
        const auto unit = static_cast<size_t>(position);
        return position >= 0 && unit / 64 < bits.size() &&
               (bits[unit / 64] >> (unit % 64) & 1) != 0;
    }
    const IndexedMention* find_mention_starting(int32_t position) const;

    Document& doc_;
    std::u16string folded_; // the tokens' folded forms, which they view
    TokenList tokens_;
    std::vector<int32_t, support::LargeArrayAllocator<int32_t>> token_starts_; // for token_from
    // first_token_of_block_[b]: the first token starting at or after unit b * kBlockUnits,
    // so that token_from searches a few tokens instead of the whole document.
    std::vector<uint32_t> first_token_of_block_;
    std::vector<int32_t, support::LargeArrayAllocator<int32_t>> quote_of_token_;
    MentionIndex mentions_;
    // One bit per text unit, set where some mention starts: most positions asked about
    // start none, and mention_starting answers them without searching the index.
    std::vector<uint64_t> mention_starts_;
    // One bit per text unit, set where a token inside a quotation's marks starts.
    std::vector<uint64_t> quote_token_starts_;
    std::vector<int32_t> quote_openings_; // by quotation index
};

} // namespace whosaid::quotes
