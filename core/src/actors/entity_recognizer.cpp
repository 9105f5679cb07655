#include "whosaid/entity_recognizer.h"

#include "actors/actor_lexicon.h"
#include "actors/entity_builder.h"
#include "actors/entity_linker.h"
#include "actors/gender_guesser.h"
#include "actors/mention_finder.h"
#include "actors/token_stream.h"

#include <algorithm>

namespace whosaid {

struct EntityRecognizer::Impl {
    explicit Impl(std::string_view language) : lexicon(language) {}
    actors::ActorLexicon lexicon;
};

EntityRecognizer::EntityRecognizer(std::string_view language)
    : impl_(std::make_unique<Impl>(language == "fr" ? "fr" : "en")) {}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

void EntityRecognizer::recognize(Document& doc) const {
    const actors::ActorLexicon& lexicon = impl_->lexicon;
    actors::TokenStream tokens(doc.text, doc.sentences);
    lexicon.classify(tokens);
    const std::optional<Span> dateline =
        doc.dateline ? std::optional<Span>(doc.dateline->span) : std::nullopt;
    actors::RawMentionList mentions = actors::MentionFinder(lexicon, tokens, dateline).find();
    const std::vector<actors::MentionGroup> groups = actors::EntityLinker(lexicon).link(mentions);
    doc.entities = actors::build_entities(lexicon, doc.text, mentions, groups);
    const actors::GenderGuesser genders(lexicon, tokens, mentions, groups);
    for (size_t g = 0; g < groups.size(); ++g) {
        Entity& entity = doc.entities[g];
        entity.id = "e" + std::to_string(g + 1);
        if (entity.kind == EntityKind::Person)
            entity.gender = genders.guess(groups[g]);
    }
    if (!doc.dateline)
        return;
    doc.dateline->agency.clear();
    for (const Entity& entity : doc.entities) {
        if (entity.kind != EntityKind::Media)
            continue;
        const bool inside =
            std::any_of(entity.mentions.begin(), entity.mentions.end(),
                        [&](const Mention& m) { return doc.dateline->span.contains(m.span); });
        if (inside) {
            doc.dateline->agency = entity.id;
            break;
        }
    }
}

} // namespace whosaid
