#pragma once

#include "whosaid/document.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace whosaid::quotes {

// The probability that a quotation's speaker (or its lack of one) is right, from what the
// attribution shows: the rule, what kind of speaker was found and how it is named, how far
// the naming mention stands from the quotation, the cue, and how many other people the
// quotation's sentence names. A logistic model whose weights live in
// resources/lexicons/common/speaker_confidence.tsv, fitted on the dev corpus by
// tests/tools/fit_speaker_confidence.py (the README's "Confidence" section).
class SpeakerConfidence {
public:
    // Loads the embedded weights.
    SpeakerConfidence();
    // Uses the given weights (feature name -> weight), for tests.
    explicit SpeakerConfidence(std::unordered_map<std::string, double> weights);

    // Sets the confidence of every quotation in marks (reported speech keeps the one its
    // finder gave: no gold measures it). Linear in the quotations and mentions.
    void score(Document& doc) const;

    // The names of the features that hold for quote (the "bias" feature always holds);
    // person_mentions are (start, entity index) of every person mention, sorted.
    static std::vector<std::string>
    features(const Document& doc, const Quote& quote,
             const std::vector<std::pair<int32_t, size_t>>& person_mentions);

    // The probability for a set of features: the logistic function of their summed weights
    // (a feature without a weight counts nothing).
    double probability(const std::vector<std::string>& features) const;

private:
    std::unordered_map<std::string, double> weights_;
};

} // namespace whosaid::quotes
