#pragma once

#include "actors/actor_lexicon.h"
#include "actors/raw_mention.h"

#include <string_view>

namespace whosaid::actors {

// Sports fixtures: "PSG - Montpellier", "Rennes – Lorient", and fixtures listed together
// ("OM - Rennes et Lille - Nantes", "Leeds-Hull and York-Derby"). Names joined by a
// dash within one sentence are the two sides of a match; when a side of any fixture of the
// list is an organization of the lexicon (a club), every side named by a city is its club:
// an organization by pattern, no longer the known place. Fixtures of places only ("le vol
// Paris - Berlin") and countries ("la guerre Israël-Hamas") are left alone. Reads the source
// text between mentions; cheap: only names of the lexicon next to a dash are candidates.
void name_fixture_clubs(const ActorLexicon& lexicon, std::u16string_view text,
                        RawMentionList& mentions);

} // namespace whosaid::actors
