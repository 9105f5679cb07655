#pragma once

#include "actors/actor_lexicon.h"
#include "actors/raw_mention.h"
#include "actors/union_find.h"
#include "support/key_hash.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace whosaid::actors {

class AcronymIndex;

// Links the mentions that name an actor: the same known entity or the same name; full names
// with their shorter forms ("Wira Santoso" in "Agustinus Wira Santoso"), a given
// name with an initial ("Sabrina H."), a surname or "M. X" with the one person of the article
// who bears it (never across genders), an acronym with its expansion met without brackets,
// an organization's head noun alone with the one organization it opens. Indexed by key,
// never pairwise; a single name two people share is marked dropped.
class NameLinker {
public:
    // order: the mentions' indices in text order.
    NameLinker(const ActorLexicon& lexicon, RawMentionList& mentions,
               const std::vector<size_t>& order, UnionFind& groups)
        : lexicon_(lexicon), mentions_(mentions), order_(order), groups_(groups) {}

    void link();

private:
    // Words of the token stream → mentions: views, no string built per name.
    using WordIndex =
        std::unordered_map<std::u16string_view, std::vector<size_t>, support::KeyHash>;

    // Same known entity, same name, same full name; fills the name indexes.
    void index_names();
    void link_shorter_full_names();
    // "Sabrina H." for "Sabrina Haddad".
    void link_given_name_initials();
    // "Oceanographer Varathan" at a sentence start: the surname of one known person.
    void link_initial_chains();
    // Gender of each full-name group, to keep "Mme Smith" away from "John Smith".
    void read_full_name_genders();
    void link_single_names();
    void link_single_name(size_t m, const AcronymIndex& acronyms, WordIndex& singles);
    // The groups of the full names in index whose word is `word`, of no other gender.
    std::vector<size_t> full_name_roots(const WordIndex& index, std::u16string_view word,
                                        Gender gender);
    // "la Ligue" for the one "Ligue de football professionnel" of the article.
    void link_organization_heads();

    const ActorLexicon& lexicon_;
    RawMentionList& mentions_;
    const std::vector<size_t>& order_;
    UnionFind& groups_;
    std::unordered_map<int32_t, size_t> by_known_;
    support::KeyMap<size_t> by_name_; // names of non-persons, and acronyms learned from the text
    support::KeyMap<size_t> by_full_name_; // persons' full names
    WordIndex by_surname_;                 // last words of full names
    WordIndex by_first_name_;              // first words of full names
    std::unordered_map<size_t, Gender> group_gender_;
};

} // namespace whosaid::actors
