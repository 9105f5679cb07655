#include "quotes/description_referent.h"

#include "quotes/dominant_entity.h"
#include "quotes/recent_person_walk.h"
#include "quotes/word_tokenizer.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMinProtagonistMentions = 4; // an actor named less is no story's subject
constexpr size_t kDominance = 2; // times more mentions than anyone else, to stand above
// Sentences before a description of an office in which the person it takes up may be named
// (a pronoun often stands between: "X a dit … Il veut … Le député estime …").
constexpr int kJustNamedSentences = 2;
constexpr size_t kJustNamedMentions = 64; // mentions read there, at most

bool is_person(const Entity& entity) {
    return entity.kind == EntityKind::Person;
}

// The actor of kind the article is about: named far more often than any other of its kind.
int32_t most_named(const std::vector<Entity>& entities, EntityKind kind) {
    std::vector<int32_t> of_kind;
    for (size_t e = 0; e < entities.size(); ++e)
        if (entities[e].kind == kind)
            of_kind.push_back(static_cast<int32_t>(e));
    return dominant_entity(entities, of_kind, kMinProtagonistMentions, kDominance);
}

} // namespace

DescriptionReferent::DescriptionReferent(const DocumentView& view, SpeakerLinker& linker,
                                         const SpeechCueLexicon& lexicon)
    : view_(view), linker_(linker), lexicon_(lexicon) {
    protagonist_ = most_named(view_.doc().entities, EntityKind::Person);
    organization_ = most_named(view_.doc().entities, EntityKind::Organization);
}

bool DescriptionReferent::holds_family(const Entity& entity, RoleFamily family) const {
    for (const std::u16string& role : entity.roles)
        for (const std::u16string& word : WordTokenizer::fold_phrase(role))
            if (lexicon_.role_noun(word).family == family)
                return true;
    return false;
}

bool DescriptionReferent::agrees(int32_t entity, Gender gender) const {
    const Gender g = linker_.gender(entity);
    return gender == Gender::Unknown || g == Gender::Unknown || g == gender;
}

int32_t DescriptionReferent::person_for(Span mention, std::u16string_view noun,
                                        Gender gender) const {
    // Only a noun that describes any holder of its family ("l'élu", "the lawmaker"): "le
    // ministre" is no description of a mayor.
    const RoleNoun role = lexicon_.role_noun(noun);
    if (role.family == RoleFamily::Office && !role.any_holder)
        return just_named(mention, gender);
    if (!role.any_holder)
        return -1;
    // The people named before the description whose known role is of its family: the only
    // one, or one named far more often than anyone else who holds a role at all ("le
    // leader syndical" is not the deputy when a union's secretary general was named too).
    const auto& entities = view_.doc().entities;
    int32_t best = -1;
    size_t best_count = 0, rival_count = 0;
    for (size_t e = 0; e < entities.size(); ++e) {
        const Entity& entity = entities[e];
        if (!is_person(entity) || entity.mentions.empty() || entity.roles.empty() ||
            entity.mentions.front().span.start >= mention.start ||
            !agrees(static_cast<int32_t>(e), gender))
            continue;
        const size_t count = entity.mentions.size();
        if (holds_family(entity, role.family) && count > best_count) {
            rival_count = std::max(rival_count, best_count);
            best_count = count;
            best = static_cast<int32_t>(e);
        } else {
            rival_count = std::max(rival_count, count);
        }
    }
    if (best >= 0)
        return best_count >= kDominance * rival_count ? best : -1;
    if (role.family == RoleFamily::Office && rival_count == 0)
        return just_named(mention, gender);
    // Nobody holds a defendant's role: in a trial story, the defendant is the person the
    // story is about, unless the article gives that person a part of the court.
    if (role.family != RoleFamily::Defendant || protagonist_ < 0)
        return -1;
    const Entity& subject = entities[static_cast<size_t>(protagonist_)];
    if (subject.mentions.front().span.start >= mention.start ||
        holds_family(subject, RoleFamily::Court) || !agrees(protagonist_, gender))
        return -1;
    return protagonist_;
}

int32_t DescriptionReferent::just_named(Span mention, Gender gender) const {
    // Wire copy names a person, then takes up an office for the next words ("…, a annoncé
    // Paul Roy. «…», a ajouté le ministre"): when the nearest sentence naming anyone (the
    // description's own, or one of the two before it) names one person only, and the article
    // said nothing of that person's role, the office is that person's. A person with a known
    // role is someone else's colleague, not this office.
    int32_t found = -1;
    bool several = false;
    const auto visit = [&](const IndexedMention& candidate) {
        if (candidate.entity == found)
            return true;
        several = found >= 0; // two people: the office may be either's, or a third's
        found = candidate.entity;
        return !several;
    };
    RecentPersonWalk walk(view_, mention.start, kJustNamedSentences, kJustNamedMentions);
    while (found < 0 && walk.next_sentence(visit)) {
    }
    if (several || walk.overflowed())
        return -1;
    if (found < 0 || !view_.doc().entities[static_cast<size_t>(found)].roles.empty() ||
        !agrees(found, gender))
        return -1;
    return found;
}

int32_t DescriptionReferent::organization_for(Span mention, std::u16string_view noun) const {
    if (organization_ < 0 || !lexicon_.main_organization_noun(noun))
        return -1;
    const Entity& subject = view_.doc().entities[static_cast<size_t>(organization_)];
    return subject.mentions.front().span.start < mention.start ? organization_ : -1;
}

} // namespace whosaid::quotes
