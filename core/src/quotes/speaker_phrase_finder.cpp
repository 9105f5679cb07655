#include "quotes/speaker_phrase_finder.h"

#include "quotes/adjacent_subject.h"
#include "quotes/apposition_subject_reader.h"
#include "quotes/clause_subject_finder.h"
#include "quotes/english_past_verb.h"
#include "quotes/medium_reference.h"
#include "quotes/name_fragment.h"
#include "quotes/phrase_words.h"
#include "quotes/subject_eligibility.h"
#include "quotes/token_tests.h"
#include "quotes/utterance_owner.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxSkipAfterCue = 16; // "a expliqué à l'AFP, lundi soir avant le vote, un …"
constexpr size_t kMaxSharedReach = 20;  // tokens back to the verb a participle depends on

bool ends_clause(const Token& t) {
    if (t.word)
        return false;
    const char16_t c = t.folded_units[0];
    return c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'(' || c == u')';
}

} // namespace

bool SpeakerPhraseFinder::preceded_by_preposition(size_t i, size_t floor) const {
    size_t j = i;
    while (j > floor) {
        const Token& t = view_.token(j - 1);
        // "A Toulouse, la foule …": a capital "A" before a name is "À", not the auxiliary.
        if (t.is(WordClass::kPreposition) || (t.capitalized && t.folded() == u"a"))
            return true;
        // "par la radio France Inter", "au quotidien Le Monde": a medium noun in between.
        if (is_punct(t, u'\'') || (t.word && !t.capitalized && t.is(WordClass::kMediaNoun)) ||
            (t.is(WordClass::kDeterminer) && !t.is(WordClass::kPreposition))) {
            --j;
            continue;
        }
        return false;
    }
    return false;
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::pronoun_at(size_t i) const {
    const Token& t = view_.token(i);
    SpeakerPhrase phrase;
    phrase.kind = SpeakerPhrase::Kind::Pronoun;
    phrase.mention = t.span;
    phrase.end = i + 1;
    // "«…», it added": an institution that spoke before, never a person.
    phrase.neuter = !lexicon_.french() && t.folded() == u"it";
    if (phrase.neuter || lexicon_.subject_pronoun(t.folded(), phrase.gender, phrase.plural))
        return phrase;
    // "“…,” I said": the writer speaks, a narrator the article names, if at all, only in its
    // byline. Taken as written, never resolved to a person of the text. A capital "I" after a
    // capitalized word is a numeral ("World War I", "Elizabeth I").
    // French "je", elided "j'" ("j'ai répondu : «…»") alike.
    const bool french_narrator =
        lexicon_.french() && (t.folded() == u"je" || (t.folded() == u"j" && i + 1 < view_.size() &&
                                                      is_punct(view_.token(i + 1), u'\'')));
    if (french_narrator ||
        (!lexicon_.french() && view_.doc().slice(t.span) == u"I" &&
         !(i > 0 && view_.token(i - 1).word && view_.token(i - 1).capitalized))) {
        phrase.kind = SpeakerPhrase::Kind::Description;
        phrase.anonymous = true;
        phrase.narrator = true;
        if (t.folded() == u"j") // the elision is the word: "J'"
            phrase.mention.end = view_.token(i + 1).span.end;
        return phrase;
    }
    // "on estime": whoever the sentence places it in (SpeakerSieve::settle).
    if (lexicon_.french() && t.folded() == u"on") {
        phrase.plural = true;
        return phrase;
    }
    return std::nullopt;
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::starting_at(size_t i, size_t limit) const {
    if (i >= limit || blocked(i))
        return std::nullopt;
    const Token& t = view_.token(i);
    if (const IndexedMention* m = view_.mention_starting(t.span.start))
        return names_.entity_phrase(*m, limit);
    if (auto pronoun = pronoun_at(i))
        return pronoun;
    if (auto named = names_.name_phrase(i, limit, true))
        return named;
    if (auto described = descriptions_.at(i, limit))
        return described;
    return names_.name_phrase(i, limit, false);
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::after(size_t i, size_t limit) const {
    for (size_t k = i; k < limit && k < i + kMaxSkipAfterCue && !blocked(k); ++k) {
        const Token& t = view_.token(k);
        // "…, réclamée par le procureur qui a comparé les faits à «…»": past a relative
        // the words are another clause's, and its object is no inverted subject.
        if (ends_clause(t) || is_relative(t))
            return std::nullopt;
        if (!t.word)
            continue;
        if (preceded_by_preposition(k, i))
            continue; // "à l'AFP", "lors d'une conférence"
        // "a déclaré le lendemain le ministre": a time phrase is skipped as a whole.
        if (const size_t time_end = open_.time_phrase_end(k, limit); time_end > k) {
            k = time_end - 1;
            continue;
        }
        // "ont scandé des manifestants": "des" opens the subject here, not a complement.
        if (t.is(WordClass::kPreposition) && !t.is(WordClass::kDeterminer))
            continue;
        // "son"/"sa" are listed as adverbs for "de son côté": here they open the subject.
        if (t.is(WordClass::kAdverb) && !t.is(WordClass::kDeterminer))
            continue;
        // "dit celle qui préside aussi le club": the demonstrative points back like a pronoun.
        if (const std::u16string_view w = t.folded();
            (w == u"celui" || w == u"celle") && k + 1 < limit && is_relative(view_.token(k + 1))) {
            SpeakerPhrase phrase;
            phrase.kind = SpeakerPhrase::Kind::Pronoun;
            phrase.mention = t.span;
            phrase.gender = w == u"celui" ? Gender::Masculine : Gender::Feminine;
            phrase.end = k + 1;
            return phrase;
        }
        if (auto phrase = starting_at(k, limit))
            return phrase;
        // An inverted subject ends the clause or runs into a complement: a phrase that runs
        // into quoted words ("Asked about it, the union stayed «…»") is no inverted subject.
        if (auto open = open_description(k, limit);
            open && (open->end >= view_.size() ||
                     (view_.quote_of(open->end) < 0 &&
                      (!view_.token(open->end).word ||
                       view_.token(open->end).is(WordClass::kPreposition | WordClass::kAdverb |
                                                 WordClass::kComplementizer) ||
                       is_relative(view_.token(open->end))))))
            return open;
        if (t.is(WordClass::kPreposition))
            continue;
        // "a prévenu La Ligue des droits des marins": a name's own capital article, before
        // the name the recognizer read without it, opens the subject; another capital ends
        // the search.
        if (t.capitalized && !capital_article_of_name(k, limit))
            return std::nullopt;
    }
    return std::nullopt;
}

bool SpeakerPhraseFinder::object_clitic(size_t k) const {
    const Token& t = view_.token(k);
    return is_punct(t, u'\'') || (t.word && !t.capitalized &&
                                  one_of(t.folded(), {u"lui", u"leur", u"me", u"m", u"te", u"t",
                                                      u"l", u"nous", u"vous"}));
}

bool SpeakerPhraseFinder::capital_article_of_name(size_t k, size_t limit) const {
    if (!lexicon_.french() || !one_of(view_.token(k).folded(), {u"la", u"le", u"les", u"l"}))
        return false;
    const size_t name = k + 1 < limit && is_punct(view_.token(k + 1), u'\'') ? k + 2 : k + 1;
    return name < limit && view_.token(name).capitalized &&
           view_.mention_starting(view_.token(name).span.start) != nullptr;
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::open_description(size_t i, size_t limit) const {
    return open_.at(i, limit);
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::subject_description(size_t first,
                                                                      size_t verb) const {
    return open_.before_verb(first, verb);
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::object_at(size_t i, size_t limit) const {
    if (i >= limit)
        return std::nullopt;
    const std::u16string_view w = view_.token(i).folded();
    SpeakerPhrase phrase;
    phrase.kind = SpeakerPhrase::Kind::Pronoun;
    phrase.mention = view_.token(i).span;
    phrase.end = i + 1;
    if (w == u"lui" || w == u"him") {
        phrase.gender = Gender::Masculine;
        return phrase;
    }
    if (w == u"elle" || w == u"her") {
        phrase.gender = Gender::Feminine;
        return phrase;
    }
    if (w == u"eux" || w == u"elles" || w == u"them") {
        phrase.plural = true;
        return phrase;
    }
    // "selon les informations du quotidien X", "according to figures released by X": the
    // owner of the words speaks.
    if (const auto owner = utterance_owner_at(view_, i, limit))
        if (auto phrase = object_at(*owner, limit))
            return phrase;
    // "selon l'agence TASS": a medium behind its article and noun.
    size_t k = i;
    while (k < limit && k < i + 4 &&
           (view_.token(k).is(WordClass::kDeterminer) || is_punct(view_.token(k), u'\'') ||
            view_.token(k).is(WordClass::kMediaNoun)))
        ++k;
    if (k > i && k < limit)
        if (const IndexedMention* m = view_.mention_starting(view_.token(k).span.start)) {
            const EntityKind kind = view_.doc().entities[static_cast<size_t>(m->entity)].kind;
            // "selon la CGT", "according to the NAACP": an organization behind its article
            // alone (a noun before it makes a description: "selon le syndicat X").
            if (kind == EntityKind::Media ||
                (kind == EntityKind::Organization && !view_.token(k - 1).is(WordClass::kMediaNoun)))
                return names_.entity_phrase(*m, limit);
        }
    // "selon le quotidien": the medium named before (SpeakerSettler).
    if (k > i && view_.token(k - 1).word) {
        const Span words{view_.token(i).span.start, view_.token(k - 1).span.end};
        if (referred_medium(view_, words) >= 0) {
            SpeakerPhrase medium;
            medium.kind = SpeakerPhrase::Kind::Description;
            medium.mention = words;
            medium.end = k;
            return medium;
        }
    }
    return starting_at(i, limit);
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::before(size_t cue, size_t clause_start) const {
    return subject_before(cue, clause_start, true);
}

std::optional<SpeakerPhrase> SpeakerPhraseFinder::subject_before(size_t cue, size_t clause_start,
                                                                 bool past_apposition) const {
    if (cue <= clause_start)
        return std::nullopt;
    // The subject of a main verb is never inside the subordinate clause before it.
    clause_start = main_clause_start(view_, clause_start, cue);
    // "X a reçu Y et a ajouté", "X trashed Y, calling it": the verb shares the clause's
    // subject; the names between are objects. No subject read is better than an object.
    const bool shared = shares_clause_subject(view_, clause_start, cue);
    if (shared) {
        // "X added, saying …": the subject of the speech verb before it, when there is one.
        for (size_t j = cue; j-- > clause_start && j + kMaxSharedReach > cue;) {
            const auto said = cues_.at(view_.tokens(), j, cue);
            if (!said || said->preposition || said->end > cue)
                continue;
            if (said->pronoun) {
                SpeakerPhrase pronoun = pronoun_of_cue(*said, view_);
                pronoun.end = said->end;
                return pronoun;
            }
            // "began by talking about …, saying": a gerund's subject is the clause's.
            if (auto subject = before(said->first, clause_start))
                return subject;
            break;
        }
        if (auto subject = ClauseSubjectFinder(view_).find(clause_start, cue))
            return subject;
        if (auto described = starting_at(clause_start, cue);
            described && described->kind == SpeakerPhrase::Kind::Description)
            return described;
        // "Le gardien a reçu X et a ajouté": an open description followed by its verb group;
        // "The Ohio governor began by …, saying": or by an English past verb.
        auto open = open_.at(clause_start, cue);
        if (open && open->end < cue &&
            (view_.token(open->end).is(WordClass::kAuxiliary | WordClass::kAdverb) ||
             one_of(view_.token(open->end).folded(), {u"se", u"s", u"ne", u"n"}) ||
             (!lexicon_.french() && !view_.token(open->end).capitalized &&
              english_past_verb(view_.token(open->end)))))
            return open;
        // Otherwise the names of the clause are objects: only a description may speak.
    }
    // "une barre que les gendarmes décrivent comme …": the subject follows "que". Not a few
    // words after a speech verb ("il a estimé que le projet tient d'une «…»"): that clause is its
    // words.
    if (const size_t embedded = embedded_clause_start(view_, clause_start, cue);
        embedded > clause_start) {
        size_t que = embedded - 1;
        if (que > clause_start && is_punct(view_.token(que), u'\''))
            --que;
        // "told CNN on Tuesday that": an addressee or a date may stand in between.
        bool reported = false;
        for (size_t j = que > clause_start + 5 ? que - 5 : clause_start; j < que && !reported; ++j)
            if (auto said = cues_.at(view_.tokens(), j, que))
                reported = !said->preposition;
        if (!reported)
            clause_start = embedded;
    }
    size_t right = cue;
    // "X, qui a déclaré": the subject stands before the relative pronoun.
    if (is_relative(view_.token(right - 1))) {
        --right;
        while (right > clause_start && is_punct(view_.token(right - 1), u','))
            --right;
    }
    if (past_apposition)
        if (auto subject = AppositionSubjectReader(view_, cues_, *this).before(right, clause_start))
            return subject;
    // "il a aussitôt prévenu", "elle n'a pas": the pronoun stands before the verb group;
    // French object pronouns too ("je lui ai dit", "j'ai dit", "il l'a dit").
    size_t subject_end = right;
    while (subject_end > clause_start + 1 &&
           (view_.token(subject_end - 1).is(WordClass::kAdverb) ||
            view_.token(subject_end - 1).is(WordClass::kAuxiliary) ||
            (lexicon_.french() && object_clitic(subject_end - 1))) &&
           subject_end + 3 > right)
        --subject_end;
    for (size_t end_at : {right, subject_end})
        if (end_at > clause_start)
            if (auto pronoun = pronoun_at(end_at - 1))
                return pronoun;
    // Entity mentions of the clause that are not objects of a preposition: the rightmost
    // person, else the rightmost other entity.
    const int32_t begin = view_.token(clause_start).span.start;
    const int32_t end = view_.token(right - 1).span.end;
    const IndexedMention* person = nullptr;
    const IndexedMention* other = nullptr;
    for (const IndexedMention& mention : view_.mentions_in(begin, shared ? begin : end)) {
        const size_t at = view_.token_from(mention.span.start);
        if (mention.span.end > end || blocked(at) || view_.in_dateline(mention.span.start) ||
            preceded_by_preposition(at, clause_start) || is_possessor(view_, mention.span) ||
            in_relative_clause(view_, mention.span, clause_start))
            continue;
        const Entity& entity = view_.doc().entities[static_cast<size_t>(mention.entity)];
        // "a former Roy campaign adviser", "the Ohio governor": the person or the place only
        // modifies the noun. (An organization modifying a noun is read below: "a Boeing
        // spokesman".)
        if ((entity.kind == EntityKind::Person || entity.kind == EntityKind::Place) &&
            (modifies_noun(view_, mention.span) ||
             (entity.kind == EntityKind::Person && ends_longer_name(view_, mention.span))))
            continue;
        if (entity.kind == EntityKind::Person)
            person = &mention;
        else if (!other || mention.span.start >= other->span.end)
            other = &mention;
    }
    if (!person && other && other->span.end < view_.token(right - 1).span.end) {
        // "Pentagon spokesman Mark Hill said": a name the recognizer missed, after the
        // organization, is the subject.
        size_t name_start = right;
        while (name_start > clause_start && view_.token(name_start - 1).word &&
               view_.token(name_start - 1).capitalized &&
               view_.token(name_start - 1).span.start >= other->span.end)
            --name_start;
        if (name_start + 1 < right)
            if (auto named = names_.name_phrase(name_start, right, false))
                return named;
    }
    if (!person && other) {
        // "… (AFP) … que plusieurs participants jugent": a description closer to the verb
        // than the organization is its subject.
        // "A Boeing spokesman said": the organization modifies the description.
        const size_t other_at = view_.token_from(other->span.start);
        if (other_at > clause_start && view_.token(other_at - 1).is(WordClass::kDeterminer))
            if (auto described = descriptions_.at(other_at - 1, right);
                described && described->anonymous)
                return described;
        for (size_t k = view_.token_from(other->span.end); k < right; ++k)
            if (!blocked(k) && !preceded_by_preposition(k, clause_start))
                if (auto described = descriptions_.at(k, right))
                    return described;
    }
    if (person || other) {
        const IndexedMention& chosen = person ? *person : *other;
        // "…, the protesters chanted": the description before the verb, not a name before it.
        if (auto described = adjacent_subject(*this, view_, clause_start, right, chosen.span))
            return described;
        SpeakerPhrase phrase;
        phrase.entity = chosen.entity;
        phrase.mention = chosen.span;
        phrase.end = view_.token_from(chosen.span.end);
        return phrase;
    }
    // A description or a name the recognizer missed, at the clause start or right before.
    for (size_t k = clause_start; k < right; ++k) {
        if (blocked(k) || preceded_by_preposition(k, clause_start))
            continue;
        if (auto described = descriptions_.at(k, right))
            return described;
    }
    // "Le gardien du parking affirme": a noun phrase of any head opening the clause,
    // right before the verb group.
    if (auto open = subject_description(clause_start, right))
        return open;
    // "A Rennes, le cortège a scandé": the same after a fronted phrase and its comma.
    for (size_t k = right; k-- > clause_start + 1;)
        if (is_punct(view_.token(k), u',')) {
            if (auto open = subject_description(k + 1, right))
                return open;
            break;
        }
    size_t name_start = right;
    while (name_start > clause_start && view_.token(name_start - 1).word &&
           (view_.token(name_start - 1).capitalized ||
            view_.token(name_start - 1).is(WordClass::kNameParticle)))
        --name_start;
    while (name_start < right && !view_.token(name_start).capitalized)
        ++name_start;
    if (name_start < right) {
        // "M. Lavrov", "Mme Binet": a title of one or two tokens before the name.
        for (size_t back = 1; back <= 2; ++back)
            if (name_start >= clause_start + back)
                if (auto titled = names_.name_phrase(name_start - back, right, true))
                    return titled;
        return names_.name_phrase(name_start, right, false);
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
