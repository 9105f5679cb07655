#pragma once

#include "quotes/document_view.h"
#include "quotes/speaker_linker.h"

#include <optional>
#include <vector>

namespace whosaid::quotes {

// Resolves il/elle/he/she (and the subject of a-t-il, ajoute-t-elle) to a person by gender
// and salience: in the nearest sentence naming a person whose gender agrees, its subject
// (the first such person not governed by a preposition nor a possessor), else the latest
// one; a known gender beats an unknown one. Speakers of earlier quotations count too.
class PronounResolver {
public:
    PronounResolver(DocumentView& view, SpeakerLinker& linker) : view_(view), linker_(linker) {}

    // The person entity index, or -1. Looks back a bounded number of mentions. excluded
    // (when >= 0) is never the answer: the one a reply answers.
    int32_t resolve(int32_t position, Gender gender, int32_t excluded = -1) const;
    // The person who spoke last, when that was in position's sentence or a few before and
    // the gender agrees; -1 otherwise.
    int32_t floor_holder(int32_t position, Gender gender) const;
    // Who "ils/elles/they" continues at position: the organization or the plural description
    // that spoke last, in position's sentence or a few before. entity is -1 and description
    // unset when nobody.
    struct Group {
        int32_t entity = -1;
        std::optional<Span> description;
        int32_t position = -1; // where it spoke; -1 when nobody
    };
    Group group_floor(int32_t position) const;
    // Notes that the group described at mention spoke, at position (where a pronoun
    // continued it: "Ils ont jugé …", "écrivent-ils", so the group keeps the floor; by default
    // where it is described). Notes come in text order (the first pass); one out of order is
    // dropped, so the notes stay sorted without moving any.
    void note_group(Span mention, int32_t position = -1) {
        const int32_t at = position < 0 ? mention.start : position;
        if (groups_.empty() || groups_.back().position < at)
            groups_.push_back({at, mention});
    }
    // Notes that entity spoke at position, so later pronouns may refer to it.
    void note_speaker(int32_t entity, int32_t position);
    // Notes that the person entity, named at position, reports words in a narrative sentence
    // ("X admet que …"): like a speaker, it is a likely antecedent of a pronoun in the next
    // sentence even when its gender is unknown. Notes come in text order (ReporterFloor); one
    // out of order is dropped.
    void note_reporter(int32_t entity, int32_t position);
    // The person a description pointing back like a pronoun stands for ("ce père de
    // famille", "le chauffeur de 34 ans"): the person named last before position, in its
    // sentence or the one before (quoted sentences aside), whose gender does not disagree;
    // -1 when none.
    int32_t nearest_person(int32_t position, Gender gender) const;
    // Whether a person whose gender agrees (or is unknown) is named in the narrative between
    // from and to: such a person takes a following pronoun from an unnamed speaker.
    bool person_named_between(int32_t from, int32_t to, Gender gender) const;

private:
    // Sentences from the one holding from to the one holding to that start outside every
    // quotation (a quotation holding "?" is split into several sentences); bounded work.
    int narrative_sentences(int32_t from, int32_t to) const;
    // Whether entity was noted as a speaker in position's sentence or the one before.
    bool spoke_recently(int32_t entity, int32_t position) const;
    int32_t resolve(int32_t position, Gender gender, int depth, int32_t excluded) const;
    // The phrase opening position's sentence whose comma position follows ("Speaking to Tom
    // Reed, he said", "In an interview with Tom Reed, the senator said"): the people in it
    // are the host or the addressee, never the subject right after it. Empty when none.
    Span opening_phrase_before(int32_t position) const;
    // Whether the words right after mention are a quotation that ends before position: the
    // name is the subject of the quoted words ("Paul Roy «n'a rien vu»"), what they tell
    // about, so a pronoun after them stands for someone else.
    bool subject_of_quote(Span mention, int32_t before) const;
    // The position of the subject pronoun of gender opening sentence before position
    // before, or -1.
    int32_t leading_pronoun(int sentence, int32_t before, Gender gender) const;
    // The position of a subject pronoun of gender in an incise of sentence before position
    // before ("a-t-il dit", ", he said,"), or -1.
    int32_t incise_pronoun(int sentence, int32_t before, Gender gender) const;

    DocumentView& view_;
    SpeakerLinker& linker_;
    std::vector<std::pair<int32_t, int32_t>> speakers_;  // (position, entity) in text order
    std::vector<std::pair<int32_t, int32_t>> reporters_; // (position, entity) in text order
    struct NotedGroup {
        int32_t position; // where it spoke
        Span description;
    };
    std::vector<NotedGroup> groups_; // plural descriptions that spoke, in text order
};

} // namespace whosaid::quotes
