#include "actors/organization_matcher.h"

#include "actors/known_matcher.h"

#include <algorithm>
#include <iterator>

namespace whosaid::actors {

OrganizationPhrase OrganizationMatcher::match(size_t i) const {
    OrganizationPhrase phrase;
    phrase.first = phrase.last = i;
    // Only a trigger noun opens an organization: other words are rejected by their class.
    if (!tokens_.has(i, kWord) || tokens_.has(i, kShouting) ||
        !tokens_.in_class(i, kTriggerStartClass))
        return phrase;
    const PhraseGazetteer::Match trigger = lexicon_.org_triggers().longest(tokens_, i);
    if (trigger.tokens == 0)
        return phrase;
    const bool capitalized = tokens_.has(i, kUpper);
    size_t j = i + trigger.tokens;
    bool named = false; // a capitalized complement makes a lower-case trigger a name
    int lower_complements = 0;
    for (int step = 0; step < 6 && j < tokens_.size() && tokens_.same_sentence(i, j); ++step) {
        if (lexicon_.demonyms().longest(tokens_, j).tokens > 0 && tokens_.has(j, kLower)) {
            j += lexicon_.demonyms().longest(tokens_, j).tokens;
            continue;
        }
        // "Garde nationale", "tribunal correctionnel de Lille": a lower-case trigger keeps
        // its adjectives only if a name follows (checked below).
        if (lexicon_.french() && tokens_.has(j, kLower) && looks_like_adjective(tokens_.key(j))) {
            ++j;
            continue;
        }
        if (capitalized && chains_.is_name_word(j) && !tokens_.in_class(j, kStopwordClass) &&
            !tokens_.in_class(j, kGivenNameClass) &&
            lexicon_.titles().longest(tokens_, j).tokens == 0 && !tokens_.has(j, kAllCaps)) {
            ++j; // "Parti Socialiste", "Banque Centrale"
            named = true;
            continue;
        }
        // "Observatoire régional contre le harcèlement scolaire", "Rassemblement pour la
        // République": a capitalized body's purpose after "pour" or "contre" is in its name.
        const size_t purpose = capitalized ? purpose_length(j) : 0;
        if (purpose > 0 && lower_complements < 2) {
            named = named || tokens_.has(j + purpose - 1, kUpper);
            lower_complements += tokens_.has(j + purpose - 1, kLower) ? 1 : 0;
            j += purpose;
            continue;
        }
        const size_t connector = lexicon_.connector_length(tokens_, j);
        if (connector == 0)
            break;
        const size_t k = j + connector;
        const KnownMatch known = match_known(lexicon_, tokens_, k);
        if (known.tokens > 0) {
            if (lexicon_.entity(known.entity).kind != EntityKind::Place)
                phrase.nested.push_back(NestedName{k, k + known.tokens, known.entity});
            j = k + known.tokens;
            named = true;
            continue;
        }
        // "l'Organisation des Etats américains": "Etats", no name alone, is one inside a name.
        const bool state = capitalized && tokens_.has(k, kUpper) &&
                           (tokens_.key_is(k, u"etats") || tokens_.key_is(k, u"etat"));
        if (chains_.is_name_word(k) &&
            (state ||
             (!tokens_.in_class(k, kStopwordClass) && !tokens_.in_class(k, kGivenNameClass) &&
              lexicon_.titles().longest(tokens_, k).tokens == 0))) {
            // "congrès de l'Association X", "commission de discipline de la Fédération X": a
            // lower-case trigger before a capitalized one is no part of its name; it names a
            // body of its own only with a complement of its own ("commission de discipline").
            if (!capitalized && !state && chains_.is_trigger_at(k)) {
                if (lower_complements == 0 || named)
                    return phrase;
                named = true;
                break;
            }
            j = k + 1;
            named = true;
            continue;
        }
        // "Cour d'appel", "Conseil de sécurité", "Organisation mondiale de la santé"
        // "cour d'assises de Namur", "commission des lois du Sénat": lower-case triggers too,
        // once, as a name must still follow.
        if (lexicon_.french() && tokens_.has(k, kLower) &&
            lower_complements < (capitalized ? 2 : 1) &&
            (capitalized || (!named && !tokens_.key_is(i, u"parti"))) &&
            tokens_.key(k).size() >= 4 && !tokens_.in_class(k, kStopwordClass) &&
            lexicon_.titles().longest(tokens_, k).tokens == 0 && tokens_.same_sentence(i, k)) {
            ++lower_complements;
            j = k + 1;
            continue;
        }
        break;
    }
    // "le parti travailliste", "le parti socialiste": a party is named by its adjective.
    const bool party = !capitalized && lexicon_.french() && tokens_.key_is(i, u"parti") &&
                       j > i + 1 && tokens_.has(i + 1, kLower) &&
                       looks_like_adjective(tokens_.key(i + 1));
    if (!capitalized && !named && !party)
        return phrase;
    // "Ligue 1", "Division 2": a capitalized trigger numbered.
    if (capitalized && j == i + trigger.tokens && tokens_.has(j, kDigit) &&
        tokens_.has(j, kSpaceBefore) && tokens_.same_sentence(i, j) &&
        tokens_[j].span.length() <= 2)
        ++j;
    if (capitalized && j == i + trigger.tokens) {
        // A bare capitalized trigger ("le Sénat", "la Commission") names an institution
        // only after a definite article and away from the start of a sentence.
        const bool article =
            i > 0 && (tokens_.key_is(i - 1, u"le") || tokens_.key_is(i - 1, u"la") ||
                      tokens_.key_is(i - 1, u"'") || tokens_.key_is(i - 1, u"the"));
        if (!article || tokens_.has(i, kInitial) || trigger.tokens == 1)
            return phrase;
    }
    phrase.last = j;
    return phrase;
}

size_t OrganizationMatcher::purpose_length(size_t j) const {
    if (!lexicon_.french() || !tokens_.has(j, kLower) ||
        (!tokens_.key_is(j, u"pour") && !tokens_.key_is(j, u"contre")))
        return 0;
    size_t k = j + 1;
    if (tokens_.key_is(k, u"l") && tokens_.key_is(k + 1, u"'"))
        k += 2;
    else if (tokens_.key_is(k, u"la") || tokens_.key_is(k, u"le") || tokens_.key_is(k, u"les"))
        ++k;
    else
        return 0;
    const bool noun = tokens_.has(k, kWord) && !tokens_.has(k, kDigit) &&
                      tokens_.key(k).size() >= 4 && !tokens_.in_class(k, kStopwordClass) &&
                      lexicon_.titles().longest(tokens_, k).tokens == 0;
    return noun && tokens_.same_sentence(j, k) ? k + 1 - j : 0;
}

size_t OrganizationMatcher::counterpart_after(size_t end) const {
    if (!lexicon_.french() || !tokens_.has(end, kLower) || !tokens_.same_sentence(end - 1, end))
        return end;
    const PhraseGazetteer::Match demonym = lexicon_.demonyms().longest(tokens_, end);
    if (demonym.tokens == 1)
        return lexicon_.demonym_country(demonym.payload) == "FR" ? end : end + 1;
    // Nationalities the demonym list lacks, by their endings ("bolivarienne").
    static const std::u16string_view endings[] = {u"ienne", u"iennes", u"aine",
                                                  u"aines", u"aise",   u"aises"};
    const std::u16string_view key = tokens_.key(end);
    for (std::u16string_view ending : endings)
        if (key.size() > ending.size() + 3 && key.ends_with(ending))
            return end + 1;
    return end;
}

size_t OrganizationMatcher::lower_institution_after(size_t first, size_t end) const {
    // English only: French writes "le parlement européen", which the organization matcher reads.
    if (lexicon_.french() || !tokens_.same_sentence(first, end))
        return end;
    static const std::u16string_view nouns[] = {u"parliament", u"commission", u"council",
                                                u"ministry",   u"committee",  u"court",
                                                u"assembly",   u"senate"};
    // One portfolio or court word may come between: "foreign ministry", "security council";
    // any other word ("Anna Lee outside parliament") ends the name.
    static const std::u16string_view modifiers[] = {
        u"foreign", u"interior", u"defence",        u"defense", u"finance", u"justice",
        u"health",  u"security", u"constitutional", u"supreme", u"appeals", u"high"};
    const auto is_noun = [&](size_t k) {
        return tokens_.has(k, kLower) && tokens_.same_sentence(first, k) &&
               std::find(std::begin(nouns), std::end(nouns), tokens_.key(k)) != std::end(nouns);
    };
    if (is_noun(end))
        return end + 1;
    if (tokens_.has(end, kLower) &&
        std::find(std::begin(modifiers), std::end(modifiers), tokens_.key(end)) !=
            std::end(modifiers) &&
        is_noun(end + 1))
        return end + 2;
    return end;
}

} // namespace whosaid::actors
