#include "quotes/floor_carrier.h"

#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr int kFloorSentences = 3;  // sentences from the speaker's quotation to the next
constexpr int kFloorParagraphs = 2; // a heading paragraph may stand in between
constexpr size_t kPronounLead = 4;  // "Il est", "Elle l'a jugé": words before the mark
constexpr size_t kTopicLead = 6;    // "Quant au budget de la ville,"
constexpr size_t kAfterWords = 40;  // tokens read after the mark for "…», pouvait-on lire"

} // namespace

bool FloorCarrier::leaves_floor(const QuoteCandidate& quote) const {
    // Both reads are bounded, so a sentence of thousands of quotations stays linear.
    size_t words = 0;
    size_t first_word = quote.open;
    for (size_t k = quote.sentence_first; k < quote.open; ++k) {
        if (view_.quote_of(k) >= 0)
            return false; // another quotation leads the sentence: it decides
        if (!view_.token(k).word)
            continue;
        if (++words > kTopicLead)
            return false;
        if (words == 1)
            first_word = k;
    }
    const size_t last = std::min({quote.sentence_last, view_.size(), quote.close + kAfterWords});
    for (size_t k = quote.close; k + 1 < last; ++k)
        if (view_.quote_of(k) < 0 && is_punct(view_.token(k), u"-") &&
            one_of(view_.token(k + 1).folded(), {u"on", u"il", u"elle", u"ils", u"elles"}))
            return false;
    if (words == 0)
        return true;
    const std::u16string_view lead = view_.token(first_word).folded();
    if (words <= kPronounLead && one_of(lead, {u"il", u"elle", u"he", u"she", u"it"}))
        return true;
    return is_punct(view_.token(quote.open - 1), u",") &&
           one_of(lead, {u"quant", u"concernant", u"as", u"regarding"});
}

bool FloorCarrier::carries(const QuoteCandidate& floor, int32_t speaker,
                           const QuoteCandidate& quote) const {
    if (quote.range.paragraph - floor.range.paragraph > kFloorParagraphs)
        return false;
    const int32_t to = quote.range.marks.start;
    const int spoke = view_.sentence_at(floor.range.marks.end - 1); // a "?" inside splits it
    const int here = view_.sentence_at(to);
    if (spoke < 0 || here < spoke || here - spoke > kFloorSentences)
        return false;
    if (floor.sentence_first != quote.sentence_first && !leaves_floor(quote))
        return false;
    return !other_named(floor, speaker, quote);
}

bool FloorCarrier::other_named(const QuoteCandidate& floor, int32_t speaker,
                               const QuoteCandidate& quote) const {
    // Names in the floor's own sentence belong to its reporting clause ("«…», a dit X, du
    // parti Y."): only the sentences after it count. Mentions come sorted; callers bound the
    // distance to a few sentences.
    const int spoke = view_.sentence_at(floor.range.marks.end - 1);
    if (spoke < 0)
        return false;
    const int32_t from =
        std::max(floor.range.marks.end, view_.doc().sentences[static_cast<size_t>(spoke)].end);
    for (const IndexedMention& m : view_.mentions_in(from, quote.range.marks.start)) {
        if (m.entity == speaker || view_.inside_quote(m.span.start))
            continue;
        const EntityKind kind = view_.doc().entities[static_cast<size_t>(m.entity)].kind;
        if (kind == EntityKind::Person || kind == EntityKind::Organization)
            return true;
    }
    return false;
}

} // namespace whosaid::quotes
