#pragma once

#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"

#include <optional>

namespace whosaid::quotes {

// Whether the mention at span can be a subject: no preposition governs it ("selon son
// avocat, X", "interrogé par X", "about X") and it owns nothing ("X's remarks").
bool subject_position(const DocumentView& view, Span span);

// Where the main clause starts in tokens [first, end): after a subordinate clause that
// opens the sentence ("Alors que X a défendu la réforme, les infirmières dénoncent …",
// "While X praised it, Y said …"), the token after the last comma before end; after a
// phrase that opens it (after_opening_phrase); first otherwise.
size_t main_clause_start(const DocumentView& view, size_t first, size_t end);

// The token after the comma that closes a phrase opening the sentence at token first with a
// preposition or an English present participle ("Speaking to WXRT's Morning Tom, Hale
// said", "In an interview with Tom Reed, the senator said"), skipping a relative clause
// hanging on it (", which aired Monday,"); 0 when first opens no such phrase or it is not
// closed before end. The people of that phrase are its objects (the host, the addressee),
// never the subject of the clause after it.
size_t after_opening_phrase(const DocumentView& view, size_t first, size_t end);

// The subject of the clause that holds a quotation with no speech verb of its own: "X a
// érigé la lecture en «priorité de l'année»", "Il veut offrir au club «un nouveau
// blanche»", "X est catégorique : «…»". The first person or organization of the clause in
// subject position, or a subject pronoun opening it. The clause starts after the last ";"
// before the quotation; nothing after the quotation is read. Work is bounded by the clause.
class ClauseSubjectFinder {
public:
    explicit ClauseSubjectFinder(const DocumentView& view) : view_(view) {}

    // The subject phrase of the clause running from token first to the mark at open.
    std::optional<SpeakerPhrase> find(size_t first, size_t open) const;

private:
    const DocumentView& view_;
};

} // namespace whosaid::quotes
