#include "quotes/name_phrase_reader.h"

#include "quotes/english_past_verb.h"
#include "quotes/party_label.h"
#include "quotes/token_tests.h"

namespace whosaid::quotes {

SpeakerPhrase phrase_of_mention(const IndexedMention& mention, const DocumentView& view) {
    SpeakerPhrase phrase;
    phrase.entity = mention.entity;
    phrase.mention = mention.span;
    phrase.end = view.token_from(mention.span.end);
    return phrase;
}

SpeakerPhrase pronoun_of_cue(const CueMatch& cue, const DocumentView& view) {
    SpeakerPhrase pronoun;
    pronoun.kind = SpeakerPhrase::Kind::Pronoun;
    pronoun.mention = view.token(*cue.pronoun).span;
    pronoun.gender = cue.pronoun_gender;
    pronoun.plural = cue.pronoun_plural;
    // "«…», ai-je dit": the writer as narrator, like "I" (SpeakerPhraseFinder::pronoun_at).
    if (view.token(*cue.pronoun).folded() == u"je") {
        pronoun.kind = SpeakerPhrase::Kind::Description;
        pronoun.anonymous = true;
        pronoun.narrator = true;
    }
    return pronoun;
}

namespace {

constexpr size_t kMaxComplement = 8;     // words of a complement between a description and ", X"
constexpr size_t kMaxGroupModifiers = 3; // "Republican political consultant" + name

// "l'avocate de Karim B., Anne Roy": the period of an initial ends no complement.
bool initial_period(const DocumentView& view, size_t k) {
    return k > 0 && is_punct(view.token(k), u'.') && view.token(k - 1).capitalized &&
           view.token(k - 1).folded().size() == 1;
}

} // namespace

size_t NamePhraseReader::name_end(size_t i, size_t limit) const {
    size_t j = i;
    while (j < limit && !blocked(j)) {
        const Token& t = view_.token(j);
        if (t.word && t.capitalized) {
            ++j;
            // An initial: "J. Smith"
            if (j + 1 < limit && is_punct(view_.token(j), u'.') && t.folded().size() == 1 &&
                view_.token(j + 1).capitalized)
                ++j;
            continue;
        }
        const bool joins =
            j > i && j + 1 < limit && view_.token(j + 1).word && view_.token(j + 1).capitalized;
        if (joins && (is_punct(t, u'-') || is_punct(t, u'\'')) &&
            t.span.start == view_.token(j - 1).span.end) {
            ++j;
            continue;
        }
        if (joins && t.word && lexicon_.is_name_particle(t.folded())) {
            ++j;
            continue;
        }
        break;
    }
    return j;
}

std::optional<SpeakerPhrase> NamePhraseReader::entity_phrase(const IndexedMention& mention,
                                                             size_t limit) const {
    SpeakerPhrase phrase;
    phrase.entity = mention.entity;
    phrase.mention = mention.span;
    phrase.end = view_.token_from(mention.span.end);
    const Entity& entity = view_.doc().entities[static_cast<size_t>(mention.entity)];
    if (entity.kind != EntityKind::Person || mention.form == MentionForm::Description) {
        if (auto named = apposition(phrase.end, limit))
            return named;
    } else {
        // "Jane Roe (D-Ohio) said": the label belongs to the name's phrase.
        phrase.end = party_label_end(view_, phrase.end, limit);
    }
    return phrase;
}

bool NamePhraseReader::speech_verb_at(size_t i, size_t limit) const {
    const int32_t entry = lexicon_.verbs().longest(view_.tokens(), i, limit).first;
    return entry >= 0 && lexicon_.verb(entry).type != CueType::Preposition;
}

bool NamePhraseReader::opens_clause(size_t i, size_t limit) const {
    // "selon un proche du ministre, Paul Roy se montre …": a verb after the name makes it the
    // subject of the next clause, not the description's apposition.
    if (i >= limit || !view_.token(i).word)
        return false;
    const Token& t = view_.token(i);
    return t.is(WordClass::kAuxiliary) || one_of(t.folded(), {u"se", u"s"}) ||
           speech_verb_at(i, limit);
}

std::optional<SpeakerPhrase> NamePhraseReader::apposition(size_t i, size_t limit) const {
    // ", Sergueï Lavrov" right after a description names the speaker. A complement of the
    // description may come first ("le chef des secours pour la zone du port,
    // Paul Roy"), a title may come with the name (", le colonel Anne Roy").
    size_t comma = i;
    while (comma < limit && comma < i + kMaxComplement &&
           (view_.token(comma).word || initial_period(view_, comma)) && !blocked(comma) &&
           !one_of(view_.token(comma).folded(), {u"qui", u"que", u"et", u"who", u"and"}) &&
           !speech_verb_at(comma, limit))
        ++comma;
    if (comma + 1 >= limit || !is_punct(view_.token(comma), u','))
        return std::nullopt;
    size_t j = comma + 1;
    // ", Avenir Commun, Paul X": the organization of the description first.
    if (const IndexedMention* m = view_.mention_starting(view_.token(j).span.start);
        m && view_.doc().entities[static_cast<size_t>(m->entity)].kind != EntityKind::Person) {
        const size_t after = view_.token_from(m->span.end);
        if (after + 1 < limit && is_punct(view_.token(after), u','))
            j = after + 1;
    }
    if (view_.token(j).is(WordClass::kDeterminer) && j + 2 < limit) {
        // ", le général X": an article and one or two lower-case words before the name.
        size_t k = j + 1;
        if (is_punct(view_.token(k), u'\''))
            ++k;
        const size_t words = k;
        while (k < limit && k < words + 2 && view_.token(k).word && !view_.token(k).capitalized)
            ++k;
        if (k == words || k >= limit || !view_.token(k).capitalized)
            return std::nullopt;
        j = k;
    }
    if (const IndexedMention* m = view_.mention_starting(view_.token(j).span.start);
        m && view_.doc().entities[static_cast<size_t>(m->entity)].kind == EntityKind::Person) {
        SpeakerPhrase phrase;
        phrase.entity = m->entity;
        phrase.mention = m->span;
        phrase.end = view_.token_from(m->span.end);
        phrase.apposition = true;
        return opens_clause(phrase.end, limit) ? std::nullopt : std::optional(phrase);
    }
    if (auto named = name_phrase(j, limit, false)) {
        const Entity& e = view_.doc().entities[static_cast<size_t>(named->entity)];
        if (e.kind == EntityKind::Person && !opens_clause(named->end, limit)) {
            named->apposition = true;
            return named;
        }
    }
    return std::nullopt;
}

std::optional<SpeakerPhrase> NamePhraseReader::name_phrase(size_t i, size_t limit,
                                                           bool honorific) const {
    // "Gov. Anne Lake", "Sen. Paul Vance": an abbreviated role is no name of its own.
    if (!honorific)
        i = past_abbreviated_role(i, limit);
    size_t start = i;
    if (honorific) {
        auto [title, length] = lexicon_.titles().longest(view_.tokens(), i, limit);
        if (title < 0 || !lexicon_.title(title).honorific)
            return std::nullopt;
        i += static_cast<size_t>(length);
    }
    if (i >= limit || !view_.token(i).word || !view_.token(i).capitalized || blocked(i))
        return std::nullopt;
    if (!honorific && lexicon_.is_stop_capital(view_.token(i).folded()))
        return std::nullopt;
    if (!honorific && lexicon_.verbs().longest(view_.tokens(), i, limit).first >= 0)
        return std::nullopt;
    const size_t end = name_end(i, limit);
    if (end == i)
        return std::nullopt;
    const Span span{view_.token(start).span.start, view_.token(end - 1).span.end};
    EntityKind kind = EntityKind::Person;
    auto [media, media_length] = lexicon_.media().longest(view_.tokens(), i, limit);
    if (!honorific && media >= 0 && i + static_cast<size_t>(media_length) == end) {
        SpeakerPhrase phrase;
        phrase.entity = linker_.media(lexicon_.media_name(media), span, true);
        phrase.mention = span;
        phrase.end = end;
        return phrase;
    }
    // A lone capitalized word that is a known non-person entity keeps that entity's kind. One
    // the recognizer did not confirm is no name when it is a nationality or a group of people
    // ("Israeli officials said", "the Republican nominee wrote"), unless a person of the
    // article bears it as a surname ("Mark Cuban" … "Cuban said").
    const IndexedMention* known = view_.mention_covering(span);
    if (known)
        kind = view_.doc().entities[static_cast<size_t>(known->entity)].kind;
    else if (!honorific && end == i + 1 && unconfirmed_opening_word(i))
        return std::nullopt;
    else if (!honorific && end == i + 1 && group_word_no_surname(i))
        return group_phrase(i, limit);
    // "Former Mexican presidents X and Y": a capital opening the sentence, then a group word
    // that a lower-case noun follows, is no name either.
    else if (!honorific && end == i + 2 && group_word_no_surname(i + 1) && end < limit &&
             view_.token(end).word && !view_.token(end).capitalized &&
             lexicon_.given_name_gender(view_.token(i).folded()) == Gender::Unknown)
        return group_phrase(i + 1, limit);
    SpeakerPhrase phrase;
    phrase.entity = linker_.link(span, kind, honorific ? MentionForm::Title : MentionForm::Name);
    phrase.mention = span;
    phrase.end = kind == EntityKind::Person ? party_label_end(view_, end, limit) : end;
    return phrase;
}

size_t NamePhraseReader::past_abbreviated_role(size_t i, size_t limit) const {
    auto [title, length] = lexicon_.titles().longest(view_.tokens(), i, limit);
    const size_t after = i + static_cast<size_t>(length);
    if (title < 0 || lexicon_.title(title).honorific || length < 2 || after >= limit ||
        !is_punct(view_.token(after - 1), u'.') || !view_.token(after).word ||
        !view_.token(after).capitalized)
        return i;
    return after;
}

std::optional<SpeakerPhrase> NamePhraseReader::group_phrase(size_t i, size_t limit) const {
    // "Democratic pollster Stan Reed", "Republican political consultant Ann Ray": a few
    // lower-case words, then the person they describe.
    size_t k = i + 1;
    while (k < limit && k < i + 1 + kMaxGroupModifiers && view_.token(k).word &&
           !view_.token(k).capitalized && !blocked(k) && !ends_group_phrase(k, limit))
        ++k;
    if (k == i + 1 || k >= limit || !view_.token(k).word || !view_.token(k).capitalized ||
        blocked(k))
        return std::nullopt;
    if (const IndexedMention* m = view_.mention_starting(view_.token(k).span.start))
        return view_.doc().entities[static_cast<size_t>(m->entity)].kind == EntityKind::Person
                   ? std::optional(phrase_of_mention(*m, view_))
                   : std::nullopt;
    auto named = name_phrase(k, limit, false);
    if (named &&
        view_.doc().entities[static_cast<size_t>(named->entity)].kind == EntityKind::Person)
        return named;
    return std::nullopt;
}

bool NamePhraseReader::ends_group_phrase(size_t k, size_t limit) const {
    const Token& t = view_.token(k);
    return t.is(WordClass::kAuxiliary | WordClass::kPreposition | WordClass::kComplementizer |
                WordClass::kAdverb | WordClass::kDeterminer) ||
           one_of(t.folded(), {u"who", u"qui", u"que", u"and", u"et", u"se", u"s"}) ||
           lexicon_.verbs().longest(view_.tokens(), k, limit).first >= 0 ||
           (!lexicon_.french() && english_past_verb(t));
}

bool NamePhraseReader::group_word_no_surname(size_t i) const {
    const Token& t = view_.token(i);
    return t.is(WordClass::kDemonym | WordClass::kGroupWord) &&
           !linker_.surname_borne(std::u16string(t.folded()));
}

bool NamePhraseReader::unconfirmed_opening_word(size_t i) const {
    // "Climat : …", "Energy: …": a capital at the start of a sentence says nothing about a
    // name; the recognizer did not confirm it, and no given name does either.
    const Token& t = view_.token(i);
    if (lexicon_.given_name_gender(t.folded()) != Gender::Unknown ||
        linker_.surname_holder(std::u16string(t.folded()), t.span.start) >= 0)
        return false;
    if (i + 1 < view_.size() && is_punct(view_.token(i + 1), u':'))
        return true;
    const int sentence = view_.sentence_at(t.span.start);
    return sentence >= 0 &&
           view_.doc().sentences[static_cast<size_t>(sentence)].start == t.span.start;
}

} // namespace whosaid::quotes
