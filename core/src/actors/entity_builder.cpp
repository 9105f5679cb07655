#include "actors/entity_builder.h"

#include <algorithm>
#include <tuple>

namespace whosaid::actors {

namespace {

std::u16string_view slice(std::u16string_view text, Span span) {
    return text.substr(static_cast<size_t>(span.start), static_cast<size_t>(span.length()));
}

// Views in, so that a string is built only for a value the list takes.
void add_unique(std::vector<std::u16string>& list, std::u16string_view value,
                std::u16string_view name) {
    if (!value.empty() && value != name && std::find(list.begin(), list.end(), value) == list.end())
        list.emplace_back(value);
}

} // namespace

std::vector<Entity> build_entities(const ActorLexicon& lexicon, std::u16string_view text,
                                   const RawMentionList& mentions,
                                   const std::vector<MentionGroup>& groups) {
    std::vector<Entity> entities;
    entities.reserve(groups.size());
    for (const MentionGroup& group : groups) {
        Entity entity;
        entity.kind = group.kind;
        // The fullest name: most words, then longest; acronyms only when nothing else. Of two
        // names as long, one opening a sentence may hold a common word ("Oceanographer
        // Varathan" beside "Ravi Varathan"): the other is the name.
        const RawMention* best = nullptr;
        int32_t known = -1;
        for (size_t m : group.members) {
            const RawMention& mention = mentions[m];
            if (mention.known_entity >= 0)
                known = mention.known_entity;
            if (mention.is_description())
                continue;
            auto rank = [](const RawMention& r) {
                return std::make_tuple(r.form != MentionForm::Acronym, r.words.size(),
                                       !r.initial_chain, r.name_span.length());
            };
            if (best == nullptr || rank(mention) > rank(*best))
                best = &mention;
        }
        entity.name = std::u16string(slice(text, best->name_span));
        for (size_t m : group.members) {
            const RawMention& mention = mentions[m];
            if (!mention.is_description()) {
                add_unique(entity.aliases, slice(text, mention.name_span), entity.name);
                if (mention.honorific)
                    add_unique(entity.aliases, slice(text, mention.span), entity.name);
            }
            add_unique(entity.roles, mention.role_text, {});
            if (entity.mentions.empty() || !(entity.mentions.back().span == mention.span))
                entity.mentions.push_back(Mention{mention.span, mention.form});
        }
        if (known >= 0) {
            const KnownEntity& lexicon_entity = lexicon.entity(known);
            // "au Monde" names "Le Monde".
            if (lexicon_entity.name.size() > entity.name.size() &&
                lexicon_entity.name.ends_with(u" " + entity.name))
                entity.name = lexicon_entity.name;
            add_unique(entity.aliases, lexicon_entity.name, entity.name);
            for (const std::u16string& form : lexicon_entity.forms)
                if (entity.aliases.size() < 8)
                    add_unique(entity.aliases, form, entity.name);
        }
        std::sort(entity.mentions.begin(), entity.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.span < b.span; });
        entity.mentions.erase(
            std::unique(entity.mentions.begin(), entity.mentions.end(),
                        [](const Mention& a, const Mention& b) { return a.span == b.span; }),
            entity.mentions.end());
        entities.push_back(std::move(entity));
    }
    return entities;
}

} // namespace whosaid::actors
