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

} // namespace whosaid::actors
