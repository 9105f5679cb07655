#pragma once

#include "quotes/phrase_trie.h"
#include "quotes/word_class.h"
#include "quotes/word_class_table.h"
#include "support/key_hash.h"
#include "whosaid/document.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace whosaid::quotes {

enum class CueType { Verb, Phrase, Preposition };
// Network: the cue names its medium itself ("dans un tweet" → Twitter). Cites: a medium
// cites the speaker after it ("X, qui cite Y").
enum class SourceCueType {
    CitedBy,
    AccordingTo,
    Told,
    Interview,
    OnNetwork,
    Reported,
    Network,
    Cites
};
// Words of a phrase describing a medium: its type ("le quotidien", "the newspaper"), a type
// that names a medium only before its name ("the agency Xinhua", not "the agency" alone,
// often a public body), or a member of its staff ("une journaliste de l'AFP").
enum class MediumWord { None, Type, NamedType, Staff };
enum class HeadKind { Person, Group, Institution };
// The part a role plays in a story (role_families.tsv): a description of one family may
// stand for the person whose known role is of the same family.
enum class RoleFamily { None, Office, Defendant, Court };

struct RoleNoun {
    RoleFamily family = RoleFamily::None;
    bool any_holder = false; // the noun describes any holder of the family ("l'élu")
};

struct SpeechVerb {
    std::string lemma;
    CueType type = CueType::Verb;
    std::u16string medium; // a network the verb names ("tweeter" → Twitter), or empty
    bool answers = false;  // a verb of reply ("répond", "replied"): someone else asked
    bool opinion = false;  // a verb of opinion ("pense", "believes"): it quotes nobody's words
    // A verb that speaks unless an infinitive follows it ("a continué à développer",
    // "continued to build": it then only says that something goes on).
    bool aspectual = false;
};

struct SourceCue {
    std::vector<std::u16string> tokens; // folded
    SourceCueType type = SourceCueType::CitedBy;
    std::u16string medium; // Network cues: the medium's name
};

struct DescriptionHead {
    Gender gender = Gender::Unknown;
    HeadKind kind = HeadKind::Person;
    // A text that speaks for whoever issued it ("le communiqué", "the statement"): named
    // again, it stands for its author (DocumentAuthor).
    bool document = false;
};

struct Title {
    Gender gender = Gender::Unknown;
    bool honorific = false; // "M.", "Mrs" (vs a role such as "ministre")
};

// Every word list the quotation rules need for one language, built once from the embedded
// lexicons (speech verbs, source cues, anonymous speakers, titles, given names, media) and
// from small closed classes of function words.
class SpeechCueLexicon {
public:
    explicit SpeechCueLexicon(std::string_view language);

    bool french() const { return french_; }
    const PhraseTrie& verbs() const { return verbs_; }
    const SpeechVerb& verb(int32_t index) const {
        return verb_entries_[static_cast<size_t>(index)];
    }
    size_t verb_count() const { return verb_entries_.size(); }
    const PhraseTrie& heads() const { return heads_; }
    const DescriptionHead& head(int32_t index) const {
        return head_entries_[static_cast<size_t>(index)];
    }
    // Whether a folded word names a written text (a one-word "document" or "text" row of
    // anonymous_speakers.tsv): a text that speaks for whoever issued it or shows it.
    bool document_noun(std::u16string_view folded) const { return documents_.contains(folded); }
    const PhraseTrie& titles() const { return titles_; }
    const Title& title(int32_t index) const { return title_entries_[static_cast<size_t>(index)]; }
    const PhraseTrie& media() const { return media_; }
    const std::u16string& media_name(int32_t index) const {
        return media_names_[static_cast<size_t>(index)];
    }
    // Source cues ending with this folded word.
    const std::vector<SourceCue>* source_cues_ending(std::u16string_view word) const;
    // Whether a folded word names a type of medium or a member of a medium's staff (the
    // "medium-type" rows, "named" in their third column for NamedType, and the "medium-staff"
    // rows of source_cues.tsv).
    MediumWord medium_word(std::u16string_view word) const {
        auto found = medium_words_.find(word);
        return found == medium_words_.end() ? MediumWord::None : found->second;
    }
    // Gender a given name usually carries.
    Gender given_name_gender(std::u16string_view folded) const;
    // The family of a folded role noun ("maire": Office), and whether the noun describes any
    // holder of the family ("elu"); family None when it has none.
    // Whether a folded noun, held by no actor, stands for the article's main organization
    // ("the airline", "le groupe": the "main" rows of type_nouns.tsv).
    bool main_organization_noun(std::u16string_view folded) const {
        return main_organization_nouns_.contains(folded);
    }
    RoleNoun role_noun(std::u16string_view folded) const {
        auto found = role_families_.find(folded);
        return found == role_families_.end() ? RoleNoun{} : found->second;
    }

    // The WordClass bits of a folded word (0 when it is in no class): one lookup answers
    // every question below.
    uint32_t classes(std::u16string_view w) const { return classes_.find(w); }
    // Closed classes (folded words).
    bool is_auxiliary(std::u16string_view w) const { return has(w, WordClass::kAuxiliary); }
    bool is_determiner(std::u16string_view w) const { return has(w, WordClass::kDeterminer); }
    bool is_preposition(std::u16string_view w) const { return has(w, WordClass::kPreposition); }
    bool is_name_particle(std::u16string_view w) const { return has(w, WordClass::kNameParticle); }
    bool is_stop_capital(std::u16string_view w) const { return has(w, WordClass::kStopCapital); }
    // Whether w is a one-word adjective of nationality ("neerlandais", "allemande").
    bool is_demonym(std::u16string_view w) const { return has(w, WordClass::kDemonym); }
    // Subject pronoun: its gender, or nullopt when the word is not one. Plural and neutral
    // pronouns come back as Unknown with plural set.
    bool subject_pronoun(std::u16string_view w, Gender& gender, bool& plural) const;

private:
    bool has(std::u16string_view w, uint32_t word_class) const {
        return (classes(w) & word_class) != 0;
    }

    bool french_ = true;
    PhraseTrie verbs_{WordClass::kVerbStart, WordClass::kVerbNext};
    std::vector<SpeechVerb> verb_entries_;
    PhraseTrie heads_{WordClass::kHeadStart, WordClass::kHeadNext};
    std::vector<DescriptionHead> head_entries_;
    support::KeySet documents_;
    PhraseTrie titles_{WordClass::kTitleStart, WordClass::kTitleNext};
    std::vector<Title> title_entries_;
    PhraseTrie media_{WordClass::kMediaStart, WordClass::kMediaNext};
    std::vector<std::u16string> media_names_;
    support::KeyMap<std::vector<SourceCue>> source_cues_;
    support::KeyMap<MediumWord> medium_words_;
    support::KeyMap<Gender> given_names_;
    support::KeyMap<RoleNoun> role_families_;
    support::KeyMap<bool> main_organization_nouns_;
    WordClassTable classes_;
};

} // namespace whosaid::quotes
