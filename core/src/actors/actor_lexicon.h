#pragma once

#include "actors/flat_key_table.h"
#include "actors/known_entity_catalog.h"
#include "actors/phrase_gazetteer.h"
#include "actors/token_stream.h"
#include "support/key_hash.h"
#include "whosaid/document.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::actors {

// Bits of TokenStream word classes set by ActorLexicon::classify.
enum WordClass : uint16_t {
    kNameStartClass = 1 << 0,
    kTitleStartClass = 1 << 1,
    kDemonymStartClass = 1 << 2,
    kTriggerStartClass = 1 << 3,
    kStopwordClass = 1 << 4,
    kGivenNameClass = 1 << 5,
    kParticleClass = 1 << 6,
    kNameWordClass = 1 << 7,        // may be a word of a name: see NameChainBuilder::is_name_word
    kPlaceHeadClass = 1 << 8,       // heads a place name ("rue", "Palace") or names a capital
    kTypeNounClass = 1 << 9,        // a noun of the type_nouns lexicon ("quotidien", "airline")
    kRunPrepositionClass = 1 << 10, // may open a Dutch particle run: see ParticleRun
};

// How a common noun of the place_nouns lexicons makes a place of a name (bits).
enum PlaceNounUse : uint8_t {
    kPlaceHead = 1 << 0,        // "rue de Rivoli", "parc Monceau", "Gulf of Aden"
    kPlaceHeadCapital = 1 << 1, // "Place Vendôme": a head only when capitalized
    kPlaceHeadBare = 1 << 2,    // "gare Saint-Lazare": a head only right before the name
    kPlaceTail = 1 << 3,        // "Oxford Street", "Trump Tower"
    kPlaceOf = 1 << 4,          // "les habitants de X", "the city of X", "maire de X"
};

// A title or role of the titles lexicon.
struct TitleInfo {
    Gender gender = Gender::Unknown;
    bool honorific = false;
    std::u16string head;     // folded canonical head ("president", "ministre")
    std::u16string modifier; // folded canonical modifier ("affaires etrangeres"), may be empty
};

// Every lexicon the recognizer reads, built once per language into hash tables; the actors
// every reader knows are KnownEntityCatalog's.
class ActorLexicon {
public:
    explicit ActorLexicon(std::string_view language);

    bool french() const { return french_; }
    // Sets the word classes of every token: one hash lookup per token.
    void classify(TokenStream& tokens) const;

    // The forms of the known entities (payloads: form()), and the entities themselves.
    const PhraseGazetteer& names() const { return known_.names(); }
    const KnownForm& form(int32_t payload) const { return known_.form(payload); }
    const KnownEntity& entity(int32_t index) const { return known_.entity(index); }
    // The known place of a country code, or -1.
    int32_t country_entity(std::string_view code) const { return known_.country_entity(code); }
    // The country code of a known place that is a country's capital, or empty.
    std::string_view capital_country(int32_t entity) const {
        return known_.capital_country(entity);
    }
    // Whether the text at [first, first + count) has the case the form requires.
    bool case_fits(const KnownForm& form, const TokenStream& tokens, size_t first,
                   size_t count) const {
        return known_.case_fits(form, tokens, first, count);
    }

    const PhraseGazetteer& titles() const { return titles_; }
    const TitleInfo& title(int32_t payload) const {
        return titles_info_[static_cast<size_t>(payload)];
    }
    const PhraseGazetteer& demonyms() const { return demonyms_; }
    // Country code of a demonym payload.
    const std::string& demonym_country(int32_t payload) const {
        return demonym_countries_[static_cast<size_t>(payload)];
    }
    const PhraseGazetteer& org_triggers() const { return org_triggers_; }
    bool is_demonym(std::u16string_view key) const { return demonyms_.contains_phrase(key); }
    // A word for a group of people that is no nationality: "marseillais", "muslims".
    bool is_group_word(std::u16string_view key) const { return group_words_.count(key) != 0; }
    // A noun naming a text, not an actor: "loi", "pacte", "act", "section".
    bool is_document_noun(std::u16string_view key) const { return document_nouns_.count(key) != 0; }

    // PlaceNounUse bits of a folded noun, 0 for most words.
    uint8_t place_noun(std::u16string_view key) const {
        const auto found = place_nouns_.find(key);
        return found == place_nouns_.end() ? 0 : found->second;
    }

    bool is_particle(std::u16string_view key) const { return particles_.count(key) != 0; }
    // A particle written glued to a name with a hyphen ("al-", "as-", and the free ones).
    bool is_glued_particle(std::u16string_view key) const {
        return is_particle(key) || glued_particles_.count(key) != 0;
    }
    Gender given_name_gender(std::u16string_view key) const;

    // Small closed classes of cue words (folded keys), per language.
    bool is_media_cue(std::u16string_view key) const { return media_cues_.count(key) != 0; }
    bool is_org_cue(std::u16string_view key) const { return org_cues_.count(key) != 0; }
    bool is_place_cue(std::u16string_view key) const { return place_cues_.count(key) != 0; }
    bool is_network_cue(std::u16string_view key) const { return network_cues_.count(key) != 0; }
    bool is_definite(std::u16string_view key) const { return definites_.count(key) != 0; }
    // The kind a type noun of the type_nouns lexicon stands for ("quotidien": media).
    std::optional<EntityKind> type_noun(std::u16string_view key) const {
        const auto found = type_nouns_.find(key);
        if (found == type_nouns_.end())
            return std::nullopt;
        return found->second;
    }
    // Whether a media type noun ("quotidien", "network") may stand for the known medium
    // entity: its lexicon type is one the noun names.
    bool type_noun_fits(std::u16string_view noun, int32_t entity) const;
    // Tokens of a connector starting at token i ("de", "de la", "de l'", "d'", "of the"), or 0.
    size_t connector_length(const TokenStream& tokens, size_t i) const;

private:
    void load_titles();
    void load_words();

    bool french_;
    KnownEntityCatalog known_;
    PhraseGazetteer titles_;
    std::vector<TitleInfo> titles_info_;
    PhraseGazetteer demonyms_;
    std::vector<std::string> demonym_countries_;
    PhraseGazetteer org_triggers_;
    support::KeySet stopwords_, group_words_, document_nouns_, particles_, glued_particles_,
        media_cues_, org_cues_, place_cues_, network_cues_, definites_;
    support::KeyMap<Gender> given_names_;
    support::KeyMap<uint8_t> place_nouns_;
    support::KeyMap<EntityKind> type_nouns_;
    support::KeyMap<std::vector<std::string>> type_noun_media_; // noun → media types
    FlatKeyTable word_classes_; // classes of every word of a lexicon, by folded key
};

} // namespace whosaid::actors
