#pragma once

#include "whosaid/document.h"
#include "writers/html_ids.h"

#include <cstdint>
#include <string>
#include <vector>

namespace whosaid::writers {

// What an element of the article stands for. When two spans are equal, the earlier role
// is the outer element.
enum class AnnotationRole : uint8_t {
    Dateline,
    Quote,
    OpenMark,
    CloseMark,
    SpeakerRef,
    SourceRef,
    Mention,
    Cue
};

// One span of the document to mark up, cleaned: inside the text, off surrogate pairs.
struct Annotation {
    Annotation(AnnotationRole role_, Span span_, size_t owner_ = 0, size_t mention_ = 0)
        : role(role_), span(span_), owner(owner_), mention(mention_) {}

    AnnotationRole role = AnnotationRole::Mention;
    Span span;
    size_t owner = 0;       // entity index for Mention, quote index for every other role
    size_t mention = 0;     // mention index for Mention
    std::string speaker_of; // space-separated ids of the quotes this span attributes
    std::string source_of;  // space-separated ids of the quotes this span is a source of
    bool anonymous = false; // SpeakerRef of an anonymous speaker
};

// The part of an annotation inside one paragraph.
struct Piece {
    int32_t start = 0;
    int32_t end = 0;
    uint32_t annotation = 0; // index into HtmlSpanLayout::annotations()
    bool carries_id = false; // the annotation's first piece: holds its id and data-entity
};

// Where the speaker tag of a quotation goes.
struct TagAt {
    int32_t position = 0;
    size_t quote = 0;
};

// Where every span of a document falls, paragraph by paragraph: paragraphs made sorted
// and disjoint (the whole text when the model has none); every mention, quotation (its
// marks apart), cue, dateline, speaker and source cut at paragraph boundaries and sorted
// for nesting (start, then longest first, then role); a speaker tag per quotation. A
// speaker or source span equal to a mention joins it (speaker_of, source_of) instead of
// making a second element.
class HtmlSpanLayout {
public:
    HtmlSpanLayout(const Document& doc, const HtmlIds& ids);

    const std::vector<Span>& paragraphs() const { return paragraphs_; }
    const std::vector<Annotation>& annotations() const { return annotations_; }
    const std::vector<Piece>& pieces(size_t paragraph) const { return pieces_[paragraph]; }
    const std::vector<TagAt>& tags(size_t paragraph) const { return tags_[paragraph]; }

private:
    // Moves a boundary into the text and off the middle of a surrogate pair.
    int32_t snap(int32_t position) const;
    Span clean(Span span) const { return {snap(span.start), snap(span.end)}; }
    void normalize_paragraphs();
    void add(Annotation annotation);
    void collect_annotations();
    size_t first_paragraph_ending_after(int32_t position) const;
    void distribute();
    void place_speaker_tags();

    const Document& doc_;
    const HtmlIds& ids_;
    std::vector<Span> paragraphs_;
    std::vector<Annotation> annotations_;
    std::vector<std::vector<Piece>> pieces_; // per paragraph, sorted
    std::vector<std::vector<TagAt>> tags_;   // per paragraph, sorted
};

} // namespace whosaid::writers
