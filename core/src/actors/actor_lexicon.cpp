#include "actors/actor_lexicon.h"

#include "actors/text_folding.h"
#include "whosaid/lexicon.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace whosaid::actors {

namespace {

std::vector<std::string_view> split_bars(std::string_view field) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start <= field.size()) {
        size_t bar = field.find('|', start);
        if (bar == std::string_view::npos)
            bar = field.size();
        if (bar > start)
            parts.push_back(field.substr(start, bar - start));
        start = bar + 1;
    }
    return parts;
}

// A view into the row, which outlives every use (the Lexicon is a local of the loader).
std::string_view field(const std::vector<std::string>& row, size_t index) {
    return index < row.size() ? std::string_view(row[index]) : std::string_view();
}

Gender gender_of(std::string_view code) {
    if (code == "m")
        return Gender::Masculine;
    if (code == "f")
        return Gender::Feminine;
    return Gender::Unknown;
}

void add_words(support::KeySet& set, std::initializer_list<std::u16string_view> words) {
    for (std::u16string_view word : words)
        set.insert(fold_key(word));
}

std::u16string from_icu(const icu::UnicodeString& text) {
    return std::u16string(reinterpret_cast<const char16_t*>(text.getBuffer()),
                          static_cast<size_t>(text.length()));
}

} // namespace

ActorLexicon::ActorLexicon(std::string_view language)
    : french_(language == "fr"), language_(language) {
    load_places();
    load_media();
    load_organizations();
    load_titles();
    load_words();
    support::KeyMap<uint16_t> word_classes;
    const std::pair<const PhraseGazetteer*, uint16_t> gazetteers[] = {
        {&names_, kNameStartClass},
        {&titles_, kTitleStartClass},
        {&demonyms_, kDemonymStartClass},
        {&org_triggers_, kTriggerStartClass}};
    for (const auto& [gazetteer, bit] : gazetteers) {
        const uint16_t word_class = bit;
        gazetteer->for_each_first_word(
            [&](const std::u16string& key) { word_classes[key] |= word_class; });
    }
    names_.set_first_word_class(kNameStartClass);
    titles_.set_first_word_class(kTitleStartClass);
    demonyms_.set_first_word_class(kDemonymStartClass);
    org_triggers_.set_first_word_class(kTriggerStartClass);
    for (const std::u16string& key : stopwords_)
        word_classes[key] |= kStopwordClass;
    for (const auto& [key, gender] : given_names_)
        word_classes[key] |= kGivenNameClass;
    for (const std::u16string& key : particles_)
        word_classes[key] |= kParticleClass;
    for (const auto& [key, use] : place_nouns_)
        if (use & (kPlaceHead | kPlaceHeadCapital | kPlaceHeadBare))
            word_classes[key] |= kPlaceHeadClass;
    for (const auto& [key, kind] : type_nouns_)
        word_classes[key] |= kTypeNounClass;
    // "la capitale", "the French capital": read by the same step as the place heads.
    word_classes[u"capitale"] |= kPlaceHeadClass;
    word_classes[u"capital"] |= kPlaceHeadClass;
    word_classes_ = FlatKeyTable(word_classes);
}

void ActorLexicon::classify(TokenStream& tokens) const {
    std::vector<uint16_t> classes(tokens.size(), 0);
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens.has(i, kWord))
            continue;
        const std::u16string_view key = tokens.key(i);
        classes[i] = word_classes_.find(key);
        if (tokens.has(i, kShouting) || tokens.has(i, kDigit))
            continue;
        if (tokens.has(i, kUpper)) {
            classes[i] |= kNameWordClass;
            continue;
        }
        // "al-Assad", "el-Sissi": a lower-case particle glued to a capitalized name.
        // Only a hyphen within the first five units can qualify: the search stops there.
        const size_t hyphen = key.substr(0, 5).find(u'-');
        const std::u16string_view text = tokens.text(i);
        if (hyphen != std::u16string_view::npos && hyphen > 0 && hyphen <= 4 &&
            hyphen + 1 < text.size() && hyphen + 1 < key.size() &&
            text[hyphen + 1] != key[hyphen + 1] && is_glued_particle(key.substr(0, hyphen)))
            classes[i] |= kNameWordClass;
    }
    tokens.set_word_classes(std::move(classes));
}

int32_t ActorLexicon::add_entity(EntityKind kind, std::string id, std::u16string name) {
    const auto found = entity_by_id_.find(id);
    if (found != entity_by_id_.end())
        return found->second;
    const auto index = static_cast<int32_t>(entities_.size());
    entity_by_id_.emplace(id, index);
    entities_.push_back(KnownEntity{kind, std::move(id), std::move(name), {}, {}});
    return index;
}

