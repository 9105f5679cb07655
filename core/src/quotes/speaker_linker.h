#pragma once

#include "quotes/document_view.h"
#include "quotes/speech_cue_lexicon.h"
#include "support/key_hash.h"

#include <set>
#include <string>
#include <vector>

namespace whosaid::quotes {

// Ties speaker and source phrases to the document's entities: the entity whose mention covers
// the phrase, else an entity with the same name, else a new entity, so that attribution does
// not depend on the recognizer having found every name.
class SpeakerLinker {
public:
    SpeakerLinker(DocumentView& view, const SpeechCueLexicon& lexicon);

    // The entity for a name phrase at span (linking, merging by name or creating one of kind).
    int32_t link(Span span, EntityKind kind, MentionForm form);
    // The entity whose mention covers span, or -1.
    int32_t covering(Span span) const;
    // The media entity named name (canonical), created with a mention at span if missing.
    int32_t media(const std::u16string& name, Span span, bool add_mention);
    // The person a bare surname at position stands for among those bearing it: the only one,
    // the one the article is about (SurnameSalience), else the one named last before
    // position, unless another bearer is named in that same sentence; -1 when none.
    int32_t surname_holder(const std::u16string& folded_surname, int32_t position);
    // Whether any person of the article bears the surname.
    bool surname_borne(const std::u16string& folded_surname);
    // Records a resolved pronoun as a mention of a person.
    void add_pronoun(int32_t entity, Span span);
    // Grammatical gender of a person, from the entity, its titles or its given name. Worked
    // out once per entity; the answers known are given inline.
    Gender gender(int32_t entity) {
        const auto index = static_cast<size_t>(entity);
        return index < gender_known_.size() && gender_known_[index] ? genders_[index]
                                                                    : infer_and_keep(index);
    }
    // Renumbers entity ids in order of first mention when entities were created, and rewrites
    // the ids quotes and the dateline refer to.
    void finish();

private:
    // The entity of that kind named folded, else the person whose surname it is
    // (surname_holder at position, else the first bearer).
    int32_t find_by_name(const std::u16string& folded, EntityKind kind, int32_t position);
    // Among candidates (persons sharing a surname), the one named last before position, or -1
    // when none is named before it or another is named in the same sentence.
    int32_t latest_named(const std::vector<int32_t>& candidates, int32_t position) const;
    // Indexes the folded names of the entities created since the last call.
    void index_names();
    void add_mention(int32_t entity, Span span, MentionForm form);
    Gender infer_gender(const Entity& entity) const;
    Gender infer_and_keep(size_t entity);
    // Moves the mentions added to entity into its Entity::mentions, in order.
    void merge_added(size_t entity);

    struct ByStart {
        bool operator()(const Mention& a, const Mention& b) const {
            return a.span.start < b.span.start;
        }
    };

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    std::vector<Gender> genders_;
    std::vector<bool> gender_known_;
    // Mentions added to each entity, kept apart from Entity::mentions until merge_added so
    // that adding one shifts nothing; equal starts stay in the order they were added.
    std::vector<std::multiset<Mention, ByStart>> added_;
    bool created_ = false;
    // Folded names and aliases of the entities, and persons' surnames, indexed once:
    // folding every entity's names for every phrase would be quadratic in a long document.
    support::KeyMap<std::vector<int32_t>> by_name_;
    support::KeyMap<std::vector<int32_t>> by_surname_;
    size_t indexed_ = 0; // entities indexed so far
};

} // namespace whosaid::quotes
