#include "actors/known_matcher.h"

namespace whosaid::actors {

namespace {

// The word before token first, skipping an elided article ("l'agence").
size_t previous_word(const TokenStream& tokens, size_t first) {
    if (first == 0)
        return tokens.size();
    size_t i = first - 1;
    if (tokens.key_is(i, u"'") && i > 0)
        --i;
    return tokens.same_sentence(i, first) && tokens.has(i, kWord) ? i : tokens.size();
}

bool has_media_context(const ActorLexicon& lexicon, const TokenStream& tokens, size_t first) {
    const size_t before = previous_word(tokens, first);
    if (before < tokens.size() &&
        (lexicon.is_network_cue(tokens.key(before)) || lexicon.is_media_cue(tokens.key(before))))
        return true;
    // "X (ex-Twitter)"
    return tokens.key_is(first + 1, u"(");
}

} // namespace

KnownMatch match_known(const ActorLexicon& lexicon, const TokenStream& tokens, size_t first) {
    if (!tokens.has(first, kWord) || tokens.has(first, kShouting) || !tokens.has(first, kUpper))
        return {};
    const auto filter = [&](int32_t payload, size_t start, size_t count) {
        const KnownForm& form = lexicon.form(payload);
        if (!lexicon.case_fits(form, tokens, start, count))
            return false;
        if (form.needs_context && !has_media_context(lexicon, tokens, start))
            return false;
        if (form.needs_place_context || form.needs_org_context) {
            const size_t before = previous_word(tokens, start);
            const std::u16string_view cue = before < tokens.size() ? tokens.key(before) : u"";
            if (form.needs_place_context && !lexicon.is_place_cue(cue))
                return false;
            if (form.needs_org_context && !lexicon.is_org_cue(cue))
                return false;
        }
        if (!form.contraction_before.empty()) {
            const size_t before = start > 0 ? start - 1 : tokens.size();
            const std::u16string_view key = before < tokens.size() ? tokens.key(before) : u"";
            const bool le = key == u"du" || key == u"au";
            const bool les = key == u"des" || key == u"aux";
            if (!(form.contraction_before == u"le" ? le : les))
                return false;
        }
        return true;
    };
    const PhraseGazetteer::Match match = lexicon.names().longest(tokens, first, filter);
    if (match.tokens == 0)
        return {};
    const KnownForm& form = lexicon.form(match.payload);
    return KnownMatch{match.tokens, form.entity, form.acronym};
}

} // namespace whosaid::actors
