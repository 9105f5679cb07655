#include "actors/role_parser.h"

#include "actors/chain_classifier.h"
#include "actors/known_matcher.h"

#include <algorithm>

namespace whosaid::actors {

namespace {

std::u16string fold_country(std::string_view code) {
    std::u16string out;
    for (char c : code)
        out.push_back(static_cast<char16_t>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return out;
}

// "cc:ru" for a country of the lexicon, so "russe", "Russie" and "Russia" agree.
std::u16string place_modifier(const KnownEntity& entity, std::u16string fallback) {
    const std::string_view id = entity.id;
    if (id.size() == 8 && id.starts_with("place:") && id[6] >= 'A' && id[6] <= 'Z')
        return u"cc:" + fold_country(id.substr(6));
    return fallback;
}

// Heads that take a portfolio: "Ecology Minister", "Labor Secretary".
bool is_portfolio_head(std::u16string_view head) {
    return head == u"minister" || head == u"secretary";
}

} // namespace

bool looks_like_adjective(std::u16string_view key) {
    static const std::u16string_view endings[] = {
        u"ale",  u"al",  u"aux",   u"ique", u"iques", u"ienne", u"ien",  u"aise", u"ais",  u"eenne",
        u"een",  u"eme", u"uelle", u"uel",  u"ielle", u"iel",   u"ive",  u"if",   u"ales", u"ste",
        u"aire", u"ee",  u"ees",   u"ain",  u"aine",  u"ane",   u"ere",  u"elle", u"iere", u"ier",
        u"ale",  u"ral", u"rale",  u"nal",  u"nale",  u"ial",   u"onnel"};
    if (key.size() < 4)
        return false;
    if (key.ends_with(u"aux"))
        return true; // "sociaux", "régionaux"
    if (key.back() == u's')
        key.remove_suffix(1); // plural: "étrangères"
    for (std::u16string_view ending : endings)
        if (key.ends_with(ending))
            return true;
    return false;
}

size_t RoleParser::adjectives(size_t first, std::u16string& text) const {
    size_t j = first;
    while (j < tokens_.size() && tokens_.same_sentence(first, j) && tokens_.has(j, kLower) &&
           lexicon_.demonyms().longest(tokens_, j).tokens == 0 &&
           looks_like_adjective(tokens_.key(j)) && j - first < 2) {
        text.push_back(u' ');
        text.append(tokens_.key(j));
        ++j;
    }
    return j;
}

size_t RoleParser::complement(size_t first, size_t previous, RolePhrase& role,
                              std::vector<std::u16string>& modifiers) const {
    const KnownMatch known = match_known(lexicon_, tokens_, first);
    if (known.tokens > 0) {
        const KnownEntity& entity = lexicon_.entity(known.entity);
        modifiers.push_back(
            place_modifier(entity, tokens_.phrase_key(first, first + known.tokens)));
        role.nested.push_back(NestedName{first, first + known.tokens, known.entity});
        return first + known.tokens;
    }
    if (!chains_.is_name_word(first) || tokens_.in_class(first, kStopwordClass)) {
        // "porte-parole du gouvernement", "spokesman for the company": one common noun
        // after a connector that carries an article.
        const bool with_article =
            first >= 2 && !tokens_.key_is(first - 1, u"de") && !tokens_.key_is(first - 1, u"'") &&
            !tokens_.key_is(first - 1, u"of") && !tokens_.key_is(first - 1, u"for");
        // Capitalized-word stopwords ("Gouvernement") are fine here in lower case.
        if (with_article && tokens_.has(first, kLower) &&
            !lexicon_.is_definite(tokens_.key(first)) && tokens_.key(first).size() >= 4 &&
            tokens_.key(first) != u"meme" &&
            lexicon_.titles().longest(tokens_, first).tokens == 0) {
            modifiers.emplace_back(tokens_.key(first));
            // "président de la cour" presides an institution; "head of the search" is a task.
            const bool institution = lexicon_.org_triggers().longest(tokens_, first).tokens > 0;
            role.distinct = role.distinct || !institution;
            // "présidente de la cour d'assises", "juge du tribunal de commerce": a trigger
            // noun keeps one lower-case complement, so that a name after a comma is reached.
            const size_t connector = lexicon_.connector_length(tokens_, first + 1);
            const size_t noun = first + 1 + connector;
            size_t end = first + 1;
            if (connector > 0 && institution && tokens_.same_sentence(first, noun) &&
                tokens_.has(noun, kLower) && tokens_.key(noun).size() >= 4 &&
                !lexicon_.is_definite(tokens_.key(noun)) &&
                lexicon_.titles().longest(tokens_, noun).tokens == 0)
                end = noun + 1;
            // "présidente de la cour d'assises de Rennes": the institution, named by the
            // place after it, is an organization of its own (the finder reads its name on).
            const size_t place = end + lexicon_.connector_length(tokens_, end);
            if (institution && place > end && chains_.is_name_word(place) &&
                tokens_.same_sentence(first, place))
                role.nested.push_back(NestedName{first, end, -1});
            return end;
        }
        return first;
    }
    // "des Affaires étrangères", "de la Commission européenne", "du Kremlin": one name
    // word with its adjectives, or an organization name.
    const NameChain proper = chains_.proper(first);
    if (proper.has_trigger) {
        std::u16string text = tokens_.phrase_key(first, proper.last);
        const size_t end = adjectives(proper.last, text);
        modifiers.push_back(text);
        role.nested.push_back(NestedName{first, end, -1});
        return end;
    }
    if (tokens_.in_class(first, kGivenNameClass))
        return first;
    // "of the British National party": capitals closed by a lower-case "party" are one name.
    size_t name_end = first + 1;
    // "attorney for the Southern District": a compass adjective is no name alone; it opens
    // one with the name word after it.
    if (!lexicon_.french() && proper.words >= 2 && tokens_.key_is(proper.last, u"party") &&
        tokens_.has(proper.last, kLower) && tokens_.same_sentence(first, proper.last))
        name_end = proper.last + 1;
    else if (ChainClassifier::is_compass_adjective(tokens_.key(first)) && proper.words >= 2)
        name_end = first + 2;
    // "spokeswoman for the Spanish dairy association": a nationality is no organization.
    const PhraseGazetteer::Match demonym = lexicon_.demonyms().longest(tokens_, first);
    if (name_end == first + 1 &&
        (demonym.tokens == 1 || lexicon_.is_group_word(tokens_.key(first)))) {
        modifiers.push_back(demonym.tokens == 1
                                ? u"cc:" + fold_country(lexicon_.demonym_country(demonym.payload))
                                : std::u16string(tokens_.key(first)));
        return name_end;
    }
    std::u16string text = tokens_.phrase_key(first, name_end);
    const size_t end = adjectives(name_end, text);
    // "du Kremlin", "of Nordline": one bare name word is the organization the person
    // serves; a minister's "de la Défense" or "des Affaires étrangères" is a portfolio.
    const std::u16string_view head = lexicon_.title(role.title).head;
    const bool portfolio = head == u"ministre" || head == u"minister" || head == u"secretary" ||
                           head == u"commissaire" || head == u"commissioner" ||
                           head == u"secretaire d'etat";
    // "maire de Nom", "député de Nom", "Governor of Nom": the place a person represents.
    // "imam de la mosquée de Nom": a building or area noun before the name makes it a place.
    const bool territorial = ((lexicon_.place_noun(head) & kPlaceOf) ||
                              (previous < first && tokens_.has(previous, kLower) &&
                               (lexicon_.place_noun(tokens_.key(previous)) & kPlaceOf))) &&
                             !tokens_.has(first, kAllCaps);
    if (territorial && end == name_end)
        role.nested.push_back(NestedName{first, name_end, -1, EntityKind::Place});
    else if (tokens_.has(first, kAllCaps) || chains_.is_trigger_at(first) ||
             (end == name_end && !portfolio))
        role.nested.push_back(NestedName{first, name_end, -1});
    modifiers.push_back(text);
    return end;
}

size_t RoleParser::qualifier_length(size_t j) const {
    if (!lexicon_.french() || !tokens_.has(j, kLower))
        return 0;
    static const std::u16string_view qualifiers[] = {u"adjoint",  u"adjointe", u"divisionnaire",
                                                     u"delegue",  u"deleguee", u"interimaire",
                                                     u"honoraire"};
    const std::u16string_view key = tokens_.key(j);
    if (std::find(std::begin(qualifiers), std::end(qualifiers), key) != std::end(qualifiers))
        return 1;
    if (key == u"en" && tokens_.key_is(j + 1, u"chef") && tokens_.same_sentence(j, j + 1))
        return 2;
    return 0;
}

RolePhrase RoleParser::parse(size_t i) const {
    if (!may_open(i))
        return RolePhrase{};
    RolePhrase role;
    std::vector<std::u16string> modifiers;
    size_t j = i;
    // English puts the nationality first: "Russian Foreign Minister", "U.S. Secretary of State".
    if (!lexicon_.french()) {
        const PhraseGazetteer::Match demonym = lexicon_.demonyms().longest(tokens_, j);
        if (demonym.tokens > 0 && tokens_.has(j, kUpper)) {
            modifiers.push_back(u"cc:" + fold_country(lexicon_.demonym_country(demonym.payload)));
            j += demonym.tokens;
        } else {
            const KnownMatch known = match_known(lexicon_, tokens_, j);
            if (known.tokens > 0) {
                size_t end = j + known.tokens;
                if (tokens_.key_is(end, u"'") && tokens_.key_is(end + 1, u"s"))
                    end += 2;
                if (lexicon_.titles().longest(tokens_, end).tokens > 0) {
                    modifiers.push_back(place_modifier(lexicon_.entity(known.entity),
                                                       tokens_.phrase_key(j, j + known.tokens)));
                    role.nested.push_back(NestedName{j, j + known.tokens, known.entity});
                    j = end;
                }
            }
        }
    }
    PhraseGazetteer::Match title = lexicon_.titles().longest(tokens_, j);
    // "Ecology Minister", "the French budget minister": a portfolio word before a minister.
    if (title.tokens == 0 && !lexicon_.french() && (tokens_.has(j, kUpper) || j > i) &&
        !tokens_.has(j, kDigit) && !tokens_.in_class(j, kStopwordClass | kGivenNameClass) &&
        tokens_.same_sentence(j, j + 1)) {
        const PhraseGazetteer::Match after = lexicon_.titles().longest(tokens_, j + 1);
        if (after.tokens > 0 && is_portfolio_head(lexicon_.title(after.payload).head)) {
            modifiers.emplace_back(tokens_.key(j));
            role.distinct = true;
            ++j;
            title = after;
        }
    }
    if (title.tokens == 0)
        return RolePhrase{};
    const TitleInfo& info = lexicon_.title(title.payload);
    role.first = i;
    role.title = title.payload;
    role.honorific = info.honorific;
    role.gender = info.gender;
    j += title.tokens;
    if (!info.honorific) {
        // French puts nationality and complements after: "ministre syrien des Affaires étrangères".
        for (int step = 0; step < 4 && j < tokens_.size() && tokens_.same_sentence(i, j); ++step) {
            // "procureur adjoint", "commissaire divisionnaire", "juge en chef": a qualifier
            // makes another role of the same head.
            const size_t qualifier = qualifier_length(j);
            if (qualifier > 0) {
                modifiers.push_back(tokens_.phrase_key(j, j + qualifier));
                role.distinct = true;
                j += qualifier;
                continue;
            }
            const PhraseGazetteer::Match demonym = lexicon_.demonyms().longest(tokens_, j);
            if (demonym.tokens > 0 && tokens_.has(j, kLower)) {
                modifiers.push_back(u"cc:" +
                                    fold_country(lexicon_.demonym_country(demonym.payload)));
                j += demonym.tokens;
                continue;
            }
            // "la ministre flamande", "le premier ministre québécois": a region's adjective.
            if (tokens_.has(j, kLower) && lexicon_.is_group_word(tokens_.key(j))) {
                modifiers.emplace_back(tokens_.key(j));
                ++j;
                continue;
            }
            // "ministre ukrainien des Affaires étrangères": an adjective the demonym list
            // lacks, accepted when a complement or a name follows it.
            if (tokens_.has(j, kLower) && looks_like_adjective(tokens_.key(j)) &&
                (lexicon_.connector_length(tokens_, j + 1) > 0 || chains_.is_name_word(j + 1))) {
                modifiers.emplace_back(tokens_.key(j));
                ++j;
                continue;
            }
            const size_t connector = lexicon_.connector_length(tokens_, j);
            if (connector == 0)
                break;
            const size_t end = complement(j + connector, j - 1, role, modifiers);
            if (end == j + connector)
                break;
            j = end;
        }
    }
    role.last = j;
    role.modified = !modifiers.empty();
    if (!info.modifier.empty())
        modifiers.push_back(info.modifier);
    std::sort(modifiers.begin(), modifiers.end());
    modifiers.erase(std::unique(modifiers.begin(), modifiers.end()), modifiers.end());
    role.key = info.head;
    for (const std::u16string& modifier : modifiers)
        role.key += u"|" + modifier;
    if (i > 0) {
        size_t before = i - 1;
        // "l'ancien boxeur", "le « boxeur »", "the former senator": the article comes first.
        static const std::u16string_view skipped[] = {u"ancien",   u"ancienne", u"nouveau",
                                                      u"nouvelle", u"former",   u"new",
                                                      u"\u00ab",   u"\u201c",   u"\""};
        if (before > 0 && tokens_.same_sentence(before, i) &&
            std::find(std::begin(skipped), std::end(skipped), tokens_.key(before)) !=
                std::end(skipped))
            --before;
        if (tokens_.key_is(before, u"'") && before > 0)
            --before;
        if (tokens_.same_sentence(before, i) && lexicon_.is_definite(tokens_.key(before))) {
            role.definite = true;
            const std::u16string_view article = tokens_.key(before);
            if (role.gender == Gender::Unknown && lexicon_.french()) {
                if (article == u"la" || article == u"sa" || article == u"cette")
                    role.gender = Gender::Feminine;
                else if (article == u"le" || article == u"ce" || article == u"du" ||
                         article == u"au")
                    role.gender = Gender::Masculine;
            }
        }
    }
    return role;
}

} // namespace whosaid::actors
