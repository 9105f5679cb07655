#include "correction_builder.h"

#include "article.h"

#include <algorithm>

using Result = std::optional<whosaid::Correction>;

bool CorrectionBuilder::validEntity(int entity) const {
    return article_ && entity >= 0 && entity < article_->entityCount();
}

bool CorrectionBuilder::validQuote(int quote) const {
    return article_ && quote >= 0 && quote < article_->quoteCount();
}

Result CorrectionBuilder::reassignSpeaker(int quote, int entity) const {
    if (!validQuote(quote) || (entity >= 0 && !validEntity(entity)))
        return std::nullopt;
    const whosaid::Document& doc = article_->document();
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ReassignSpeaker;
    c.quote = whosaid::anchor_at(doc, doc.quotes[static_cast<size_t>(quote)].span);
    if (entity >= 0) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Actor;
        c.speaker.actor = whosaid::actor_ref(doc, article_->entity(entity));
    } else {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Unknown;
    }
    return c;
}

Result CorrectionBuilder::makeSpeakerAnonymous(int quote, const QString& description) const {
    if (!validQuote(quote))
        return std::nullopt;
    const whosaid::Document& doc = article_->document();
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ReassignSpeaker;
    c.quote = whosaid::anchor_at(doc, doc.quotes[static_cast<size_t>(quote)].span);
    c.speaker.kind = whosaid::SpeakerChoice::Kind::Anonymous;
    c.speaker.description = description.trimmed().toStdU16String();
    return c;
}

Result CorrectionBuilder::notAQuote(int quote) const {
    if (!validQuote(quote))
        return std::nullopt;
    const whosaid::Document& doc = article_->document();
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::NotAQuote;
    c.quote = whosaid::anchor_at(doc, doc.quotes[static_cast<size_t>(quote)].span);
    return c;
}

Result CorrectionBuilder::confirmSpeaker(int quote) const {
    if (!validQuote(quote) || article_->quote(quote).verified)
        return std::nullopt;
    const whosaid::Document& doc = article_->document();
    const whosaid::Quote& q = article_->quote(quote);
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ConfirmSpeaker;
    c.quote = whosaid::anchor_at(doc, q.span);
    const int speaker = article_->speakerEntity(quote);
    if (speaker >= 0) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Actor;
        c.speaker.actor = whosaid::actor_ref(doc, article_->entity(speaker));
        // The mention that names the speaker here, rather than its first one: the
        // confirmation then holds however the actors are merged or split later.
        const auto& mentions = article_->entity(speaker).mentions;
        if (q.speaker->mention &&
            std::any_of(mentions.begin(), mentions.end(),
                        [&](const whosaid::Mention& m) { return m.span == *q.speaker->mention; }))
            c.speaker.actor.mention = whosaid::anchor_at(doc, *q.speaker->mention);
    } else if (q.speaker && q.speaker->anonymous) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Anonymous;
        c.speaker.description = q.speaker->description;
    } else {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Unknown;
    }
    return c;
}

Result CorrectionBuilder::renameActor(int entity, const QString& name) const {
    const QString trimmed = name.trimmed();
    if (!validEntity(entity) || trimmed.isEmpty() || trimmed == article_->entityName(entity))
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::RenameActor;
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    c.name = trimmed.toStdU16String();
    return c;
}

Result CorrectionBuilder::changeActorKind(int entity, whosaid::EntityKind kind) const {
    if (!validEntity(entity) || article_->entity(entity).kind == kind)
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ChangeActorKind;
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    c.entity_kind = kind;
    return c;
}

Result CorrectionBuilder::mergeActors(int kept, int other) const {
    if (!validEntity(kept) || !validEntity(other) || kept == other)
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::MergeActors;
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(kept));
    c.other = whosaid::actor_ref(article_->document(), article_->entity(other));
    return c;
}

Result CorrectionBuilder::removeMention(int entity, int mention) const {
    if (!validEntity(entity) || mention < 0 || mention >= article_->mentionCount(entity))
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::RemoveMention;
    c.mention = whosaid::anchor_at(
        article_->document(), article_->entity(entity).mentions[static_cast<size_t>(mention)].span);
    return c;
}

Result CorrectionBuilder::splitMention(int entity, int mention) const {
    if (!validEntity(entity) || mention < 0 || mention >= article_->mentionCount(entity) ||
        article_->mentionCount(entity) < 2)
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::SplitMention;
    c.mention = whosaid::anchor_at(
        article_->document(), article_->entity(entity).mentions[static_cast<size_t>(mention)].span);
    return c;
}

