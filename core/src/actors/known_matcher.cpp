#include "actors/known_matcher.h"

#include <algorithm>

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

std::vector<KnownPart> match_known_parts(const ActorLexicon& lexicon, const TokenStream& tokens,
                                         size_t i) {
    std::vector<KnownPart> parts;
    if (!tokens.has(i, kUpper) || tokens.has(i, kShouting))
        return parts;
    const std::u16string_view key = tokens.key(i);
    const std::u16string_view text = tokens.text(i);
    // Folding keeps hyphens and, but for combining marks, the length: parts are cut in both.
    if (key.size() != text.size() || key.find(u'-') == std::u16string_view::npos)
        return parts;
    size_t start = 0;
    while (start <= key.size()) {
        size_t end = key.find(u'-', start);
        if (end == std::u16string_view::npos)
            end = key.size();
        const std::u16string_view word = key.substr(start, end - start);
        const std::vector<int32_t>* payloads = lexicon.names().payloads(word);
        if (word.empty() || payloads == nullptr || payloads->empty())
            return {};
        const KnownForm& form = lexicon.form(payloads->front());
        // The tokenizer joins a hyphen to a capital only, so each part is capitalized; an
        // acronym's form still wants capitals.
        const std::u16string_view written = text.substr(start, end - start);
        const bool capitals = std::all_of(written.begin(), written.end(),
                                          [](char16_t c) { return c < u'a' || c > u'z'; });
        if (form.shape.size() != 1 || form.needs_context || form.needs_place_context ||
            form.needs_org_context || !form.contraction_before.empty() ||
            (form.shape.front() == 2 && !capitals))
            return {};
        const int32_t offset = tokens[i].span.start;
        parts.push_back(KnownPart{
            Span{offset + static_cast<int32_t>(start), offset + static_cast<int32_t>(end)}, word,
            form.entity, form.acronym});
        start = end + 1;
    }
    if (parts.size() < 2)
        parts.clear();
    return parts;
}

} // namespace whosaid::actors
