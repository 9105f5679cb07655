#pragma once

#include "whosaid/corrections.h"

#include <QString>
#include <optional>

class Article;

// Turns a change a person asks for, named by indices into an article (its quotations, its
// actors and their mentions) or by a span of its text, into the core Correction that
// records it, anchored in the text so that it still finds its words after a new analysis.
// Each change gives nothing when an index or a span is out of range or when the change
// would do nothing; with no article (nullptr) every change gives nothing. Recording the
// correction (undo, saving) is CorrectionsController's.
class CorrectionBuilder {
public:
    explicit CorrectionBuilder(const Article* article) : article_(article) {}

    // The quotation's speaker becomes entity (-1: an unknown speaker).
    std::optional<whosaid::Correction> reassignSpeaker(int quote, int entity) const;
    // The quotation's speaker becomes an anonymous one, described in words.
    std::optional<whosaid::Correction> makeSpeakerAnonymous(int quote,
                                                            const QString& description) const;
    std::optional<whosaid::Correction> notAQuote(int quote) const;
    // The quotation's speaker as it stands (an actor, an anonymous speaker or nobody known)
    // is verified; nothing when it already is.
    std::optional<whosaid::Correction> confirmSpeaker(int quote) const;
    // Nothing for an empty name or the actor's own name.
    std::optional<whosaid::Correction> renameActor(int entity, const QString& name) const;
    std::optional<whosaid::Correction> changeActorKind(int entity, whosaid::EntityKind kind) const;
    // kept absorbs other.
    std::optional<whosaid::Correction> mergeActors(int kept, int other) const;
    std::optional<whosaid::Correction> removeMention(int entity, int mention) const;
    // Nothing for an actor's only mention, which already is its own actor.
    std::optional<whosaid::Correction> splitMention(int entity, int mention) const;
    // A missed mention at span of entity, or of a new actor (an empty name: the mentioned
    // text); nothing when span overlaps a mention.
    std::optional<whosaid::Correction> addMention(whosaid::Span span, int entity) const;
    std::optional<whosaid::Correction> addMentionOfNewActor(whosaid::Span span, const QString& name,
                                                            whosaid::EntityKind kind) const;
    // A missed quotation of the words at span, said by speaker (-1: unknown) or by an
    // anonymous speaker; nothing when span overlaps a quotation.
    std::optional<whosaid::Correction> addQuote(whosaid::Span span, whosaid::QuoteKind kind,
                                                int speaker) const;
    std::optional<whosaid::Correction> addAnonymousQuote(whosaid::Span span,
                                                         whosaid::QuoteKind kind,
                                                         const QString& description) const;
    // The quotation came through entity (a medium); nothing when it already does.
    std::optional<whosaid::Correction> addSource(int quote, int entity) const;
    // The quotation came through a medium the analysis missed, mentioned at
    // newSourceMention(quote, name); nothing when the name is not found.
    std::optional<whosaid::Correction> addNewSource(int quote, const QString& name) const;
    // The quotation did not come through its source at index source (of Quote::sources).
    std::optional<whosaid::Correction> removeSource(int quote, int source) const;

    // Where a medium named name that is no actor yet would be mentioned as the source of
    // quote: the occurrence of the name (whole words, case ignored) nearest the quotation
    // outside any mention; an empty span when there is none.
    whosaid::Span newSourceMention(int quote, const QString& name) const;

private:
    bool validEntity(int entity) const;
    bool validQuote(int quote) const;
    // Whether span lies in the text and overlaps no mention.
    bool freeForMention(whosaid::Span span) const;
    // Completes an add-quote correction whose speaker is already set.
    std::optional<whosaid::Correction> quoteAt(whosaid::Span span, whosaid::QuoteKind kind,
                                               whosaid::Correction correction) const;

    const Article* article_;
};
