#include "quotes/document_view.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

std::vector<IndexedMention> entity_mentions(const Document& doc) {
    std::vector<IndexedMention> mentions;
    for (size_t e = 0; e < doc.entities.size(); ++e)
        for (const Mention& m : doc.entities[e].mentions)
            if (!m.span.empty() && m.span.end <= static_cast<int32_t>(doc.text.size()))
                mentions.push_back({m.span, static_cast<int32_t>(e), m.form});
    return mentions;
}

void set_bit(std::vector<uint64_t>& bits, int32_t position) {
    const auto unit = static_cast<size_t>(position);
    if (position >= 0 && unit / 64 < bits.size())
        bits[unit / 64] |= uint64_t{1} << (unit % 64);
}

} // namespace

DocumentView::DocumentView(Document& doc, const std::vector<int>& paragraphs,
                           const SpeechCueLexicon& lexicon)
    : doc_(doc), mentions_(entity_mentions(doc)) {
    const auto length = static_cast<int32_t>(doc.text.size());
    size_t units = 0;
    for (int p : paragraphs)
        units += static_cast<size_t>(doc.paragraphs[static_cast<size_t>(p)].length());
    // News text has about one token per 4-5 units: reserving for one per 3 avoids copying
    // the tokens as they grow (pages never written cost nothing).
    tokens_.reserve(units / 3 + 16);
    folded_.reserve(units);
    // The dateline ("LYON, 12 mars (AFP) -") names the article's agency, never a speaker or
    // a source: its words are left out.
    const Span dateline = doc.dateline ? doc.dateline->span : Span{};
    for (int p : paragraphs) {
        const Span span = doc.paragraphs[static_cast<size_t>(p)];
        const int32_t start = std::min(span.start, length);
        const int32_t end = std::min(span.end, length);
        if (!dateline.empty() && dateline.start >= start && dateline.end <= end) {
            WordTokenizer::append(doc.text, start, dateline.start, tokens_, folded_);
            WordTokenizer::append(doc.text, dateline.end, end, tokens_, folded_);
        } else {
            WordTokenizer::append(doc.text, start, end, tokens_, folded_);
        }
    }
    // Token starts apart from the tokens: the binary searches of token_from, run by every
    // rule, then read four bytes per step instead of a whole token.
    token_starts_.resize(tokens_.size());
    for (size_t k = 0; k < tokens_.size(); ++k) {
        Token& t = tokens_[k];
        t.classes = lexicon.classes(t.folded());
        token_starts_[k] = t.span.start;
    }
    mention_starts_.assign(static_cast<size_t>(length) / 64 + 1, 0);
    quote_token_starts_.assign(mention_starts_.size(), 0);
    for (const IndexedMention& m : mentions_)
        set_bit(mention_starts_, m.span.start);
    quote_of_token_.assign(tokens_.size(), -1);
    const size_t blocks = (static_cast<size_t>(length) >> kBlockShift) + 2;
    first_token_of_block_.reserve(blocks);
    size_t token = 0;
    for (size_t b = 0; b < blocks; ++b) {
        const auto block_start = static_cast<int64_t>(b << kBlockShift);
        while (token < token_starts_.size() && token_starts_[token] < block_start)
            ++token;
        first_token_of_block_.push_back(static_cast<uint32_t>(token));
    }
}

int DocumentView::sentence_at(int32_t position) const {
    const auto& sentences = doc_.sentences;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), position,
                               [](int32_t pos, const Span& s) { return pos < s.start; });
    if (it == sentences.begin())
        return -1;
    return static_cast<int>(it - sentences.begin()) - 1;
}

std::pair<size_t, size_t> DocumentView::sentence_tokens(Span span) const {
    const int paragraph = doc_.paragraph_at(span.start);
    Span limit = paragraph >= 0 ? doc_.paragraphs[static_cast<size_t>(paragraph)]
                                : Span{0, static_cast<int32_t>(doc_.text.size())};
    Span range = span;
    const int first = sentence_at(span.start);
    const int last = sentence_at(std::max(span.start, span.end - 1));
    if (first >= 0 && doc_.sentences[static_cast<size_t>(first)].end > span.start)
        range.start = doc_.sentences[static_cast<size_t>(first)].start;
    else if (first < 0 || doc_.sentences.empty())
        range.start = limit.start;
    if (last >= 0)
        range.end = std::max(range.end, doc_.sentences[static_cast<size_t>(last)].end);
    if (doc_.sentences.empty())
        range = limit;
    range.start = std::max(range.start, limit.start);
    range.end = std::min(std::max(range.end, span.end), limit.end);
    return {token_from(range.start), token_from(range.end)};
}

void DocumentView::mark_quote(Span marks, int32_t quote) {
    if (quote_openings_.size() <= static_cast<size_t>(quote))
        quote_openings_.resize(static_cast<size_t>(quote) + 1, -1);
    quote_openings_[static_cast<size_t>(quote)] = marks.start;
    for (size_t i = token_from(marks.start);
         i < tokens_.size() && tokens_[i].span.start < marks.end; ++i) {
        quote_of_token_[i] = quote;
        set_bit(quote_token_starts_, tokens_[i].span.start);
    }
}

bool DocumentView::in_dateline(int32_t position) const {
    return doc_.dateline && doc_.dateline->span.contains(position);
}

void DocumentView::add_mention(const IndexedMention& mention) {
    mentions_.insert(mention);
    set_bit(mention_starts_, mention.span.start);
}

const IndexedMention* DocumentView::find_mention_starting(int32_t position) const {
    auto it = mentions_.lower_bound(position);
    return it != mentions_.end() && it->span.start == position ? &*it : nullptr;
}

const IndexedMention* DocumentView::mention_covering(Span span) const {
    // Mentions are short: look back a bounded number of starts before span.start.
    auto it = mentions_.upper_bound(span.start);
    const IndexedMention* best = nullptr;
    for (int steps = 0; it != mentions_.begin() && steps < 16; ++steps) {
        --it;
        if (it->span.contains(span) && (!best || it->span.length() > best->span.length()))
            best = &*it;
    }
    return best;
}

MentionIndex::Range DocumentView::mentions_in(int32_t begin, int32_t end) const {
    auto first = mentions_.lower_bound(begin);
    auto last = mentions_.lower_bound(std::max(begin, end));
    return {first, last};
}

} // namespace whosaid::quotes
