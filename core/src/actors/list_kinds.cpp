#include "actors/list_kinds.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace whosaid::actors {

namespace {

bool is_list_joint(std::u16string_view key) {
    return key == u"," || key == u"et" || key == u"ou" || key == u"and" || key == u"or";
}

// "et de", "and in": a preposition repeated after a conjunction.
bool is_repeated_preposition(std::u16string_view key) {
    return key == u"de" || key == u"d" || key == u"'" || key == u"du" || key == u"a" ||
           key == u"en" || key == u"in" || key == u"at" || key == u"from";
}

// "de Blida jusqu'à Alger", "from Iloilo to Kalibo": a route, whose ends are places.
bool is_route_joint(std::u16string_view key) {
    return key == u"a" || key == u"jusqu" || key == u"'" || key == u"to";
}

// How tokens [end, next) join two names of one sentence.
enum class Joint { None, Comma, Conjunction };

// A comma, a conjunction (with a repeated preposition), or the middle of a route; first is
// the first token of the earlier name.
Joint joint_between(const TokenStream& tokens, size_t first, size_t end, size_t next) {
    if (next <= end || next - end > 3 || !tokens.same_sentence(end, next))
        return Joint::None;
    bool comma = false;
    bool conjunction = false;
    bool route_only = true;
    for (size_t k = end; k < next; ++k) {
        const std::u16string_view key = tokens.key(k);
        if (key == u",") {
            comma = true;
            route_only = false;
        } else if (is_list_joint(key)) {
            conjunction = true;
            route_only = false;
        } else if (!is_route_joint(key) && !(conjunction && is_repeated_preposition(key))) {
            return Joint::None;
        }
    }
    const bool from =
        first > 0 &&
        (tokens.key_is(first - 1, u"de") || tokens.key_is(first - 1, u"from") ||
         (tokens.key_is(first - 1, u"'") && first > 1 && tokens.key_is(first - 2, u"d")));
    if (conjunction || (route_only && from))
        return Joint::Conjunction;
    return comma ? Joint::Comma : Joint::None;
}

} // namespace

void share_list_kinds(const TokenStream& tokens, RawMentionList& mentions) {
    std::vector<size_t> order;
    order.reserve(mentions.size());
    for (size_t m = 0; m < mentions.size(); ++m)
        if (!mentions[m].is_description())
            order.push_back(m);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return mentions[a].span.start < mentions[b].span.start;
    });
    size_t run_start = 0;
    bool run_has_conjunction = false; // "X, Y" alone may be a name and its apposition
    for (size_t k = 0; k <= order.size(); ++k) {
        Joint joint = Joint::None;
        if (k > 0 && k < order.size()) {
            const RawMention& previous = mentions[order[k - 1]];
            const RawMention& current = mentions[order[k]];
            if (current.span.start >= previous.span.end)
                joint = joint_between(tokens, tokens.first_from(previous.span.start),
                                      tokens.first_from(previous.span.end),
                                      tokens.first_from(current.span.start));
        }
        if (joint != Joint::None || k == 0) {
            run_has_conjunction = run_has_conjunction || joint == Joint::Conjunction;
            continue;
        }
        // The run [run_start, k) is one list: the one kind its sure names share, if any.
        int sure_kinds = 0; // bits of EntityKind
        for (size_t r = run_start; r < k; ++r) {
            const RawMention& mention = mentions[order[r]];
            if (mention.certainty != Certainty::Guess)
                sure_kinds |= 1 << static_cast<int>(mention.kind);
        }
        const int person = 1 << static_cast<int>(EntityKind::Person);
        const bool one_kind = sure_kinds != 0 && (sure_kinds & (sure_kinds - 1)) == 0;
        if (k - run_start >= 2 && run_has_conjunction && one_kind && sure_kinds != person) {
            int kind = 0;
            while (!(sure_kinds & (1 << kind)))
                ++kind;
            for (size_t r = run_start; r < k; ++r) {
                RawMention& mention = mentions[order[r]];
                if (mention.certainty == Certainty::Guess && mention.kind == EntityKind::Person &&
                    !mention.given_name_first) {
                    mention.kind = static_cast<EntityKind>(kind);
                    mention.certainty = Certainty::Pattern;
                    if (mention.form == MentionForm::Surname)
                        mention.form = MentionForm::Name;
                }
            }
        }
        run_start = k;
        run_has_conjunction = false;
    }
}

} // namespace whosaid::actors
