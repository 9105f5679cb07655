#include "quotes/speech_cue_lexicon.h"

#include "quotes/word_tokenizer.h"
#include "whosaid/lexicon.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

namespace whosaid::quotes {

namespace {

std::vector<std::string_view> split_bar(std::string_view field) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start <= field.size()) {
        const size_t bar = field.find('|', start);
        const size_t end = bar == std::string_view::npos ? field.size() : bar;
        if (end > start)
            out.push_back(field.substr(start, end - start));
        if (bar == std::string_view::npos)
            break;
        start = bar + 1;
    }
    return out;
}

Gender gender_of(std::string_view code) {
    return code == "m" ? Gender::Masculine : code == "f" ? Gender::Feminine : Gender::Unknown;
}

using Classes = WordClassTable;

void fill(Classes& classes, uint32_t word_class, std::initializer_list<const char16_t*> words) {
    for (const char16_t* word : words)
        classes.add(WordTokenizer::fold_phrase(word).front(), word_class);
}

// Adds word_class to the folded words of the first column of an embedded lexicon.
void fill_from(Classes& classes, uint32_t word_class, std::string_view name) {
    const Lexicon file = Lexicon::embedded(name);
    for (const auto& row : file.rows())
        if (!row.empty())
            for (auto& word : WordTokenizer::fold_phrase(to_utf16(row[0])))
                classes.add(word, word_class);
}

// Adds word_class to the one-word forms of the second column (|-separated) of an embedded
// lexicon.
void fill_forms(Classes& classes, uint32_t word_class, const std::string& name) {
    const Lexicon file = Lexicon::embedded(name);
    for (const auto& row : file.rows())
        if (row.size() > 1)
            for (size_t start = 0; start <= row[1].size();) {
                const size_t bar = std::min(row[1].find('|', start), row[1].size());
                auto folded =
                    WordTokenizer::fold_phrase(to_utf16(row[1].substr(start, bar - start)));
                if (folded.size() == 1)
                    classes.add(folded.front(), word_class);
                start = bar + 1;
            }
}

