#include "actors/chain_classifier.h"

#include <algorithm>

namespace whosaid::actors {

ChainClassifier::ChainClassifier(const ActorLexicon& lexicon, const TokenStream& tokens,
                                 const NameChainBuilder& chains)
    : lexicon_(lexicon), tokens_(tokens), chains_(chains) {}

size_t ChainClassifier::word_before(size_t i) const {
    if (i == 0)
        return tokens_.size();
    size_t before = i - 1;
    if (tokens_.key_is(before, u"'") && before > 0)
        --before;
    return tokens_.same_sentence(before, i) && tokens_.has(before, kWord) ? before : tokens_.size();
}

bool ChainClassifier::has_place_context(size_t i) const {
    const size_t before = word_before(i);
    const std::u16string_view previous = before < tokens_.size() ? tokens_.key(before) : u"";
    if (lexicon_.is_place_cue(previous))
        return true;
    // "the city of Surabaya", "l'aéroport de Marignane", "les habitants du Gard"
    if (previous == u"of" || previous == u"de" || previous == u"d" || previous == u"du" ||
        previous == u"des") {
        const size_t noun = word_before(before);
        return noun < tokens_.size() && (lexicon_.place_noun(tokens_.key(noun)) & kPlaceOf);
    }
    // "Beaucaire (Gard)", "Tertre (Saint-Ghislain)": a name in brackets after a place name.
    return previous.empty() && i >= 2 && tokens_.key_is(i - 1, u"(") &&
           tokens_.has(i - 2, kUpper) && tokens_.same_sentence(i - 2, i);
}

bool ChainClassifier::is_place_noun(std::u16string_view key) {
    static const std::u16string_view nouns[] = {
        u"city",      u"town",     u"village",  u"province", u"region",  u"island",
        u"islands",   u"coast",    u"capital",  u"state",    u"county",  u"district",
        u"outskirts", u"suburb",   u"south",    u"north",    u"east",    u"west",
        u"port",      u"ville",    u"region",   u"province", u"ile",     u"iles",
        u"cote",      u"capitale", u"banlieue", u"quartier", u"commune", u"departement",
        u"sud",       u"nord",     u"est",      u"ouest",    u"metro",   u"localite",
        u"port",      u"village",  u"faubourg"};
    return std::find(std::begin(nouns), std::end(nouns), key) != std::end(nouns);
}

bool ChainClassifier::ends_with_place_noun(const NameChain& chain) const {
    return chain.words >= 2 && (lexicon_.place_noun(tokens_.key(chain.last - 1)) & kPlaceTail);
}

bool ChainClassifier::age_follows(size_t end) const {
    if ((!tokens_.key_is(end, u",") && !tokens_.key_is(end, u"(")) ||
        !tokens_.same_sentence(end, end + 2) || !tokens_.has(end + 1, kDigit))
        return false;
    const std::u16string_view number = tokens_.key(end + 1);
    if (number.find_first_not_of(u"0123456789") == std::u16string_view::npos &&
        number.size() <= 3) {
        const std::u16string_view unit = tokens_.key(end + 2);
        if (lexicon_.french())
            return unit == u"ans" || unit == u"an";
        // "Dale, 45, said": a bare number between commas, or "(45)".
        return (unit == u"," || unit == u")") && tokens_.key_is(end, unit == u"," ? u"," : u"(");
    }
    // "Dale, 45-year-old mechanic" is one token in "-year-old".
    return !lexicon_.french() && number.ends_with(u"-year-old");
}

EntityKind ChainClassifier::apposition_kind(size_t end) const {
    if (!tokens_.key_is(end, u",") || !tokens_.same_sentence(end, end + 2))
        return EntityKind::Person;
    size_t k = end + 1;
    static const std::u16string_view articles[] = {u"un",  u"une", u"a",  u"an",
                                                   u"the", u"le",  u"la", u"l"};
    if (std::find(std::begin(articles), std::end(articles), tokens_.key(k)) == std::end(articles))
        return EntityKind::Person;
    k += tokens_.key_is(k + 1, u"'") ? 2 : 1;
    if (k >= tokens_.size())
        return EntityKind::Person;
    const std::u16string_view noun = tokens_.key(k);
    if (lexicon_.is_org_cue(noun))
        return EntityKind::Organization;
    if (lexicon_.is_media_cue(noun))
        return EntityKind::Media;
    if (is_place_noun(noun) && noun != u"est" && noun != u"south" && noun != u"north")
        return EntityKind::Place;
    return EntityKind::Person;
}

bool ChainClassifier::is_plural_gentile(size_t i) const {
    const size_t before = word_before(i);
    if (!lexicon_.french() || before >= tokens_.size())
        return false;
    const std::u16string_view article = tokens_.key(before);
    if (article != u"les" && article != u"des" && article != u"aux" && article != u"ces")
        return false;
    // "les Valenciennois", "des Rennais", "aux Montréalais": inhabitants, whatever the town.
    static const std::u16string_view endings[] = {u"ois",  u"oises",  u"ais",  u"aises",
                                                  u"iens", u"iennes", u"ains", u"aines"};
    const std::u16string_view key = tokens_.key(i);
    for (std::u16string_view ending : endings)
        if (key.size() > ending.size() + 2 && key.ends_with(ending))
            return true;
    return false;
}

bool ChainClassifier::is_compass_adjective(std::u16string_view key) {
    return key == u"northern" || key == u"southern" || key == u"eastern" || key == u"western";
}

bool ChainClassifier::is_compass_compound(std::u16string_view key) {
    static const std::u16string_view points[] = {u"nord",  u"sud",   u"est",  u"ouest",
                                                 u"north", u"south", u"east", u"west"};
    if (key.find(u'-') == std::u16string_view::npos)
        return false;
    while (!key.empty()) {
        const size_t dash = std::min(key.find(u'-'), key.size());
        if (std::find(std::begin(points), std::end(points), key.substr(0, dash)) ==
            std::end(points))
            return false;
        key.remove_prefix(std::min(dash + 1, key.size()));
    }
    return true;
}

bool ChainClassifier::is_common_noun_shape(size_t i) const {
    if (!lexicon_.french() || tokens_.in_class(i, kGivenNameClass))
        return false;
    const size_t before = word_before(i);
    const std::u16string_view previous = before < tokens_.size() ? tokens_.key(before) : u"";
    // "un Youtubeur belge", "une Parisienne": a person's name takes no indefinite article.
    if (previous == u"un" || previous == u"une")
        return true;
    // "Parallèlement, …", "Finalement, …": an adverb opening a clause, capitalized because a
    // headline or a missing full stop runs into it.
    const std::u16string_view key = tokens_.key(i);
    return key.size() >= 8 && key.ends_with(u"ment") && tokens_.key_is(i + 1, u",") &&
           !lexicon_.is_definite(previous) && previous != u"de" && previous != u"du" &&
           previous != u"au";
}

bool ChainClassifier::is_toponym(size_t i, const NameChain& chain) const {
    if (chain.words != 1 || chain.given_name_first)
        return false;
    const std::u16string_view key = tokens_.key(i);
    if (key.starts_with(u"saint-") || key.starts_with(u"sainte-") ||
        key.find(u"-saint-") != std::u16string_view::npos ||
        key.find(u"-sainte-") != std::u16string_view::npos)
        return true;
    // "Sainte-Agathe-des-Monts", "Loir-et-Cher", "Châlons-en-Champagne": a lower-case link
    // between capitalized parts.
    static const std::u16string_view links[] = {u"-de-", u"-des-", u"-du-",   u"-en-",
                                                u"-et-", u"-sur-", u"-sous-", u"-les-",
                                                u"-la-", u"-le-",  u"-aux-",  u"-upon-"};
    for (std::u16string_view link : links)
        if (key.find(link) != std::u16string_view::npos)
            return true;
    return false;
}

bool ChainClassifier::is_media_suffix(size_t i) const {
    if (!tokens_.has(i, kUpper) || !tokens_.has(i, kSpaceBefore))
        return false;
    const std::u16string_view key = tokens_.key(i);
    return key == u"tv" || key == u"fm" || key == u"radio" || key == u"tele" || key == u"info" ||
           key == u"news";
}

bool ChainClassifier::is_group_word(std::u16string_view key) const {
    if (lexicon_.is_demonym(key) || lexicon_.is_group_word(key))
        return true;
    // "Indonesians", "Koreans": plural demonyms.
    if (key.size() > 3 && key.back() == u's' && lexicon_.is_demonym(key.substr(0, key.size() - 1)))
        return true;
    // "Franco-Marocain", "Israeli-Palestinian", "germano-russe": combining forms in "-o" or
    // demonyms, then a demonym.
    const size_t hyphen = key.rfind(u'-');
    if (hyphen == std::u16string_view::npos || hyphen + 1 == key.size())
        return false;
    if (!is_group_word(key.substr(hyphen + 1)))
        return false;
    std::u16string_view rest = key.substr(0, hyphen);
    while (!rest.empty()) {
        const size_t dash = rest.rfind(u'-');
        const std::u16string_view part =
            dash == std::u16string_view::npos ? rest : rest.substr(dash + 1);
        const bool combining = part.size() >= 4 && part.back() == u'o';
        if (!combining && !lexicon_.is_demonym(part))
            return false;
        rest = dash == std::u16string_view::npos ? std::u16string_view() : rest.substr(0, dash);
    }
    return true;
}

bool ChainClassifier::is_plausible_name(const NameChain& chain) const {
    // "South Koreans": a plural demonym of several words. The phrase ends as its last
    // token does: it is built only for a plural.
    if (tokens_.key(chain.last - 1).ends_with(u's')) {
        const std::u16string phrase = tokens_.phrase_key(chain.first, chain.last);
        if (phrase.size() > 3 && phrase.back() == u's' &&
            lexicon_.is_demonym(std::u16string_view(phrase).substr(0, phrase.size() - 1)))
            return false;
    }
    bool all_demonyms = true;
    for (size_t j = chain.first; j < chain.last && all_demonyms; ++j) {
        if (!tokens_.has(j, kWord))
            continue;
        if (lexicon_.demonyms().longest(tokens_, j).tokens == 1 || is_group_word(tokens_.key(j)))
            continue;
        all_demonyms = false;
    }
    if (all_demonyms)
        return false;
    // "Senior Israeli officials", "Former Mexican presidents": a nationality or a group of
    // people before a lower-case noun is an adjective, and the capital before it opened the
    // sentence. A given name first keeps the chain a person's ("Mark Cuban said"), a type
    // noun after it an organization's ("the Social Democratic party").
    if (chain.words == 2 && !chain.given_name_first && chain.last < tokens_.size() &&
        tokens_.has(chain.last, kLower) && is_group_word(tokens_.key(chain.last - 1)) &&
        !tokens_.in_class(chain.last, kTypeNounClass))
        return false;
    if (chain.words == 1 && is_plural_gentile(chain.first))
        return false;
    if (chain.words == 1 && !chain.has_initial && is_common_noun_shape(chain.first))
        return false;
    // "Pacte de Marrakech", "Espionage Act", "Section 1001": a text, not an actor.
    if (lexicon_.is_document_noun(tokens_.key(chain.first)) ||
        lexicon_.is_document_noun(tokens_.key(chain.last - 1)))
        return false;
    if (chain.last == chain.first + 1) {
        const std::u16string_view key = tokens_.key(chain.first);
        if (key.size() < 2)
            return false; // "S" of "S-300"
        // Roman ordinals: "XXe siècle", "IIe République".
        if (key.find_first_not_of(u"ivxlcdme") == std::u16string_view::npos &&
            (key.ends_with(u"e") || key.ends_with(u"eme")))
            return false;
        // Roman numerals in capitals: "Acte IX", "Louis XIV".
        if (tokens_.has(chain.first, kAllCaps) &&
            key.find_first_not_of(u"ivxlc") == std::u16string_view::npos)
            return false;
    }
    return true;
}

bool ChainClassifier::capitalized_run_has_trigger(size_t i) const {
    for (size_t j = i; j < tokens_.size() && tokens_.same_sentence(i, j) && chains_.is_name_word(j);
         ++j)
        if (chains_.is_trigger_at(j))
            return true;
    return false;
}

std::pair<EntityKind, Certainty> ChainClassifier::classify(size_t i, const NameChain& chain) const {
    const size_t before = word_before(i);
    const std::u16string_view previous = before < tokens_.size() ? tokens_.key(before) : u"";
    const bool single = chain.words == 1 && !chain.has_initial;
    const size_t after = chain.last;
    EntityKind kind = EntityKind::Person;
    Certainty certainty = Certainty::Guess;
    // "à Anne Morel", "to John Reed": two names after a dative are a person's, not a place's.
    const bool dative_name = chain.words >= 2 && (previous == u"a" || previous == u"to");
    if (lexicon_.is_media_cue(previous) ||
        (tokens_.has(after, kWord) && lexicon_.is_media_cue(tokens_.key(after)) && single &&
         !lexicon_.french())) {
        kind = EntityKind::Media;
        certainty = Certainty::Pattern;
    } else if (lexicon_.is_org_cue(previous)) {
        kind = EntityKind::Organization;
        certainty = Certainty::Pattern;
    } else if (chain.given_name_first || chain.has_initial) {
        certainty = Certainty::Pattern;
    } else if (is_toponym(i, chain)) {
        kind = EntityKind::Place; // "la Teste-de-Buch" takes its article as a town
        certainty = Certainty::Pattern;
    } else if (single && (tokens_.has(i, kAllCaps) || tokens_.has(i, kInnerCap))) {
        kind = EntityKind::Organization;
    } else if (single && lexicon_.is_definite(previous) && previous != u"son" &&
               previous != u"sa" && previous != u"his" && previous != u"her") {
        // People take no article: "le Kremlin", "the Pentagon", "de l'Elysée" are institutions.
        kind = EntityKind::Organization;
    } else if (chain.words <= 3 && !dative_name &&
               (has_place_context(i) || ends_with_place_noun(chain))) {
        kind = EntityKind::Place;
        certainty = Certainty::Pattern;
    } else if (chain.words >= 2 && is_compass_adjective(tokens_.key(i))) {
        kind = EntityKind::Organization; // "Western Journalism": no person's name
    }
    if (kind == EntityKind::Person && certainty == Certainty::Guess && age_follows(chain.last))
        certainty = Certainty::Pattern;
    // "Oceana, une ONG", "Kalibo, a town": an apposition names the kind.
    const EntityKind apposed = apposition_kind(chain.last);
    if (apposed != EntityKind::Person && certainty != Certainty::Lexicon &&
        !chain.given_name_first) {
        kind = apposed;
        certainty = Certainty::Pattern;
    }
    return {kind, certainty};
}

} // namespace whosaid::actors
