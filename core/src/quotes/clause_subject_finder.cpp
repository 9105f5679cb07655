#include "quotes/clause_subject_finder.h"

#include "quotes/linked_clause.h"
#include "quotes/subject_eligibility.h"
#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxClause = 40; // tokens read before the quotation
constexpr size_t kMaxFronted = 5; // "In a statement Monday," before a subject pronoun

} // namespace

bool subject_position(const DocumentView& view, Span span) {
    const size_t first = view.token_from(span.start);
    for (size_t j = first; j > 0 && j + 3 > first; --j) {
        const Token& t = view.token(j - 1);
        if (t.is(WordClass::kPreposition))
            return false;
        if (!t.is(WordClass::kDeterminer) && !is_punct(t, u"'"))
            break;
    }
    const size_t after = view.token_from(span.end);
    return !(after + 1 < view.size() && is_punct(view.token(after), u"'") &&
             view.token(after + 1).folded() == u"s");
}

namespace {

// Whether token k opens a phrase that sets the scene of the clause after it: a preposition
// ("In an interview with X, …", "Dans un entretien avec X, …") or an English present
// participle ("Speaking to X's show, …"; not "Nothing", "Something").
bool opens_scene_phrase(const Token& t) {
    const std::u16string_view w = t.folded();
    // Not "For X, …", "To X, …", "Pour X, …", "Aux yeux de X, …": the view of X.
    if (one_of(w,
               {u"in",   u"during", u"at",    u"on",      u"after",  u"before", u"with",  u"from",
                u"amid", u"among",  u"like",  u"despite", u"dans",   u"lors",   u"en",    u"sur",
                u"au",   u"apres",  u"avant", u"pendant", u"devant", u"avec",   u"malgre"}))
        return true;
    return w.size() > 4 && w.ends_with(u"ing") && !w.ends_with(u"thing");
}

bool is_digit_word(const Token& t) {
    return !t.folded().empty() && t.folded().front() >= u'0' && t.folded().front() <= u'9';
}

} // namespace

size_t after_opening_phrase(const DocumentView& view, size_t first, size_t end) {
    // Only at the sentence's start, which is capitalized: ", to state" is no opening.
    if (!view.token(first).capitalized || !opens_scene_phrase(view.token(first)))
        return 0;
    const size_t last = std::min(end, first + kMaxClause);
    for (size_t c = first + 1; c + 1 < last; ++c) {
        if (!is_punct(view.token(c), u",") || view.quote_of(c) >= 0 ||
            (is_digit_word(view.token(c - 1)) && is_digit_word(view.token(c + 1))))
            continue; // "108,000 residents": a number
        if (!one_of(view.token(c + 1).folded(),
                    {u"who", u"which", u"where", u"whose", u"qui", u"dont"}))
            return c + 1;
    }
    return 0;
}

size_t main_clause_start(const DocumentView& view, size_t first, size_t end) {
    size_t k = first;
    // "Mais alors que …", "And while …": one linking word may come first.
    if (k < end && one_of(view.token(k).folded(), {u"mais", u"et", u"or", u"but", u"and"}))
        ++k;
    if (k >= end)
        return first;
    const std::u16string_view w = view.token(k).folded();
    const std::u16string_view next = k + 1 < end ? view.token(k + 1).folded() : u"";
    const bool subordinate =
        one_of(w, {u"si", u"quand", u"lorsque", u"lorsqu", u"puisque", u"puisqu", u"while",
                   u"although", u"though", u"whereas", u"when", u"if", u"since", u"because"}) ||
        (one_of(w, {u"alors", u"tandis", u"bien", u"meme", u"parce", u"avant", u"apres"}) &&
         one_of(next, {u"que", u"qu", u"si"}));
    if (!subordinate)
        return std::max(first, after_opening_phrase(view, k, end));
    // The comma is looked for among the last tokens only: a sentence of thousands of
    // quotations stays linear.
    const size_t floor = std::max(k + 1, end > kMaxClause ? end - kMaxClause : 0);
    for (size_t c = end; c > floor; --c)
        if (is_punct(view.token(c - 1), u",") && view.quote_of(c - 1) < 0)
            return c;
    return first;
}