// Function words, by language. Folded (no accents, lower case).
void fill_french(Classes& c) {
    using namespace WordClass;
    fill(c, kAuxiliary,
         {u"a", u"avait", u"aurait", u"ont", u"avaient", u"auraient", u"avoir", u"aura", u"est",
          u"etait", u"sont", u"ait", u"eut", u"ai", u"avais"});
    fill(c, kNegation, {u"ne", u"n", u"pas", u"jamais", u"guere", u"point", u"nullement"});
    fill(c, kAdverb, {u"aussi",       u"encore",
                      u"egalement",   u"ensuite",
                      u"notamment",   u"alors",
                      u"deja",        u"enfin",
                      u"d",           u"abord",
                      u"aujourd",     u"hui",
                      u"hier",        u"lundi",
                      u"mardi",       u"mercredi",
                      u"jeudi",       u"vendredi",
                      u"samedi",      u"dimanche",
                      u"meme",        u"bien",
                      u"toutefois",   u"cependant",
                      u"pourtant",    u"ainsi",
                      u"recemment",   u"publiquement",
                      u"clairement",  u"sobrement",
                      u"simplement",  u"plus",
                      u"tard",        u"par",
                      u"ailleurs",    u"de",
                      u"son",         u"sa",
                      u"cote",        u"pour",
                      u"part",        u"soir",
                      u"matin",       u"volontiers",
                      u"ce",          u"cette",
                      u"semaine",     u"mois",
                      u"en",          u"outre",
                      u"aussitot",    u"immediatement",
                      u"rapidement",  u"longuement",
                      u"vivement",    u"fermement",
                      u"ouvertement", u"prudemment",
                      u"ailleurs",    u"finalement",
                      u"seulement",   u"personnellement"});
    fill(c, kDeterminer,
         {u"le",    u"la",       u"les",   u"l",         u"un",       u"une",       u"des",
          u"du",    u"ce",       u"cet",   u"cette",     u"ces",      u"son",       u"sa",
          u"ses",   u"leur",     u"leurs", u"plusieurs", u"certains", u"certaines", u"deux",
          u"trois", u"quelques", u"d",     u"de"});
    fill(c, kPreposition, {u"\u00e0", u"au",   u"aux",    u"de",     u"du",    u"des",   u"d",
                           u"par",    u"avec", u"pour",   u"contre", u"sur",   u"chez",  u"vers",
                           u"entre",  u"sans", u"envers", u"devant", u"apres", u"avant", u"selon",
                           u"dans",   u"en",   u"malgre", u"face"});
    fill(c, kMediaNoun,
         {u"agence",     u"quotidien",    u"journal",    u"chaine",   u"radio",
          u"television", u"hebdomadaire", u"magazine",   u"mensuel",  u"site",
          u"reseau",     u"social",       u"journaux",   u"station",  u"televisions",
          u"publique",   u"privee",       u"officielle", u"presse",   u"britannique",
          u"americaine", u"russe",        u"francaise",  u"allemand", u"americain",
          u"francais",   u"britannique",  u"etatique",   u"d",        u"information",
          u"compte",     u"de",           u"en",         u"ligne",    u"gouvernementale",
          u"nationale"});
    fill(c, kStopCapital,
         {u"selon", u"mais",     u"et",     u"pour",     u"le",    u"la",    u"les",
          u"un",    u"une",      u"il",     u"elle",     u"a",     u"en",    u"dans",
          u"ce",    u"cette",    u"si",     u"quand",    u"lundi", u"mardi", u"mercredi",
          u"jeudi", u"vendredi", u"samedi", u"dimanche", u"apres", u"avant", u"des",
          u"du",    u"de",       u"au",     u"aux",      u"d",     u"l",     u"on",
          u"nous",  u"je",       u"vous",   u"ils",      u"elles", u"c",     u"pourtant",
          u"alors", u"ainsi"});
    fill(c, kTitleNoun,
         {u"film",         u"livre",      u"ouvrage",   u"roman",     u"operation", u"mouvement",
          u"emission",     u"serie",      u"album",     u"chanson",   u"spectacle", u"piece",
          u"titre",        u"intitule",   u"intitulee", u"baptise",   u"baptisee",  u"surnomme",
          u"surnommee",    u"slogan",     u"plan",      u"programme", u"projet",    u"loi",
          u"campagne",     u"exposition", u"festival",  u"tableau",   u"journal",   u"magazine",
          u"documentaire", u"collectif",  u"label",     u"marque",    u"hashtag",   u"dispositif"});
    fill(c, kComplementizer, {u"que", u"qu", u":", u","});
    fill(c, kMotion,
         {u"vient",     u"viennent",    u"venait", u"venaient", u"viendra", u"viendront",
          u"viendrait", u"viendraient", u"vint",   u"vinrent",  u"revient", u"reviennent",
          u"revenait",  u"reviendra",   u"va",     u"vont",     u"allait",  u"allaient",
          u"ira",       u"iront",       u"irait",  u"iraient",  u"alla",    u"allerent"});
}

