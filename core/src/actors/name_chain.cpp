#include "actors/name_chain.h"

#include <algorithm>

namespace whosaid::actors {

namespace {

// "al-Assad", "el-Sissi", "ben-Gourion": a lower-case particle glued to a name.
bool glued_particle_prefix(std::u16string_view key, size_t& prefix_length) {
    const size_t hyphen = key.find(u'-');
    if (hyphen == std::u16string_view::npos || hyphen == 0 || hyphen > 4)
        return false;
    prefix_length = hyphen + 1;
    return true;
}

} // namespace

bool NameChainBuilder::is_initial(size_t i) const {
    return tokens_.has(i, kUpper) && tokens_[i].span.length() == 1 && !tokens_.has(i, kShouting) &&
           tokens_.key_is(i + 1, u".") && !tokens_.has(i + 1, kSpaceBefore) &&
           tokens_.same_sentence(i, i + 1);
}

bool NameChainBuilder::opens_full_name(size_t i) const {
    // "Noël Garnier": a given name that is also a common word opens a name when a surname
    // follows it, but not as a date ("à Noël", "marché de Noël"; English "in June Smith …"
    // is read as a month, so only French); "Elle", a pronoun, never does.
    static const std::u16string_view dates[] = {u"a",     u"de",     u"d",      u"du",
                                                u"avant", u"apres",  u"depuis", u"pour",
                                                u"jusqu", u"joyeux", u"pere",   u"'"};
    // The class bits first: this runs on every capitalized stopword ("Le", "Il").
    if (!tokens_.in_class(i, kGivenNameClass) || !lexicon_.french() || !tokens_.has(i, kUpper) ||
        !is_name_word(i + 1) || tokens_.in_class(i + 1, kStopwordClass) ||
        !tokens_.has(i + 1, kSpaceBefore) || !tokens_.same_sentence(i, i + 1) ||
        tokens_.has(i + 1, kAllCaps) || tokens_.key_is(i, u"elle"))
        return false;
    return i == 0 || !tokens_.same_sentence(i - 1, i) ||
           std::find(std::begin(dates), std::end(dates), tokens_.key(i - 1)) == std::end(dates);
}

bool NameChainBuilder::is_stopword_surname(size_t i) const {
    // A calendar word after a given name dates what the person did ("told Ivanka Monday",
    // "met Owen May 5"); a shouted or title-case line capitalizes any word; "I" is the
    // pronoun ("Cyrus I" is read as a ruler's ordinal elsewhere).
    static const std::u16string_view weekdays[] = {
        u"monday", u"tuesday", u"wednesday", u"thursday", u"friday",   u"saturday", u"sunday",
        u"lundi",  u"mardi",   u"mercredi",  u"jeudi",    u"vendredi", u"samedi",   u"dimanche"};
    if (!tokens_.has(i, kUpper) || tokens_[i].span.length() < 2 || tokens_.has(i, kAllCaps) ||
        tokens_.has(i, kTitleCase) || tokens_.has(i, kInitial) || !tokens_.has(i, kSpaceBefore) ||
        std::find(std::begin(weekdays), std::end(weekdays), tokens_.key(i)) != std::end(weekdays))
        return false;
    if (!tokens_.same_sentence(i, i + 1))
        return true;
    // "Owen Read Lytton" is no name this rule reads; "in May 2016" is a date.
    return !is_name_word(i + 1) && !tokens_.has(i + 1, kDigit);
}

bool NameChainBuilder::letter_opens_apostrophe_name(size_t i) const {
    // "O'Neill" anywhere; "M'Bala", "N'Diaye" away from a sentence start, where "M'a", "N'est"
    // are elisions; "L'" and "D'" are articles and particles ("D'Alema" reads as one).
    if (!tokens_.key_is(i + 1, u"'") || tokens_.has(i + 1, kSpaceBefore) ||
        !tokens_.has(i + 2, kWord) || tokens_.has(i + 2, kSpaceBefore) ||
        tokens_.has(i + 2, kDigit) || !tokens_.same_sentence(i, i + 2))
        return false;
    const std::u16string_view letter = tokens_.key(i);
    if (letter == u"o")
        return tokens_.has(i + 2, kUpper);
    return letter != u"l" && letter != u"d" && !tokens_.has(i, kInitial) &&
           !tokens_.has(i + 2, kAllCaps);
}

bool NameChainBuilder::is_particle_token(size_t i) const {
    return tokens_.has(i, kWord) && tokens_.in_class(i, kParticleClass);
}

size_t NameChainBuilder::particle_length(size_t i) const {
    size_t length = 0;
    if (tokens_.key_is(i, u"d") && tokens_.key_is(i + 1, u"'"))
        length = 2;
    else if (is_particle_token(i) || runs_.preposition_opens_run(i))
        length = 1;
    else
        length = runs_.elided_article(i);
    if (length == 0)
        return 0;
    // "von der Leyen": particles may follow each other.
    const size_t next = i + length;
    if (!tokens_.same_sentence(i, next))
        return 0;
    if (is_name_word(next) && !tokens_.in_class(next, kStopwordClass))
        return length;
    const size_t more = particle_length(next);
    return more == 0 ? 0 : length + more;
}

bool NameChainBuilder::is_trigger_at(size_t i) const {
    return tokens_.has(i, kUpper) && lexicon_.org_triggers().longest(tokens_, i).tokens > 0;
}

NameChain NameChainBuilder::person(size_t i, bool after_title) const {
    NameChain chain;
    chain.first = chain.last = i;
    if (i >= tokens_.size())
        return chain;
    size_t j = i;
    size_t last = i;
    bool has_given = false;
    bool after_particle = false;
    // A chain may open on a foreign particle ("van Oosterhout") but not on "de", "la".
    if (!is_name_word(i) && !is_apostrophe_name(i)) {
        // Only a particle may open a chain on a word that is no name word ("d'" never does).
        const bool dutch_run = runs_.preposition_opens_run(i) || runs_.elided_article(i) > 0;
        if (!tokens_.in_class(i, kParticleClass) && !dutch_run)
            return chain;
        const std::u16string_view key = tokens_.key(i);
        const bool opening_particle = key != u"de" && key != u"du" && key != u"des" &&
                                      key != u"la" && key != u"le" && key != u"d" && key != u"da" &&
                                      key != u"y";
        const size_t length = opening_particle ? particle_length(i) : 0;
        if (length == 0 || !(tokens_.has(i, kLower) || (dutch_run && !tokens_.has(i, kUpper))))
            return chain;
        j = i + length;
    }
    // "In 't Hout said": a capitalized Dutch run opens a sentence as it would a title.
    if ((after_title || runs_.preposition_opens_run(i)) && j == i && tokens_.has(i, kUpper) &&
        (is_particle_token(i) || runs_.preposition_opens_run(i))) {
        const size_t length = particle_length(i);
        if (length > 0)
            j = i + length;
    }
    while (j < tokens_.size() && tokens_.same_sentence(i, j)) {
        if (is_initial(j)) {
            chain.has_initial = true;
            j += 2;
            continue;
        }
        if (is_apostrophe_name(j)) {
            ++chain.words;
            j += 3;
            last = j;
            continue;
        }
        if (is_name_word(j)) {
            const size_t particle = tokens_.has(j, kUpper) ? particle_length(j) : 0;
            if (particle > 0 && last > i) {
                j += particle; // "Marine Le Pen", "Charles De Gaulle"
                after_particle = true;
                continue;
            }
            // "Bruno Le Maire": after a particle, a title word is the surname.
            if (after_particle && !tokens_.in_class(j, kStopwordClass)) {
                after_particle = false;
                ++chain.words;
                last = ++j;
                continue;
            }
            if (last > i) {
                const bool given = tokens_.in_class(j, kGivenNameClass);
                // "Kremlin Dmitri Peskov": a given name opening a second full name.
                if (given && !has_given && !chain.has_initial && is_name_word(j + 1) &&
                    tokens_.same_sentence(j, j + 1))
                    break;
                // "CGT Philippe Martinez" splits; "Hillary CLINTON" does not.
                if (tokens_.has(j, kAllCaps) != tokens_.has(last - 1, kAllCaps) &&
                    tokens_[j].span.length() > 1 && tokens_[last - 1].span.length() > 1 &&
                    !(has_given && tokens_.has(j, kAllCaps)))
                    break;
                if (lexicon_.titles().longest(tokens_, j).tokens > 0)
                    break;
                // "Owen Read said": after a lone given name, a capitalized stopword is the
                // surname, not the word that opens a sentence ("Read more").
                if (tokens_.in_class(j, kStopwordClass) &&
                    !(chain.words == 1 && has_given && j == last && is_stopword_surname(j)))
                    break;
            } else if ((tokens_.in_class(j, kStopwordClass) && !opens_full_name(j)) ||
                       lexicon_.titles().longest(tokens_, j).tokens > 0) {
                // "juge Mme Binet": the verb "juge", then an honorific that opens its own name.
                break;
            }
            if (last == i || j == i)
                has_given = tokens_.in_class(j, kGivenNameClass);
            if (j == i || last == i)
                chain.given_name_first = has_given;
            ++chain.words;
            ++j;
            last = j;
            continue;
        }
        if (last > i || j > i) {
            const size_t particle = particle_length(j);
            if (particle > 0) {
                j += particle;
                after_particle = true;
                continue;
            }
        }
        break;
    }
    // "Karim B.", "Kevin M.": a given name and the initial of a surname the press withholds
    // name one person; the initial keeps two such people apart.
    if (chain.words == 1 && has_given && last > i && j == last + 2 && is_initial(last)) {
        chain.has_initial = true;
        last += 2;
    }
    chain.last = last;
    if (chain.words == 0)
        chain.last = chain.first;
    return chain;
}

NameChain NameChainBuilder::proper(size_t i) const {
    NameChain chain;
    chain.first = i;
    if (!is_name_word(i) || tokens_.in_class(i, kStopwordClass))
        return chain;
    size_t j = i;
    size_t last = i;
    while (j < tokens_.size() && tokens_.same_sentence(i, j)) {
        if (is_name_word(j)) {
            if (j > i && tokens_.in_class(j, kStopwordClass))
                break;
            if (is_trigger_at(j))
                chain.has_trigger = true;
            ++chain.words;
            last = ++j;
            continue;
        }
        if (is_initial(j)) {
            j += 2;
            last = j;
            continue;
        }
        // "International Transport Workers' Federation"
        if (tokens_.key_is(j, u"'") && j > i && tokens_.key(j - 1).ends_with(u"s") &&
            is_name_word(j + 1) && tokens_.same_sentence(i, j + 1)) {
            ++j;
            continue;
        }
        const size_t connector = lexicon_.connector_length(tokens_, j);
        const bool amp =
            tokens_.key_is(j, u"&") || tokens_.key_is(j, u"and") || tokens_.key_is(j, u"et");
        const size_t step = connector > 0 ? connector : (amp ? 1 : 0);
        if (step > 0 && is_name_word(j + step) && tokens_.same_sentence(i, j + step) &&
            !tokens_.in_class(j + step, kStopwordClass)) {
            j += step;
            continue;
        }
        break;
    }
    chain.last = last;
    return chain;
}

std::vector<std::u16string_view> NameChainBuilder::words(size_t first, size_t last) const {
    std::vector<std::u16string_view> out;
    out.reserve(last - first);
    for (size_t i = first; i < last; ++i) {
        if (!tokens_.has(i, kWord) || tokens_.in_class(i, kParticleClass) || runs_.is_run_word(i))
            continue;
        // "John F. Kennedy" is John Kennedy; the initial ending "Kevin M." is a word of it.
        if (is_initial(i) && i + 2 < last)
            continue;
        // "O'Malley" is keyed by "malley", so that "Malley" and "O'Malley" agree.
        if (i + 2 < last && is_apostrophe_name(i)) {
            out.emplace_back(tokens_.key(i + 2));
            i += 2;
            continue;
        }
        std::u16string_view key = tokens_.key(i);
        size_t prefix = 0;
        if (glued_particle_prefix(key, prefix) &&
            lexicon_.is_glued_particle(key.substr(0, prefix - 1)))
            key.remove_prefix(prefix);
        // "Jean-Marc" stays one word; "Saint-Denis" too.
        out.emplace_back(key);
    }
    return out;
}

} // namespace whosaid::actors
