#include "actors/known_entity_catalog.h"

#include "actors/lexicon_fields.h"
#include "whosaid/lexicon.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace whosaid::actors {

namespace {

std::u16string from_icu(const icu::UnicodeString& text) {
    return std::u16string(reinterpret_cast<const char16_t*>(text.getBuffer()),
                          static_cast<size_t>(text.length()));
}

} // namespace

KnownEntityCatalog::KnownEntityCatalog(std::string_view language)
    : french_(language == "fr"), language_(language) {
    load_places();
    load_media();
    load_organizations();
}

int32_t KnownEntityCatalog::add_entity(EntityKind kind, std::string id, std::u16string name) {
    const auto found = entity_by_id_.find(id);
    if (found != entity_by_id_.end())
        return found->second;
    const auto index = static_cast<int32_t>(entities_.size());
    entity_by_id_.emplace(id, index);
    entities_.push_back(KnownEntity{kind, std::move(id), std::move(name), {}, {}});
    return index;
}

int32_t KnownEntityCatalog::add_form(int32_t entity, std::u16string_view text, bool needs_context,
                                     std::u16string_view contraction_before) {
    const TokenStream tokens(text, {});
    if (tokens.size() == 0)
        return -1;
    KnownForm form;
    form.entity = entity;
    form.needs_context = needs_context;
    form.contraction_before = contraction_before;
    int words = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        uint8_t shape = 0;
        if (tokens.has(i, kAllCaps) ||
            (tokens.has(i, kUpper) && tokens[i].span.length() == 1 && tokens.size() == 1))
            shape = 2;
        else if (tokens.has(i, kUpper))
            shape = 1;
        words += tokens.has(i, kWord) ? 1 : 0;
        form.shape.push_back(shape);
    }
    form.acronym = words >= 1 && tokens.has(0, kAllCaps) && tokens.size() <= 4;
    const auto payload = static_cast<int32_t>(forms_.size());
    forms_.push_back(std::move(form));
    names_.add(text, payload);
    entities_[static_cast<size_t>(entity)].forms.emplace_back(text);
    return payload;
}

bool KnownEntityCatalog::case_fits(const KnownForm& form, const TokenStream& tokens, size_t first,
                                   size_t count) const {
    if (count != form.shape.size())
        return false;
    bool any_required = false;
    for (size_t k = 0; k < count; ++k) {
        const size_t i = first + k;
        if (form.shape[k] == 0)
            continue;
        any_required = true;
        if (form.shape[k] == 2 && !tokens.has(i, kAllCaps) &&
            !(tokens.has(i, kUpper) && tokens[i].span.length() == 1))
            return false;
        if (form.shape[k] == 1 && !tokens.has(i, kUpper))
            return false;
    }
    return any_required;
}

int32_t KnownEntityCatalog::country_entity(std::string_view code) const {
    const auto found = entity_by_id_.find("place:" + std::string(code));
    return found == entity_by_id_.end() ? -1 : found->second;
}

