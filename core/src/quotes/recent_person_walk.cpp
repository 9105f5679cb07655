#include "quotes/recent_person_walk.h"

namespace whosaid::quotes {

RecentPersonWalk::RecentPersonWalk(const DocumentView& view, int32_t before, int sentences_back,
                                   size_t max_read)
    : view_(view), before_(before), first_sentence_(view.sentence_at(before)),
      sentence_(first_sentence_), limit_(first_sentence_ - sentences_back), max_read_(max_read) {}

bool RecentPersonWalk::is_narrated_person(const IndexedMention& mention) const {
    const Entity& entity = view_.doc().entities[static_cast<size_t>(mention.entity)];
    return entity.kind == EntityKind::Person && !view_.inside_quote(mention.span.start);
}

} // namespace whosaid::quotes
