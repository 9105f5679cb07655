#pragma once

#include "support/large_block.h"
#include "whosaid/span.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::actors {

// Properties of one token, as bit flags.
enum TokenFlag : uint16_t {
    kWord = 1 << 0,        // letters or digits (a hyphenated name is one word)
    kUpper = 1 << 1,       // a word starting with an upper-case letter
    kAllCaps = 1 << 2,     // a word of two letters or more with no lower-case letter
    kLower = 1 << 3,       // a word starting with a lower-case letter
    kDigit = 1 << 4,       // a word containing a digit
    kSpaceBefore = 1 << 5, // white space precedes the token
    kInitial = 1 << 6,     // first word of a sentence, line or quotation: case says little
    kShouting = 1 << 7,    // inside an all-caps line (headline): case says nothing
    kInnerCap = 1 << 8,    // an upper-case letter after the first one ("AirAsia", "McCain")
    kKeyIsText = 1 << 9,   // the folded key equals the text: no copy of it is stored
    kTitleCase = 1 << 10,  // inside a line of capitalized words (a headline): case says little
};

// One token: a word or a single punctuation character.
struct Token {
    Span span;
    // Folded key in TokenStream's key buffer, up to the next one's (unless kKeyIsText).
    uint32_t key_offset = 0;
    int32_t sentence = 0; // tokens of one sentence (and line) share this number
    uint16_t flags = 0;
};

// The text cut into tokens once, each with a folded key, so that every later lookup is
// a hash of a key already computed. Linear in the text.
class TokenStream {
public:
    // sentences may be empty: sentence starts are then guessed from punctuation.
    TokenStream(std::u16string_view text, const std::vector<Span>& sentences);

    size_t size() const { return tokens_.size(); }
    const Token& operator[](size_t i) const { return tokens_[i]; }
    // The first token starting at or after position (size() when none): a block index
    // and a few tokens read in order, not a binary search whose every probe misses the
    // cache in a long article.
    size_t first_from(int32_t position) const {
        if (position <= 0)
            return 0;
        const auto block = static_cast<size_t>(position) / kBlockUnits;
        if (block >= first_of_block_.size())
            return tokens_.size();
        size_t i = first_of_block_[block];
        while (i < tokens_.size() && tokens_[i].span.start < position)
            ++i;
        return i;
    }
    bool has(size_t i, uint16_t flag) const {
        return i < tokens_.size() && (tokens_[i].flags & flag);
    }
    std::u16string_view key(size_t i) const {
        const Token& token = tokens_[i];
        if (token.flags & kKeyIsText)
            return std::u16string_view(text_.data() + token.span.start,
                                       static_cast<size_t>(token.span.length()));
        const uint32_t end = i + 1 < tokens_.size() ? tokens_[i + 1].key_offset
                                                    : static_cast<uint32_t>(keys_.size());
        return std::u16string_view(keys_.data() + token.key_offset, end - token.key_offset);
    }
    std::u16string_view text(size_t i) const {
        return text_.substr(static_cast<size_t>(tokens_[i].span.start),
                            static_cast<size_t>(tokens_[i].span.length()));
    }
    // The key of token i, or of nothing when i is past the end.
    bool key_is(size_t i, std::u16string_view key) const {
        return i < size() && this->key(i) == key;
    }
    // True when tokens i and j are in the same sentence.
    bool same_sentence(size_t i, size_t j) const {
        return i < size() && j < size() && tokens_[i].sentence == tokens_[j].sentence;
    }
    // The folded key of tokens [first, last), spaces where the text has them.
    std::u16string phrase_key(size_t first, size_t last) const;
    // The span from the start of token first to the end of token last - 1.
    Span span(size_t first, size_t last) const {
        return Span{tokens_[first].span.start, tokens_[last - 1].span.end};
    }
    std::u16string_view source() const { return text_; }

    // Lexicon classes of each token (bits chosen by the lexicon), set once after cutting
    // so that later checks need no hashing.
    void set_word_classes(std::vector<uint16_t> classes) { classes_ = std::move(classes); }
    bool has_word_classes() const { return !classes_.empty(); }
    bool in_class(size_t i, uint16_t bits) const {
        return i < classes_.size() && (classes_[i] & bits);
    }

private:
    void cut(const std::vector<Span>& sentences);
    void mark_initials(const std::vector<Span>& sentences);
    // Whether the punctuation token at mark ends a clause however the sentences were cut: an
    // ellipsis, or a full stop glued to the next word after a lower-case word.
    bool starts_clause_after(size_t mark) const;
    // Marks tokens [first, end) as a shouted line when most of its words are in capitals.
    void mark_shouting_line(size_t first, int upper_words, int lower_words);
    // Marks tokens [first, end) as a title-case line when most of its words are capitalized.
    void mark_title_case_line(size_t first, int capitalized_words, int lower_words);

    static constexpr size_t kBlockUnits = 64;

    std::u16string_view text_;
    std::vector<Token, support::LargeArrayAllocator<Token>>
        tokens_; // huge pages: see large_block.h
    std::vector<char16_t, support::LargeArrayAllocator<char16_t>> keys_;
    std::vector<uint16_t> classes_;
    // first_of_block_[b]: the first token starting at or after unit b * kBlockUnits.
    std::vector<uint32_t> first_of_block_;
};

} // namespace whosaid::actors
