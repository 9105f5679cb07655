#include "corrections/corrections_applier.h"

#include "corrections/alias_merger.h"
#include "whosaid/attribution_rule.h"
#include "whosaid/unicode_text.h"

#include <algorithm>

namespace whosaid::corrections {

namespace {

Error stale(std::string message) {
    return Error{ErrorCode::InvalidArgument, std::move(message)};
}

// Whether a quotation's speaker is the one a person confirmed: the same actor (wherever it is
// named), the same anonymous description, or nobody for both.
bool same_speaker(const std::optional<Speaker>& current, const std::optional<Speaker>& confirmed) {
    if (!current || !confirmed)
        return !current && !confirmed;
    if (current->anonymous != confirmed->anonymous)
        return false;
    if (confirmed->anonymous)
        return current->description == confirmed->description;
    return current->entity == confirmed->entity;
}

} // namespace

std::optional<std::string> CorrectionApplier::apply(const Correction& c, bool& relocated) {
    relocated_ = false;
    std::optional<std::string> problem;
    switch (c.action) {
    case CorrectionAction::ReassignSpeaker:
        problem = reassign_speaker(c);
        break;
    case CorrectionAction::MergeActors:
        problem = merge_actors(c);
        break;
    case CorrectionAction::SplitMention:
        problem = split_mention(c);
        break;
    case CorrectionAction::RenameActor:
    case CorrectionAction::ChangeActorKind:
        problem = change_actor(c);
        break;
    case CorrectionAction::AddMention:
        problem = add_mention(c);
        break;
    case CorrectionAction::RemoveMention:
        problem = remove_mention(c);
        break;
    case CorrectionAction::NotAQuote:
        problem = not_a_quote(c);
        break;
    case CorrectionAction::AddQuote:
        problem = add_quote(c);
        break;
    case CorrectionAction::AddSource:
        problem = add_source(c);
        break;
    case CorrectionAction::RemoveSource:
        problem = remove_source(c);
        break;
    case CorrectionAction::ConfirmSpeaker:
        problem = confirm_speaker(c);
        break;
    }
    relocated = relocated_;
    return problem;
}

Result<Span> CorrectionApplier::locate(const TextAnchor& anchor, const char* what) {
    Result<Span> span = locator_.locate(anchor);
    if (!span)
        return stale(std::string(what) + ": " + span.error().message);
    if (span.value() != anchor.span)
        relocated_ = true;
    return span;
}

Result<Quote*> CorrectionApplier::find_quote(const TextAnchor& anchor) {
    Result<Span> span = locate(anchor, "quotation");
    if (!span)
        return span.error();
    Quote* quote = editor_.quote_at(span.value());
    if (!quote)
        return stale("quotation: the analysis finds no quotation at '" + to_utf8(anchor.text) +
                     "'");
    return quote;
}

Result<CorrectionApplier::Actor> CorrectionApplier::find_actor(const ActorRef& ref,
                                                               const char* what) {
    if (ref.mention) {
        Result<Span> span = locate(*ref.mention, what);
        if (!span)
            return span.error();
        const Entity* entity = editor_.entity_mentioned_at(span.value());
        if (!entity)
            return stale(std::string(what) + ": no actor is mentioned at '" +
                         to_utf8(ref.mention->text) + "'");
        return Actor{entity->id, span.value()};
    }
    const std::u16string folded = fold_for_matching(ref.name);
    const Entity* found = nullptr;
    for (const Entity& entity : doc_.entities) {
        if (!names_entity(entity, folded))
            continue;
        if (found)
            return stale(std::string(what) + ": several actors are named '" + to_utf8(ref.name) +
                         "'");
        found = &entity;
    }
    if (!found || ref.name.empty())
        return stale(std::string(what) + ": no actor is named '" + to_utf8(ref.name) + "'");
    return Actor{found->id, std::nullopt};
}

Result<std::optional<Speaker>> CorrectionApplier::find_speaker(const SpeakerChoice& choice) {
    switch (choice.kind) {
    case SpeakerChoice::Kind::Actor: {
        Result<Actor> actor = find_actor(choice.actor, "speaker");
        if (!actor)
            return actor.error();
        return std::optional<Speaker>(Speaker{actor.value().id, false, {}, actor.value().mention});
    }
    case SpeakerChoice::Kind::Anonymous:
        return std::optional<Speaker>(Speaker{{}, true, choice.description, std::nullopt});
    case SpeakerChoice::Kind::Unknown:
        break;
    }
    return std::optional<Speaker>();
}

std::optional<std::string> CorrectionApplier::reassign_speaker(const Correction& c) {
    Result<Quote*> quote = find_quote(c.quote);
    if (!quote)
        return quote.error().message;
    Result<std::optional<Speaker>> speaker = find_speaker(c.speaker);
    if (!speaker)
        return speaker.error().message;
    Quote& target = *quote.value();
    target.speaker = std::move(speaker.value());
    target.rule = rule::user;
    target.confidence = 1.0;
    target.corrected = true;
    // A person chose the speaker anew: the quotation is corrected, no longer merely confirmed.
    target.verified = false;
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::confirm_speaker(const Correction& c) {
    Result<Quote*> quote = find_quote(c.quote);
    if (!quote)
        return quote.error().message;
    Result<std::optional<Speaker>> speaker = find_speaker(c.speaker);
    if (!speaker)
        return speaker.error().message;
    Quote& target = *quote.value();
    // The person vouched for a speaker, not for whatever the analysis says today: when a
    // new analysis (or an earlier correction) gives the quotation another speaker, the
    // confirmed one is put back, as reassign-speaker would.
    if (!same_speaker(target.speaker, speaker.value())) {
        target.speaker = std::move(speaker.value());
        target.rule = rule::user;
        target.corrected = true;
    }
    target.confidence = 1.0;
    target.verified = true;
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::merge_actors(const Correction& c) {
    Result<Actor> kept = find_actor(c.actor, "actor");
    if (!kept)
        return kept.error().message;
    Result<Actor> merged = find_actor(c.other, "merged actor");
    if (!merged)
        return merged.error().message;
    editor_.merge(kept.value().id, merged.value().id);
    editor_.entity(kept.value().id)->corrected = true;
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::split_mention(const Correction& c) {
    Result<Span> span = locate(c.mention, "mention");
    if (!span)
        return span.error().message;
    const Entity* owner = editor_.entity_mentioned_at(span.value());
    const bool exact =
        owner && std::any_of(owner->mentions.begin(), owner->mentions.end(),
                             [&](const Mention& m) { return m.span == span.value(); });
    if (!exact)
        return "mention: no actor is mentioned exactly at '" + to_utf8(c.mention.text) + "'";
    const std::u16string name = c.name.empty() ? c.mention.text : c.name;
    const std::string fresh = editor_.add_entity(owner->kind, name);
    editor_.move_mention(span.value(), fresh);
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::change_actor(const Correction& c) {
    Result<Actor> actor = find_actor(c.actor, "actor");
    if (!actor)
        return actor.error().message;
    Entity& entity = *editor_.entity(actor.value().id);
    if (c.action == CorrectionAction::RenameActor) {
        if (c.name.empty())
            return std::string("name: empty");
        editor_.rename(entity, c.name);
    } else {
        entity.kind = c.entity_kind;
    }
    entity.corrected = true;
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::add_mention(const Correction& c) {
    Result<Span> span = locate(c.mention, "mention");
    if (!span)
        return span.error().message;
    std::string target;
    if (c.new_actor) {
        target = editor_.add_entity(c.entity_kind, c.name.empty() ? c.mention.text : c.name);
    } else {
        Result<Actor> actor = find_actor(c.actor, "actor");
        if (!actor)
            return actor.error().message;
        target = actor.value().id;
    }
    editor_.move_mention(span.value(), target);
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::remove_mention(const Correction& c) {
    Result<Span> span = locate(c.mention, "mention");
    if (!span)
        return span.error().message;
    if (!editor_.remove_mention(span.value()))
        return "mention: no actor is mentioned exactly at '" + to_utf8(c.mention.text) + "'";
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::not_a_quote(const Correction& c) {
    Result<Quote*> quote = find_quote(c.quote);
    if (!quote)
        return quote.error().message;
    editor_.remove_quote(*quote.value());
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::add_quote(const Correction& c) {
    Result<Span> span = locate(c.quote, "quotation");
    if (!span)
        return span.error().message;
    Result<std::optional<Speaker>> speaker = find_speaker(c.speaker);
    if (!speaker)
        return speaker.error().message;
    // A quotation the analysis already found at exactly these words is corrected in place.
    auto same = std::find_if(doc_.quotes.begin(), doc_.quotes.end(),
                             [&](const Quote& q) { return q.span == span.value(); });
    Quote& quote =
        same != doc_.quotes.end() ? *same : editor_.add_quote(span.value(), c.quote_kind);
    quote.kind = c.quote_kind;
    quote.speaker = std::move(speaker.value());
    quote.rule = rule::user;
    quote.confidence = 1.0;
    quote.corrected = true;
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::add_source(const Correction& c) {
    Result<Quote*> quote = find_quote(c.quote);
    if (!quote)
        return quote.error().message;
    Result<Actor> actor = find_actor(c.actor, "source");
    std::string id;
    Span mention;
    if (actor) {
        id = actor.value().id;
        const Entity& entity = *editor_.entity(id);
        mention = actor.value().mention.value_or(
            entity.mentions.empty() ? Span{} : entity.mentions.front().span);
    } else {
        // A medium the analysis missed: it becomes a media actor where the person pointed.
        if (!c.actor.mention)
            return actor.error().message;
        Result<Span> span = locate(*c.actor.mention, "source");
        if (!span || editor_.entity_mentioned_at(span.value()))
            return actor.error().message;
        mention = span.value();
        const std::u16string name = c.actor.name.empty() ? c.actor.mention->text : c.actor.name;
        id = editor_.add_entity(EntityKind::Media, name);
        editor_.move_mention(mention, id);
    }
    Quote& target = *quote.value();
    if (std::none_of(target.sources.begin(), target.sources.end(),
                     [&](const QuoteSource& s) { return s.entity == id; }))
        target.sources.push_back(QuoteSource{id, mention});
    target.corrected = true;
    return std::nullopt;
}

std::optional<std::string> CorrectionApplier::remove_source(const Correction& c) {
    Result<Quote*> quote = find_quote(c.quote);
    if (!quote)
        return quote.error().message;
    Result<Actor> actor = find_actor(c.actor, "source");
    if (!actor)
        return actor.error().message;
    Quote& target = *quote.value();
    if (std::erase_if(target.sources,
                      [&](const QuoteSource& s) { return s.entity == actor.value().id; }) == 0)
        return "source: the quotation does not come through '" + to_utf8(c.actor.name) + "'";
    target.corrected = true;
    return std::nullopt;
}

} // namespace whosaid::corrections

namespace whosaid {

ApplyReport apply_corrections(Document& doc, const CorrectionSet& corrections,
                              const AliasList& aliases) {
    ApplyReport report;
    corrections::DocumentEditor editor(doc);
    report.alias_merges = corrections::AliasMerger(aliases).apply(doc, editor);
    corrections::CorrectionApplier applier(doc, editor);
    for (size_t i = 0; i < corrections.items.size(); ++i) {
        const Correction& correction = corrections.items[i];
        bool relocated = false;
        if (std::optional<std::string> problem = applier.apply(correction, relocated))
            report.stale.push_back({i, correction.action, std::move(*problem)});
        else
            report.applied.push_back({i, correction.action, relocated});
    }
    editor.finish();
    return report;
}

} // namespace whosaid
