#include "actors/known_mention_reader.h"

#include "actors/known_matcher.h"

#include <algorithm>

namespace whosaid::actors {

size_t KnownMentionReader::read_dateline(size_t i) {
    // Only the agency counts in a dateline: "MOSCOU, 26 nov 2014 (AFP) -".
    if (!tokens_.key_is(i, u"(") || !tokens_.has(i + 1, kUpper))
        return i + 1;
    size_t close = i + 1;
    while (close < tokens_.size() && close < i + 6 && !tokens_.key_is(close, u")"))
        ++close;
    if (!tokens_.key_is(close, u")"))
        return i + 1;
    const KnownMatch known = match_known(lexicon_, tokens_, i + 1);
    RawMention mention = mentions_.named(i + 1, close, EntityKind::Media, Certainty::Pattern);
    if (known.tokens == close - i - 1 && lexicon_.entity(known.entity).kind == EntityKind::Media) {
        mention.known_entity = known.entity;
        mention.certainty = Certainty::Lexicon;
    }
    if (tokens_.has(i + 1, kAllCaps))
        mention.form = MentionForm::Acronym;
    mentions_.add(std::move(mention));
    return close + 1;
}

size_t KnownMentionReader::read_known_capitalized(size_t i) {
    const KnownMatch known = match_known(lexicon_, tokens_, i);
    if (known.tokens == 0)
        return i;
    const KnownEntity& entity = lexicon_.entity(known.entity);
    const size_t end = i + known.tokens;
    // "SURABAYA, Indonesia (Reuters)", "in SINGAPORE": capitals of a mixed-case name are
    // dateline and byline typography, not a mention.
    if (!known.acronym && tokens_.has(i, kAllCaps) && tokens_[i].span.length() > 3)
        return end;
    // "Maurice Papon", "Chad Smith": a country that is also a given name, before a name.
    if (known.tokens == 1 && entity.kind == EntityKind::Place &&
        tokens_.in_class(i, kGivenNameClass) && chains_.is_name_word(end) &&
        !tokens_.in_class(end, kStopwordClass))
        return i;
    // "Indonesia AirAsia": a place before a company-like word (inner capital) names a company.
    if (entity.kind == EntityKind::Place && chains_.is_name_word(end) &&
        tokens_.has(end, kInnerCap) && !tokens_.has(end, kAllCaps) &&
        tokens_.has(end, kSpaceBefore)) {
        const size_t index = mentions_.add(
            mentions_.named(i, end + 1, EntityKind::Organization, Certainty::Pattern));
        return mentions_.acronym_after(index, end + 1);
    }
    // "Malaysia Airlines", "U.S. Court of Appeals": a place heading an organization.
    if (entity.kind == EntityKind::Place && chains_.is_trigger_at(end)) {
        const NameChain proper = chains_.proper(end);
        const OrganizationPhrase organization = organizations_.match(end);
        const size_t last = std::max(proper.last, organization.last);
        if (last > end) {
            const size_t index = mentions_.add(
                mentions_.named(i, last, EntityKind::Organization, Certainty::Pattern));
            mentions_.add_nested(organization.nested);
            return mentions_.acronym_after(index, last);
        }
    }
    // "the United Nations security council", "the Paris appeals court": a known name before a
    // lower-case institution noun names the institution; the known name stays nested.
    const size_t institution =
        entity.kind != EntityKind::Media ? organizations_.lower_institution_after(i, end) : end;
    if (institution > end) {
        const size_t index = mentions_.add(
            mentions_.named(i, institution, EntityKind::Organization, Certainty::Pattern));
        mentions_.add_nested({NestedName{i, end, known.entity}});
        return mentions_.acronym_after(index, institution);
    }
    if (entity.kind == EntityKind::Organization) {
        const size_t counterpart = organizations_.counterpart_after(end);
        if (counterpart > end) {
            const size_t index = mentions_.add(
                mentions_.named(i, counterpart, EntityKind::Organization, Certainty::Pattern));
            return mentions_.acronym_after(index, counterpart);
        }
    }
    RawMention mention = mentions_.named(i, end, entity.kind, Certainty::Lexicon);
    mention.known_entity = known.entity;
    // A capital holds the role "la capitale (française)" describes.
    const std::string_view capital_of = lexicon_.capital_country(known.entity);
    if (!capital_of.empty()) {
        mention.role_key = u"capital|cc:";
        for (const char c : capital_of)
            mention.role_key.push_back(static_cast<char16_t>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    if (known.acronym)
        mention.form = MentionForm::Acronym;
    const size_t index = mentions_.add(std::move(mention));
    if (entity.kind == EntityKind::Media) {
        const size_t after = mentions_.former_name_after(index, end);
        return after == end && entity.media_type == "social" ? page_name_after(i, end) : after;
    }
    return mentions_.acronym_after(index, end);
}

size_t KnownMentionReader::page_name_after(size_t network, size_t end) {
    // French puts the page noun before the network ("la page Facebook X"), English after it
    // ("the Facebook page X"); a person's own page ("sur sa page Facebook Marc Roy") is read
    // as the person's name.
    static const std::u16string_view page_nouns[] = {u"page", u"groupe", u"group"};
    const auto is_page_noun = [&](size_t k) {
        return tokens_.has(k, kLower) && std::find(std::begin(page_nouns), std::end(page_nouns),
                                                   tokens_.key(k)) != std::end(page_nouns);
    };
    size_t first = end;
    if (!(network > 0 && is_page_noun(network - 1))) {
        if (!is_page_noun(first))
            return end;
        ++first;
    }
    const auto capitalized = [&](size_t k) {
        return k < tokens_.size() && tokens_.same_sentence(network, k) && tokens_.has(k, kUpper) &&
               chains_.is_name_word(k);
    };
    if (!capitalized(first) || tokens_.in_class(first, kGivenNameClass))
        return end;
    // Capitalized words, and up to two lower-case ones between two of them ("Gilets jaunes
    // Québec", "Sauvons le Vieux Port"), at most eight words.
    size_t last = first + 1;
    while (last < first + 8) {
        if (capitalized(last)) {
            ++last;
            continue;
        }
        size_t next = last;
        while (next < last + 2 && next < tokens_.size() && tokens_.has(next, kLower) &&
               tokens_.same_sentence(network, next))
            ++next;
        if (next == last || !capitalized(next))
            break;
        last = next + 1;
    }
    mentions_.add(mentions_.named(first, last, EntityKind::Organization, Certainty::Pattern));
    return last;
}

size_t KnownMentionReader::read_known_parts_capitalized(size_t i) {
    const std::vector<KnownPart> parts = match_known_parts(lexicon_, tokens_, i);
    // "PSG-Montpellier": beside a club, a city names its club ("Israël-Hamas": a country
    // names no club).
    const bool fixture = std::any_of(parts.begin(), parts.end(), [&](const KnownPart& part) {
        return lexicon_.entity(part.entity).kind == EntityKind::Organization;
    });
    for (const KnownPart& part : parts) {
        RawMention mention;
        mention.span = mention.name_span = part.span;
        mention.words = {part.word};
        mention.kind = lexicon_.entity(part.entity).kind;
        mention.certainty = Certainty::Lexicon;
        mention.known_entity = part.entity;
        if (fixture && mention.kind == EntityKind::Place && lexicon_.entity(part.entity).city) {
            mention.kind = EntityKind::Organization;
            mention.certainty = Certainty::Pattern;
            mention.known_entity = -1;
        }
        if (part.acronym)
            mention.form = MentionForm::Acronym;
        mentions_.add(std::move(mention));
    }
    return parts.empty() ? i : i + 1;
}

} // namespace whosaid::actors
