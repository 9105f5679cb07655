#pragma once

#include "whosaid/span.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

enum class EntityKind { Person, Organization, Place, Media };

// How a mention names its entity (see docs/json-output.md).
enum class MentionForm { Name, Surname, Title, Acronym, Description, Pronoun };

// Grammatical gender of a person, as far as the text shows it.
enum class Gender { Unknown, Masculine, Feminine };

enum class QuoteKind { Direct, Partial, Indirect };

// One occurrence of an entity in the text.
struct Mention {
    Span span;
    MentionForm form = MentionForm::Name;
};

// One actor of the article: all the mentions that refer to it, merged.
struct Entity {
    std::string id; // "e1", "e2", ... in order of first mention
    EntityKind kind = EntityKind::Person;
    std::u16string name;                 // the fullest name the article gives
    std::vector<std::u16string> aliases; // other names used for it
    std::vector<std::u16string> roles;   // "président russe", "Secretary of State"
    Gender gender = Gender::Unknown;
    std::vector<Mention> mentions; // sorted by position
    bool corrected = false;        // a person changed it (see corrections.h)
};

// Who said a quotation. A named speaker has an entity id; an unnamed one is anonymous
// with the description the article gives ("un haut responsable syrien").
struct Speaker {
    std::string entity; // entity id, empty when the speaker is not an entity
    bool anonymous = false;
    std::u16string description;  // for anonymous speakers; empty otherwise
    std::optional<Span> mention; // where the attribution names the speaker
    // Several actors speaking together ("A et B ont déclaré", "«…», disent-ils" after two
    // named people): the ids of all of them in text order, `entity` being the first. Empty
    // when one actor speaks (never a single id).
    std::vector<std::string> entities = {};
    // Where the attribution names each of `entities`, in the same order: "A" and "B", or the
    // pronoun for each when only "disent-ils" names them. Empty when `entities` is.
    std::vector<Span> mentions = {};

    // Whether several actors speak together.
    bool group() const { return entities.size() > 1; }
    // Whether the actor with this id is the speaker or one of the group.
    bool includes(std::string_view id) const;
    // Rewrites the id from as to, in `entity` and in the group (merged actors, renumbered
    // ids); a group left with one actor becomes that actor alone, at its mention.
    void replace_entity(std::string_view from, const std::string& to);
    // Takes the actor id out of a group (the next one becomes `entity`); false when the
    // speaker is that actor alone, so nobody is left (the caller drops the speaker).
    bool drop_entity(std::string_view id);
};

// A medium through which the quoted words reached the article.
struct QuoteSource {
    std::string entity; // id of a media entity
    Span mention;
};

// A quotation: the quoted words without their marks, attributed if possible.
struct Quote {
    std::string id; // "q1", "q2", ... in text order
    Span span;      // the words inside the marks (or the reported clause for Indirect)
    Span marks;     // the span including the quotation marks
    QuoteKind kind = QuoteKind::Direct;
    std::string group; // id of the first piece of a multi-paragraph quotation
    std::optional<Speaker> speaker;
    std::optional<Span> cue; // the speech verb or marker
    std::vector<QuoteSource> sources;
    std::string rule; // id of the rule that attributed it, e.g. "fr.quote-then-inverted-verb"
    double confidence = 0.0; // 0..1
    bool corrected = false;  // a person changed it (see corrections.h)
    bool verified = false;   // a person confirmed the speaker now shown (confirm-speaker)
};

// A wire dateline or byline: "MOSCOU, 26 nov 2014 (AFP) -".
struct Dateline {
    Span span;
    std::string agency;       // id of the media entity named in it; empty when none
    Span agency_mention = {}; // "AFP" inside the dateline; empty when it names no agency
};

// Where the text came from and how it was decoded.
struct SourceInfo {
    std::string path;     // as given by the caller; empty for in-memory input
    std::string encoding; // "UTF-8", "UTF-16LE", "windows-1252", ...
    std::string format;   // "text", "html", "markdown", "pdf", "docx", "odt" or "email"
    std::string sender;   // e-mail: who sent it (the From header); empty otherwise
    std::string date;     // e-mail: when it was sent (the Date header); web page: when it was
                          // published, as the page writes it; empty otherwise
    std::string author;   // web page: the byline or <meta name="author">; empty otherwise
    std::string url;      // web page: where it was fetched from, else its canonical address
    std::vector<std::string> attachments; // e-mail: attached files, listed, not analysed
    // PDF: one entry per page read; page_starts[i] is the offset in the text of the first
    // paragraph that starts on page i + 1 or later (the text's length when none does), so
    // non-decreasing, and the paragraph holding position p starts on the page counted by
    // the entries <= p (Document::page_at). Paragraph starts, not every offset, because the
    // layout knows pages by paragraph and these survive normalization exactly. Empty for
    // other formats.
    std::vector<int32_t> page_starts;
};

// Something the reader should know about how the input was read; the text was still made.
struct LoadWarning {
    enum class Kind {
        InvalidUtf8, // bytes that are not valid UTF-8 were each shown as U+FFFD
    };
    Kind kind = Kind::InvalidUtf8;
    std::uint64_t count = 0;      // InvalidUtf8: how many bytes were replaced
    std::uint64_t first_byte = 0; // InvalidUtf8: offset of the first in the input's bytes
    std::string message; // one line in English naming the input, e.g. "story.txt: 2 bytes are
                         // not valid UTF-8 (the first at byte 120); ..." (command line, logs)
};

// The analysed article. All spans index `text` in UTF-16 code units.
struct Document {
    std::u16string text; // decoded, line ends made \n, NFC
    SourceInfo source;
    std::string language; // "fr" or "en"
    std::optional<Span> title;
    std::optional<Dateline> dateline;
    std::vector<Span> paragraphs; // in order, non-overlapping
    std::vector<Span> sentences;  // in order, each inside one paragraph
    std::vector<Entity> entities; // in order of first mention
    std::vector<Quote> quotes;    // in text order
    // What the loader warned about (analyze_file, analyze_bytes); not written to the JSON.
    std::vector<LoadWarning> warnings;

    std::u16string_view slice(Span span) const {
        return std::u16string_view(text).substr(static_cast<size_t>(span.start),
                                                static_cast<size_t>(span.length()));
    }
    // The entity with this id, or nullptr.
    const Entity* entity(std::string_view id) const;
    // Index of the paragraph containing position, or -1.
    int paragraph_at(int32_t position) const;
    // The page (from 1) of the PDF on which the paragraph holding position starts; 0 when
    // the source has no pages (see SourceInfo::page_starts).
    int page_at(int32_t position) const;
};

const char* to_string(EntityKind kind);
const char* to_string(MentionForm form);
const char* to_string(QuoteKind kind);
const char* to_string(Gender gender);

} // namespace whosaid
