#include "quotes/cue_finder.h"

#include "quotes/noun_homograph.h"
#include "quotes/text_reading_cue.h"
#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxAdverbs = 4;
constexpr size_t kMaxMotionGap = 6; // tokens between a verb of movement and its infinitive

bool is(const Token& token, std::u16string_view word) {
    return token.folded() == word;
}

} // namespace

std::optional<size_t> CueFinder::inverted_pronoun(const TokenList& tokens, size_t i,
                                                  size_t limit) const {
    if (!lexicon_.french() || i + 1 >= limit || !is(tokens[i], u"-"))
        return std::nullopt;
    // Hyphens must touch: "a-t-il", not "a - t".
    size_t j = i + 1;
    if (is(tokens[j], u"t") && j + 2 < limit && is(tokens[j + 1], u"-"))
        j += 2;
    Gender gender;
    bool plural;
    // "ai-je dit": the writer, whom the attribution takes as written.
    if (j < limit && tokens[j].span.start == tokens[j - 1].span.end &&
        (lexicon_.subject_pronoun(tokens[j].folded(), gender, plural) || is(tokens[j], u"on") ||
         is(tokens[j], u"je")))
        return j;
    return std::nullopt;
}

bool CueFinder::negated_before(const TokenList& tokens, size_t i) const {
    if (i >= 1 &&
        (is(tokens[i - 1], u"ne") || is(tokens[i - 1], u"not") || is(tokens[i - 1], u"never")))
        return true;
    return i >= 2 && is(tokens[i - 1], u"'") && is(tokens[i - 2], u"n");
}

std::optional<size_t> CueFinder::motion_infinitive(const TokenList& tokens, size_t j, size_t limit,
                                                   bool after_auxiliary) const {
    if (!lexicon_.french() || j >= limit)
        return std::nullopt;
    const std::u16string_view motion = tokens[j].folded();
    const bool participle =
        one_of(motion, {u"venu", u"venue", u"venus", u"venues", u"revenu", u"revenue", u"revenus",
                        u"revenues", u"alle", u"allee", u"alles", u"allees"});
    if (after_auxiliary ? !participle : !tokens[j].is(WordClass::kMotion))
        return std::nullopt;
    // "à la barre", "devant les juges", "d'" ("vient d'annoncer"): a short phrase with no
    // punctuation, conjunction or relative before the infinitive.
    for (size_t k = j + 1; k < limit && k <= j + kMaxMotionGap; ++k) {
        const Token& t = tokens[k];
        if (!t.word) {
            if (is(t, u"'"))
                continue;
            return std::nullopt;
        }
        const std::u16string_view w = t.folded();
        if (one_of(w, {u"et", u"ou", u"que", u"qu", u"qui", u"mais", u"dont"}))
            return std::nullopt;
        if (t.capitalized || !(w.ends_with(u"er") || w.ends_with(u"ir") || w.ends_with(u"re")))
            continue;
        const auto [entry, length] = lexicon_.verbs().longest(tokens, k, limit);
        if (entry >= 0 && lexicon_.verb(entry).type != CueType::Preposition)
            return k;
    }
    return std::nullopt;
}

bool CueFinder::names_person(const TokenList& tokens, size_t i) const {
    // ", Will urged", "\"…,\" Will wrote": English writes the modal in lower case inside a
    // sentence, so a capital there is a surname ("George Will"). After an opening quotation
    // mark or a full stop it may be a question's modal ("Will he run?"), and before another
    // capital a headline's ("Hobbs Will Say No").
    if (lexicon_.french() || !tokens[i].capitalized || i == 0 || i + 1 >= tokens.size() ||
        tokens[i + 1].capitalized)
        return false;
    const Token& before = tokens[i - 1];
    if (before.word || is(before, u","))
        return true;
    const std::u16string_view mark = before.folded();
    const bool closing = mark == u"\"" || mark == u"\u201d";
    return closing && i >= 2 && is(tokens[i - 2], u",") &&
           before.span.start == tokens[i - 2].span.end;
}

std::optional<CueMatch> CueFinder::match(const TokenList& tokens, size_t i, size_t limit) const {
    CueMatch match;
    match.first = i;
    size_t j = i;
    if (tokens[i].is(WordClass::kAuxiliary)) {
        if (names_person(tokens, i))
            return std::nullopt;
        ++j;
        if (auto pronoun = inverted_pronoun(tokens, j, limit)) {
            match.pronoun = pronoun;
            j = *pronoun + 1;
        }
        // Negation and adverbs between the auxiliary and the participle: "n'a pas dit",
        // "a-t-il aussi déclaré", "didn't say", "has also said".
        for (size_t skipped = 0; j < limit && skipped < kMaxAdverbs; ++skipped) {
            const Token& t = tokens[j];
            if (t.is(WordClass::kNegation) ||
                (is(t, u"'") && j + 1 < limit && is(tokens[j + 1], u"t"))) {
                match.negated = true;
                ++j;
            } else if (t.is(WordClass::kAdverb) || is(t, u",")) {
                ++j;
            } else {
                break;
            }
        }
    }
    if (auto infinitive = motion_infinitive(tokens, j, limit, j > i))
        j = *infinitive;
    auto [entry, length] = lexicon_.verbs().longest(tokens, j, limit);
    if (entry < 0) {
        if (j == i)
            return std::nullopt;
        // The auxiliary was itself the start of a phrase ("a fait savoir" is listed whole).
        std::tie(entry, length) = lexicon_.verbs().longest(tokens, i, limit);
        if (entry < 0)
            return std::nullopt;
        j = i;
        match.pronoun.reset();
    }
    // Only a found cue asks about negation before it: most tokens tried are no cue.
    match.negated = match.negated || negated_before(tokens, i);
    match.entry = entry;
    match.verb = j;
    match.last = j + static_cast<size_t>(length) - 1;
    match.end = match.last + 1;
    match.preposition = lexicon_.verb(entry).type == CueType::Preposition;
    match.answers = lexicon_.verb(entry).answers;
    match.opinion = lexicon_.verb(entry).opinion;
    if (match.preposition && j != i)
        return std::nullopt;
    if (!lexicon_.french() && reads_as_noun(tokens, match)) // "the state", "many states"
        return std::nullopt;
    if (!lexicon_.french() && reads_no_text(lexicon_, tokens, match)) // "read the book"
        return std::nullopt;
    // "a continué à développer", "continued to build": no words are reported.
    if (lexicon_.verb(entry).aspectual && match.end < limit &&
        (is(tokens[match.end], u"\u00e0") || is(tokens[match.end], u"de") ||
         is(tokens[match.end], u"d") || is(tokens[match.end], u"to")))
        return std::nullopt;
    if (!match.pronoun && !match.preposition)
        if (auto pronoun = inverted_pronoun(tokens, match.end, limit)) {
            match.pronoun = pronoun;
            match.end = *pronoun + 1;
        }
    if (match.pronoun) {
        const bool known = lexicon_.subject_pronoun(tokens[*match.pronoun].folded(),
                                                    match.pronoun_gender, match.pronoun_plural);
        if (!known)
            match.pronoun_plural = is(tokens[*match.pronoun], u"on");
        match.end = std::max(match.end, *match.pronoun + 1);
    }
    return match;
}

} // namespace whosaid::quotes
