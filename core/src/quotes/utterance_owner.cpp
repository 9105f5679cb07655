#include "quotes/utterance_owner.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxBetween = 4; // "publiées samedi soir par": participle and date words

// Nouns of what someone said or wrote, whose owner is the speaker. A communiqué or a
// statement is a channel of whoever issues it: "selon un communiqué de X" is left to the
// clause it closes.
bool utterance_noun(std::u16string_view w) {
    return one_of(w, {u"information", u"informations", u"termes",  u"terminologie", u"mots",
                      u"propos",      u"formule",      u"rapport", u"revelations",  u"chiffres",
                      u"estimations", u"decompte",     u"bilan",   u"calculs",      u"version",
                      u"report",      u"words",        u"terms",   u"figures",      u"estimates",
                      u"tally",       u"count",        u"account", u"calculations", u"data"});
}

bool owner_preposition(std::u16string_view w) {
    return one_of(w, {u"de", u"du", u"des", u"d", u"of", u"from"});
}

// "publiées", "released": a participle of making words public.
bool publishing_participle(std::u16string_view w) {
    return one_of(w, {u"publie",    u"publiee",  u"publies",    u"publiees",    u"diffuse",
                      u"diffusee",  u"diffuses", u"diffusees",  u"revele",      u"revelee",
                      u"reveles",   u"revelees", u"communique", u"communiques", u"communiquees",
                      u"published", u"released", u"issued",     u"compiled",    u"provided"});
}

} // namespace

std::optional<size_t> utterance_owner_at(const DocumentView& view, size_t i, size_t limit) {
    size_t k = i;
    while (k < limit && (view.token(k).is(WordClass::kDeterminer) || is_punct(view.token(k), u"'")))
        ++k;
    if (k >= limit || !view.token(k).word || !utterance_noun(view.token(k).folded()))
        return std::nullopt;
    ++k;
    if (k < limit && view.token(k).word && owner_preposition(view.token(k).folded())) {
        ++k;
    } else if (k < limit && publishing_participle(view.token(k).folded())) {
        const size_t from = k + 1;
        k = from;
        while (k < limit && k < from + kMaxBetween && view.token(k).word &&
               !one_of(view.token(k).folded(), {u"par", u"by"}))
            ++k;
        if (k >= limit || !one_of(view.token(k).folded(), {u"par", u"by"}))
            return std::nullopt;
        ++k;
    } else {
        return std::nullopt;
    }
    // "de la Ligue": the owner's own mention when one opens after its article.
    size_t owner = k;
    while (owner < limit &&
           (view.token(owner).is(WordClass::kDeterminer) || is_punct(view.token(owner), u"'")))
        ++owner;
    if (owner < limit && view.mention_starting(view.token(owner).span.start))
        return owner;
    return k < limit ? std::optional<size_t>(k) : std::nullopt;
}

} // namespace whosaid::quotes
