#include "whosaid/certainty.h"

namespace whosaid {

Certainty certainty_of(const Quote& quote) {
    if (!quote.speaker)
        return Certainty::Unattributed;
    if (quote.confidence >= kSureConfidence)
        return Certainty::Sure;
    if (quote.confidence >= kLikelyConfidence)
        return Certainty::Likely;
    return Certainty::Unsure;
}

bool needs_check(Certainty certainty) {
    return certainty == Certainty::Unsure || certainty == Certainty::Unattributed;
}

const char* to_string(Certainty certainty) {
    switch (certainty) {
    case Certainty::Unattributed:
        return "unattributed";
    case Certainty::Unsure:
        return "unsure";
    case Certainty::Likely:
        return "likely";
    case Certainty::Sure:
        return "sure";
    }
    return "unattributed";
}

const char* certainty_mark(Certainty certainty) {
    switch (certainty) {
    case Certainty::Unattributed:
        return "\u2298";
    case Certainty::Unsure:
        return "\u25CB";
    case Certainty::Likely:
        return "\u25D0";
    case Certainty::Sure:
        return "\u25CF";
    }
    return "\u2298";
}

} // namespace whosaid
