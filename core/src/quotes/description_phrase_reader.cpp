#include "quotes/description_phrase_reader.h"

#include "quotes/english_past_verb.h"
#include "quotes/phrase_words.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxDescription = 10; // tokens of a description after its head
constexpr size_t kMaxLabelTokens = 5;  // "le «bonnet rouge» X": words of a quoted label

bool opening_mark(const Token& t) {
    return is_punct(t, u'\u00ab') || is_punct(t, u'\u201c') || is_punct(t, u'"');
}

bool closing_mark(const Token& t) {
    return is_punct(t, u'\u00bb') || is_punct(t, u'\u201d') || is_punct(t, u'"');
}

} // namespace

std::optional<SpeakerPhrase> DescriptionPhraseReader::labelled_person(size_t i,
                                                                      size_t limit) const {
    if (i >= limit || !view_.token(i).is(WordClass::kDeterminer))
        return std::nullopt;
    size_t open = i + 1; // "l'«ancien» X": past the elided article's apostrophe
    if (open < limit && is_punct(view_.token(open), u'\''))
        ++open;
    if (open + 2 >= limit || !opening_mark(view_.token(open)))
        return std::nullopt;
    // The label is read as a quotation until the assembler drops it: its tokens are one
    // quotation's, which no other phrase may read.
    const int32_t label = view_.quote_of(open);
    for (size_t k = open + 1; k < limit && k <= open + kMaxLabelTokens; ++k) {
        const Token& t = view_.token(k);
        if (view_.quote_of(k) != label)
            return std::nullopt;
        if (t.word || is_punct(t, u'\'') || is_punct(t, u'-'))
            continue;
        if (!closing_mark(t) || k == open + 1 || k + 1 >= limit)
            return std::nullopt;
        const IndexedMention* m = view_.mention_starting(view_.token(k + 1).span.start);
        if (!m || view_.doc().entities[static_cast<size_t>(m->entity)].kind != EntityKind::Person)
            return std::nullopt;
        return phrase_of_mention(*m, view_);
    }
    return std::nullopt;
}

