#pragma once

#include "mention_index.h"
#include "speech_cue_lexicon.h"
#include "whosaid/document.h"
#include "word_tokenizer.h"

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
    const std::vector<Token>& tokens() const { return tokens_; }
    const Token& token(size_t i) const { return tokens_[i]; }
    size_t size() const { return tokens_.size(); }

    // Index of the first token starting at or after position: O(1), searching only the
    // tokens of position's block.
    size_t token_from(int32_t position) const;
    // Index of the sentence containing position (or the nearest before it), -1 when none.
    int sentence_at(int32_t position) const;
    // Tokens [first, last) of the sentence(s) from the one containing start to the one
    // containing end - 1, clipped to the paragraph of start.
    std::pair<size_t, size_t> sentence_tokens(Span span) const;

    // Marks the tokens of quotation q (marks included) as inside it.
    void mark_quote(Span marks, int32_t quote);
    // The quotation whose marks hold token i, or -1.
    int32_t quote_of(size_t i) const { return quote_of_token_[i]; }
    // Whether position lies in the article's dateline.
    bool in_dateline(int32_t position) const;
    // Whether position lies inside the marks of a quotation.
    bool inside_quote(int32_t position) const;

    // The mention starting exactly at position, preferring the longest; nullptr when none.
    const IndexedMention* mention_starting(int32_t position) const;
    // The longest mention covering span, nullptr when none.
    const IndexedMention* mention_covering(Span span) const;
    // Mentions starting inside [begin, end), in order; valid until the next add_mention.
    MentionIndex::Range mentions_in(int32_t begin, int32_t end) const;
    const MentionIndex& mentions() const { return mentions_; }
    // Adds a mention after the ones equal to it.
    void add_mention(const IndexedMention& mention);

private:
    Document& doc_;
    std::u16string folded_; // the tokens' folded forms, which they view
    std::vector<Token> tokens_;
    std::vector<int32_t> token_starts_; // tokens_[i].span.start, for token_from
    // first_token_of_block_[b]: the first token starting at or after unit b * kBlockUnits,
    // so that token_from searches a few tokens instead of the whole document.
    std::vector<uint32_t> first_token_of_block_;
    std::vector<int32_t> quote_of_token_;
    MentionIndex mentions_;
    // One bit per text unit, set where some mention starts: most positions asked about
    // start none, and mention_starting answers them without searching the index.
    std::vector<uint64_t> mention_starts_;
    // One bit per text unit, set where a token inside a quotation's marks starts.
    std::vector<uint64_t> quote_token_starts_;
};

} // namespace whosaid::quotes
