#include "actors/type_nouns.h"

#include "actors/role_parser.h"

namespace whosaid::actors {

namespace {

std::u16string type_key(std::u16string_view noun) {
    std::u16string key = u"type:";
    key += noun;
    return key;
}

} // namespace

bool TypeNounReader::type_noun_at(size_t i, EntityKind& kind) const {
    if (!tokens_.has(i, kLower) || !tokens_.in_class(i, kTypeNounClass))
        return false;
    const std::optional<EntityKind> found = lexicon_.type_noun(tokens_.key(i));
    if (!found)
        return false;
    kind = *found;
    return true;
}

std::u16string TypeNounReader::held_type(size_t first, size_t last, EntityKind kind) const {
    if ((kind != EntityKind::Organization && kind != EntityKind::Media) || last <= first)
        return {};
    EntityKind noun_kind = kind;
    // "le quotidien Le Parisien", "le quotidien régional La Provence", "the airline KLM".
    if (first > 0) {
        size_t before = first - 1;
        // "quotidien" itself looks like an adjective: only a word that is no type noun is
        // skipped.
        if (lexicon_.french() && before > 0 && tokens_.has(before, kLower) &&
            !type_noun_at(before, noun_kind) && looks_like_adjective(tokens_.key(before)) &&
            tokens_.same_sentence(before, first))
            --before;
        noun_kind = kind;
        if (tokens_.same_sentence(before, first) && type_noun_at(before, noun_kind) &&
            noun_kind == kind)
            return type_key(tokens_.key(before));
    }
    // "Le Monde newspaper", "Nordline airline": English may put the noun after.
    if (!lexicon_.french() && tokens_.same_sentence(first, last) && type_noun_at(last, noun_kind) &&
        noun_kind == kind)
        return type_key(tokens_.key(last));
    // "tribunal correctionnel de Lyon", "Musée de l'Homme"; "Supreme Court", "Trump campaign".
    if (last - first < 2)
        return {};
    const size_t head = lexicon_.french() ? first : last - 1;
    const std::optional<EntityKind> head_kind = lexicon_.type_noun(tokens_.key(head));
    if (head_kind && *head_kind == kind)
        return type_key(tokens_.key(head));
    return {};
}

TypeDescription TypeNounReader::description(size_t i) const {
    TypeDescription none;
    none.end = i;
    TypeDescription found;
    if (i == 0 || !type_noun_at(i, found.kind))
        return none;
    size_t before = i - 1;
    // "the French newspaper", "the Dutch airline": a nationality between article and noun.
    if (!lexicon_.french() && before > 0 && tokens_.has(before, kUpper) &&
        lexicon_.is_demonym(tokens_.key(before)))
        --before;
    if (tokens_.key_is(before, u"'") && before > 0)
        --before; // "l'hebdomadaire"
    static const std::u16string_view french_articles[] = {u"le", u"la", u"l",   u"du",
                                                          u"au", u"ce", u"cet", u"cette"};
    static const std::u16string_view english_articles[] = {u"the", u"this"};
    const std::u16string_view article = tokens_.key(before);
    bool definite = false;
    if (lexicon_.french()) {
        for (std::u16string_view candidate : french_articles)
            definite = definite || article == candidate;
    } else {
        for (std::u16string_view candidate : english_articles)
            definite = definite || article == candidate;
    }
    if (!definite || !tokens_.same_sentence(before, i))
        return none;
    // "au quotidien": daily life, not a newspaper.
    if (article == u"au" && tokens_.key_is(i, u"quotidien"))
        return none;
    // "le quotidien régional", "le journal américain": adjectives belong to the description.
    size_t end = i + 1;
    while (lexicon_.french() && end < i + 3 && tokens_.same_sentence(i, end) &&
           tokens_.has(end, kLower) &&
           (lexicon_.is_demonym(tokens_.key(end)) || looks_like_adjective(tokens_.key(end))))
        ++end;
    // "le quotidien Le Parisien", "the airline KLM", "le tribunal de Lyon": a name follows,
    // and the name is the mention.
    size_t next = end + lexicon_.connector_length(tokens_, end);
    if (tokens_.same_sentence(i, next) && (chains_.is_name_word(next) || tokens_.has(next, kDigit)))
        return none;
    // "la chaîne francophone RTBF", "la chaîne d'information BFMTV": a lower-case word or a
    // complement between the noun and the name; the name is still the mention.
    for (size_t k = end, words = 0; words < 2 && tokens_.same_sentence(i, k); ++words) {
        const size_t connector = lexicon_.connector_length(tokens_, k);
        const size_t word = k + connector;
        if (!tokens_.has(word, kLower) || !tokens_.same_sentence(i, word) ||
            (connector == 0 && !looks_like_adjective(tokens_.key(word)) &&
             !tokens_.key(word).ends_with(u"phone")))
            break;
        k = word + 1;
        if (chains_.is_name_word(k) && tokens_.same_sentence(i, k))
            return none;
    }
    found.end = end;
    found.key = type_key(tokens_.key(i));
    return found;
}

} // namespace whosaid::actors
