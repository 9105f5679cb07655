#include "corrections/document_editor.h"

#include "whosaid/attribution_rule.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <limits>
#include <map>

namespace whosaid::corrections {

namespace {

bool has_mention(const Entity& entity, Span span) {
    return std::any_of(entity.mentions.begin(), entity.mentions.end(),
                       [span](const Mention& m) { return m.span == span; });
}

void add_unique(std::vector<std::u16string>& list, const std::u16string& item,
                const std::u16string& except) {
    if (!item.empty() && item != except && std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

bool is_space(char16_t c) {
    return c == u' ' || c == u'\u00A0' || c == u'\u202F';
}

bool is_quotation_mark(char16_t c) {
    return c == u'"' || c == u'\u00AB' || c == u'\u00BB' || c == u'\u201C' || c == u'\u201D' ||
           c == u'\u201E' || c == u'\u2018' || c == u'\u2019' || c == u'\'';
}

// The words plus the quotation marks around them, when the text has them.
Span with_marks(std::u16string_view text, Span span) {
    int32_t start = span.start;
    while (start > 0 && is_space(text[static_cast<size_t>(start - 1)]))
        --start;
    int32_t end = span.end;
    while (static_cast<size_t>(end) < text.size() && is_space(text[static_cast<size_t>(end)]))
        ++end;
    const bool open = start > 0 && is_quotation_mark(text[static_cast<size_t>(start - 1)]);
    const bool close =
        static_cast<size_t>(end) < text.size() && is_quotation_mark(text[static_cast<size_t>(end)]);
    if (!open || !close)
        return span;
    return Span{start - 1, end + 1};
}

} // namespace

bool names_entity(const Entity& entity, const std::u16string& folded) {
    if (fold_for_matching(entity.name) == folded)
        return true;
    return std::any_of(entity.aliases.begin(), entity.aliases.end(),
                       [&](const std::u16string& a) { return fold_for_matching(a) == folded; });
}

Entity* DocumentEditor::entity(const std::string& id) {
    auto it = std::find_if(doc_.entities.begin(), doc_.entities.end(),
                           [&](const Entity& e) { return e.id == id; });
    return it == doc_.entities.end() ? nullptr : &*it;
}

Entity* DocumentEditor::entity_mentioned_at(Span span) {
    Entity* overlapping = nullptr;
    int overlaps = 0;
    for (Entity& entity : doc_.entities) {
        for (const Mention& mention : entity.mentions) {
            if (mention.span == span)
                return &entity;
            if (mention.span.overlaps(span) && overlapping != &entity) {
                overlapping = &entity;
                ++overlaps;
            }
        }
    }
    return overlaps == 1 ? overlapping : nullptr;
}

Quote* DocumentEditor::quote_at(Span span) {
    for (Quote& quote : doc_.quotes)
        if (quote.span == span || quote.marks == span)
            return &quote;
    Quote* overlapping = nullptr;
    int overlaps = 0;
    for (Quote& quote : doc_.quotes) {
        if (quote.span.overlaps(span)) {
            overlapping = &quote;
            ++overlaps;
        }
    }
    return overlaps == 1 ? overlapping : nullptr;
}

std::string DocumentEditor::add_entity(EntityKind kind, std::u16string name) {
    Entity entity;
    // '+' never starts an analyzer id, so provisional ids cannot collide with them.
    entity.id = "+" + std::to_string(++provisional_ids_);
    entity.kind = kind;
    entity.name = std::move(name);
    entity.corrected = true;
    doc_.entities.push_back(std::move(entity));
    return doc_.entities.back().id;
}

void DocumentEditor::move_mention(Span span, const std::string& to, MentionForm form) {
    std::string from;
    for (Entity& entity : doc_.entities) {
        auto it = std::find_if(entity.mentions.begin(), entity.mentions.end(),
                               [span](const Mention& m) { return m.span == span; });
        if (it == entity.mentions.end())
            continue;
        if (entity.id == to)
            return;
        form = it->form;
        entity.mentions.erase(it);
        entity.corrected = true;
        from = entity.id;
        break;
    }
    Entity* target = entity(to);
    target->mentions.push_back(Mention{span, form});
    target->corrected = true;
    for (Quote& quote : doc_.quotes) {
        const bool names_member = quote.speaker && std::find(quote.speaker->mentions.begin(),
                                                             quote.speaker->mentions.end(),
                                                             span) != quote.speaker->mentions.end();
        if (quote.speaker && (quote.speaker->mention == span || names_member) &&
            quote.speaker->includes(from)) {
            quote.speaker->replace_entity(from, to);
            quote.corrected = true;
            quote.verified = false; // the mention names someone else than the one confirmed
        }
        for (QuoteSource& source : quote.sources)
            if (source.mention == span && source.entity == from)
                source.entity = to;
    }
    if (doc_.dateline && doc_.dateline->agency_mention == span && doc_.dateline->agency == from)
        doc_.dateline->agency = to;
    if (!from.empty() && entity(from)->mentions.empty())
        remove_entity(from);
}

bool DocumentEditor::remove_mention(Span span) {
    for (Entity& entity : doc_.entities) {
        auto it = std::find_if(entity.mentions.begin(), entity.mentions.end(),
                               [span](const Mention& m) { return m.span == span; });
        if (it == entity.mentions.end())
            continue;
        entity.mentions.erase(it);
        entity.corrected = true;
        if (entity.mentions.empty())
            remove_entity(entity.id);
        return true;
    }
    return false;
}

void DocumentEditor::merge(const std::string& kept, const std::string& merged) {
    if (kept == merged)
        return;
    Entity* target = entity(kept);
    Entity* source = entity(merged);
    for (const Mention& mention : source->mentions)
        if (!has_mention(*target, mention.span))
            target->mentions.push_back(mention);
    add_unique(target->aliases, source->name, target->name);
    for (const std::u16string& alias : source->aliases)
        add_unique(target->aliases, alias, target->name);
    for (const std::u16string& role : source->roles)
        add_unique(target->roles, role, {});
    if (target->gender == Gender::Unknown)
        target->gender = source->gender;
    target->corrected = true;
    source->mentions.clear();
    replace_references(merged, kept);
    remove_entity(merged);
}

void DocumentEditor::rename(Entity& entity, std::u16string name) {
    if (entity.name == name)
        return;
    std::erase(entity.aliases, name);
    add_unique(entity.aliases, entity.name, name);
    entity.name = std::move(name);
    entity.corrected = true;
}

void DocumentEditor::replace_references(const std::string& from, const std::string& to) {
    for (Quote& quote : doc_.quotes) {
        if (quote.speaker && quote.speaker->includes(from)) {
            quote.speaker->replace_entity(from, to);
            quote.corrected = true;
        }
        for (QuoteSource& source : quote.sources)
            if (source.entity == from)
                source.entity = to;
        // Two sources that now name one medium are one source.
        std::vector<QuoteSource> unique;
        for (const QuoteSource& source : quote.sources)
            if (std::none_of(unique.begin(), unique.end(),
                             [&](const QuoteSource& s) { return s.entity == source.entity; }))
                unique.push_back(source);
        quote.sources = std::move(unique);
    }
    if (doc_.dateline && doc_.dateline->agency == from)
        doc_.dateline->agency = to;
}

// The entity is gone from the article: quotes it spoke lose their speaker, sources through it
// are dropped.
void DocumentEditor::remove_entity(const std::string& id) {
    for (Quote& quote : doc_.quotes) {
        if (quote.speaker && quote.speaker->includes(id)) {
            // One of a group leaves it; an actor speaking alone leaves no speaker.
            if (!quote.speaker->drop_entity(id))
                quote.speaker.reset();
            quote.corrected = true;
            quote.verified = false;
        }
        const size_t removed = std::erase_if(
            quote.sources, [&](const QuoteSource& source) { return source.entity == id; });
        if (removed > 0)
            quote.corrected = true;
    }
    if (doc_.dateline && doc_.dateline->agency == id) {
        doc_.dateline->agency.clear();
        doc_.dateline->agency_mention = {};
    }
    std::erase_if(doc_.entities, [&](const Entity& e) { return e.id == id; });
}

void DocumentEditor::remove_quote(const Quote& quote) {
    const std::string id = quote.id;
    std::erase_if(doc_.quotes, [&](const Quote& q) { return q.id == id; });
}

Quote& DocumentEditor::add_quote(Span span, QuoteKind kind) {
    Quote quote;
    quote.id = "+q" + std::to_string(++provisional_ids_);
    quote.span = span;
    quote.marks = kind == QuoteKind::Indirect ? span : with_marks(doc_.text, span);
    quote.kind = kind;
    quote.rule = rule::user;
    quote.confidence = 1.0;
    quote.corrected = true;
    doc_.quotes.push_back(std::move(quote));
    return doc_.quotes.back();
}

void DocumentEditor::finish() {
    constexpr int32_t no_mention = std::numeric_limits<int32_t>::max();
    for (Entity& entity : doc_.entities)
        std::sort(entity.mentions.begin(), entity.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.span < b.span; });
    auto first = [&](const Entity& e) {
        return e.mentions.empty() ? no_mention : e.mentions.front().span.start;
    };
    std::stable_sort(doc_.entities.begin(), doc_.entities.end(),
                     [&](const Entity& a, const Entity& b) { return first(a) < first(b); });
    std::map<std::string, std::string> entity_ids;
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
        std::string fresh = "e" + std::to_string(i + 1);
        entity_ids[doc_.entities[i].id] = fresh;
        doc_.entities[i].id = std::move(fresh);
    }
    auto renamed = [&](std::string& id) {
        if (auto it = entity_ids.find(id); it != entity_ids.end())
            id = it->second;
    };
    std::stable_sort(doc_.quotes.begin(), doc_.quotes.end(), [](const Quote& a, const Quote& b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
    });
    // A group is named by its first remaining piece (the writer shows an empty group as the
    // quote's own id).
    std::map<std::string, std::string> group_ids;
    for (size_t i = 0; i < doc_.quotes.size(); ++i) {
        Quote& quote = doc_.quotes[i];
        const std::string fresh = "q" + std::to_string(i + 1);
        const std::string& key = quote.group.empty() ? quote.id : quote.group;
        const std::string& first = group_ids.try_emplace(key, fresh).first->second;
        quote.group = first == fresh ? std::string() : first;
        quote.id = fresh;
        if (quote.speaker) {
            renamed(quote.speaker->entity);
            for (std::string& member : quote.speaker->entities)
                renamed(member);
        }
        for (QuoteSource& source : quote.sources)
            renamed(source.entity);
    }
    if (doc_.dateline)
        renamed(doc_.dateline->agency);
}

} // namespace whosaid::corrections