namespace {

// Positions [begin, end) of a "selon X, …" / "according to X, …" phrase in the clause: its
// noun is the source or the speaker of that cue, never the subject of the clause.
Span according_to_phrase(const DocumentView& view, size_t first, size_t open) {
    for (size_t k = first; k < open; ++k) {
        const std::u16string_view w = view.token(k).folded();
        const bool cue =
            w == u"selon" ||
            (w == u"according" && k + 1 < open && view.token(k + 1).folded() == u"to") ||
            (w == u"apres" && k >= first + 2 && view.token(k - 2).folded() == u"d");
        if (!cue)
            continue;
        size_t end = k + 1;
        while (end < open && !is_punct(view.token(end), u","))
            ++end;
        return Span{view.token(k).span.start, view.token(end - 1).span.end};
    }
    return Span{};
}

// The token after the comma that closes a short fronted phrase at the clause's start
// ("Later, he …", "On Tuesday, she …"), or first when there is none.
size_t after_fronted_phrase(const DocumentView& view, size_t first, size_t open) {
    for (size_t k = first; k < open && k < first + kMaxFronted; ++k)
        if (is_punct(view.token(k), u",") && view.quote_of(k) < 0)
            return k + 1;
    return first;
}

// Whether a subject pronoun at token k is the clause's subject: one of its first two tokens
// ("Il veut", "Mais il"), or the token right after a short fronted phrase, which only sets
// the time or place ("Later, he …"). Further in, "he" or "elle" is the subject of a clause
// inside this one ("the adviser he hired", "le texte qu'elle défend"): taken, it would steal
// the quotation from the clause's own subject.
bool pronoun_slot(size_t k, size_t first, size_t fronted) {
    return k < first + 2 || k == fronted;
}

} // namespace

std::optional<SpeakerPhrase> ClauseSubjectFinder::find(size_t first, size_t open) const {
    if (open > first + kMaxClause)
        first = open - kMaxClause;
    for (size_t k = open; k > first; --k)
        if (is_punct(view_.token(k - 1), u";")) {
            first = k;
            break;
        }
    first = main_clause_start(view_, first, open);
    if (auto linked = linked_pronoun_subject(view_, first, open))
        return linked;
    // "Il veut offrir au club «un nouveau départ»": a pronoun opening the clause, or right
    // after a short fronted phrase and its comma ("Later, he …", "On Tuesday, she …").
    const size_t fronted = after_fronted_phrase(view_, first, open);
    for (size_t k = first; k < open && k < std::max(first + 2, fronted + 1); ++k) {
        const Token& t = view_.token(k);
        if (!t.word || view_.quote_of(k) >= 0 || !pronoun_slot(k, first, fronted))
            continue;
        const std::u16string_view w = t.folded();
        const bool masculine = w == u"il" || w == u"he";
        // "Il y a un an", "il faut": an impersonal "il" refers to nobody.
        if (masculine && k + 1 < open &&
            one_of(view_.token(k + 1).folded(),
                   {u"y", u"faut", u"fallait", u"faudra", u"s", u"semble", u"parait", u"est"}))
            continue;
        if (masculine || w == u"elle" || w == u"she") {
            SpeakerPhrase phrase;
            phrase.kind = SpeakerPhrase::Kind::Pronoun;
            phrase.mention = t.span;
            phrase.gender = masculine ? Gender::Masculine : Gender::Feminine;
            phrase.end = k + 1;
            return phrase;
        }
    }
    const int32_t begin = view_.token(first).span.start;
    const int32_t end = view_.token(open).span.start;
    const Span according = according_to_phrase(view_, first, open);
    for (const IndexedMention& mention : view_.mentions_in(begin, end)) {
        const bool in_according =
            mention.span.start >= according.start && mention.span.start < according.end;
        if (in_according || mention.span.end > end || mention.form == MentionForm::Pronoun ||
            view_.inside_quote(mention.span.start) || view_.in_dateline(mention.span.start))
            continue;
        const EntityKind kind = view_.doc().entities[static_cast<size_t>(mention.entity)].kind;
        if (kind != EntityKind::Person && kind != EntityKind::Organization)
            continue;
        // "the Acme (ACM) leader, Ann Roy, backed …": a name modifying a noun is no subject,
        // nor a mention that opens with a preposition ("À Halifax", a place read too long).
        if (!subject_position(view_, mention.span) || modifies_noun(view_, mention.span) ||
            view_.token(view_.token_from(mention.span.start)).is(WordClass::kPreposition))
            continue;
        return phrase_of_mention(mention, view_);
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
