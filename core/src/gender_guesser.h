#pragma once

#include "actor_lexicon.h"
#include "entity_linker.h"
#include "raw_mention.h"
#include "token_stream.h"

#include <vector>

namespace whosaid::actors {

// The grammatical gender of a person as the text shows it: honorifics and gendered
// titles ("Mme", "présidente", "spokeswoman") first, then the given name, then the
// agreement and pronouns right after a mention ("s'est dite", "a-t-elle", "she said").
class GenderGuesser {
public:
    GenderGuesser(const ActorLexicon& lexicon, const TokenStream& tokens)
        : lexicon_(lexicon), tokens_(tokens) {}

    Gender guess(const RawMentionList& mentions, const MentionGroup& group) const;

private:
    // +1 feminine, -1 masculine, 0 nothing, from the words after a mention.
    int agreement_after(Span mention) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
};

} // namespace whosaid::actors
