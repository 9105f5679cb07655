#pragma once

#include "whosaid/document.h"

#include <string_view>

namespace whosaid {

// How far a reader can trust a quotation's attribution, read from its calibrated
// confidence (the probability that the speaker is right; see the README's "How sure an
// attribution is"). The levels rank from least to most trustworthy. A speaker a person
// confirmed (Quote::verified, review mode) has confidence 1: it is Sure, and the reader and
// the exports show the ✓ verified mark beside the level rather than a fifth level.
enum class Certainty {
    Unattributed, // no speaker: the quotation says nobody
    Unsure,       // confidence below kLikelyConfidence: check it
    Likely,       // from kLikelyConfidence up to kSureConfidence
    Sure,         // kSureConfidence or more, or set by a person
};

// Thresholds on Quote::confidence, chosen from the dev corpus' calibration (README): at
// 0.8 or more nine attributions in ten are right, below 0.5 about half are wrong.
inline constexpr double kSureConfidence = 0.8;
inline constexpr double kLikelyConfidence = 0.5;

// The certainty of a quotation's attribution.
Certainty certainty_of(const Quote& quote);

// Whether a person should check the attribution (Unsure or Unattributed).
bool needs_check(Certainty certainty);

// A stable key: "unattributed", "unsure", "likely", "sure".
const char* to_string(Certainty certainty);

// The symbol that marks the level wherever an attribution is shown (the reader's text and
// table, the HTML export), UTF-8, so that it reads without colour: "●" sure, "◐" likely,
// "○" unsure, "⊘" unattributed.
const char* certainty_mark(Certainty certainty);

} // namespace whosaid
