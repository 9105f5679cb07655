#pragma once

#include "actors/actor_lexicon.h"
#include "actors/particle_run.h"
#include "actors/token_stream.h"

#include <string>
#include <vector>

namespace whosaid::actors {

// A run of tokens that may be a proper name: [first, last).
struct NameChain {
    size_t first = 0;
    size_t last = 0;
    bool given_name_first = false;
    bool has_initial = false;
    bool has_trigger = false; // contains an organization noun ("University", "Cour")
    size_t words = 0;         // capitalized words, particles excluded
    bool empty() const { return last <= first; }
};

// Finds capitalized name sequences: persons ("Bachar al-Assad", "John F. Kennedy",
// "Ursula von der Leyen") and proper names with connectors ("University of New South
// Wales", "Cour d'appel de Paris").
class NameChainBuilder {
public:
    NameChainBuilder(const ActorLexicon& lexicon, const TokenStream& tokens)
        : lexicon_(lexicon), tokens_(tokens), runs_(tokens) {}

    // Whether token i can be a word of a name: capitalized, or a particle glued to one
    // ("al-Assad"), not in a shouted line. Inline: nearly every step of the finder asks it.
    bool is_name_word(size_t i) const { return tokens_.in_class(i, kNameWordClass); }
    // A person-like chain starting at i: names, initials and particles. It stops before a
    // given name that follows other words ("Kremlin Dmitri Peskov") and at a change
    // between capitals and mixed case ("CGT Philippe Martinez").
    // after_title: the chain follows an honorific or role, so it may open on a
    // capitalized particle ("Mme Le Pen", "M. De Villepin").
    NameChain person(size_t i, bool after_title = false) const;
    // A proper name that may contain connectors ("of", "de la"); used for organizations.
    NameChain proper(size_t i) const;
    // The folded words of a name, particles and glued particle prefixes dropped:
    // "Bachar el-Assad" and "Bachar al-Assad" both give {bachar, assad}.
    std::vector<std::u16string_view> words(size_t first, size_t last) const;
    bool is_trigger_at(size_t i) const;
    // A capital, an apostrophe and a word glued together: one word of a name ("O'Neill").
    // Inline: the finder asks it of most tokens, and one letter alone is rare.
    bool is_apostrophe_name(size_t i) const {
        return tokens_.has(i, kUpper) && tokens_[i].span.length() == 1 &&
               letter_opens_apostrophe_name(i);
    }
    // A lower-case particle that may open a name ("van Oosterhout", "in 't Hout").
    bool opens_on_particle(size_t i) const {
        return tokens_.has(i, kLower) &&
               (tokens_.in_class(i, kParticleClass) || runs_.preposition_opens_run(i));
    }
    // A given name that is also a stopword ("Noël", "June") followed by a surname.
    bool opens_full_name(size_t i) const;
    // A capitalized stopword at token i that may be a surname in running text ("Read",
    // "More"): not a sentence's first word, a headline's word, a weekday or a month's date.
    bool is_stopword_surname(size_t i) const;

private:
    bool is_particle_token(size_t i) const;
    bool letter_opens_apostrophe_name(size_t i) const;
    size_t particle_length(size_t i) const; // tokens of a particle at i that a name word follows
    bool is_initial(size_t i) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    ParticleRun runs_; // "in 't", "op de", "van 't": Dutch particles English also writes
};

} // namespace whosaid::actors
