#pragma once

#include "actors/phrase_gazetteer.h"
#include "actors/token_stream.h"
#include "whosaid/document.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace whosaid::actors {

// An actor every reader knows: a country, city, medium or organization of the lexicons.
struct KnownEntity {
    EntityKind kind = EntityKind::Place;
    std::string id;                    // "place:RU", "media:AFP", "org:ONU"
    std::u16string name;               // display name in the document's language
    std::vector<std::u16string> forms; // every name it goes by
    std::string media_type;            // "newspaper", "broadcaster"... for a medium
    bool city = false; // a place of kind "city" in places.tsv: a club may bear its name
};

// One written form of a known entity, as the gazetteer finds it.
struct KnownForm {
    int32_t entity = -1;
    std::vector<uint8_t> shape; // per token: 0 any case, 1 capitalized, 2 all caps
    bool acronym = false;
    bool needs_context = false;       // ambiguous medium: only after a media cue
    bool needs_place_context = false; // "Nice", "Georgia": only after "à", "in"...
    bool needs_org_context = false;   // "Total", "WHO": only after "le groupe", "the company"...
    std::u16string_view contraction_before; // "le"/"les" names met as "du Monde"
};

// The actors every reader knows, built once per language: the countries (from ICU and the
// country variants), the places, media and organizations of the lexicons, with every form
// they go by in one gazetteer. The order of the lexicons fixes the entities' indices and the
// forms' payloads.
class KnownEntityCatalog {
public:
    // The catalog of language ("fr" or "en": display names and language-bound rows).
    explicit KnownEntityCatalog(std::string_view language);

    // Every form of every known entity; a match's payload indexes form().
    const PhraseGazetteer& names() const { return names_; }
    // Sets the class bit the gazetteer's first words carry in the token stream.
    void set_first_word_class(uint16_t bit) { names_.set_first_word_class(bit); }
    const KnownForm& form(int32_t payload) const { return forms_[static_cast<size_t>(payload)]; }
    const KnownEntity& entity(int32_t index) const { return entities_[static_cast<size_t>(index)]; }
    // The known place of a country code, or -1.
    int32_t country_entity(std::string_view code) const;
    // The country code of a known place that is a country's capital, or empty.
    std::string_view capital_country(int32_t entity) const;
    // Whether the text at [first, first + count) has the case the form requires.
    bool case_fits(const KnownForm& form, const TokenStream& tokens, size_t first,
                   size_t count) const;

private:
    void load_places();
    void load_media();
    void load_organizations();
    // The index of the entity of id, added with kind and name when new.
    int32_t add_entity(EntityKind kind, std::string id, std::u16string name);
    // Returns the payload of the new form, or -1.
    int32_t add_form(int32_t entity, std::u16string_view text, bool needs_context = false,
                     std::u16string_view contraction_before = {});

    bool french_;
    std::string language_;
    std::vector<KnownEntity> entities_;
    std::vector<KnownForm> forms_;
    std::unordered_map<std::string, int32_t> entity_by_id_;
    std::unordered_map<int32_t, std::string> capital_countries_;
    PhraseGazetteer names_;
};

} // namespace whosaid::actors
