#include "quotes/floor_carrier.h"

#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr int kFloorSentences = 3;  // sentences from the speaker's quotation to the next
constexpr int kFloorParagraphs = 2; // a heading paragraph may stand in between
constexpr size_t kPronounLead = 4;  // "Il est", "Elle l'a jugé": words before the mark
constexpr size_t kTopicLead = 6;    // "Quant au budget de la ville,"

} // namespace

bool FloorCarrier::leaves_floor(const QuoteCandidate& quote) const {
    size_t words = 0;
    size_t first_word = quote.open;
    for (size_t k = quote.sentence_first; k < quote.open; ++k)
        if (view_.token(k).word && view_.quote_of(k) < 0) {
            first_word = std::min(first_word, k);
            ++words;
        }
    for (size_t k = quote.close; k + 1 < quote.sentence_last && k + 1 < view_.size(); ++k)
        if (view_.quote_of(k) < 0 && is_punct(view_.token(k), u"-") &&
            one_of(view_.token(k + 1).folded(), {u"on", u"il", u"elle", u"ils", u"elles"}))
            return false;
    if (words == 0)
        return true;
    const std::u16string_view lead = view_.token(first_word).folded();
    if (words <= kPronounLead && one_of(lead, {u"il", u"elle", u"he", u"she", u"it"}))
        return true;
    return words <= kTopicLead && is_punct(view_.token(quote.open - 1), u",") &&
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
