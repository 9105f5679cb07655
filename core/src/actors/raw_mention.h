#pragma once

#include "support/large_block.h"
#include "whosaid/document.h"

#include <string>
#include <vector>

namespace whosaid::actors {

// How sure the finder is of a mention's kind: a lexicon entry beats a pattern, a
// pattern beats a guess from the shape of the word.
enum class Certainty { Guess, Pattern, Lexicon };

// One mention found in the text, before mentions are merged into entities.
struct RawMention {
    Span span;      // the whole mention ("M. Lavrov", "le président russe")
    Span name_span; // the name inside it ("Lavrov"); empty for descriptions
    EntityKind kind = EntityKind::Person;
    Certainty certainty = Certainty::Guess;
    MentionForm form = MentionForm::Name;
    int32_t known_entity = -1; // index into ActorLexicon's known entities
    // Folded name words, particles dropped: views into the TokenStream the mention was
    // found in, valid while the recognizer runs.
    std::vector<std::u16string_view> words;
    std::u16string role_key;  // "president|RU" for roles and descriptions
    std::u16string role_text; // "président russe"
    Gender gender = Gender::Unknown;
    int32_t attach_to = -1; // index of a mention it surely shares an entity with
    bool given_name_first = false;
    bool honorific = false;
    bool initial_single = false; // one sentence-initial word: a name only if met elsewhere
    bool initial_chain = false;  // two words at a sentence start, the first maybe a common noun
    bool common_word = false;    // a guessed one-word name the article also writes in lower case
    bool dropped = false;
    // A description whose role a modifier makes another office (RolePhrase::distinct): it may
    // not stand for the holder of the bare title.
    bool distinct_role = false;

    bool is_description() const { return form == MentionForm::Description; }
};

// The mentions of a document, as many as a tenth of its words: huge pages (large_block.h).
using RawMentionList = std::vector<RawMention, support::LargeArrayAllocator<RawMention>>;

} // namespace whosaid::actors