int32_t ActorLexicon::add_form(int32_t entity, std::u16string_view text, bool needs_context,
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

bool ActorLexicon::case_fits(const KnownForm& form, const TokenStream& tokens, size_t first,
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

int32_t ActorLexicon::country_entity(std::string_view code) const {
    const auto found = entity_by_id_.find("place:" + std::string(code));
    return found == entity_by_id_.end() ? -1 : found->second;
}

void ActorLexicon::load_places() {
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

bool ActorLexicon::type_noun_fits(std::u16string_view noun, int32_t entity) const {
    const auto found = type_noun_media_.find(noun);
    if (found == type_noun_media_.end() || entity < 0)
        return false;
    const std::string& type = entities_[static_cast<size_t>(entity)].media_type;
    return !type.empty() &&
           std::find(found->second.begin(), found->second.end(), type) != found->second.end();
}

std::string_view ActorLexicon::capital_country(int32_t entity) const {
    const auto found = capital_countries_.find(entity);
    return found == capital_countries_.end() ? std::string_view() : found->second;
}

void ActorLexicon::load_media() {
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

void ActorLexicon::load_organizations() {
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

void ActorLexicon::load_titles() {
    const Lexicon lexicon = Lexicon::embedded(french_ ? "fr/titles" : "en/titles");
    for (const auto& row : lexicon.rows()) {
        TitleInfo info;
        info.gender = gender_of(field(row, 1));
        info.honorific = field(row, 2) == "honorific";
        std::u16string canonical =
            fold_key(to_utf16(field(row, 3).empty() ? field(row, 0) : field(row, 3)));
        const size_t plus = canonical.find(u'+');
        if (plus != std::u16string::npos) {
            info.modifier = canonical.substr(plus + 1);
            canonical.resize(plus);
        }
        info.head = canonical;
        const auto payload = static_cast<int32_t>(titles_info_.size());
        titles_info_.push_back(std::move(info));
        titles_.add(to_utf16(field(row, 0)), payload);
    }
    const Lexicon demonyms = Lexicon::embedded(french_ ? "fr/demonyms" : "en/demonyms");
    for (const auto& row : demonyms.rows()) {
        const auto payload = static_cast<int32_t>(demonym_countries_.size());
        demonym_countries_.emplace_back(field(row, 0));
        for (std::string_view form : split_bars(field(row, 1)))
            demonyms_.add(to_utf16(form), payload);
    }
    const Lexicon places = Lexicon::embedded(french_ ? "fr/place_nouns" : "en/place_nouns");
    for (const auto& row : places.rows()) {
        const std::string_view use = field(row, 1);
        const uint8_t bit = use == "street"           ? kPlaceHead
                            : use == "street-capital" ? kPlaceHeadCapital
                            : use == "building"       ? kPlaceHeadBare | kPlaceOf
                            : use == "tail"           ? kPlaceTail
                                                      : kPlaceOf;
        place_nouns_[fold_key(to_utf16(field(row, 0)))] |= bit;
    }
    const Lexicon documents =
        Lexicon::embedded(french_ ? "fr/document_nouns" : "en/document_nouns");
    for (const auto& row : documents.rows())
        document_nouns_.insert(fold_key(to_utf16(field(row, 0))));
    const Lexicon groups = Lexicon::embedded(french_ ? "fr/group_words" : "en/group_words");
    for (const auto& row : groups.rows())
        for (std::string_view form : split_bars(field(row, 1)))
            group_words_.insert(fold_key(to_utf16(form)));
    const Lexicon types = Lexicon::embedded(french_ ? "fr/type_nouns" : "en/type_nouns");
    for (const auto& row : types.rows()) {
        const std::u16string key = fold_key(to_utf16(field(row, 0)));
        const bool media = field(row, 1) == "media";
        type_nouns_[key] = media ? EntityKind::Media : EntityKind::Organization;
        // The third column is a medium's types; an organization's ("main") is the quotes
        // stage's.
        if (media)
            for (std::string_view type : split_bars(field(row, 2)))
                type_noun_media_[key].emplace_back(type);
    }
    const Lexicon triggers = Lexicon::embedded(french_ ? "fr/org_triggers" : "en/org_triggers");
    for (const auto& row : triggers.rows())
        org_triggers_.add(to_utf16(field(row, 0)), 0);
}

void ActorLexicon::load_words() {
    const Lexicon lexicon_5 = Lexicon::embedded(french_ ? "fr/stopwords" : "en/stopwords");
    for (const auto& row : lexicon_5.rows())
        stopwords_.insert(fold_key(to_utf16(field(row, 0))));
    const Lexicon lexicon_6 = Lexicon::embedded("common/name_particles");
    for (const auto& row : lexicon_6.rows()) {
        std::u16string key = fold_key(to_utf16(field(row, 0)));
        // "al-", "as-" only ever come glued to a name: as free words they are common
        // ("as" in English), so they join the glued set only.
        const bool glued = !key.empty() && key.back() == u'-';
        while (!key.empty() && (key.back() == u'-' || key.back() == u'\''))
            key.pop_back();
        (glued ? glued_particles_ : particles_).insert(key);
    }
    const Lexicon lexicon_7 = Lexicon::embedded("common/given_names");
    for (const auto& row : lexicon_7.rows())
        given_names_.emplace(fold_key(to_utf16(field(row, 0))), gender_of(field(row, 1)));
    if (french_) {
        add_words(media_cues_,
                  {u"agence", u"quotidien", u"journal", u"chaîne", u"radio", u"télévision",
                   u"hebdomadaire", u"magazine", u"mensuel", u"site", u"média", u"journaux",
                   u"station", u"antenne", u"presse", u"tabloïd"});
        add_words(org_cues_, {u"groupe",       u"société",   u"entreprise",   u"firme",
                              u"constructeur", u"compagnie", u"parti",        u"mouvement",
                              u"syndicat",     u"ONG",       u"club",         u"laboratoire",
                              u"géant",        u"banque",    u"assureur",     u"opérateur",
                              u"fabricant",    u"équipe",    u"organisation", u"association",
                              u"fédération",   u"start-up",  u"enseigne",     u"enseignes",
                              u"magasin",      u"magasins",  u"boutique",     u"boutiques",
                              u"supermarché",  u"marque",    u"cabinet",      u"distributeur",
                              u"transporteur", u"milice",    u"organisme",    u"institut"});
        add_words(place_cues_,
                  {u"à", u"au", u"en", u"vers", u"depuis", u"ville", u"région", u"province",
                   u"capitale", u"village", u"localité", u"commune", u"département", u"État"});
        add_words(network_cues_, {u"sur", u"social", u"réseau", u"messagerie", u"plateforme"});
        add_words(definites_, {u"le", u"la", u"l", u"les", u"son", u"sa", u"leur", u"ce", u"cette",
                               u"du", u"au", u"notre", u"votre"});
    } else {
        add_words(media_cues_,
                  {u"agency", u"newspaper", u"daily", u"broadcaster", u"network", u"channel",
                   u"station", u"tabloid", u"tabloids", u"weekly", u"magazine", u"outlet", u"paper",
                   u"radio", u"television", u"website", u"newswire", u"wire"});
        add_words(org_cues_,
                  {u"company",      u"firm",         u"carrier",      u"group",    u"giant",
                   u"maker",        u"manufacturer", u"party",        u"bank",     u"startup",
                   u"airline",      u"operator",     u"insurer",      u"lender",   u"retailer",
                   u"brand",        u"organization", u"organisation", u"union",    u"militia",
                   u"team",         u"club",         u"charity",      u"supplier", u"producer",
                   u"conglomerate", u"automaker",    u"planemaker"});
        add_words(place_cues_, {u"in", u"at", u"from", u"near", u"to", u"off", u"outside", u"city",
                                u"town", u"province", u"region", u"capital", u"village", u"state",
                                u"district", u"island"});
        add_words(network_cues_, {u"on", u"social", u"network", u"platform", u"messaging", u"via"});
        add_words(definites_, {u"the", u"his", u"her", u"its", u"their", u"this", u"that", u"our"});
    }
}

size_t ActorLexicon::connector_length(const TokenStream& tokens, size_t i) const {
    if (i >= tokens.size())
        return 0;
    const std::u16string_view key = tokens.key(i);
    auto apostrophe = [&](size_t j) {
        return tokens.key_is(j, u"'");
    };
    if (french_) {
        if (key == u"du" || key == u"des" || key == u"au" || key == u"aux")
            return 1;
        if (key == u"d" && apostrophe(i + 1))
            return 2;
        if (key == u"de") {
            if (tokens.key_is(i + 1, u"la"))
                return 2;
            if (tokens.key_is(i + 1, u"l") && apostrophe(i + 2))
                return 3;
            return 1;
        }
        return 0;
    }
    if (key == u"of" || key == u"for" || key == u"on") {
        if (tokens.key_is(i + 1, u"the"))
            return 2;
        return 1;
    }
    return 0;
}

Gender ActorLexicon::given_name_gender(std::u16string_view key) const {
    const auto found = given_names_.find(key);
    return found == given_names_.end() ? Gender::Unknown : found->second;
}

} // namespace whosaid::actors
