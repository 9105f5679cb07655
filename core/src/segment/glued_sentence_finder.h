#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::segment {

// Finds sentences glued to the one before by a lost space or line break, as copied or
// scraped copy often has them. Unicode's rules never break there, so these breaks are added
// to theirs:
// - a period ending a word of two letters or more, directly followed by a capitalized word
//   (a capital, then a lower-case letter): "… à Lille.Selon le quotidien …", "… dit
//   l'AFP.Le casseur …". Not initials or dotted abbreviations ("U.S.Army", "M.Dupont",
//   "e.g.The": one letter before the period), addresses ("www.LeMonde.fr", "info@Site.Com",
//   "Amazon.Com": a period, slash or @ earlier in the token, or a domain suffix after it),
//   "Node.JS" (no lower-case letter). "Dr.Smith" is left to the AbbreviationFilter, as after
//   any other break.
// - a closing » or ” written right after a word and directly followed by a capitalized word:
//   "s'est «régalé»Un homme …". A mark after a space opens ("»Non«", German style).
// - a word of three lower-case letters or more glued to a capitalized word that opens
//   sentences ("… le salaire minimumSelon la FTQ …", "… said on MondayThe company …"):
//   only such openers, so that names written in camel case ("YouTube", "McDonald",
//   "LinkedIn", "iPhone", "DiCaprio") never break.
class GluedSentenceFinder {
public:
    // Appends to `breaks` the positions in `text` where a glued sentence starts, in order.
    void find(std::u16string_view text, std::vector<int32_t>& breaks) const;
};

} // namespace whosaid::segment
