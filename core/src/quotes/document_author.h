#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/speaker_phrase_finder.h"

#include <optional>

namespace whosaid::quotes {

// A text named again speaks for whoever issued it: "Sa famille a indiqué dans un communiqué
// que … «…», selon ce texte", "The campaign said in a statement that … "…," the statement
// said". A definite or demonstrative description whose head is a document noun (the
// `document` rows of anonymous_speakers.tsv) stands for the reporter of the nearest sentence
// before it, within three sentences and two paragraphs, that names a document with an
// indefinite or possessive article ("dans un communiqué", "in a statement", "sa lettre")
// (ReportingSubject reads the reporter of its first speech cue).
class DocumentAuthor {
public:
    DocumentAuthor(const DocumentView& view, const CueFinder& cues,
                   const SpeakerPhraseFinder& phrases)
        : view_(view), cues_(cues), phrases_(phrases) {}

    // The author phrase is the document of, or nullopt when phrase is no definite document
    // description or no sentence before names its author.
    std::optional<SpeakerPhrase> author(const SpeakerPhrase& phrase) const;

    // Whether phrase is a French document with an indefinite article ("un communiqué de X"):
    // a channel that names no speaker of its own.
    bool indefinite_document(const SpeakerPhrase& phrase) const;

private:
    // Whether token k is the head noun of a document ("communiqué", "statement").
    bool document_head(size_t k) const;
    // The author of the document a sentence of tokens [first, last) issues, or nullopt; found
    // is set when the sentence names a document at all.
    std::optional<SpeakerPhrase> issuer(size_t first, size_t last, bool& found) const;

    const DocumentView& view_;
    const CueFinder& cues_;
    const SpeakerPhraseFinder& phrases_;
};

} // namespace whosaid::quotes
