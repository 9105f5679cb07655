#pragma once

#include "quotes/document_view.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace whosaid::quotes {

// The persons the narration named just before a position, read back sentence by sentence:
// the position's own sentence, then the ones before it, latest first; each sentence's
// mentions in text order. A sentence that opens inside a quotation is someone's words, not
// narration, so it does not count towards the sentences read ("«… Nous tiendrons. Nous
// gagnerons», a assuré le porte-parole" still reaches the sentence before the quotation).
// Shared by the readers that look for who was just named ("a ajouté le ministre",
// "ce dernier").
class RecentPersonWalk {
public:
    // Reads the sentence of `before` and `sentences_back` sentences before it (more when
    // quoted ones are passed over, at most 12 of those); reads no more than max_read
    // mentions in all, so that a sentence of thousands of names costs nothing.
    RecentPersonWalk(const DocumentView& view, int32_t before, int sentences_back, size_t max_read);

    // Calls visit(mention) for each person mention outside quotations of the next sentence
    // back, in text order, up to `before`; visit returns false to stop the walk. Returns
    // false when the walk is over: no sentence left, visit stopped it, or the reading limit
    // was passed (then `overflowed()`).
    template <class Visit> bool next_sentence(Visit visit) {
        if (stopped_ || sentence_ < 0 || sentence_ < limit_)
            return false;
        const Span span = view_.doc().sentences[static_cast<size_t>(sentence_)];
        if (view_.inside_quote(span.start) && limit_ > first_sentence_ - kMaxQuotedSentences)
            --limit_;
        --sentence_;
        for (const IndexedMention& mention :
             view_.mentions_in(span.start, std::min(span.end, before_))) {
            if (++read_ > max_read_) {
                overflowed_ = stopped_ = true;
                return false;
            }
            if (is_narrated_person(mention) && !visit(mention)) {
                stopped_ = true;
                return false;
            }
        }
        return true;
    }

    // Whether the walk stopped at the reading limit: what was read may not be the whole.
    bool overflowed() const { return overflowed_; }

private:
    static constexpr int kMaxQuotedSentences = 12;

    bool is_narrated_person(const IndexedMention& mention) const;

    const DocumentView& view_;
    int32_t before_;
    int first_sentence_;
    int sentence_;
    int limit_;
    size_t max_read_;
    size_t read_ = 0;
    bool stopped_ = false;
    bool overflowed_ = false;
};

} // namespace whosaid::quotes
