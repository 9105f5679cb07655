#pragma once

#include "actors/actor_lexicon.h"
#include "actors/mention_collector.h"
#include "actors/name_chain.h"
#include "actors/organization_matcher.h"
#include "actors/token_stream.h"

namespace whosaid::actors {

// Reads the mentions of the lexicon's known entities for the MentionFinder: a known name
// ("Sergueï Lavrov", "l'OMS", "Interfax"), or the organization it heads ("Malaysia Airlines",
// "the Paris appeals court"); known names joined by a hyphen ("PSG-Montpellier"), where a city
// beside a club names its club; the page or group named after a social network; and the
// agency of a wire dateline ("MOSCOU, 26 nov (AFP) -").
class KnownMentionReader {
public:
    KnownMentionReader(const ActorLexicon& lexicon, const TokenStream& tokens,
                       const NameChainBuilder& chains, const OrganizationMatcher& organizations,
                       MentionCollector& mentions)
        : lexicon_(lexicon), tokens_(tokens), chains_(chains), organizations_(organizations),
          mentions_(mentions) {}

    // Each of these returns the token after what it read, or i when nothing is there. Known
    // names and their parts start with a capital: a lower-case word is passed at once, inline.
    size_t read_known(size_t i) { return tokens_.has(i, kUpper) ? read_known_capitalized(i) : i; }
    size_t read_known_parts(size_t i) {
        return tokens_.has(i, kUpper) ? read_known_parts_capitalized(i) : i;
    }
    // A token of the dateline: only the agency in brackets counts (returns at least i + 1).
    size_t read_dateline(size_t i);

private:
    // read_known() and read_known_parts() at a capitalized word.
    size_t read_known_capitalized(size_t i);
    size_t read_known_parts_capitalized(size_t i);
    // "la page Facebook Gilets jaunes Québec", "the Facebook group Hope For Harbours": the name
    // of a page or group on the social network named at [network, end) is an organization's.
    // Returns the end of that name, or end.
    size_t page_name_after(size_t network, size_t end);

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
    const OrganizationMatcher& organizations_;
    MentionCollector& mentions_;
};

} // namespace whosaid::actors
