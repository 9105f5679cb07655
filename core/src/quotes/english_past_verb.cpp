#include "quotes/english_past_verb.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

bool english_past_verb(std::u16string_view w) {
    // Irregular pasts of narration that are never nouns after a head ("left", "saw" and
    // "rose" are, so they are not here).
    if (one_of(w, {u"began",   u"sought",  u"took",   u"went",   u"came",   u"gave",   u"made",
                   u"spoke",   u"wrote",   u"got",    u"held",   u"kept",   u"stood",  u"ran",
                   u"brought", u"thought", u"found",  u"sent",   u"met",    u"won",    u"lost",
                   u"led",     u"paid",    u"struck", u"threw",  u"drew",   u"grew",   u"knew",
                   u"became",  u"chose",   u"fought", u"fell",   u"broke",  u"sat",    u"shook",
                   u"swore",   u"spent",   u"built",  u"bought", u"caught", u"taught", u"heard",
                   u"meant",   u"sold",    u"flew",   u"drove"}))
        return true;
    // "-eed" ("speed", "need") and short words ("bed", "red") are nouns or adjectives.
    return w.size() >= 5 && w.ends_with(u"ed") && !w.ends_with(u"eed") && w != u"hundred" &&
           w != u"kindred";
}

} // namespace whosaid::quotes
