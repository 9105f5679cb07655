#include "actors/actor_lexicon.h"

#include "actors/lexicon_fields.h"
#include "actors/particle_run.h"
#include "actors/text_folding.h"
#include "whosaid/lexicon.h"
#include "whosaid/unicode_text.h"

#include <algorithm>

namespace whosaid::actors {

namespace {

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

} // namespace

ActorLexicon::ActorLexicon(std::string_view language)
    : french_(language == "fr"), known_(language) {
    load_titles();
    load_words();
    support::KeyMap<uint16_t> word_classes;
    const std::pair<const PhraseGazetteer*, uint16_t> gazetteers[] = {
        {&known_.names(), kNameStartClass},
        {&titles_, kTitleStartClass},
        {&demonyms_, kDemonymStartClass},
        {&org_triggers_, kTriggerStartClass}};
    for (const auto& [gazetteer, bit] : gazetteers) {
        const uint16_t word_class = bit;
        gazetteer->for_each_first_word(
            [&](const std::u16string& key) { word_classes[key] |= word_class; });
    }
    known_.set_first_word_class(kNameStartClass);
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
    for (const std::u16string_view key : ParticleRun::kPrepositions)
        word_classes[std::u16string(key)] |= kRunPrepositionClass;
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
        // "al-Assad", "el-Sissi": a lower-case particle glued to a capitalized name. The
        // capital after the hyphen makes the key differ from the text, so a word whose key is
        // its text (most lower-case words) is left at once. Only a hyphen within the first
        // five units can qualify: the search stops there.
        if (tokens.has(i, kKeyIsText))
            continue;
        const size_t hyphen = key.substr(0, 5).find(u'-');
        const std::u16string_view text = tokens.text(i);
        if (hyphen != std::u16string_view::npos && hyphen > 0 && hyphen <= 4 &&
            hyphen + 1 < text.size() && hyphen + 1 < key.size() &&
            text[hyphen + 1] != key[hyphen + 1] && is_glued_particle(key.substr(0, hyphen)))
            classes[i] |= kNameWordClass;
    }
    tokens.set_word_classes(std::move(classes));
}

bool ActorLexicon::type_noun_fits(std::u16string_view noun, int32_t entity) const {
    const auto found = type_noun_media_.find(noun);
    if (found == type_noun_media_.end() || entity < 0)
        return false;
    const std::string& type = known_.entity(entity).media_type;
    return !type.empty() &&
           std::find(found->second.begin(), found->second.end(), type) != found->second.end();
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
