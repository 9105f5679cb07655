#include "quotes/source_finder.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxNounsBefore = 5; // "l'agence de presse officielle"

} // namespace

SourceFinder::Candidate SourceFinder::media_at(size_t k, size_t last) const {
    const Token& t = view_.token(k);
    if (const IndexedMention* m = view_.mention_starting(t.span.start)) {
        const Entity& entity = view_.doc().entities[static_cast<size_t>(m->entity)];
        if (entity.kind == EntityKind::Media)
            return {m->entity, m->span, {}};
        return {};
    }
    if (!t.word || !t.capitalized)
        return {};
    auto [media, length] = lexicon_.media().longest(view_.tokens(), k, last);
    if (media >= 0) {
        const Span span{t.span.start, view_.token(k + static_cast<size_t>(length) - 1).span.end};
        return {-1, span, lexicon_.media_name(media)};
    }
    // "l'agence Interfax", "le quotidien Kommersant": a name after a media noun.
    if (k > 0 && view_.token(k - 1).is(WordClass::kMediaNoun) && view_.token(k - 1).word &&
        !view_.token(k - 1).capitalized) {
        size_t end = k;
        while (end < last && view_.token(end).word && view_.token(end).capitalized &&
               view_.quote_of(end) < 0)
            ++end;
        const Span span{t.span.start, view_.token(end - 1).span.end};
        return {-1, span, std::u16string(view_.doc().slice(span))};
    }
    return {};
}

bool SourceFinder::cue_before(size_t k, size_t first, bool has_speech_cue) const {
    // Step back over determiners, apostrophes and media nouns: "à l'agence officielle".
    size_t j = k;
    for (size_t skipped = 0; j > first && skipped < kMaxNounsBefore; ++skipped) {
        const Token& t = view_.token(j - 1);
        if (t.folded() == u"'" ||
            (t.is(WordClass::kDeterminer) && t.folded() != u"de" && t.folded() != u"d" &&
             t.folded() != u"des") ||
            (t.is(WordClass::kMediaNoun) && !t.is(WordClass::kSourceCueEnd)))
            --j;
        else
            break;
    }
    // Try the cue ending at j - 1, then (for "de", "d'") the one a media noun hid.
    for (size_t end = j; end > first && end + 3 > j; --end) {
        const Token& last_word = view_.token(end - 1);
        const auto* cues = last_word.is(WordClass::kSourceCueEnd)
                               ? lexicon_.source_cues_ending(last_word.folded())
                               : nullptr;
        if (!cues)
            continue;
        for (const SourceCue& cue : *cues) {
            const size_t n = cue.tokens.size();
            if (end < first + n)
                continue;
            bool same = true;
            for (size_t c = 0; c < n && same; ++c)
                same = view_.token(end - n + c).folded() == cue.tokens[c];
            if (!same)
                continue;
            if (cue.type == SourceCueType::Told && !has_speech_cue)
                continue;
            if (cue.type == SourceCueType::Reported)
                continue;
            return true;
        }
        if (end != j)
            break;
    }
    return false;
}

bool SourceFinder::reported_between(size_t begin, size_t end, bool at_end) const {
    // A "reported" cue starting at begin (at_end false) or ending at end (at_end true).
    for (size_t length = 1; length <= 3 && begin + length <= end; ++length) {
        const size_t from = at_end ? end - length : begin;
        const Token& last_word = view_.token(from + length - 1);
        if (!last_word.is(WordClass::kSourceCueEnd))
            continue;
        const auto* cues = lexicon_.source_cues_ending(last_word.folded());
        for (const SourceCue& cue : *cues) {
            if (cue.type != SourceCueType::Reported || cue.tokens.size() != length)
                continue;
            bool same = true;
            for (size_t c = 0; c < length && same; ++c)
                same = view_.token(from + c).folded() == cue.tokens[c];
            if (same)
                return true;
        }
    }
    return false;
}

std::vector<QuoteSource> SourceFinder::find(size_t first, size_t last, bool has_speech_cue) const {
    std::vector<QuoteSource> sources;
    for (size_t k = first; k < last; ++k) {
        if (view_.quote_of(k) >= 0)
            continue;
        // Only a mention or a capitalized word may name a medium (see media_at).
        const Token& t = view_.token(k);
        if (!(t.word && t.capitalized) && !view_.mention_starting(t.span.start))
            continue;
        Candidate candidate = media_at(k, last);
        if (candidate.entity < 0 && candidate.name.empty())
            continue;
        const Span span = candidate.span;
        const size_t end = view_.token_from(span.end);
        // "rapporte l'agence TASS", "a rapporté le quotidien"
        size_t j = k;
        while (j > first && (view_.token(j - 1).is(WordClass::kDeterminer) ||
                             view_.token(j - 1).folded() == u"'" ||
                             view_.token(j - 1).is(WordClass::kMediaNoun)))
            --j;
        if (cue_before(k, first, has_speech_cue) || reported_between(end, last, false) ||
            reported_between(first, j, true)) {
            const int32_t entity = candidate.entity >= 0
                                       ? candidate.entity
                                       : linker_.media(candidate.name, span, true);
            bool seen = false;
            for (const QuoteSource& s : sources)
                seen = seen || s.entity == view_.doc().entities[static_cast<size_t>(entity)].id;
            if (!seen)
                sources.push_back({view_.doc().entities[static_cast<size_t>(entity)].id, span});
        }
        k = end > k ? end - 1 : k;
    }
    return sources;
}

} // namespace whosaid::quotes