void fill_english(Classes& c) {
    using namespace WordClass;
    fill(c, kAuxiliary,
         {u"has", u"have", u"had", u"would", u"will", u"was", u"is", u"were", u"did", u"does",
          u"do", u"could", u"may", u"might"});
    fill(
        c, kNegation,
        {u"not", u"never", u"didn", u"doesn", u"hasn", u"haven", u"hadn", u"wouldn", u"won", u"t"});
    fill(c, kAdverb, {u"also",       u"later",      u"then",     u"further",  u"again",
                      u"earlier",    u"previously", u"recently", u"publicly", u"simply",
                      u"repeatedly", u"often",      u"once",     u"on",       u"monday",
                      u"tuesday",    u"wednesday",  u"thursday", u"friday",   u"saturday",
                      u"sunday",     u"yesterday",  u"today",    u"last",     u"week"});
    fill(c, kDeterminer,
         {u"the", u"a", u"an", u"one", u"two", u"three", u"several", u"some", u"his", u"her",
          u"their", u"its", u"another", u"many"});
    fill(c, kPreposition,
         {u"to", u"of", u"by", u"with", u"for", u"from", u"about", u"against", u"at", u"on", u"in",
          u"into", u"than", u"that", u"toward", u"towards"});
    fill(c, kMediaNoun,
         {u"agency",   u"newspaper", u"daily",      u"broadcaster", u"network",  u"channel",
          u"station",  u"radio",     u"television", u"tv",          u"magazine", u"website",
          u"news",     u"state",     u"public",     u"weekly",      u"outlet",   u"show",
          u"program",  u"programme", u"account",    u"official",    u"russian",  u"british",
          u"american", u"french",    u"german",     u"chinese"});
    fill(c, kStopCapital,
         {u"the",    u"a",        u"an",     u"but",    u"and",     u"he",        u"she",
          u"it",     u"they",     u"we",     u"i",      u"you",     u"in",        u"on",
          u"at",     u"if",       u"when",   u"monday", u"tuesday", u"wednesday", u"thursday",
          u"friday", u"saturday", u"sunday", u"this",   u"that",    u"according", u"after",
          u"before", u"for",      u"while",  u"as",     u"his",     u"her",       u"their",
          u"its",    u"there",    u"then"});
    fill(c, kTitleNoun,
         {u"film",   u"movie",     u"book",       u"novel",    u"operation", u"movement",
          u"show",   u"series",    u"album",      u"song",     u"titled",    u"entitled",
          u"dubbed", u"nicknamed", u"slogan",     u"program",  u"programme", u"project",
          u"bill",   u"campaign",  u"exhibition", u"festival", u"painting",  u"documentary",
          u"brand",  u"label",     u"hashtag"});
    fill(c, kComplementizer, {u"that", u":", u","});
    // Lists a linguist extends, in the lexicon.
    fill_from(c, kIrregularPast, "en/irregular_pasts");
    fill_from(c, kPluralQuantifier, "en/plural_quantifiers");
}

// French folds "de" into the article after it ("de l'avis des experts", "aux dires du
// maire"): a preposition phrase ending with "de" is listed once and read with each form.
std::vector<std::string> preposition_forms(std::string_view form, bool french) {
    std::vector<std::string> out{std::string(form)};
    if (french && form.ends_with(" de")) {
        const std::string_view stem = form.substr(0, form.size() - 2);
        for (std::string_view contracted : {"des", "du", "d'"})
            out.push_back(std::string(stem) + std::string(contracted));
    }
    return out;
}

} // namespace

