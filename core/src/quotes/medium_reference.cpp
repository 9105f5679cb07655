#include "quotes/medium_reference.h"

#include "quotes/token_tests.h"

#include <string>

namespace whosaid::quotes {

namespace {

constexpr int32_t kMaxDistance = 3000; // UTF-16 units back to the medium's name
constexpr int kMaxMentions = 40;       // mentions read back
constexpr int32_t kNounReach = 24;     // units before a medium's name where its noun stands

std::u16string lower_ascii(std::u16string_view text) {
    std::u16string out(text);
    for (char16_t& c : out)
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c - u'A' + u'a');
    return out;
}

} // namespace

int32_t referred_medium(const DocumentView& view, Span description) {
    size_t k = view.token_from(description.start);
    const size_t end = view.token_from(description.end);
    if (k >= end || !one_of(view.token(k).folded(), {u"le", u"la", u"l", u"the", u"ce", u"this"}))
        return -1;
    ++k;
    if (k < end && is_punct(view.token(k), u"'"))
        ++k;
    // "the news outlet", "the news network": "news" only qualifies the kind.
    if (k + 1 < end && view.token(k).folded() == u"news")
        ++k;
    // A word for a kind of medium right after the article, with at most one adjective after
    // it ("le quotidien américain", "the paper"); "le journaliste du quotidien" is a person,
    // "l'agence" may be a public agency.
    if (k >= end || end > k + 2 ||
        !one_of(view.token(k).folded(),
                {u"quotidien", u"journal", u"hebdomadaire", u"magazine", u"mensuel", u"chaine",
                 u"paper", u"newspaper", u"daily", u"weekly", u"network", u"broadcaster", u"outlet",
                 u"channel", u"tabloid"}))
        return -1;
    // "selon le quotidien Les Échos": a name right after the kind of medium (the phrase may
    // hold its article) is the medium.
    const int32_t after = end < view.size() ? view.token(end).span.start : description.end;
    for (const IndexedMention& named : view.mentions_in(view.token(k).span.end, after + 1))
        if (view.doc().entities[static_cast<size_t>(named.entity)].kind == EntityKind::Media)
            return named.entity;
    // "l'hebdomadaire Marianne … précise l'hebdomadaire": a medium once named with the same
    // noun wins over a later one ("à l'AFP"); else the last medium named.
    const std::u16string head = lower_ascii(view.doc().slice(view.token(k).span));
    const auto range =
        view.mentions_in(std::max(0, description.start - kMaxDistance), description.start);
    int32_t last = -1;
    int read = 0;
    for (auto it = range.end(); it != range.begin() && read < kMaxMentions; ++read) {
        --it;
        if (view.doc().entities[static_cast<size_t>(it->entity)].kind != EntityKind::Media ||
            view.in_dateline(it->span.start))
            continue;
        if (last < 0)
            last = it->entity;
        const int32_t from = std::max(0, it->span.start - kNounReach);
        if (lower_ascii(view.doc().slice({from, it->span.start})).find(head) !=
            std::u16string::npos)
            return it->entity;
    }
    return last;
}

} // namespace whosaid::quotes
