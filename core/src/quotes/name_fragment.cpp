#include "quotes/name_fragment.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

bool ends_longer_name(const DocumentView& view, Span span) {
    const size_t first = view.token_from(span.start);
    if (first < 2)
        return false;
    const Token& joint = view.token(first - 1);
    const Token& before = view.token(first - 2);
    // A capital function word between two capitalized words of one phrase: not a sentence
    // start (a word precedes it), not a title ("Secretary of State Kerry": "of" is lower case).
    return joint.word && joint.capitalized && before.word && before.capitalized &&
           (joint.is(WordClass::kPreposition | WordClass::kNegation) ||
            one_of(joint.folded(), {u"not", u"and", u"et", u"sans", u"contre", u"pour", u"against",
                                    u"without", u"for", u"of", u"the"}));
}

} // namespace whosaid::quotes
