#include "quotes/crowd_voice_finder.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxVoiceReach = 4; // tokens between the quotation and its noun of voices
constexpr size_t kMaxCrowdReach = 4; // tokens between that noun and the crowd's preposition

} // namespace

bool CrowdVoiceFinder::voice_word(size_t k) const {
    const Token& t = view_.token(k);
    return t.word &&
           one_of(t.folded(), {u"shouts", u"chants", u"cries", u"calls", u"cheers", u"chorus",
                               u"voices", u"heard", u"cris", u"cri", u"clameur", u"slogans",
                               u"entendre", u"entend", u"entendait", u"entendu"});
}

std::optional<SpeakerPhrase> CrowdVoiceFinder::crowd_after(size_t from, size_t limit) const {
    for (size_t k = from; k < limit && k < from + kMaxCrowdReach; ++k) {
        // Words and the hyphen of "entendait-on" may stand in between, nothing else.
        if (view_.quote_of(k) >= 0 || (!view_.token(k).word && !is_punct(view_.token(k), u"'") &&
                                       !is_punct(view_.token(k), u"-")))
            return std::nullopt;
        if (!one_of(view_.token(k).folded(),
                    {u"from", u"in", u"among", u"dans", u"parmi", u"de", u"du", u"des", u"d"}))
            continue;
        size_t at = k + 1;
        if (view_.token(k).folded() == u"d" && at < limit && is_punct(view_.token(at), u"'"))
            ++at;
        // "du cortège", "des manifestants": the article is in the preposition.
        const std::optional<SpeakerPhrase> crowd = phrases_.starting_at(at, limit);
        if (crowd && crowd->kind == SpeakerPhrase::Kind::Description && crowd->anonymous)
            return crowd;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<SpeakerPhrase> CrowdVoiceFinder::find(const QuoteCandidate& quote) const {
    const size_t limit = quote.sentence_last;
    // "Chants of «…» rose from the crowd", "Des cris de «…» ont fusé de la foule".
    if (quote.open >= 2 && voice_word(quote.open - 2) &&
        one_of(view_.token(quote.open - 1).folded(), {u"of", u"de"}))
        for (size_t k = quote.close; k < limit && k < quote.close + kMaxVoiceReach; ++k)
            if (auto crowd = crowd_after(k, limit))
                return crowd;
    // "«…», came shouts from the crowd", "«…», pouvait-on entendre dans la foule" (the
    // comma after the marks, or inside them: ""Hold the vote," came shouts").
    size_t first = quote.close;
    if (first < limit && is_punct(view_.token(first), u","))
        ++first;
    for (size_t k = first; k < limit && k < first + kMaxVoiceReach; ++k) {
        if (view_.quote_of(k) >= 0)
            return std::nullopt;
        if (voice_word(k))
            return crowd_after(k + 1, limit);
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
