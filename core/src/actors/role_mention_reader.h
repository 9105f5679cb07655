#pragma once

#include "actors/actor_lexicon.h"
#include "actors/attested_words.h"
#include "actors/chain_classifier.h"
#include "actors/mention_collector.h"
#include "actors/name_chain.h"
#include "actors/role_parser.h"
#include "actors/token_stream.h"

#include <string>

namespace whosaid::actors {

// Reads the mentions a role makes for the MentionFinder: a role with the name it titles ("le
// président russe Vladimir Poutine", "M. Lavrov", "Finance Minister Ann Lee"), a definite role
// alone as a description ("le chef de la diplomatie russe"), and a role in apposition after a
// person's name (", le porte-parole du Kremlin,"), merged with the person.
class RoleMentionReader {
public:
    RoleMentionReader(const ActorLexicon& lexicon, const TokenStream& tokens,
                      const NameChainBuilder& chains, const RoleParser& roles,
                      const ChainClassifier& classifier, const AttestedWords& attested,
                      MentionCollector& mentions)
        : lexicon_(lexicon), tokens_(tokens), chains_(chains), roles_(roles),
          classifier_(classifier), attested_(attested), mentions_(mentions) {}

    // The mentions of a role opening at token i; returns the token after them, or i when
    // no role opens there. The word-class test inline: it rejects almost every token.
    size_t read(size_t i) { return roles_.may_open(i) ? read_role(i) : i; }
    // ", le porte-parole du Kremlin" after the person `mention` ending at `end`: the role
    // becomes the person's and a description of them. Returns the new end.
    size_t apposition_after(size_t mention, size_t end);

private:
    // read() at a token where a role may open.
    size_t read_role(size_t i);
    // Whether the word at i carries an apposition on ("dans", "et", "during") rather than
    // opening a clause.
    bool continues_apposition(size_t i) const;
    std::u16string role_text(const RolePhrase& role) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
    const RoleParser& roles_;
    const ChainClassifier& classifier_;
    const AttestedWords& attested_;
    MentionCollector& mentions_;
};

} // namespace whosaid::actors
