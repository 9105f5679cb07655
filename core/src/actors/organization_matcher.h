#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/role_parser.h"
#include "actors/token_stream.h"

#include <vector>

namespace whosaid::actors {

// An organization named by its trigger noun and complements.
struct OrganizationPhrase {
    size_t first = 0;
    size_t last = 0;                // == first when nothing matched
    std::vector<NestedName> nested; // organizations and media named inside it
};

// Finds organization names headed by a trigger noun: "le ministère russe des Affaires
// étrangères", "la Cour d'appel de Paris", "le parquet de Paris", "Court of Appeals",
// "la Commission européenne". A place inside the name belongs to the name.
class OrganizationMatcher {
public:
    OrganizationMatcher(const ActorLexicon& lexicon, const TokenStream& tokens,
                        const NameChainBuilder& chains)
        : lexicon_(lexicon), tokens_(tokens), chains_(chains) {}

    OrganizationPhrase match(size_t i) const;
    // The end of a lower-case institution noun closing the name [first, end) ("European
    // parliament", "United Nations security council"), or end. English only: French writes
    // "le parlement européen", which match() reads.
    size_t lower_institution_after(size_t first, size_t end) const;

    // French: the end of a nationality adjective after a known institution's name
    // ("l'Assemblée nationale vénézuélienne", "la Garde nationale bolivarienne"): another
    // country's body of that name. end when none (or "française": the body itself).
    size_t counterpart_after(size_t end) const;

private:
    // Tokens of "pour/contre + article + noun" at j ("contre l'antisémitisme"), or 0 (French).
    size_t purpose_length(size_t j) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
};

} // namespace whosaid::actors
