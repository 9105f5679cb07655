#include "quotes/speaker_group_reader.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxMembers = 6;    // "A, B, C, D, E et F": longer lists are not a subject
constexpr int kMaxMentionsBack = 40; // mentions read back for a plural pronoun's group
constexpr int kPronounSentences = 1; // sentences before the pronoun's own that are read

bool is_and(const Token& t) {
    return t.word && one_of(t.folded(), {u"et", u"and"});
}

// A member of a chain, with the separator before it (none for the first).
struct Link {
    const IndexedMention* mention = nullptr;
    bool after_and = false;
};

} // namespace

bool SpeakerGroupReader::same_kind(int32_t a, int32_t b) const {
    const EntityKind ka = view_.doc().entities[static_cast<size_t>(a)].kind;
    const EntityKind kb = view_.doc().entities[static_cast<size_t>(b)].kind;
    return ka == kb && (ka == EntityKind::Person || ka == EntityKind::Organization) && a != b;
}

const IndexedMention* SpeakerGroupReader::member_ending_before(size_t k) const {
    if (k == 0 || k > view_.size())
        return nullptr;
    const Token& last = view_.token(k - 1);
    if (!last.word || view_.quote_of(k - 1) >= 0)
        return nullptr;
    const IndexedMention* m = view_.mention_covering(last.span);
    return m && m->span.end == last.span.end ? m : nullptr;
}

std::optional<SpeakerGroup> SpeakerGroupReader::around(Span mention) const {
    const IndexedMention* own = view_.mention_covering(mention);
    if (!own || own->span.start != mention.start)
        return std::nullopt;
    const EntityKind kind = view_.doc().entities[static_cast<size_t>(own->entity)].kind;
    if (kind != EntityKind::Person && kind != EntityKind::Organization)
        return std::nullopt;
    // The chain of members side by side: left of own, then own, then right of it.
    std::vector<Link> left;
    size_t k = view_.token_from(own->span.start);
    bool after_and = false;
    while (left.size() < kMaxMembers && k >= 2) {
        size_t sep = k - 1;
        const bool and_word = is_and(view_.token(sep));
        if (!and_word && !is_punct(view_.token(sep), u","))
            break;
        if (and_word && sep > 0 && is_punct(view_.token(sep - 1), u","))
            --sep; // "A, B, and C"
        const IndexedMention* m = member_ending_before(sep);
        if (!m || !same_kind(m->entity, own->entity))
            break;
        left.push_back({m, false});
        // The separator belongs to the member on its right.
        (left.size() == 1 ? after_and : left[left.size() - 2].after_and) = and_word;
        k = view_.token_from(m->span.start);
    }
    std::vector<Link> chain(left.rbegin(), left.rend());
    const size_t own_at = chain.size();
    chain.push_back({own, after_and});
    k = view_.token_from(own->span.end);
    while (chain.size() < 2 * kMaxMembers && k + 1 < view_.size()) {
        size_t next = k;
        bool and_word = is_and(view_.token(next));
        if (!and_word && !is_punct(view_.token(next), u","))
            break;
        ++next;
        if (!and_word && next < view_.size() && is_and(view_.token(next))) {
            and_word = true;
            ++next;
        }
        if (next >= view_.size() || view_.quote_of(next) >= 0)
            break;
        const IndexedMention* m = view_.mention_starting(view_.token(next).span.start);
        if (!m || !same_kind(m->entity, own->entity))
            break;
        chain.push_back({m, and_word});
        k = view_.token_from(m->span.end);
    }
    // The group runs from the first member the commas reach to the member after the first
    // "et": "A, B et C"; "A et B, C" keeps A and B.
    size_t last = chain.size();
    for (size_t i = 1; i < chain.size() && last == chain.size(); ++i)
        if (chain[i].after_and)
            last = i;
    if (last == chain.size() || own_at > last)
        return std::nullopt;
    size_t first = last;
    while (first > 0 && (first == last || !chain[first].after_and))
        --first;
    if (first > own_at)
        return std::nullopt;
    SpeakerGroup group;
    for (size_t i = first; i <= last; ++i) {
        for (int32_t seen : group.entities)
            if (seen == chain[i].mention->entity)
                return std::nullopt; // "Roy et Roy": one actor twice is no group
        group.entities.push_back(chain[i].mention->entity);
        group.mentions.push_back(chain[i].mention->span);
    }
    group.span = {chain[first].mention->span.start, chain[last].mention->span.end};
    return group;
}

std::optional<SpeakerGroup> SpeakerGroupReader::latest_before(int32_t position) const {
    const int sentence = view_.sentence_at(position);
    if (sentence < 0)
        return std::nullopt;
    const int from = std::max(0, sentence - kPronounSentences);
    const int32_t begin = view_.doc().sentences[static_cast<size_t>(from)].start;
    const int paragraph = view_.doc().paragraph_at(position);
    const auto range = view_.mentions_in(begin, position);
    int read = 0;
    for (auto it = range.end(); it != range.begin() && read < kMaxMentionsBack; ++read) {
        --it;
        const IndexedMention& m = *it;
        if (view_.doc().paragraph_at(m.span.start) != paragraph ||
            view_.inside_quote(m.span.start) ||
            view_.doc().entities[static_cast<size_t>(m.entity)].kind != EntityKind::Person)
            continue;
        // Only mentions of tokenized text can be read as a chain.
        const size_t at = view_.token_from(m.span.start);
        if (at >= view_.size() || view_.token(at).span.start != m.span.start)
            continue;
        if (auto group = around(m.span))
            return group;
    }
    return std::nullopt;
}

bool SpeakerGroupReader::plural_cue(const CueMatch& cue) const {
    if (view_.doc().language == "en")
        return true;
    if (cue.pronoun_plural)
        return true;
    // French third persons plural end in "-nt" ("ont", "disent", "affirmaient", "diront");
    // singular forms in "-ient" ("soutient", "prévient") do not count, "-aient" does.
    for (size_t k = cue.first; k <= cue.last && k < view_.size(); ++k) {
        const std::u16string_view w = view_.token(k).folded();
        if (w.size() < 3 || !w.ends_with(u"nt"))
            continue;
        if (w.ends_with(u"ient") && !w.ends_with(u"aient"))
            continue;
        if (view_.token(k).is(WordClass::kAdverb) || one_of(w, {u"dont", u"comment"}))
            continue; // "notamment", "publiquement"
        return true;
    }
    return false;
}

size_t SpeakerGroupReader::numbered_reference(size_t i, size_t limit) const {
    if (i + 1 >= limit)
        return i;
    const std::u16string_view a = view_.token(i).folded();
    const std::u16string_view b = view_.token(i + 1).folded();
    if (one_of(a, {u"les", u"the", u"tous", u"toutes", u"all"}) &&
        one_of(b, {u"deux", u"trois", u"two", u"three"}))
        return i + 2;
    if (a == u"both")
        return i + 1;
    return i;
}

} // namespace whosaid::quotes