bool CorrectionBuilder::freeForMention(whosaid::Span span) const {
    if (!article_ || span.empty() || span.start < 0 || span.end > article_->text().size())
        return false;
    for (const whosaid::Entity& entity : article_->document().entities)
        for (const whosaid::Mention& mention : entity.mentions)
            if (mention.span.overlaps(span))
                return false;
    return true;
}

Result CorrectionBuilder::addMention(whosaid::Span span, int entity) const {
    if (!freeForMention(span) || !validEntity(entity))
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddMention;
    c.mention = whosaid::anchor_at(article_->document(), span);
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    return c;
}

Result CorrectionBuilder::addMentionOfNewActor(whosaid::Span span, const QString& name,
                                               whosaid::EntityKind kind) const {
    if (!freeForMention(span))
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddMention;
    c.mention = whosaid::anchor_at(article_->document(), span);
    c.new_actor = true;
    c.name = name.simplified().toStdU16String();
    c.entity_kind = kind;
    return c;
}

Result CorrectionBuilder::quoteAt(whosaid::Span span, whosaid::QuoteKind kind,
                                  whosaid::Correction c) const {
    if (!article_ || span.empty() || span.start < 0 || span.end > article_->text().size())
        return std::nullopt;
    for (const whosaid::Quote& quote : article_->document().quotes)
        if (quote.span.overlaps(span))
            return std::nullopt;
    c.action = whosaid::CorrectionAction::AddQuote;
    c.quote = whosaid::anchor_at(article_->document(), span);
    c.quote_kind = kind;
    return c;
}

Result CorrectionBuilder::addQuote(whosaid::Span span, whosaid::QuoteKind kind, int speaker) const {
    if (speaker >= 0 && !validEntity(speaker))
        return std::nullopt;
    whosaid::Correction c;
    if (speaker >= 0) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Actor;
        c.speaker.actor = whosaid::actor_ref(article_->document(), article_->entity(speaker));
    }
    return quoteAt(span, kind, std::move(c));
}

Result CorrectionBuilder::addAnonymousQuote(whosaid::Span span, whosaid::QuoteKind kind,
                                            const QString& description) const {
    whosaid::Correction c;
    c.speaker.kind = whosaid::SpeakerChoice::Kind::Anonymous;
    c.speaker.description = description.simplified().toStdU16String();
    return quoteAt(span, kind, std::move(c));
}

Result CorrectionBuilder::addSource(int quote, int entity) const {
    if (!validQuote(quote) || !validEntity(entity))
        return std::nullopt;
    const std::string& id = article_->entity(entity).id;
    for (const whosaid::QuoteSource& source : article_->quote(quote).sources)
        if (source.entity == id)
            return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddSource;
    c.quote = whosaid::anchor_at(article_->document(), article_->quote(quote).span);
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    return c;
}

whosaid::Span CorrectionBuilder::newSourceMention(int quote, const QString& name) const {
    const QString needle = name.simplified();
    if (!validQuote(quote) || needle.isEmpty())
        return {};
    const QString& text = article_->text();
    const whosaid::Span near = article_->quote(quote).marks;
    const auto wordAt = [&](qsizetype at) {
        return at >= 0 && at < text.size() && text[at].isLetterOrNumber();
    };
    whosaid::Span best;
    int bestDistance = 0;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        const whosaid::Span span{static_cast<int32_t>(at),
                                 static_cast<int32_t>(at + needle.size())};
        if (wordAt(at - 1) || wordAt(span.end) || near.contains(span) || !freeForMention(span))
            continue;
        const int distance = span.end <= near.start ? near.start - span.end : span.start - near.end;
        if (best.empty() || distance < bestDistance) {
            best = span;
            bestDistance = distance;
        }
    }
    return best;
}

Result CorrectionBuilder::addNewSource(int quote, const QString& name) const {
    const whosaid::Span span = newSourceMention(quote, name);
    if (span.empty())
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddSource;
    c.quote = whosaid::anchor_at(article_->document(), article_->quote(quote).span);
    c.actor.mention = whosaid::anchor_at(article_->document(), span);
    c.actor.name = name.simplified().toStdU16String();
    return c;
}

Result CorrectionBuilder::removeSource(int quote, int source) const {
    if (!validQuote(quote) || source < 0 ||
        source >= static_cast<int>(article_->quote(quote).sources.size()))
        return std::nullopt;
    const int entity =
        article_->entityIndex(article_->quote(quote).sources[static_cast<size_t>(source)].entity);
    if (entity < 0)
        return std::nullopt;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::RemoveSource;
    c.quote = whosaid::anchor_at(article_->document(), article_->quote(quote).span);
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    return c;
}
