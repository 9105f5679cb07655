#include "actors/fixture_clubs.h"

#include <algorithm>
#include <vector>

namespace whosaid::actors {

namespace {

bool is_space(char16_t c) {
    return c == u' ' || c == u'\u00a0' || c == u'\u202f';
}

bool is_dash(char16_t c) {
    return c == u'-' || c == u'\u2013' || c == u'\u2014';
}

// The gap between two names with its spaces trimmed.
std::u16string_view trimmed(std::u16string_view gap) {
    while (!gap.empty() && is_space(gap.front()))
        gap.remove_prefix(1);
    while (!gap.empty() && is_space(gap.back()))
        gap.remove_suffix(1);
    return gap;
}

// "PSG - Montpellier", "Rennes–Lorient": one dash between the two sides.
bool is_fixture_joint(std::u16string_view gap) {
    const std::u16string_view inner = trimmed(gap);
    return inner.size() == 1 && is_dash(inner.front());
}

// "X - Y et Z - W", "X-Y, Z-W", "X-Y and Z-W": fixtures listed together.
bool is_list_joint(std::u16string_view gap) {
    const std::u16string_view inner = trimmed(gap);
    return inner == u"," || inner == u"et" || inner == u"and" || inner == u"ou" || inner == u"or";
}

// A city or an organization of the lexicon, or a club already read from a fixture written
// as one word ("PSG-Montpellier": an organization of one word by pattern).
bool is_side(const ActorLexicon& lexicon, const RawMention& mention) {
    if (mention.is_description() || mention.attach_to >= 0)
        return false;
    if (mention.known_entity >= 0)
        return mention.kind == EntityKind::Organization ||
               (mention.kind == EntityKind::Place && lexicon.entity(mention.known_entity).city);
    return mention.kind == EntityKind::Organization && mention.certainty == Certainty::Pattern &&
           mention.words.size() == 1;
}

} // namespace

void name_fixture_clubs(const ActorLexicon& lexicon, std::u16string_view text,
                        RawMentionList& mentions) {
    // Mentions followed by a dash: most articles have none, and the pass ends here.
    std::vector<size_t> order;
    for (size_t m = 0; m < mentions.size(); ++m) {
        const RawMention& mention = mentions[m];
        if (!is_side(lexicon, mention))
            continue;
        size_t k = static_cast<size_t>(mention.span.end);
        while (k < text.size() && is_space(text[k]))
            ++k;
        const bool dash_after = k < text.size() && is_dash(text[k]);
        size_t b = static_cast<size_t>(mention.span.start);
        while (b > 0 && is_space(text[b - 1]))
            --b;
        const bool dash_before = b > 0 && is_dash(text[b - 1]);
        if (dash_after || dash_before)
            order.push_back(m);
    }
    if (order.size() < 2)
        return;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return mentions[a].span.start < mentions[b].span.start; });
    const auto gap = [&](size_t a, size_t b) {
        const int32_t end = mentions[a].span.end;
        const int32_t start = mentions[b].span.start;
        if (start < end || start - end > 6)
            return std::u16string_view();
        return text.substr(static_cast<size_t>(end), static_cast<size_t>(start - end));
    };
    // Runs of fixtures: pairs joined by a dash, pairs joined to each other by a list joint.
    size_t k = 0;
    while (k + 1 < order.size()) {
        if (!is_fixture_joint(gap(order[k], order[k + 1]))) {
            ++k;
            continue;
        }
        const size_t run_start = k;
        size_t run_end = k + 2; // one past the last side
        while (run_end + 1 < order.size() &&
               is_list_joint(gap(order[run_end - 1], order[run_end])) &&
               is_fixture_joint(gap(order[run_end], order[run_end + 1])))
            run_end += 2;
        const bool club =
            std::any_of(order.begin() + static_cast<std::ptrdiff_t>(run_start),
                        order.begin() + static_cast<std::ptrdiff_t>(run_end),
                        [&](size_t m) { return mentions[m].kind == EntityKind::Organization; });
        if (club)
            for (size_t r = run_start; r < run_end; ++r) {
                RawMention& side = mentions[order[r]];
                if (side.kind != EntityKind::Place)
                    continue;
                side.kind = EntityKind::Organization;
                side.certainty = Certainty::Pattern;
                side.known_entity = -1;
            }
        k = run_end;
    }
}

} // namespace whosaid::actors
