#include "quotes/reporting_cue_finder.h"

#include "quotes/token_tests.h"

#include <algorithm>
#include <initializer_list>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxGap = 8;             // tokens between the verb and "que"/"that"
constexpr size_t kMaxObject = 4;          // tokens of the object of "told", "assured"
constexpr size_t kMaxCueSpan = 6;         // auxiliary, negation and adverbs before the verb
constexpr size_t kMaxLeadingNegation = 5; // "n'a-t-il pas" before a negated-only verb

bool stops_gap(const Token& t) {
    return !t.word && one_of(t.folded(), {u".", u";", u":", u"!", u"?", u"(", u")"});
}

// Words that make "que"/"that" part of another conjunction or a comparison: "pour que",
// "bien que", "alors que", "ce que", "plus que", "so that", "such that", "now that".
bool binds_complementizer(std::u16string_view w) {
    return one_of(w, {u"ce",     u"tel",     u"telle",  u"tels",     u"telles", u"plus",  u"moins",
                      u"autant", u"ainsi",   u"alors",  u"bien",     u"pour",   u"sans",  u"avant",
                      u"apres",  u"pendant", u"tandis", u"parce",    u"afin",   u"des",   u"depuis",
                      u"meme",   u"si",      u"tant",   u"sorte",    u"lors",   u"jusqu", u"sauf",
                      u"outre",  u"encore",  u"rien",   u"chose",    u"fait",   u"so",    u"such",
                      u"now",    u"given",   u"except", u"provided", u"order",  u"fact",  u"than"});
}

// Verbs taking a person as object before their clause: "told reporters that".
bool takes_object(const std::string& lemma) {
    return lemma == "tell" || lemma == "inform" || lemma == "assure" || lemma == "reassure" ||
           lemma == "warn" || lemma == "advise" || lemma == "promise";
}

// The people a speaker tells something: "told reporters that", "assured investors that".
bool audience(std::u16string_view w) {
    return one_of(w, {u"reporters", u"journalists", u"lawmakers", u"parliament", u"investors",
                      u"analysts",  u"senators",    u"delegates", u"supporters", u"residents",
                      u"staff",     u"employees",   u"officials", u"colleagues", u"audience",
                      u"crowd",     u"him",         u"her",       u"them",       u"us",
                      u"me",        u"congress"});
}

bool extra_preposition(std::u16string_view w) {
    return one_of(w, {u"lors", u"devant", u"durant", u"via", u"aupres", u"during", u"after",
                      u"before", u"through", u"via", u"in", u"on", u"at", u"to"});
}

} // namespace

bool ReportingCueFinder::reporting(const CueMatch& cue, size_t first) const {
    if (cue.entry < 0 || cue.preposition || cue.negated || verbs_.use(cue.entry) == ReportUse::None)
        return false;
    const TokenList& tokens = view_.tokens();
    const std::u16string_view lead = tokens[cue.first].folded();
    // Empty when the cue starts the range.
    const std::u16string_view before = cue.first > first ? tokens[cue.first - 1].folded() : u"";
    // A determiner makes the form a noun: "la note que", "the claims that".
    if (!before.empty() && lexicon_.is_determiner(before) && before != u"d" && before != u"de")
        return false;
    if (lexicon_.french()) {
        // "doit annoncer que": no speech yet; "il a été dit que", "il est rappelé que":
        // impersonal passives with no speaker.
        if (cue.first == cue.verb && verbs_.infinitive(cue.entry, tokens, cue.verb, cue.last + 1))
            return false;
        if (before == u"ete")
            return false;
        return !(one_of(lead, {u"est", u"etait", u"sont", u"etaient"}) &&
                 lexicon_.verb(cue.entry).type == CueType::Verb);
    }
    // "will say", "would add", "was told", "is said", "to say": not (yet) said by a subject.
    if (one_of(lead, {u"will", u"would", u"could", u"may", u"might", u"is", u"was", u"were", u"are",
                      u"be", u"been"}))
        return false;
    return !(!before.empty() &&
             one_of(before, {u"to", u"will", u"would", u"could", u"should", u"may", u"might",
                             u"must", u"can", u"of", u"for", u"by"}));
}

