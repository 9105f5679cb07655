#include "quotes/english_past_verb.h"

#include "quotes/word_class.h"

namespace whosaid::quotes {

bool english_past_verb(const Token& t) {
    if (t.is(WordClass::kIrregularPast))
        return true;
    // "-eed" ("speed", "need") and short words ("bed", "red") are nouns or adjectives.
    const std::u16string_view w = t.folded();
    return w.size() >= 5 && w.ends_with(u"ed") && !w.ends_with(u"eed") && w != u"hundred" &&
           w != u"kindred";
}

} // namespace whosaid::quotes
