#pragma once

#include "whosaid/document.h"

#include <string>
#include <string_view>

namespace whosaid::writers {

// The words of the export itself (headings, legend, table headers), in one language.
struct HtmlLabels {
    const char* language; // BCP 47 tag of these labels
    const char* kicker;
    const char* untitled;
    const char* skip_to_text;
    const char* contents;
    const char* meta_file;
    const char* meta_language;
    const char* meta_generator;
    const char* meta_date;
    const char* legend;
    const char* legend_hint;    // how to highlight an actor, under the legend
    const char* kind[4];        // indexed by EntityKind
    const char* kind_plural[4]; // indexed by EntityKind
    const char* quotation;
    const char* reported_speech; // paraphrase without quotation marks ("il a affirmé que …")
    const char* speaker;
    const char* anonymous_speaker;
    const char* source;
    const char* speech_verb;
    const char* annotated_text;
    const char* actors;
    const char* no_actors;
    const char* mention_singular;
    const char* mention_plural;
    const char* mentions_of; // list label: "Mentions of"
    const char* quotations;
    const char* no_quotations;
    const char* quotes_caption;
    const char* column_number;
    const char* column_quotation;
    const char* column_speaker;
    const char* column_sources;
    const char* column_place;
    const char* paragraph_short; // "¶"
    const char* paragraph;       // "paragraph", for link titles
    const char* anonymous;
    const char* unattributed;
    const char* no_source;
    const char* sources;
    const char* total_quotations;
    const char* named_speaker;
    const char* with_source;
    const char* anonymous_total; // stat headings: capitalized, plural
    const char* unattributed_total;
    const char* per_source_caption;
    const char* per_speaker_caption;
    const char* column_count;
    const char* column_share;
    const char* footer_note;
    const char* index;          // label of the aside holding the actors, quotations and sources
    const char* certainty[4];   // indexed by Certainty: unattributed, unsure, likely, sure
    const char* certainty_hint; // under the legend: what the certainty marks mean
    const char* column_certainty;
    const char* column_why;       // the attribution explained in words
    const char* to_check_total;   // stat heading: unsure and unattributed quotations
    const char* cue_separator;    // between an explanation and its cue words: ": " or " : "
    const char* no_speaker_found; // the "why" of an unattributed quotation
    const char* verified;         // after a speaker a person confirmed (confirm-speaker)
    const char* verified_hint;    // its legend entry
    const char* meta_pages;       // how many pages a PDF has, in the page's header
    const char* page_short;       // "p.", before a page number
    const char* page;             // "page", for titles
    const char* together;         // after the "why" of a group's quotation, before the count
};

// French labels when language is French ("fr", "fr-CA", ...), English for every other
// language: the article is French first, English second, and English is the widest
// fallback for a reader of anything else.
const HtmlLabels& labels_for(std::string_view language);

// "1 mention" / "3 mentions"; French takes the singular for zero too ("0 citation").
std::string count_with_noun(const HtmlLabels& labels, size_t count, const char* singular,
                            const char* plural);

} // namespace whosaid::writers
