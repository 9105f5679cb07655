#pragma once

#include "key_hash.h"
#include "phrase_trie.h"
#include "whosaid/document.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace whosaid::quotes {

enum class CueType { Verb, Phrase, Preposition };
enum class SourceCueType { CitedBy, AccordingTo, Told, Interview, OnNetwork, Reported };
enum class HeadKind { Person, Group, Institution };

struct SpeechVerb {
    std::string lemma;
    CueType type = CueType::Verb;
    std::u16string medium; // a network the verb names ("tweeter" → Twitter), or empty
};

struct SourceCue {
    std::vector<std::u16string> tokens; // folded
    SourceCueType type = SourceCueType::CitedBy;
};

struct DescriptionHead {
    Gender gender = Gender::Unknown;
    HeadKind kind = HeadKind::Person;
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
    const PhraseTrie& titles() const { return titles_; }
    const Title& title(int32_t index) const { return title_entries_[static_cast<size_t>(index)]; }
    const PhraseTrie& media() const { return media_; }
    const std::u16string& media_name(int32_t index) const {
        return media_names_[static_cast<size_t>(index)];
    }
    // Source cues ending with this folded word.
    const std::vector<SourceCue>* source_cues_ending(std::u16string_view word) const;
    // Gender a given name usually carries.
    Gender given_name_gender(std::u16string_view folded) const;

    // Closed classes (folded words).
    bool is_auxiliary(std::u16string_view w) const { return auxiliaries_.count(w) != 0; }
    bool is_negation(std::u16string_view w) const { return negations_.count(w) != 0; }
    bool is_adverb(std::u16string_view w) const { return adverbs_.count(w) != 0; }
    bool is_determiner(std::u16string_view w) const { return determiners_.count(w) != 0; }
    bool is_preposition(std::u16string_view w) const { return prepositions_.count(w) != 0; }
    bool is_media_noun(std::u16string_view w) const { return media_nouns_.count(w) != 0; }
    bool is_name_particle(std::u16string_view w) const { return particles_.count(w) != 0; }
    bool is_stop_capital(std::u16string_view w) const { return stop_capitals_.count(w) != 0; }
    bool is_title_noun(std::u16string_view w) const { return title_nouns_.count(w) != 0; }
    bool is_complementizer(std::u16string_view w) const { return complementizers_.count(w) != 0; }
    // Whether w is a one-word adjective of nationality ("neerlandais", "allemande").
    bool is_demonym(std::u16string_view w) const { return demonyms_.count(w) != 0; }
    // Subject pronoun: its gender, or nullopt when the word is not one. Plural and neutral
    // pronouns come back as Unknown with plural set.
    bool subject_pronoun(std::u16string_view w, Gender& gender, bool& plural) const;

private:
    bool french_ = true;
    PhraseTrie verbs_;
    std::vector<SpeechVerb> verb_entries_;
    PhraseTrie heads_;
    std::vector<DescriptionHead> head_entries_;
    PhraseTrie titles_;
    std::vector<Title> title_entries_;
    PhraseTrie media_;
    std::vector<std::u16string> media_names_;
    actors::KeyMap<std::vector<SourceCue>> source_cues_;
    actors::KeyMap<Gender> given_names_;
    actors::KeySet auxiliaries_, negations_, adverbs_, determiners_, prepositions_, media_nouns_,
        particles_, stop_capitals_, title_nouns_, complementizers_, demonyms_;
};

} // namespace whosaid::quotes