void KnownEntityCatalog::load_places() {
    const icu::Locale display(french_ ? "fr" : "en");
    const icu::Locale other(french_ ? "en" : "fr");
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        const icu::Locale country("", *code);
        icu::UnicodeString own;
        icu::UnicodeString foreign;
        country.getDisplayCountry(display, own);
        country.getDisplayCountry(other, foreign);
        const std::u16string name = from_icu(own);
        if (name.empty() || to_utf8(name) == *code)
            continue;
        const int32_t entity = add_entity(EntityKind::Place, "place:" + std::string(*code), name);
        for (const std::u16string& form : {name, from_icu(foreign)}) {
            // "Myanmar (Burma)": both the outer and the inner name.
            const size_t paren = form.find(u" (");
            if (paren == std::u16string::npos) {
                add_form(entity, form);
                continue;
            }
            add_form(entity, std::u16string_view(form).substr(0, paren));
            const size_t close = form.find(u')', paren);
            if (close != std::u16string::npos)
                add_form(entity, std::u16string_view(form).substr(paren + 2, close - paren - 2));
        }
    }
    const Lexicon lexicon_1 = Lexicon::embedded("common/country_variants");
    for (const auto& row : lexicon_1.rows()) {
        const std::string_view code = field(row, 0);
        const std::u16string name = to_utf16(field(row, french_ ? 1 : 2));
        const int32_t entity = add_entity(EntityKind::Place, "place:" + std::string(code), name);
        entities_[static_cast<size_t>(entity)].name = name;
        add_form(entity, to_utf16(field(row, 1)));
        add_form(entity, to_utf16(field(row, 2)));
        for (std::string_view variant : split_bars(field(row, 3)))
            add_form(entity, to_utf16(variant));
    }
    const Lexicon lexicon_2 = Lexicon::embedded("common/places");
    for (const auto& row : lexicon_2.rows()) {
        const std::u16string french_name = to_utf16(field(row, 0));
        const std::u16string english_name = to_utf16(field(row, 1));
        const std::u16string& name = french_ ? french_name : english_name;
        if (name.empty())
            continue;
        const int32_t entity =
            add_entity(EntityKind::Place, "place:" + to_utf8(english_name), name);
        entities_[static_cast<size_t>(entity)].city = field(row, 2) == "city";
        std::vector<int32_t> payloads{add_form(entity, french_name),
                                      add_form(entity, english_name)};
        for (std::string_view variant : split_bars(field(row, 4)))
            payloads.push_back(add_form(entity, to_utf16(variant)));
        if (field(row, 5) == "ambiguous")
            for (int32_t payload : payloads)
                if (payload >= 0)
                    forms_[static_cast<size_t>(payload)].needs_place_context = true;
    }
    const Lexicon capitals = Lexicon::embedded("common/capitals");
    for (const auto& row : capitals.rows()) {
        const auto found = entity_by_id_.find("place:" + std::string(field(row, 1)));
        if (found != entity_by_id_.end())
            capital_countries_[found->second] = std::string(field(row, 0));
    }
}

std::string_view KnownEntityCatalog::capital_country(int32_t entity) const {
    const auto found = capital_countries_.find(entity);
    return found == capital_countries_.end() ? std::string_view() : found->second;
}

void KnownEntityCatalog::load_media() {
    const Lexicon lexicon_3 = Lexicon::embedded("common/media");
    for (const auto& row : lexicon_3.rows()) {
        const std::u16string name = to_utf16(field(row, 0));
        if (name.empty())
            continue;
        const bool ambiguous = field(row, 3) == "ambiguous";
        const int32_t entity =
            add_entity(EntityKind::Media, "media:" + std::string(field(row, 0)), name);
        entities_[static_cast<size_t>(entity)].media_type = std::string(field(row, 2));
        std::vector<std::u16string> forms{name};
        for (std::string_view variant : split_bars(field(row, 1)))
            forms.push_back(to_utf16(variant));
        for (const std::u16string& form : forms) {
            add_form(entity, form, ambiguous);
            // "Le Monde" is also met as "du Monde", "au Monde".
            if (form.starts_with(u"Le ") && form.size() > 3)
                add_form(entity, std::u16string_view(form).substr(3), ambiguous, u"le");
            else if (form.starts_with(u"Les ") && form.size() > 4)
                add_form(entity, std::u16string_view(form).substr(4), ambiguous, u"les");
            else if (form.starts_with(u"The ") && form.size() > 4)
                add_form(entity, std::u16string_view(form).substr(4), ambiguous);
        }
    }
}

void KnownEntityCatalog::load_organizations() {
    const Lexicon lexicon_4 = Lexicon::embedded("common/organizations");
    for (const auto& row : lexicon_4.rows()) {
        const std::string_view language = field(row, 2);
        const std::u16string name = to_utf16(field(row, 0));
        // A form may name different bodies in each language ("RSF"): one language's rows only.
        if (name.empty() || (language != language_ && language != "*"))
            continue;
        const int32_t entity =
            add_entity(EntityKind::Organization, "org:" + std::string(field(row, 0)), name);
        std::vector<std::string_view> forms{field(row, 0)};
        for (std::string_view variant : split_bars(field(row, 1)))
            forms.push_back(variant);
        const std::vector<std::string_view> ambiguous = split_bars(field(row, 3));
        for (std::string_view form : forms) {
            const int32_t payload = add_form(entity, to_utf16(form));
            if (payload >= 0 &&
                std::find(ambiguous.begin(), ambiguous.end(), form) != ambiguous.end())
                forms_[static_cast<size_t>(payload)].needs_org_context = true;
        }
    }
}

} // namespace whosaid::actors
