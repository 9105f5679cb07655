#pragma once

#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"
#include "quotes/quote_finder.h"
#include "quotes/speaker_phrase_finder.h"

#include <optional>

namespace whosaid::quotes {

// The institution an inverted pronoun after a quotation stands for when the quotation's own
// sentence opens with it: "Le Centre X a décidé de … afin que «…», a-t-il indiqué par
// communiqué", "La Ligue Y a annoncé un recours pour «…», a-t-elle précisé", "The Equality
// Center joined the case so that "…," it said"; a quotation opening its sentence looks at the
// sentence before in its paragraph ("The Center will appeal. "…," it said."). The subject is an
// organization of the article or an institution described ("le syndicat", "the union"), it opens
// the main clause, its gender agrees with the pronoun ("il"/"elle" by its article; "it" in English)
// and no person is named between it and the pronoun (then the pronoun may be that person's,
// and the pronoun resolver decides). A person opening the sentence is left to the resolver.
class OrganizationSubject {
public:
    OrganizationSubject(const DocumentView& view, const SpeakerPhraseFinder& phrases)
        : view_(view), phrases_(phrases) {}

    // The subject phrase that pronoun (after the closing mark of the quotation that opens at
    // token open, in the sentence starting at token sentence_first) stands for, or nullopt.
    std::optional<SpeakerPhrase> for_pronoun(size_t sentence_first, size_t open,
                                             const SpeakerPhrase& pronoun) const;
    // The phrase a pronoun after quote stands for: the institution for_pronoun finds, else
    // the pronoun itself.
    SpeakerPhrase subject_or(const QuoteCandidate& quote, const SpeakerPhrase& pronoun) const {
        std::optional<SpeakerPhrase> own = for_pronoun(quote.sentence_first, quote.open, pronoun);
        return own ? *own : pronoun;
    }

private:
    // The gender the article before token first gives an institution: "le"/"du"/"au"
    // masculine, "la" feminine, unknown otherwise ("l'", none).
    Gender article_gender(size_t first, size_t clause_start) const;
    // The organization of the article named first in the main clause starting at token
    // clause, behind its article at most.
    std::optional<SpeakerPhrase> opening_organization(size_t clause, size_t open) const;
    // Whether a person is named outside quotations between positions begin and end.
    bool person_between(int32_t begin, int32_t end) const;

    const DocumentView& view_;
    const SpeakerPhraseFinder& phrases_;
};

} // namespace whosaid::quotes
