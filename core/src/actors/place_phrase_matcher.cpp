#include "actors/place_phrase_matcher.h"

#include "actors/known_matcher.h"

namespace whosaid::actors {

size_t PlacePhraseMatcher::match(size_t i) const {
    if (!tokens_.in_class(i, kPlaceHeadClass))
        return i;
    const uint8_t use = lexicon_.place_noun(tokens_.key(i));
    const bool capitalized = tokens_.has(i, kUpper) && !tokens_.has(i, kAllCaps);
    const size_t connector = lexicon_.connector_length(tokens_, i + 1);
    const bool head = (use & kPlaceHead) || ((use & kPlaceHeadCapital) && capitalized) ||
                      ((use & kPlaceHeadBare) && connector == 0);
    if (!head)
        return i;
    // English heads only ever take "of": "Palace of Westminster", "Gulf of Aden".
    if (!lexicon_.french() && (connector == 0 || !capitalized))
        return i;
    const size_t name = i + 1 + connector;
    if (!tokens_.same_sentence(i, name) || tokens_.in_class(name, kStopwordClass) ||
        tokens_.in_class(name, kTitleStartClass))
        return i;
    size_t last = name;
    const KnownMatch known = match_known(lexicon_, tokens_, name);
    if (known.tokens > 0) {
        last = name + known.tokens; // "rue de Lisbonne" is a street, not the city
    } else {
        const NameChain chain = chains_.proper(name);
        if (chain.empty() || chain.has_trigger)
            return i;
        last = chain.last;
    }
    return last;
}

size_t PlacePhraseMatcher::capital(size_t i, std::u16string& key) const {
    key = u"capital";
    const auto country_of = [&](size_t j) {
        const PhraseGazetteer::Match demonym = lexicon_.demonyms().longest(tokens_, j);
        if (demonym.tokens == 0)
            return size_t{0};
        key += u"|cc:";
        for (const char c : lexicon_.demonym_country(demonym.payload))
            key.push_back(static_cast<char16_t>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return demonym.tokens;
    };
    if (i == 0 || !tokens_.same_sentence(i - 1, i))
        return i;
    const bool elided = tokens_.key_is(i - 1, u"'") && i >= 2;
    const std::u16string_view before = tokens_.key(elided ? i - 2 : i - 1);
    if (lexicon_.french()) {
        // "la capitale", "la capitale française"
        if (!tokens_.key_is(i, u"capitale") || !tokens_.has(i, kLower) ||
            (before != u"la" && before != u"l" && before != u"sa" && before != u"cette"))
            return i;
        const bool adjective = tokens_.has(i + 1, kLower) && tokens_.same_sentence(i, i + 1);
        return i + 1 + (adjective ? country_of(i + 1) : 0);
    }
    // "the French capital": English names the country before the noun, never alone.
    if (before != u"the" || !tokens_.has(i, kUpper))
        return i;
    const size_t demonym = country_of(i);
    if (demonym == 0 || !tokens_.key_is(i + demonym, u"capital") ||
        !tokens_.has(i + demonym, kLower))
        return i;
    return i + demonym + 1;
}

} // namespace whosaid::actors