std::optional<SpeakerPhrase> DescriptionPhraseReader::at(size_t i, size_t limit) const {
    if (auto labelled = labelled_person(i, limit))
        return labelled;
    // A crowd speaks as written: "certains «gilets jaunes»", "beaucoup de manifestants".
    if (auto crowd = crowd_.quoted_group(i, limit))
        return crowd;
    if (const size_t counted = crowd_.quantifier_end(i, limit); counted > i) {
        std::optional<SpeakerPhrase> counted_phrase = at(counted, limit);
        if (counted_phrase && counted_phrase->kind == SpeakerPhrase::Kind::Description) {
            counted_phrase->mention.start = view_.token(i).span.start;
            counted_phrase->anonymous = true;
            counted_phrase->plural = true;
            counted_phrase->definite_person = false;
            return counted_phrase;
        }
    }
    // "l'une d'elles", "one of his fellow protesters": one member of a group that just spoke
    // speaks as written, never the last person named.
    bool feminine = false;
    if (const auto group = crowd_.member_of(i, limit, feminine)) {
        size_t end = *group + 1;
        if (!crowd_.group_pronoun(*group)) {
            auto members = at(*group, limit);
            if (!members)
                members = open_.at(*group, limit);
            if (!members || members->kind != SpeakerPhrase::Kind::Description)
                return std::nullopt;
            end = members->end;
        }
        SpeakerPhrase one;
        one.kind = SpeakerPhrase::Kind::Description;
        one.mention = {view_.token(i).span.start, view_.token(end - 1).span.end};
        one.end = end;
        one.anonymous = true;
        one.gender = feminine ? Gender::Feminine : Gender::Unknown;
        // "l'un d'eux, Paul Roy": the name in apposition speaks.
        if (auto named = names_.apposition(end, limit))
            return named;
        return one;
    }
    // [determiner] [up to 3 modifiers] head [modifiers …]
    size_t j = i;
    bool definite = false, indefinite = false;
    if (j < limit && view_.token(j).is(WordClass::kDeterminer)) {
        const std::u16string_view d = view_.token(j).folded();
        definite = d == u"le" || d == u"la" || d == u"les" || d == u"l" || d == u"the" ||
                   d == u"son" || d == u"sa" || d == u"ses" || d == u"his" || d == u"her" ||
                   d == u"its" || d == u"their" || d == u"leur" || d == u"ce" || d == u"cet" ||
                   d == u"cette" || d == u"this";
        indefinite = !definite;
        ++j;
        if (j < limit && is_punct(view_.token(j), u'\''))
            ++j;
    }
    int32_t head = -1;
    bool role = false;
    bool demonym = false;
    bool capital_modifier = false;
    bool place_modifiers = true; // every capital before the head names a place
    size_t head_end = j;
    // Without an article the head comes first ("spokesman", "police"); after one, up to
    // three modifiers may precede it ("un haut responsable").
    // A nationality or a group of people may come first too ("Israeli officials",
    // "Democratic strategists").
    const bool group_first = !definite && !indefinite && j + 1 < limit &&
                             view_.token(j).capitalized &&
                             view_.token(j).is(WordClass::kDemonym | WordClass::kGroupWord);
    const size_t modifiers = (definite || indefinite) ? 4 : group_first ? 2 : 1;
    for (size_t k = j; k < limit && k < j + modifiers && !blocked(k); ++k) {
        const Token& t = view_.token(k);
        if (!t.word)
            break;
        auto [h, h_length] = lexicon_.heads().longest(view_.tokens(), k, limit);
        // "le producteur Paul Parent": a capital after a name is the name going on.
        if (h >= 0 && t.capitalized && capital_modifier)
            break;
        if (h >= 0) {
            head = h;
            head_end = k + static_cast<size_t>(h_length);
            break;
        }
        if (group_first && k == j)
            continue;
        auto [title, t_length] = lexicon_.titles().longest(view_.tokens(), k, limit);
        if (title >= 0 && !lexicon_.title(title).honorific && (definite || indefinite)) {
            role = true;
            head_end = k + static_cast<size_t>(t_length);
            break;
        }
        // "le Néerlandais", "l'Allemande": a nationality noun stands for a person.
        if (definite && k == j && t.capitalized && t.is(WordClass::kDemonym)) {
            demonym = true;
            role = true;
            head_end = k + 1;
            break;
        }
        // "a Boeing spokesman", "a White House official": a name may modify a head of a
        // person, checked once the head is found.
        if (t.capitalized && (definite || indefinite) && k + 1 < limit) {
            capital_modifier = true;
            const IndexedMention* m = view_.mention_covering(t.span);
            place_modifiers =
                place_modifiers && m &&
                view_.doc().entities[static_cast<size_t>(m->entity)].kind == EntityKind::Place;
            continue;
        }
        // "The committee released a memo": after a modifier, an English past verb opens the
        // predicate, and the head further on is its object ("the elected official" keeps a
        // participle in first place).
        if (t.capitalized || t.is(WordClass::kAuxiliary) || t.is(WordClass::kPreposition) ||
            t.is(WordClass::kComplementizer) || is_relative(t) ||
            cues_.at(view_.tokens(), k, limit) ||
            (k > j && !lexicon_.french() && english_past_verb(t)))
            break;
    }
    if (head < 0 && !role)
        return std::nullopt;
    // A name before the head is kept only when the head is an unnamed person: the
    // description, not the organization inside it, speaks. A place only says where the
    // holder serves ("the Ohio senator", "the Texas legislature"): any head is kept.
    if (capital_modifier && !place_modifiers &&
        (head < 0 || lexicon_.head(head).kind != HeadKind::Person))
        return std::nullopt;
    // Modifiers: adjectives and complements up to punctuation, a verb or a relative pronoun.
    size_t end = head_end;
    for (size_t k = head_end; k < limit && k < head_end + kMaxDescription && !blocked(k); ++k) {
        const Token& t = view_.token(k);
        if (!t.word && !is_punct(t, u'\'') && !is_punct(t, u'-'))
            break;
        if (is_relative(t) || t.is(WordClass::kAuxiliary) || cues_.at(view_.tokens(), k, limit) ||
            t.folded() == u"et" || t.folded() == u"and" || t.folded() == u"sous" ||
            t.folded() == u"qui" || finite_verb_ending(t) ||
            // "the governor sought to …", "a senior adviser declined …": the predicate.
            (!lexicon_.french() && !t.capitalized && english_past_verb(t)) ||
            (lexicon_.french() && one_of(t.folded(), {u"se", u"s", u"ne", u"n"})))
            break; // "la foule s'est mise à", "les grévistes ne cèdent pas"
        // A date or a time ends it ("a déclaré la porte-parole vendredi", "le maire ce
        // matin"): a noun's complement opens with a preposition, never with these.
        if (day_word(t.folded()) || (one_of(t.folded(), {u"ce", u"cet", u"cette"}) &&
                                     !view_.token(k - 1).is(WordClass::kPreposition)))
            break;
        // Complements of the noun go on ("des Affaires étrangères", "of the company");
        // adjuncts ("dans un communiqué", "sur X", "in a statement") end the description.
        if (t.is(WordClass::kPreposition) && !is_noun_complement(t.folded()))
            break;
        // A capital after "de", "de la", "des" belongs to the description ("de la
        // Transition écologique"); elsewhere a name follows it ("le ministre Sergueï Lavrov").
        const Token& prev = view_.token(k - 1);
        const bool after_preposition = prev.is(WordClass::kPreposition) || is_punct(prev, u'\'') ||
                                       is_punct(prev, u'-') ||
                                       (prev.is(WordClass::kDeterminer) && k >= 2 &&
                                        view_.token(k - 2).is(WordClass::kPreposition));
        if (t.word && t.capitalized && !after_preposition)
            break;
        // "l'avocate de Marc Olier, Julie Martin": a name after "de" is the description's
        // possessor as a whole; its last word is no name following the description.
        if (const IndexedMention* m =
                t.capitalized ? view_.mention_starting(t.span.start) : nullptr) {
            k = std::min(limit, std::max(k + 1, view_.token_from(m->span.end))) - 1;
            end = k + 1;
            continue;
        }
        end = k + 1;
    }
    // The description ends on a content word, not on "de la" or an apostrophe.
    while (end > head_end &&
           (!view_.token(end - 1).word || view_.token(end - 1).is(WordClass::kPreposition) ||
            view_.token(end - 1).is(WordClass::kDeterminer)))
        --end;
    SpeakerPhrase phrase;
    phrase.kind = SpeakerPhrase::Kind::Description;
    phrase.mention = {view_.token(i).span.start, view_.token(end - 1).span.end};
    phrase.end = end;
    // The recognizer may know the description ("le chef de la diplomatie russe").
    if (const IndexedMention* m = view_.mention_covering(
            {view_.token(j < end ? j : i).span.start, view_.token(head_end - 1).span.end})) {
        phrase.kind = SpeakerPhrase::Kind::Entity;
        phrase.entity = m->entity;
    } else {
        // A person named right after the description: "le ministre Sergueï Lavrov".
        if (end < limit && view_.token(end).capitalized) {
            if (auto named = names_.name_phrase(end, limit, false);
                named &&
                view_.doc().entities[static_cast<size_t>(named->entity)].kind == EntityKind::Person)
                return named;
        }
        const bool institution = head >= 0 && lexicon_.head(head).kind == HeadKind::Institution;
        const bool group = head >= 0 && lexicon_.head(head).kind == HeadKind::Group;
        // "the airline said", "le groupe affirme": the organization the article is about.
        if (institution && definite && end == head_end && head_end > 0 &&
            definite_article(view_.token(i).folded()) && view_.token(i).folded() != u"les")
            if (const int32_t org = roles_.organization_for(phrase.mention, head_end - 1);
                org >= 0) {
                phrase.kind = SpeakerPhrase::Kind::Entity;
                phrase.entity = org;
            }
        phrase.anonymous = !(institution && !indefinite) && !(role && definite);
        // "ses avocats", "des pompiers": several people, whose turn no "il" continues.
        phrase.plural = group;
        if (head >= 0)
            phrase.gender = lexicon_.head(head).gender;
        else if (demonym)
            phrase.gender = view_.token(i).folded() == u"la"   ? Gender::Feminine
                            : view_.token(i).folded() == u"le" ? Gender::Masculine
                                                               : Gender::Unknown;
        // "un porte-parole", "une porte-parole": the article tells an epicene head's gender.
        if (phrase.gender == Gender::Unknown && j > i)
            phrase.gender =
                one_of(view_.token(i).folded(), {u"le", u"un", u"ce", u"cet"}) ? Gender::Masculine
                : one_of(view_.token(i).folded(), {u"la", u"une", u"cette"})   ? Gender::Feminine
                                                                               : Gender::Unknown;
        // "la syndicaliste", "le ministre", "l'élu": a definite description of one person
        // refers back to a person the article named.
        if (!institution && !group && i < limit && definite_article(view_.token(i).folded()) &&
            view_.token(i).folded() != u"les") {
            const int32_t person = roles_.refer_back(
                phrase.mention, head_end > 0 ? head_end - 1 : head_end, phrase.gender, demonym);
            if (person >= 0) {
                phrase.kind = SpeakerPhrase::Kind::Entity;
                phrase.entity = person;
                phrase.anonymous = false;
            } else {
                phrase.definite_person = true;
                if (phrase.gender == Gender::Unknown)
                    phrase.gender = view_.token(i).folded() == u"la"   ? Gender::Feminine
                                    : view_.token(i).folded() == u"le" ? Gender::Masculine
                                                                       : Gender::Unknown;
            }
        }
    }
    if (auto named = names_.apposition(end, limit))
        return named;
    return phrase;
}

} // namespace whosaid::quotes
