#pragma once

#include "whosaid/document.h"
#include "whosaid/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// A piece of the article located by its text, not by an id (ids change between runs):
// the UTF-16 offsets where it was, the exact text there and a little context on each side.
struct TextAnchor {
    Span span;             // where the text was when the anchor was made
    std::u16string text;   // the exact text of span; never empty in a valid anchor
    std::u16string before; // up to anchor_context_units of text just before span
    std::u16string after;  // up to anchor_context_units of text just after span

    friend bool operator==(const TextAnchor&, const TextAnchor&) = default;
};

// Context kept on each side of an anchor, in UTF-16 code units.
inline constexpr int32_t anchor_context_units = 16;

// The anchor of span in text (span is clamped into the text).
TextAnchor make_anchor(std::u16string_view text, Span span);

// Where the anchor lies in text now. The recorded offsets win when the text there is
// unchanged; otherwise the occurrence of the anchor text whose context matches best is taken,
// provided it is the only best one and at least half the context matches. Errors
// (InvalidArgument) say why the anchor is stale: text gone, or ambiguous.
Result<Span> locate_anchor(std::u16string_view text, const TextAnchor& anchor);

// An actor (Entity), referred to by one of its mentions; when mention is absent, by its name
// (compared with the entity names and aliases, accents and case folded).
struct ActorRef {
    std::optional<TextAnchor> mention;
    std::u16string name; // the actor's name when the reference was made

    friend bool operator==(const ActorRef&, const ActorRef&) = default;
};

// The speaker a person gives a quotation.
struct SpeakerChoice {
    enum class Kind { Actor, Anonymous, Unknown };
    Kind kind = Kind::Unknown;
    ActorRef actor;             // Kind::Actor
    std::u16string description; // Kind::Anonymous: "un haut responsable syrien"

    friend bool operator==(const SpeakerChoice&, const SpeakerChoice&) = default;
};

// Every kind of correction; the file spells them as in to_string(CorrectionAction).
enum class CorrectionAction {
    ReassignSpeaker, // quote, speaker
    MergeActors,     // actor (kept) absorbs other
    SplitMention,    // mention leaves its actor for a new one named name (empty: its text)
    RenameActor,     // actor gets name; the old name becomes an alias
    ChangeActorKind, // actor gets entity_kind
    AddMention,      // mention joins actor, or a new actor (name, entity_kind) when new_actor
    RemoveMention,   // mention refers to nobody; an actor left without mentions disappears
    NotAQuote,       // quote is not a quotation: it is removed
    AddQuote,        // quote (the quoted words) is a quotation of quote_kind by speaker
    AddSource,       // quote came through actor (a medium); a new media actor if unknown
    RemoveSource,    // quote did not come through actor
    ConfirmSpeaker,  // a person checked that speaker said quote; it becomes verified, and
                     // speaker is restored if the analysis has since given it another one
};

// One correction, a plain value: only the fields its action names are meaningful, the others
// keep their defaults (so that equality compares what matters).
struct Correction {
    CorrectionAction action = CorrectionAction::ReassignSpeaker;
    TextAnchor quote;
    TextAnchor mention;
    ActorRef actor;
    ActorRef other;
    SpeakerChoice speaker;
    std::u16string name;
    EntityKind entity_kind = EntityKind::Person;
    QuoteKind quote_kind = QuoteKind::Direct;
    bool new_actor = false;

    friend bool operator==(const Correction&, const Correction&) = default;
};

// Identifies the text the corrections were made on, to tell when the article changed.
struct ArticleFingerprint {
    int64_t length = 0;  // UTF-16 code units
    std::string fnv1a64; // FNV-1a 64-bit hash of the UTF-16 code units, 16 hex digits

    friend bool operator==(const ArticleFingerprint&, const ArticleFingerprint&) = default;
};

ArticleFingerprint fingerprint(std::u16string_view text);

// The corrections of one article, applied in order.
struct CorrectionSet {
    ArticleFingerprint article;
    std::vector<Correction> items;

    friend bool operator==(const CorrectionSet&, const CorrectionSet&) = default;
};

// A person's groups of names that denote one actor in every article ("Лавров", "Sergueï
// Lavrov", "Serguei Lavrov"). Names compare with accents and case folded. The actors of an
// article named (by name or alias) by names of one group become one actor, named by the first
// name of the group the article uses, in the article's spelling when they differ only by
// accents or case. Aliases apply before the corrections, which were recorded on an article
// that already showed them.
struct AliasList {
    std::vector<std::vector<std::u16string>> groups;

    friend bool operator==(const AliasList&, const AliasList&) = default;
};

struct AppliedCorrection {
    size_t index = 0; // in CorrectionSet::items
    CorrectionAction action = CorrectionAction::ReassignSpeaker;
    bool relocated = false; // an anchor was found away from its recorded offsets
};

struct StaleCorrection {
    size_t index = 0;
    CorrectionAction action = CorrectionAction::ReassignSpeaker;
    std::string message; // one line, English: what could not be found and why
};

struct ApplyReport {
    std::vector<AppliedCorrection> applied;
    std::vector<StaleCorrection> stale; // not applied: the document is as if they were absent
    size_t alias_merges = 0;            // actors merged by the alias list
};

// Applies the alias list, then the corrections in order. Entities and quotes a person changed
// get corrected = true; quotes whose speaker a person confirmed get verified = true until a
// later correction gives them another speaker; at the end ids are renumbered (entities by first
// mention, quotes by position), every reference follows, and mentions are sorted. A correction that
// cannot be anchored is reported stale and changes nothing.
ApplyReport apply_corrections(Document& doc, const CorrectionSet& corrections,
                              const AliasList& aliases);

// Helpers for recording corrections on an analysed document.
// The anchor of span in doc.
TextAnchor anchor_at(const Document& doc, Span span);
// A reference to entity: its first mention and its name.
ActorRef actor_ref(const Document& doc, const Entity& entity);

// "reassign-speaker", "merge-actors", ...
const char* to_string(CorrectionAction action);

// The corrections file of an article: the article path + ".whosaid.json" ("story.txt" →
// "story.txt.whosaid.json"). The full name is kept so that "story.txt" and "story.html" in
// one folder get separate files.
std::string sidecar_path(const std::string& article_path);

// `whosaid-corrections` version 1 JSON, pretty, ending with a newline.
std::string write_corrections_json(const CorrectionSet& corrections);
// Parses that JSON; name is used in messages. Errors (InvalidArgument) give the name and the
// line and column of bad JSON, or the path of the bad field ("corrections[2].action:
// unknown action 'rename'"). Unknown fields are ignored.
Result<CorrectionSet> read_corrections_json(std::string_view json, std::string_view name);

// `whosaid-aliases` version 1 JSON: {"format", "version", "groups": [["Lavrov", ...], ...]}.
std::string write_aliases_json(const AliasList& aliases);
Result<AliasList> read_aliases_json(std::string_view json, std::string_view name);

// Reads and parses a file; errors name the file (NotFound, Unreadable, InvalidArgument).
Result<CorrectionSet> load_corrections(const std::string& path);
Result<AliasList> load_aliases(const std::string& path);

// Writes the file atomically: a temporary file in the same folder, flushed to disk, then
// renamed over path, so that path is always the old file or the whole new one. Returns the
// error (Unreadable: cannot write) or nothing.
std::optional<Error> save_corrections(const std::string& path, const CorrectionSet& corrections);
std::optional<Error> save_aliases(const std::string& path, const AliasList& aliases);

} // namespace whosaid
