#include "quotes/speaker_label_reader.h"

#include "quotes/token_tests.h"
#include "whosaid/attribution_rule.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxLabelWords = 4; // words of "Réaction immédiate de X :" before "de"

} // namespace

bool SpeakerLabelReader::read(const QuoteCandidate& quote, Attribution& out) {
    if (quote.open <= quote.sentence_first + 1 || !is_punct(view_.token(quote.open - 1), u":"))
        return false;
    const size_t colon = quote.open - 1;
    // The label opens the sentence, follows the quotation before it ("A: «…» B: «…»") or
    // a dash between spaces after a heading ("POLLS WERE RIGHT - Jo Park: "…"", "Bilan —
    // Paul Roy : «…»"): the heading is no part of the name.
    size_t first = quote.sentence_first;
    for (size_t k = colon; k > quote.sentence_first; --k)
        if (view_.quote_of(k - 1) >= 0 || spaced_dash(k - 1)) {
            first = k;
            break;
        }
    if (first >= colon)
        return false;
    std::optional<SpeakerPhrase> label = phrases_.starting_at(first, colon);
    // "Jo Park and Tim Hale: «…»": two names, the first speaking for both (SpeakerSettler
    // reads the pair as a group).
    if (label && label->kind == SpeakerPhrase::Kind::Entity && label->end + 1 < colon &&
        one_of(view_.token(label->end).folded(), {u"and", u"et"})) {
        const auto second = phrases_.starting_at(label->end + 1, colon);
        if (!second || second->end != colon || second->kind != SpeakerPhrase::Kind::Entity)
            label.reset();
        else
            label->together = true;
    } else if (!label || label->end != colon || label->kind != SpeakerPhrase::Kind::Entity) {
        label.reset();
    }
    if (!label)
        label = owner_label(first, colon);
    if (!label)
        return false;
    const EntityKind kind = view_.doc().entities[static_cast<size_t>(label->entity)].kind;
    if ((kind != EntityKind::Person && kind != EntityKind::Organization) ||
        !settler_.settle(*label, out))
        return false;
    out.rule = rule::speaker_label;
    out.confidence = 0.8;
    return true;
}

bool SpeakerLabelReader::spaced_dash(size_t k) const {
    const Token& t = view_.token(k);
    if (!is_dash(t) || k == 0 || k + 1 >= view_.size())
        return false;
    return view_.token(k - 1).span.end < t.span.start && t.span.end < view_.token(k + 1).span.start;
}

std::optional<SpeakerPhrase> SpeakerLabelReader::owner_label(size_t first, size_t colon) const {
    // A few words naming a reply ("La mort de X :" names none), then "de"/"chez"/"from" and
    // the name that ends the label.
    bool reply = false;
    for (size_t k = first; k < colon && k <= first + kMaxLabelWords; ++k) {
        const Token& t = view_.token(k);
        if (view_.quote_of(k) >= 0 || cues_.at(view_.tokens(), k, colon))
            return std::nullopt;
        if (one_of(t.folded(), {u"reaction", u"reponse", u"replique", u"constat", u"commentaire",
                                u"cloche", u"version", u"response", u"reply", u"comment"})) {
            reply = true;
            continue;
        }
        if (!reply)
            continue;
        size_t name = k + 1;
        if (t.folded() == u"d" && is_punct(view_.token(k + 1), u"'"))
            ++name;
        else if (!one_of(t.folded(), {u"de", u"du", u"chez", u"from", u"of"}))
            continue;
        std::optional<SpeakerPhrase> owner = phrases_.starting_at(name, colon);
        if (owner && owner->end == colon && owner->kind == SpeakerPhrase::Kind::Entity)
            return owner;
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
