#include "quotes/source_finder.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxDescriptionTokens = 9; // "à une journaliste de l'agence de presse …"
constexpr size_t kMaxAffiliateWords = 3;    // "NBC's sister network CNBC"
constexpr size_t kMaxTokensBack = 400;      // a description refers back to a medium named nearby
constexpr size_t kMaxCueTokens = 12;        // "dans un entretien publié par"
constexpr size_t kMaxSharedSources = 8;     // a group's sources: a few media, not every one

// Whether tokens [end - n, end) read the cue's words.
bool reads(const DocumentView& view, size_t end, const SourceCue& cue) {
    const size_t n = cue.tokens.size();
    for (size_t c = 0; c < n; ++c)
        if (view.token(end - n + c).folded() != cue.tokens[c])
            return false;
    return true;
}

bool opening_mark(const Token& t) {
    return is_punct(t, u'\u00ab') || is_punct(t, u'"') || is_punct(t, u'\u201c');
}

bool list_word(const Token& t) {
    const std::u16string_view w = t.folded();
    return w == u"et" || w == u"ou" || w == u"and" || w == u"or";
}

} // namespace

bool SourceFinder::cue_ending(size_t end, size_t first, bool has_speech_cue) const {
    if (end <= first)
        return false;
    const Token& last_word = view_.token(end - 1);
    if (!last_word.is(WordClass::kSourceCueEnd) || view_.quote_of(end - 1) >= 0)
        return false;
    const auto* cues = lexicon_.source_cues_ending(last_word.folded());
    if (!cues)
        return false;
    for (const SourceCue& cue : *cues) {
        if (cue.type == SourceCueType::Reported || cue.type == SourceCueType::Network ||
            cue.type == SourceCueType::Cites || end < first + cue.tokens.size() ||
            !reads(view_, end, cue))
            continue;
        // "à", "dans", "pour", "to", "in", "for" name a medium only for words said, or opening
        // the sentence ("Dans Le Figaro, X juge…").
        if (cue.type == SourceCueType::Told && !has_speech_cue && end - cue.tokens.size() != first)
            continue;
        return true;
    }
    return false;
}

bool SourceFinder::cue_before(size_t k, size_t first, bool has_speech_cue) const {
    // A title in quotation marks ("au «Parisien»"): the cue stands before the opening mark.
    if (k > first && view_.quote_of(k) >= 0 && view_.quote_of(k - 1) == view_.quote_of(k) &&
        opening_mark(view_.token(k - 1)))
        --k;
    size_t adjectives = 0;
    for (size_t j = k; j >= first; --j) {
        if (cue_ending(j, first, has_speech_cue))
            return true;
        if (j == first || k - j >= kMaxDescriptionTokens ||
            !reader_.describes(view_.token(j - 1), view_.token(j), adjectives))
            return false;
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
        for (const SourceCue& cue : *lexicon_.source_cues_ending(last_word.folded()))
            if (cue.type == SourceCueType::Reported && cue.tokens.size() == length &&
                reads(view_, from + length, cue))
                return true;
    }
    return false;
}

bool SourceFinder::continues_list(size_t start, size_t first, size_t list_end) const {
    size_t j = start;
    if (j > first && list_word(view_.token(j - 1)))
        --j;
    if (j > first && view_.token(j - 1).folded() == u",")
        --j;
    return j < start && j == list_end;
}

bool SourceFinder::after_quotation(size_t k, size_t end, size_t first) const {
    return k >= first + 2 && view_.token(k - 1).folded() == u"(" && view_.quote_of(k - 2) >= 0 &&
           end < view_.size() && view_.token(end).folded() == u")";
}

void SourceFinder::network_cue(size_t k, size_t first, std::vector<QuoteSource>& sources) const {
    const auto* cues = lexicon_.source_cues_ending(view_.token(k).folded());
    if (!cues)
        return;
    for (const SourceCue& cue : *cues) {
        if (cue.type != SourceCueType::Network || k + 1 < first + cue.tokens.size() ||
            !reads(view_, k + 1, cue))
            continue;
        const Span span{view_.token(k + 1 - cue.tokens.size()).span.start, view_.token(k).span.end};
        add(linker_.media(cue.medium, span, false), span, sources);
        return;
    }
}

size_t SourceFinder::affiliate_after(size_t end, size_t last) const {
    if (end + 2 >= last || view_.token(end).folded() != u"'" ||
        view_.token(end + 1).folded() != u"s")
        return last;
    for (size_t j = end + 2; j < last && j < end + 2 + kMaxAffiliateWords; ++j)
        if (reader_.name_at(j, last).found())
            return j;
    return last;
}

std::optional<std::pair<size_t, size_t>> SourceFinder::cited_speaker(size_t first,
                                                                     size_t last) const {
    for (size_t k = first; k < last; ++k) {
        const Token& t = view_.token(k);
        if (!t.is(WordClass::kSourceCueEnd) || view_.quote_of(k) >= 0)
            continue;
        for (const SourceCue& cue : *lexicon_.source_cues_ending(t.folded())) {
            const size_t n = cue.tokens.size();
            if (cue.type != SourceCueType::Cites || k + 1 < first + n + 2 ||
                !reads(view_, k + 1, cue) || view_.token(k + 1 - n - 1).folded() != u",")
                continue;
            // A medium right before the comma: "le quotidien X, qui cite".
            const size_t comma = k + 1 - n - 1;
            bool medium = false;
            for (size_t j = comma; j-- > first && comma - j <= kMaxCueTokens && !medium;)
                medium = reader_.name_at(j, comma).found();
            if (!medium)
                continue;
            // The cited phrase: up to the next comma, colon or quotation.
            size_t end = k + 1;
            while (end < last && end < k + 1 + kMaxCueTokens && view_.quote_of(end) < 0 &&
                   view_.token(end).folded() != u"," && view_.token(end).folded() != u":")
                ++end;
            if (end > k + 1)
                return std::pair{k + 1, end};
        }
    }
    return std::nullopt;
}

