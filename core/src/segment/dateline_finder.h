#pragma once

#include "whosaid/span.h"

#include <optional>
#include <string_view>
#include <vector>

namespace whosaid::segment {

// A wire dateline or byline and the agency named in it.
struct DatelineMatch {
    Span dateline; // "MOSCOU, 26 nov 2014 (AFP) -", "(ats/Newsnet)"
    Span agency;   // "AFP", "ats"
};

// Finds the dateline that opens wire copy ("PLACE[, Region][/PLACE][, date] (Agency) -")
// and the byline that closes it ("(ats/Newsnet)", "(avec AFP)").
//
// Decisions:
// - The leading dateline ends with its dash (-, – or —), or with ")" when the line stops
//   there; the space after the dash is not part of it.
// - Before "(" come place names, each a run of capitalized words (accents, hyphens,
//   apostrophes and particles such as "de" allowed) separated by "," or "/", then an
//   optional date ("26 nov 2014", "Nov 26, 2014", "3 janvier"). Any other word makes it an
//   ordinary sentence.
// - A title-case place without a date ("Berlin (dpa) -") or no place at all ("(AFP) -")
//   needs a known agency; an all-capitals place or a date also accepts an unknown agency
//   of one word ("KIEV (Ukrinform) -", but not "ÉLECTIONS (PREMIER TOUR) -").
// - The agency is the first name inside the parentheses ("ats/Newsnet" gives "ats"); for a
//   closing byline it is the first known agency ("nxp/ats" gives "ats").
// Both searches look at a bounded window, so they cost O(1) per paragraph.
class DatelineFinder {
public:
    std::optional<DatelineMatch> find_leading(std::u16string_view text, Span paragraph) const;
    std::optional<DatelineMatch> find_trailing(std::u16string_view text, Span paragraph) const;

private:
    struct PrefixShape {
        bool valid = false;
        bool empty = true;
        bool capitals = false; // the first place is written in capitals: "MOSCOU"
        bool dated = false;
    };
    static PrefixShape classify_prefix(std::u16string_view text, Span prefix);
    static std::optional<std::vector<Span>> parse_agencies(std::u16string_view text, Span inside);
};

} // namespace whosaid::segment
