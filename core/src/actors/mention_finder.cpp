#include "actors/mention_finder.h"

#include "actors/common_words.h"
#include "actors/fixture_clubs.h"
#include "actors/list_kinds.h"

#include <algorithm>

namespace whosaid::actors {

MentionFinder::MentionFinder(const ActorLexicon& lexicon, const TokenStream& tokens,
                             std::optional<Span> dateline)
    : lexicon_(lexicon), tokens_(tokens), dateline_(dateline), chains_(lexicon, tokens),
      roles_(lexicon, tokens, chains_), organizations_(lexicon, tokens, chains_),
      places_(lexicon, tokens, chains_), classifier_(lexicon, tokens, chains_),
      types_(lexicon, tokens, chains_), attested_(tokens), lower_(tokens),
      mentions_(lexicon, tokens, chains_, organizations_, types_),
      role_mentions_(lexicon, tokens, chains_, roles_, classifier_, attested_, mentions_),
      known_mentions_(lexicon, tokens, chains_, organizations_, mentions_) {}

RawMentionList MentionFinder::find() {
    mentions_.reserve(tokens_.size() / 8 + 4);
    for (size_t i = 0; i < tokens_.size();) {
        if (dateline_ && dateline_->contains(tokens_[i].span.start)) {
            i = known_mentions_.read_dateline(i);
            continue;
        }
        if (!tokens_.has(i, kWord) || tokens_.has(i, kShouting) || is_party_label(i)) {
            ++i;
            continue;
        }
        size_t next = try_place_phrase(i);
        if (next == i)
            next = role_mentions_.read(i);
        if (next == i)
            next = known_mentions_.read_known(i);
        if (next == i)
            next = known_mentions_.read_known_parts(i);
        if (next == i)
            next = try_organization(i);
        if (next == i)
            next = try_type_description(i);
        if (next == i)
            next = try_chain(i);
        i = next > i ? next : i + 1;
    }
    RawMentionList found = mentions_.take();
    mark_common_words(tokens_, found);
    share_list_kinds(tokens_, found);
    name_fixture_clubs(lexicon_, tokens_.source(), found);
    return found;
}

size_t MentionFinder::read_place_phrase(size_t i) {
    // "la capitale (française)", "the French capital": only these words are read further.
    const bool capital_word = lexicon_.french() ? tokens_.key_is(i, u"capitale")
                                                : tokens_.in_class(i, kDemonymStartClass);
    std::u16string capital_key;
    const size_t capital_end = capital_word ? places_.capital(i, capital_key) : i;
    if (capital_end > i) {
        RawMention description;
        description.span = tokens_.span(i, capital_end);
        description.form = MentionForm::Description;
        description.certainty = Certainty::Pattern;
        description.kind = EntityKind::Place;
        description.role_key = std::move(capital_key);
        mentions_.add(std::move(description));
        return capital_end;
    }
    const size_t last = places_.match(i);
    if (last == i)
        return i;
    mentions_.add(mentions_.named(i, last, EntityKind::Place, Certainty::Pattern));
    return last;
}

size_t MentionFinder::read_organization(size_t i) {
    const OrganizationPhrase organization = organizations_.match(i);
    if (organization.last == organization.first)
        return i;
    // The capitalized name may run further than the trigger's complements.
    const NameChain proper = chains_.proper(i);
    const size_t last =
        proper.has_trigger ? std::max(proper.last, organization.last) : organization.last;
    const size_t index =
        mentions_.add(mentions_.named(i, last, EntityKind::Organization, Certainty::Pattern));
    mentions_.add_nested(organization.nested);
    return mentions_.acronym_after(index, last);
}

size_t MentionFinder::read_type_description(size_t i) {
    TypeDescription type = types_.description(i);
    if (type.end == i)
        return i;
    RawMention description;
    description.span = tokens_.span(i, type.end);
    description.form = MentionForm::Description;
    description.certainty = Certainty::Pattern;
    description.kind = type.kind;
    description.role_key = std::move(type.key);
    mentions_.add(std::move(description));
    return type.end;
}

size_t MentionFinder::article_name_end(size_t i) const {
    // Inside a sentence a capital article belongs to the name after it; it makes an
    // organization's name when the name closes on "en" and a capital word ("en Marche") or on
    // an adjective that agrees with the article, before a verb or punctuation. A sentence's
    // first word, a headline and a bare name ("La Rochelle") say nothing.
    if (!lexicon_.french() || !tokens_.has(i, kUpper) ||
        tokens_.has(i, kInitial | kAllCaps | kTitleCase))
        return i;
    const std::u16string_view article = tokens_.key(i);
    const size_t name = i + 1;
    if ((article != u"la" && article != u"le" && article != u"les") ||
        !tokens_.same_sentence(i, name) || !chains_.is_name_word(name) ||
        tokens_.in_class(name, kStopwordClass))
        return i;
    const size_t last = chains_.proper(name).last;
    if (last <= name || !tokens_.same_sentence(i, last + 1) || !tokens_.has(last, kLower))
        return i;
    if (tokens_.key_is(last, u"en") && chains_.is_name_word(last + 1) &&
        !tokens_.in_class(last + 1, kStopwordClass))
        return std::max(last + 2, chains_.proper(last + 1).last);
    const std::u16string_view adjective = tokens_.key(last);
    const bool agrees = article == u"les"  ? adjective.ends_with(u"s") || adjective.ends_with(u"x")
                        : article == u"la" ? adjective.ends_with(u"e") || adjective.ends_with(u"es")
                                           : !adjective.ends_with(u"s");
    if (!agrees || adjective.size() < 4 || tokens_.in_class(last, kStopwordClass))
        return i;
    // "La Nation insoumise a voté", "de La Gauche unie, qui": a verb or punctuation follows.
    static const std::u16string_view closers[] = {u"a",       u"ont", u"est", u"sont", u"avait",
                                                  u"avaient", u"ne",  u"n",   u"se",   u"s",
                                                  u"et",      u"qui", u"dont"};
    const size_t after = last + 1;
    if (tokens_.same_sentence(i, after) && tokens_.has(after, kWord) &&
        std::find(std::begin(closers), std::end(closers), tokens_.key(after)) == std::end(closers))
        return i;
    return after;
}

size_t MentionFinder::read_chain(size_t i) {
    if (const size_t end = article_name_end(i); end > i) {
        const size_t index =
            mentions_.add(mentions_.named(i, end, EntityKind::Organization, Certainty::Pattern));
        return mentions_.acronym_after(index, end);
    }
    if (chains_.is_name_word(i) && tokens_.in_class(i, kStopwordClass) &&
        !chains_.opens_full_name(i)) {
        // "Owen Read" met, "Read said" is his surname.
        if (!mentions_.is_stopword_surname(i))
            return i;
        RawMention surname = mentions_.named(i, i + 1, EntityKind::Person, Certainty::Guess);
        surname.form = MentionForm::Surname;
        const size_t index = mentions_.add(std::move(surname));
        return role_mentions_.apposition_after(index, i + 1);
    }
    const NameChain proper = chains_.proper(i);
    if (proper.has_trigger && proper.words >= 2) {
        const size_t index = mentions_.add(
            mentions_.named(i, proper.last, EntityKind::Organization, Certainty::Pattern));
        return mentions_.acronym_after(index, proper.last);
    }
    // "le Nord-est de la France": the region's compass word is passed, the country after it
    // is read on its own.
    if (ChainClassifier::is_compass_compound(tokens_.key(i)))
        return i + 1;
    NameChain chain = chains_.person(i);
    if (chain.empty())
        return i;
    // "Ohio Republican Marge Tilley", "the Dutch Joost Verbeek": a nationality or a
    // party word before a given name is no word of the name ("Eastern Review" stays one).
    if (chain.words >= 2 && tokens_.has(i, kUpper) && !chain.given_name_first &&
        tokens_.in_class(i + 1, kGivenNameClass) && classifier_.is_group_word(tokens_.key(i)))
        return i + 1;
    if (opens_on_common_word(i, chain))
        return i + 1;
    // "Jane Doe Wins Big Again": in a headline of capitalized words, a name stops at the
    // first word the text never capitalizes elsewhere (a given name and surname need no proof).
    if (tokens_.has(i, kTitleCase)) {
        const size_t end = chain.last;
        chain = attested_.trimmed(chain);
        if (chain.empty())
            return end;
    }
    // "GENÈVE, 12 mars (AFP) -": a dateline's city in capitals, not an acronym.
    if (tokens_.has(i, kAllCaps) && tokens_.has(i, kInitial) && chain.last == i + 1 &&
        (tokens_.key_is(i + 1, u",") || tokens_.key_is(i + 1, u"(") || tokens_.key_is(i + 1, u"-")))
        return chain.last;
    // "the European parliament", "the Green Valley council": capitals and a lower-case
    // institution noun (demonyms included, which alone name nobody).
    const size_t institution = organizations_.lower_institution_after(i, chain.last);
    if (institution > chain.last) {
        const size_t index = mentions_.add(
            mentions_.named(i, institution, EntityKind::Organization, Certainty::Pattern));
        return mentions_.acronym_after(index, institution);
    }
    if (!classifier_.is_plausible_name(chain))
        return chain.last;
    // "20 000 DA", "300 MW": capitals right after a number are a unit.
    if (chain.words == 1 && tokens_.has(i, kAllCaps) && i > 0 && tokens_.has(i - 1, kDigit) &&
        tokens_.same_sentence(i - 1, i))
        return chain.last;
    // "Climat : Paris et Berlin...": a rubric word before a colon opens a headline.
    if (chain.words == 1 && tokens_.has(i, kInitial) && tokens_.key_is(chain.last, u":") &&
        (i == 0 || !tokens_.same_sentence(i - 1, i)))
        return chain.last;
    const bool single = chain.words == 1 && !chain.has_initial;
    auto [kind, certainty] = classifier_.classify(i, chain);
    size_t last = chain.last;
    // "the Social Democratic party": a lower-case "party" after capitals closes a party's name.
    if (!lexicon_.french() && tokens_.key_is(last, u"party") && tokens_.has(last, kLower) &&
        tokens_.same_sentence(i, last)) {
        kind = EntityKind::Organization;
        certainty = Certainty::Pattern;
        ++last;
    }
    // "Schiphol airport", "Orly airport": a lower-case place noun after capitals closes a
    // place's name.
    if (!lexicon_.french() && tokens_.has(last, kLower) && tokens_.same_sentence(i, last) &&
        (lexicon_.place_noun(tokens_.key(last)) & kPlaceTail)) {
        kind = EntityKind::Place;
        certainty = Certainty::Pattern;
        ++last;
    }
    // "Journal de Québec", "Radio Kalima": a medium's type noun heading a name.
    if (chain.words >= 2 && tokens_.has(i, kUpper) && lexicon_.is_media_cue(tokens_.key(i))) {
        kind = EntityKind::Media;
        certainty = Certainty::Pattern;
    }
    // "Nessma TV", "Mosaïque FM": a broadcaster's suffix makes a medium of the name.
    if (classifier_.is_media_suffix(last) && tokens_.same_sentence(i, last)) {
        kind = EntityKind::Media;
        certainty = Certainty::Pattern;
        ++last;
    }
    if (kind == EntityKind::Media && tokens_.has(last, kDigit) && tokens_.has(last, kSpaceBefore) &&
        tokens_.same_sentence(i, last))
        ++last; // "Rossiya 24", "France 24"
    RawMention mention = mentions_.named(i, last, kind, certainty);
    mention.given_name_first = chain.given_name_first;
    if (kind == EntityKind::Organization && single && tokens_.has(i, kAllCaps))
        mention.form = MentionForm::Acronym;
    else if (single && kind == EntityKind::Person)
        mention.form = MentionForm::Surname;
    // "Oceanographer Varathan": a first word met only at sentence starts may be a noun.
    if (chain.words == 2 && tokens_.has(i, kInitial) && !chain.given_name_first &&
        kind == EntityKind::Person && !attested_.contains(tokens_.key(i)))
        mention.initial_chain = true;
    if (single && tokens_.has(i, kInitial) && certainty == Certainty::Guess)
        mention.initial_single =
            !attested_.contains(tokens_.key(i)) && !tokens_.in_class(i, kGivenNameClass);
    const size_t index = mentions_.add(std::move(mention));
    if (kind == EntityKind::Person)
        return role_mentions_.apposition_after(index, chain.last);
    return mentions_.acronym_after(index, last);
}

bool MentionFinder::read_party_label(size_t i) const {
    // "(R-Texas)", ", D-Va.,": the party initial and the state of a US lawmaker, who is named
    // before it; neither the state nor the label is an actor of its own.
    if (lexicon_.french() || !tokens_.has(i, kUpper))
        return false;
    const std::u16string_view text = tokens_.text(i);
    const char16_t party = text.front();
    return text.size() >= 4 && (party == u'D' || party == u'R' || party == u'I') &&
           text[2] >= u'A' && text[2] <= u'Z';
}

bool MentionFinder::opens_on_common_word(size_t i, const NameChain& chain) const {
    if (chain.words < 2 || chain.given_name_first || !tokens_.has(i, kInitial) ||
        tokens_.has(i, kAllCaps) || tokens_.in_class(i, kGivenNameClass | kParticleClass) ||
        !chains_.is_name_word(i + 1) || attested_.contains(tokens_.key(i)))
        return false;
    const std::u16string_view key = tokens_.key(i);
    // "Debating", "Understated": a participle of seven letters or more names nobody, given
    // names so shaped ("Sterling", "Mohamed") being in the lexicon. A particle ("Van
    // Oosterhout") is written in lower case inside the name itself.
    const bool participle =
        !lexicon_.french() && key.size() >= 7 && (key.ends_with(u"ing") || key.ends_with(u"ed"));
    return participle || lower_.opener_written_lower(i);
}

} // namespace whosaid::actors