std::optional<CueMatch> ReportingCueFinder::with_verb_at(size_t verb, size_t first,
                                                         size_t limit) const {
    for (size_t start = verb > first + kMaxCueSpan ? verb - kMaxCueSpan : first; start <= verb;
         ++start) {
        auto cue = cues_.at(view_.tokens(), start, limit);
        if (cue && cue->verb == verb)
            return reporting(*cue, first) ? cue : std::nullopt;
    }
    return std::nullopt;
}

std::optional<CueMatch> ReportingCueFinder::at(size_t i, size_t first, size_t limit) const {
    auto cue = cues_.at(view_.tokens(), i, limit);
    if (cue && reporting(*cue, first))
        return cue;
    return std::nullopt;
}

std::optional<CueMatch> ReportingCueFinder::negated_only_at(size_t verb, size_t first,
                                                            size_t limit) const {
    const TokenList& tokens = view_.tokens();
    const auto [entry, length] = verbs_.negated_only().longest(tokens, verb, limit);
    if (entry < 0)
        return std::nullopt;
    CueMatch cue;
    cue.verb = verb;
    cue.last = verb + static_cast<size_t>(length) - 1;
    cue.end = cue.last + 1;
    // "n'exclut pas que": the negation may follow the verb.
    bool negated = false;
    while (cue.end < limit && one_of(tokens[cue.end].folded(), {u"pas", u"jamais", u"nullement"})) {
        negated = true;
        ++cue.end;
    }
    // "n'a pas exclu", "n'a-t-il pas exclu", "did not rule out", "hasn't ruled out".
    size_t start = verb;
    for (size_t steps = 0; start > first && steps < kMaxLeadingNegation; ++steps) {
        const Token& t = tokens[start - 1];
        if (t.is(WordClass::kNegation) || one_of(t.folded(), {u"not", u"never", u"t"})) {
            negated = true;
        } else if (!t.is(WordClass::kAuxiliary) && !t.is(WordClass::kAdverb) &&
                   !one_of(t.folded(), {u"'", u"-", u"il", u"elle", u"didn", u"doesn", u"hasn",
                                        u"haven", u"hadn"})) {
            break;
        }
        --start;
    }
    if (!negated)
        return std::nullopt;
    cue.first = start;
    return cue;
}

bool ReportingCueFinder::gap_ok(const CueMatch& cue, size_t to) const {
    if (cue.end == to)
        return true;
    if (to - cue.end > kMaxGap)
        return false;
    const Token& lead = view_.token(cue.end);
    // The object of "told" is a person, an audience or a medium: "told the story that …"
    // has a relative clause, no reported one.
    const IndexedMention* named = view_.mention_starting(lead.span.start);
    const bool object = cue.entry >= 0 && takes_object(lexicon_.verb(cue.entry).lemma) &&
                        to - cue.end <= kMaxObject &&
                        ((named && view_.token_from(named->span.end) == to) ||
                         audience(view_.token(to - 1).folded()));
    if (!object && lead.folded() != u"," && !lead.is(WordClass::kAdverb) &&
        !lead.is(WordClass::kPreposition) && !extra_preposition(lead.folded()))
        return false;
    for (size_t k = cue.end; k < to; ++k) {
        const Token& t = view_.token(k);
        if (view_.quote_of(k) >= 0 || stops_gap(t) ||
            one_of(t.folded(), {u"qui", u"who", u"which", u"dont", u"et", u"and"}))
            return false;
    }
    return true;
}

std::optional<CueMatch> ReportingCueFinder::before_complementizer(size_t k, size_t first) const {
    if (k <= first || binds_complementizer(view_.token(k - 1).folded()))
        return std::nullopt;
    const TokenList& tokens = view_.tokens();
    const size_t floor = k > first + kMaxGap + 1 ? k - kMaxGap - 1 : first;
    for (size_t j = k; j-- > floor;) {
        if (view_.quote_of(j) >= 0 || stops_gap(tokens[j]))
            return std::nullopt;
        if (!tokens[j].word)
            continue;
        const auto [entry, length] = lexicon_.verbs().longest(tokens, j, k);
        if (entry >= 0 && lexicon_.verb(entry).type != CueType::Preposition) {
            // Another form of the same group may start further back ("s'est félicité"), so
            // a verb that reports nothing does not end the search.
            auto cue = with_verb_at(j, first, k);
            if (cue && cue->end <= k)
                return gap_ok(*cue, k) ? cue : std::nullopt;
            continue;
        }
        if (auto cue = negated_only_at(j, first, k))
            return gap_ok(*cue, k) ? cue : std::nullopt;
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
