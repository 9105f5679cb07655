#pragma once

#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"

#include <optional>

namespace whosaid::quotes {

// Reads the words that open a description of a crowd, which speaks as written: a quantifier
// ("beaucoup de manifestants", "plus de 50 députés", "la plupart des élus", "des dizaines de
// riverains", "environ 300 manifestants", "many protesters", "dozens of residents", "more
// than 200 doctors", "about 50 demonstrators") and a
// group named by quoted words ("certains «gilets jaunes»", "des «bonnets rouges»").
class CrowdPhraseReader {
public:
    explicit CrowdPhraseReader(const DocumentView& view) : view_(view) {}

    // The token after a quantifier opening at token i ("beaucoup de" → the noun), or i when
    // none opens there.
    size_t quantifier_end(size_t i, size_t limit) const;
    // "certains «gilets jaunes» jugent": a plural determiner or quantifier word, a short
    // quotation, then the verb. The phrase (anonymous, plural) up to the closing mark, or
    // nullopt.
    std::optional<SpeakerPhrase> quoted_group(size_t i, size_t limit) const;
    // "l'un d'eux", "l'une des manifestantes", "un d'entre eux", "one of them", "one of his
    // fellow protesters": one member of a group. The token where the group's words start
    // (after "d'", "des", "of"), or nullopt; feminine is set for "l'une", "une".
    std::optional<size_t> member_of(size_t i, size_t limit, bool& feminine) const;
    // Whether token i is a plural pronoun ending such a phrase ("eux", "elles", "them").
    bool group_pronoun(size_t i) const;

private:
    // The token after a count opening at token i ("300", "about 50", "près de 200", "au
    // moins 40 de"), or i when none opens there.
    size_t counted_end(size_t i, size_t limit) const;

    const DocumentView& view_;
};

} // namespace whosaid::quotes
