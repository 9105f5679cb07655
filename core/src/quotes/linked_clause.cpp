#include "quotes/linked_clause.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxClause = 40; // tokens read back from the quotation

} // namespace

std::optional<SpeakerPhrase> linked_pronoun_subject(const DocumentView& view, size_t first,
                                                    size_t open) {
    const size_t floor = open > first + kMaxClause ? open - kMaxClause : first;
    for (size_t k = open; k > floor + 1; --k) {
        const Token& t = view.token(k - 1);
        if (view.quote_of(k - 1) >= 0)
            continue;
        // "…, when he arrived, the city was «…»": a comma closed the pronoun's clause (one
        // right before the mark opens the quotation: "and said, «…»").
        if ((is_punct(t, u",") && k < open) || is_punct(t, u";"))
            return std::nullopt;
        const std::u16string_view w = t.folded();
        if (w != u"he" && w != u"she")
            continue;
        if (!one_of(view.token(k - 2).folded(),
                    {u"and", u"but", u"although", u"though", u"because", u"while", u"when", u"as",
                     u"whereas", u"since", u"yet", u"so"}))
            continue;
        SpeakerPhrase phrase;
        phrase.kind = SpeakerPhrase::Kind::Pronoun;
        phrase.mention = t.span;
        phrase.gender = w == u"he" ? Gender::Masculine : Gender::Feminine;
        phrase.end = k;
        return phrase;
    }
    return std::nullopt;
}

bool cue_words_quoted(const DocumentView& view, const CueMatch& cue, size_t link) {
    const auto quoted = [&view](size_t k) {
        return view.quote_of(k) >= 0;
    };
    // "«…,» says X": the quotation closes right before the cue.
    if (cue.first > 0 && quoted(cue.first - 1))
        return true;
    // "said Y is «…,» but she": the cue's quotation closes right before a coordinating word.
    if (!one_of(view.token(link).folded(), {u"but", u"although", u"though", u"yet"}))
        return false;
    return (link > 0 && quoted(link - 1)) ||
           (link > 1 && is_punct(view.token(link - 1), u",") && quoted(link - 2));
}

} // namespace whosaid::quotes