SpeechCueLexicon::SpeechCueLexicon(std::string_view language) : french_(language != "en") {
    const std::string lang = french_ ? "fr" : "en";
    const Lexicon verbs_file = Lexicon::embedded(lang + "/speech_verbs");
    for (const auto& row : verbs_file.rows()) {
        if (row.size() < 3)
            continue;
        SpeechVerb entry;
        entry.lemma = row[0];
        entry.type = row[2] == "preposition" ? CueType::Preposition
                     : row[2] == "phrase"    ? CueType::Phrase
                                             : CueType::Verb;
        entry.answers = row[2] == "answer";
        entry.opinion = row[2] == "opinion";
        entry.aspectual = row[2] == "aspectual";
        if (row.size() > 3)
            entry.medium = to_utf16(row[3]);
        verb_entries_.push_back(entry);
        const auto index = static_cast<int32_t>(verb_entries_.size() - 1);
        for (std::string_view listed : split_bar(row[1]))
            for (const std::string& form : entry.type == CueType::Preposition
                                               ? preposition_forms(listed, french_)
                                               : std::vector<std::string>{std::string(listed)})
                verbs_.add(WordTokenizer::fold_phrase(to_utf16(form)), index);
    }
    const Lexicon heads_file = Lexicon::embedded(lang + "/anonymous_speakers");
    for (const auto& row : heads_file.rows()) {
        if (row.empty())
            continue;
        const auto folded = WordTokenizer::fold_phrase(to_utf16(row[0]));
        const bool text = row.size() > 2 && row[2] == "text";
        DescriptionHead head;
        head.gender = row.size() > 1 ? gender_of(row[1]) : Gender::Unknown;
        if (row.size() > 2)
            head.kind = row[2] == "group"         ? HeadKind::Group
                        : row[2] == "institution" ? HeadKind::Institution
                                                  : HeadKind::Person;
        head.document = row.size() > 3 && row[3] == "document";
        if ((text || head.document) && folded.size() == 1)
            documents_.insert(folded.front());
        if (text) // a text that is no speaker: no description head
            continue;
        head_entries_.push_back(head);
        heads_.add(folded, static_cast<int32_t>(head_entries_.size() - 1));
    }
    const Lexicon titles_file = Lexicon::embedded(lang + "/titles");
    for (const auto& row : titles_file.rows()) {
        if (row.empty())
            continue;
        Title title;
        title.gender = row.size() > 1 ? gender_of(row[1]) : Gender::Unknown;
        title.honorific = row.size() > 2 && row[2] == "honorific";
        title_entries_.push_back(title);
        titles_.add(WordTokenizer::fold_phrase(to_utf16(row[0])),
                    static_cast<int32_t>(title_entries_.size() - 1));
    }
    const Lexicon cues_file = Lexicon::embedded(lang + "/source_cues");
    for (const auto& row : cues_file.rows()) {
        if (row.size() < 2)
            continue;
        const std::string& type = row[1];
        if (type == "medium-type" || type == "medium-staff") {
            const MediumWord kind = type == "medium-staff"                ? MediumWord::Staff
                                    : row.size() > 2 && row[2] == "named" ? MediumWord::NamedType
                                                                          : MediumWord::Type;
            for (auto& word : WordTokenizer::fold_phrase(to_utf16(row[0]))) {
                classes_.add(word, WordClass::kMediumWord);
                medium_words_.emplace(std::move(word), kind);
            }
            continue;
        }
        SourceCue cue;
        cue.tokens = WordTokenizer::fold_phrase(to_utf16(row[0]));
        if (cue.tokens.empty())
            continue;
        cue.type = type == "according-to" ? SourceCueType::AccordingTo
                   : type == "told"       ? SourceCueType::Told
                   : type == "interview"  ? SourceCueType::Interview
                   : type == "on-network" ? SourceCueType::OnNetwork
                   : type == "reported"   ? SourceCueType::Reported
                   : type == "network"    ? SourceCueType::Network
                   : type == "cites"      ? SourceCueType::Cites
                                          : SourceCueType::CitedBy;
        if (row.size() > 2)
            cue.medium = to_utf16(row[2]);
        source_cues_[cue.tokens.back()].push_back(cue);
    }
    const Lexicon media_file = Lexicon::embedded("common/media");
    for (const auto& row : media_file.rows()) {
        if (row.empty())
            continue;
        media_names_.push_back(to_utf16(row[0]));
        const auto index = static_cast<int32_t>(media_names_.size() - 1);
        media_.add(WordTokenizer::fold_phrase(media_names_.back()), index);
        if (row.size() > 1)
            for (std::string_view variant : split_bar(row[1]))
                media_.add(WordTokenizer::fold_phrase(to_utf16(variant)), index);
    }
    const Lexicon names_file = Lexicon::embedded("common/given_names");
    for (const auto& row : names_file.rows())
        if (row.size() > 1) {
            auto folded = WordTokenizer::fold_phrase(to_utf16(row[0]));
            if (folded.size() == 1)
                given_names_.emplace(folded.front(), gender_of(row[1]));
        }
    const Lexicon families_file = Lexicon::embedded(lang + "/role_families");
    for (const auto& row : families_file.rows())
        if (row.size() > 1) {
            auto folded = WordTokenizer::fold_phrase(to_utf16(row[0]));
            RoleNoun noun;
            noun.family = row[1] == "defendant" ? RoleFamily::Defendant
                          : row[1] == "court"   ? RoleFamily::Court
                                                : RoleFamily::Office;
            noun.any_holder = row.size() > 2 && row[2] == "any";
            // A hyphenated noun ("porte-parole") is one key, its folded parts joined.
            if (row[0].find(' ') == std::string_view::npos) {
                std::u16string key;
                for (const auto& part : folded)
                    key += part;
                role_families_.emplace(std::move(key), noun);
            }
        }
    const Lexicon types_file = Lexicon::embedded(lang + "/type_nouns");
    for (const auto& row : types_file.rows())
        if (row.size() > 2 && row[2] == "main")
            if (auto folded = WordTokenizer::fold_phrase(to_utf16(row[0])); folded.size() == 1)
                main_organization_nouns_.emplace(folded.front(), true);
    // "le Néerlandais", "l'Allemande": a nationality standing for a person named before.
    fill_forms(classes_, WordClass::kDemonym, lang + "/demonyms");
    fill_forms(classes_, WordClass::kGroupWord, lang + "/group_words");
    fill_from(classes_, WordClass::kNameParticle, "common/name_particles");
    fill(classes_, WordClass::kNameParticle,
         {u"de", u"du", u"von", u"van", u"der", u"den", u"al", u"el", u"ben", u"bin", u"da", u"di",
          u"dos", u"del", u"la", u"le", u"-", u"'"});
    if (french_)
        fill_french(classes_);
    else
        fill_english(classes_);
    for (const auto& [word, cues] : source_cues_)
        classes_.add(word, WordClass::kSourceCueEnd);
    struct TrieClasses {
        const PhraseTrie* trie;
        uint32_t start, next;
    };
    const TrieClasses tries[] = {{&verbs_, WordClass::kVerbStart, WordClass::kVerbNext},
                                 {&heads_, WordClass::kHeadStart, WordClass::kHeadNext},
                                 {&titles_, WordClass::kTitleStart, WordClass::kTitleNext},
                                 {&media_, WordClass::kMediaStart, WordClass::kMediaNext}};
    for (const TrieClasses& t : tries) {
        for (std::u16string_view word : t.trie->first_words())
            classes_.add(word, t.start);
        for (std::u16string_view word : t.trie->later_words())
            classes_.add(word, t.next);
    }
}

const std::vector<SourceCue>* SpeechCueLexicon::source_cues_ending(std::u16string_view word) const {
    auto found = source_cues_.find(word);
    return found == source_cues_.end() ? nullptr : &found->second;
}

Gender SpeechCueLexicon::given_name_gender(std::u16string_view folded) const {
    auto found = given_names_.find(folded);
    return found == given_names_.end() ? Gender::Unknown : found->second;
}

bool SpeechCueLexicon::subject_pronoun(std::u16string_view w, Gender& gender, bool& plural) const {
    plural = false;
    gender = Gender::Unknown;
    if (french_) {
        if (w == u"il") {
            gender = Gender::Masculine;
        } else if (w == u"elle") {
            gender = Gender::Feminine;
        } else if (w == u"ils" || w == u"elles") {
            plural = true;
        } else {
            return false;
        }
        return true;
    }
    if (w == u"he") {
        gender = Gender::Masculine;
    } else if (w == u"she") {
        gender = Gender::Feminine;
    } else if (w == u"they" || w == u"we") {
        plural = true;
    } else {
        return false;
    }
    return true;
}

} // namespace whosaid::quotes