void SourceFinder::share_in_groups(std::vector<Quote>& quotes) {
    std::vector<QuoteSource> shared;
    for (size_t begin = 0, end = 0; begin < quotes.size(); begin = end) {
        end = begin + 1;
        while (end < quotes.size() && quotes[end].group == quotes[begin].group)
            ++end;
        if (end == begin + 1)
            continue;
        shared.clear();
        for (size_t i = begin; i < end; ++i)
            for (const QuoteSource& source : quotes[i].sources) {
                bool seen = false;
                for (const QuoteSource& s : shared)
                    seen = seen || s.entity == source.entity;
                if (!seen && shared.size() < kMaxSharedSources)
                    shared.push_back(source);
            }
        for (size_t i = begin; i < end; ++i)
            for (const QuoteSource& source : shared) {
                bool seen = false;
                for (const QuoteSource& s : quotes[i].sources)
                    seen = seen || s.entity == source.entity;
                if (!seen)
                    quotes[i].sources.push_back(source);
            }
    }
}

bool SourceFinder::titled_medium(size_t k, size_t last) const {
    const int32_t quote = view_.quote_of(k);
    if (k == 0 || view_.quote_of(k - 1) != quote || !opening_mark(view_.token(k - 1)))
        return false;
    const MediaPhraseReader::Medium medium = reader_.name_at(k, last);
    if (!medium.found())
        return false;
    // The name fills the marks: the token after it is the closing mark.
    const size_t end = view_.token_from(medium.span.end);
    return end < last && !view_.token(end).word && view_.quote_of(end) == quote &&
           (end + 1 >= view_.size() || view_.quote_of(end + 1) != quote);
}

int32_t SourceFinder::medium_before(size_t k) const {
    const size_t stop = k > kMaxTokensBack ? k - kMaxTokensBack : 0;
    for (size_t j = k; j-- > stop;) {
        if (view_.quote_of(j) >= 0)
            continue;
        const MediaPhraseReader::Medium medium = reader_.name_at(j, k);
        if (medium.entity >= 0)
            return medium.entity;
        // A name of the lexicon or after a type, confirmed by its own cue ("selon X") or
        // type ("le quotidien X").
        const size_t sentence = j > kMaxCueTokens ? j - kMaxCueTokens : 0;
        if (medium.found() && (cue_before(j, sentence, true) || reader_.typed(j, sentence)))
            return linker_.media(medium.name, medium.span, true);
    }
    return -1;
}

void SourceFinder::add(int32_t entity, Span span, std::vector<QuoteSource>& sources) const {
    const std::string& id = view_.doc().entities[static_cast<size_t>(entity)].id;
    for (const QuoteSource& s : sources)
        if (s.entity == id)
            return;
    sources.push_back({id, span});
}

std::vector<QuoteSource> SourceFinder::find(size_t first, size_t last, bool has_speech_cue) const {
    std::vector<QuoteSource> sources;
    size_t list_end = view_.size();  // one past the last medium found, for lists
    size_t affiliate = view_.size(); // the medium an owner's possessive introduces
    for (size_t k = first; k < last; ++k) {
        if (view_.quote_of(k) >= 0 && !titled_medium(k, last))
            continue;
        const Token& t = view_.token(k);
        if (t.is(WordClass::kSourceCueEnd))
            network_cue(k, first, sources);
        // A description standing for the medium named before: "interrogé par le journal".
        if (const size_t end = reader_.description_end(k, last); end > k) {
            // The article may be the cue's preposition too: "au" (à le), "to the".
            if (cue_before(k, first, has_speech_cue) || cue_ending(k + 1, first, has_speech_cue)) {
                const int32_t entity = medium_before(k);
                const Span span{t.span.start, view_.token(end - 1).span.end};
                if (entity >= 0)
                    add(entity, span, sources);
            }
            k = end - 1;
            continue;
        }
        // Only a mention, a capitalized word or an elided article ("l'Écho") may start a
        // medium's name (see name_at).
        if (!t.word || !(t.capitalized || view_.mention_starting(t.span.start) ||
                         (k + 1 < last && view_.token(k + 1).folded() == u"'")))
            continue;
        const MediaPhraseReader::Medium medium = reader_.name_at(k, last);
        if (!medium.found())
            continue;
        size_t end = view_.token_from(medium.span.end);
        const size_t start = reader_.description_start(k, first);
        if (k == affiliate || cue_before(k, first, has_speech_cue) ||
            continues_list(start, first, list_end) || after_quotation(k, end, first) ||
            reported_between(end, last, false) || reported_between(first, start, true)) {
            // "told NBC's sister network CNBC": the words went through the affiliate.
            if (const size_t owned = affiliate_after(end, last); owned < last) {
                affiliate = owned;
                k = end > k ? end - 1 : k;
                continue;
            }
            add(medium.entity >= 0 ? medium.entity : linker_.media(medium.name, medium.span, true),
                medium.span, sources);
            list_end = end;
            // "BFMTV and RMC radio": a type after the name belongs to it.
            while (list_end < last && view_.token(list_end).word &&
                   !view_.token(list_end).capitalized &&
                   lexicon_.medium_word(view_.token(list_end).folded()) != MediumWord::Staff &&
                   lexicon_.medium_word(view_.token(list_end).folded()) != MediumWord::None)
                ++list_end;
        }
        k = end > k ? end - 1 : k;
    }
    return sources;
}

} // namespace whosaid::quotes
