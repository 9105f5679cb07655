#include "segment/segmenter_chars.h"
#include "segment/sentence_break_rules.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <memory>
#include <random>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <vector>

using namespace whosaid;
using whosaid::segment::SentenceBreakRules;

namespace {

// The breaks before the end of `text` that ICU's sentence iterator reports: the answer
// SentenceBreakRules must give.
class IcuSentenceBreaks {
public:
    explicit IcuSentenceBreaks(const char* locale) {
        UErrorCode status = U_ZERO_ERROR;
        iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale), status));
        REQUIRE(U_SUCCESS(status));
    }

    std::vector<int32_t> operator()(const std::u16string& text) {
        UErrorCode status = U_ZERO_ERROR;
        UText utext = UTEXT_INITIALIZER;
        utext_openUChars(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
        iterator_->setText(&utext, status);
        std::vector<int32_t> breaks;
        iterator_->first();
        for (int32_t at = iterator_->next();
             at != icu::BreakIterator::DONE && at < static_cast<int32_t>(text.size());
             at = iterator_->next())
            breaks.push_back(at);
        utext_close(&utext);
        return breaks;
    }

private:
    std::unique_ptr<icu::BreakIterator> iterator_;
};

// One character of every Sentence_Break class the rules cover, several for the classes
// news copy is made of: letters of both cases and uncased (ª, 中), digits, terminators
// (. ? ! ․ ｡ ⸮), closing marks and quotes, spaces (no-break ones too), continuations,
// and the line breaks that the rules read as spaces.
const std::u16string kCovered = u"aZé\u00AA\u4E00\u0130 1\u0660.?!\u2024\uFF61\u2E2E)(»«’\"',;:-–—…"
                                u"\u00A0\u202F\t\u000B%\n\r\u0085\u2028\u2029";
// Characters the rules decline: Extend, Format, a surrogate pair's halves.
const std::u16string kDeclined = u"\u0301\u00AD\u200D\xD83D\xDE00";

std::u16string random_string(std::mt19937& random, const std::u16string& alphabet, size_t longest) {
    std::u16string text(1 + random() % longest, u' ');
    for (char16_t& c : text)
        c = alphabet[random() % alphabet.size()];
    return text;
}

// Compares the rules with ICU on `text` read with its line breaks as spaces; returns
// whether the rules answered.
bool agrees_with_icu(IcuSentenceBreaks& icu, const std::u16string& text) {
    std::vector<int32_t> breaks;
    if (!SentenceBreakRules().find(text, breaks))
        return false;
    std::u16string unwrapped = text;
    for (char16_t& c : unwrapped)
        if (segment::chars::is_line_break(c))
            c = u' ';
    const std::vector<int32_t> expected = icu(unwrapped);
    INFO(to_utf8(text));
    REQUIRE(breaks == expected);
    return true;
}

} // namespace

TEST_CASE("sentence rules break where news copy ends its sentences", "[segmenter][sentence]") {
    struct Row {
        std::u16string text;
        std::vector<int32_t> breaks;
    };
    const std::vector<Row> rows = {
        {u"Il est parti. Elle reste.", {14}},
        {u"« Qui ? » a-t-il demandé. Personne.", {8, 26}},
        {u"Il a dit « non. » Puis il est parti.", {16}}, // » after a space opens the next
        {u"Le taux est de 2.5 %. Il baisse.", {22}},
        {u"M. Dupont est là.", {3}},
        {u"U.S. troops left. etc. and more", {}}, // SB8: lower case follows
        {u"Quoi ?! Non...", {8}},
        {u"No break at all", {}},
        {u"Hard-wrapped.\nText", {14}},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(to_utf8(row.text)) {
            std::vector<int32_t> breaks;
            REQUIRE(SentenceBreakRules().find(row.text, breaks));
            CHECK(breaks == row.breaks);
            IcuSentenceBreaks icu("fr");
            CHECK(icu(row.text) == row.breaks);
        }
    }
}

TEST_CASE("sentence rules decline Extend, Format and surrogates", "[segmenter][sentence]") {
    for (char16_t c : kDeclined) {
        std::u16string text = u"Un. Deux";
        text.insert(text.begin() + 2, c);
        std::vector<int32_t> breaks;
        CHECK_FALSE(SentenceBreakRules().find(text, breaks));
    }
}

TEST_CASE("sentence rules give ICU's breaks on every short string of their classes",
          "[segmenter][sentence]") {
    // Every string of up to four characters over one representative of each class.
    const std::u16string alphabet = u"aZ\u4E001.?\u2024)\"’ ,\n";
    for (const char* locale : {"fr", "en"}) {
        IcuSentenceBreaks icu(locale);
        std::vector<std::u16string> strings = {u""};
        for (int length = 1; length <= 4; ++length) {
            std::vector<std::u16string> longer;
            for (const std::u16string& prefix : strings)
                for (char16_t c : alphabet) {
                    longer.push_back(prefix + c);
                    REQUIRE(agrees_with_icu(icu, longer.back()));
                }
            strings = std::move(longer);
        }
    }
}

TEST_CASE("sentence rules give ICU's breaks on random strings", "[segmenter][sentence]") {
    std::mt19937 random(20261124);
    for (const char* locale : {"fr", "en"}) {
        IcuSentenceBreaks icu(locale);
        int answered = 0;
        for (int i = 0; i < 200000; ++i)
            answered += agrees_with_icu(icu, random_string(random, kCovered, 30)) ? 1 : 0;
        CHECK(answered == 200000);
        // With characters the rules decline mixed in, whatever they answer is ICU's.
        for (int i = 0; i < 50000; ++i)
            agrees_with_icu(icu, random_string(random, kCovered + kDeclined, 30));
    }
}

TEST_CASE("sentence rules give ICU's breaks on random news-like sentences",
          "[segmenter][sentence]") {
    const std::vector<std::u16string> pieces = {
        u"Le",   u"ministre", u"M.",    u"Mme",   u"U.S.", u"a",  u"dit",  u"«",   u"»",
        u"“",    u"”",        u"(AFP)", u"12",    u"3.5",  u"p.", u"etc.", u"?",   u"!",
        u".",    u"...",      u"…",     u",",     u";",    u":",  u"–",    u"the", u"Army",
        u"Inc.", u"’",        u"\"",    u"l’ONU", u"Dr.",  u"n°", u"a.m.", u")",   u"("};
    const std::u16string spaces[] = {u" ", u"", u"\u00A0", u"  "};
    std::mt19937 random(7);
    for (const char* locale : {"fr", "en"}) {
        IcuSentenceBreaks icu(locale);
        for (int i = 0; i < 50000; ++i) {
            std::u16string text;
            for (size_t n = 1 + random() % 25; n > 0; --n)
                text += pieces[random() % pieces.size()] + spaces[random() % 4];
            REQUIRE(agrees_with_icu(icu, text));
        }
    }
}
