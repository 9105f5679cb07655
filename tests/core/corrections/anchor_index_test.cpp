// The context index of AnchorLocator (OccurrenceIndex, WaveletMatrix) gives exactly what
// comparing every occurrence gives: the same span or the same stale message (issue 17,
// item 8).
#include "corrections/anchor_locator.h"
#include "corrections/wavelet_matrix.h"

#include <catch2/catch.hpp>
#include <limits>
#include <random>
#include <string>

using namespace whosaid;
using whosaid::corrections::AnchorLocator;
using whosaid::corrections::WaveletMatrix;

namespace {

constexpr std::size_t kNeverIndexed = std::numeric_limits<std::size_t>::max();

// Same span, or same message.
std::string outcome(const Result<Span>& result) {
    if (!result)
        return "stale: " + result.error().message;
    return std::to_string(result.value().start) + "-" + std::to_string(result.value().end);
}

std::u16string random_text(std::mt19937& random, std::size_t length, std::u16string_view letters) {
    std::u16string text;
    std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
    for (std::size_t i = 0; i < length; ++i)
        text += letters[pick(random)];
    return text;
}

} // namespace

TEST_CASE("a wavelet matrix counts the values below a bound in any range",
          "[corrections][anchor]") {
    std::mt19937 random(11);
    for (std::size_t size : {0u, 1u, 63u, 64u, 65u, 300u}) {
        std::vector<uint32_t> values(size);
        for (uint32_t& value : values)
            value = static_cast<uint32_t>(random() % (size + 1));
        const WaveletMatrix matrix(values);
        for (int trial = 0; trial < 200; ++trial) {
            const std::size_t a = size == 0 ? 0 : random() % (size + 1);
            const std::size_t b = size == 0 ? 0 : random() % (size + 1);
            const std::size_t begin = std::min(a, b);
            const std::size_t end = std::max(a, b);
            const uint64_t bound = random() % (size + 3);
            std::size_t expected = 0;
            for (std::size_t i = begin; i < end; ++i)
                expected += values[i] < bound ? 1 : 0;
            INFO("size " << size << " [" << begin << ", " << end << ") < " << bound);
            REQUIRE(matrix.count_less(begin, end, bound) == expected);
        }
    }
}

TEST_CASE("the context index finds what a comparison with each occurrence finds",
          "[corrections][anchor]") {
    struct Row {
        const char* name;
        std::u16string text;
        TextAnchor anchor;
        std::string expected;
    };
    const std::u16string wire = u"Il a dit non. Elle a dit non aussi. Puis il a dit non encore.";
    const std::vector<Row> rows = {
        {"moved, context intact", u"MISE A JOUR. " + wire,
         TextAnchor{{0, 3}, u"non", u"Elle a dit ", u" aussi. Puis"}, "38-41"},
        {"context partly edited", u"Il a dit non. Elle a dit non enfin. Puis il a dit non.",
         TextAnchor{{0, 3}, u"non", u"Elle a dit ", u" aussi."}, "25-28"},
        {"same context twice", wire + u" " + wire, TextAnchor{{0, 3}, u"non", u"a dit ", u"."},
         "stale: 'non' occurs 2 times in the same context: cannot tell which is meant"},
        {"context gone", wire, TextAnchor{{0, 3}, u"non", u"zzzzzzzzzz", u"yyyyyyyyyy"},
         "stale: 'non' occurs 3 times in the same context: cannot tell which is meant"},
        {"best but not enough", wire, TextAnchor{{0, 3}, u"non", u"zzzz dit ", u" auyyyyyyy"},
         "stale: 'non' is no longer in the context it was corrected in"},
        {"at the article's start", u"non, a-t-il dit, non.",
         TextAnchor{{5, 8}, u"non", u"", u", a-t-il"}, "0-3"},
        {"at the article's end", u"non, a-t-il dit, non",
         TextAnchor{{1, 4}, u"non", u"il dit, ", u""}, "17-20"},
        {"absent", wire, TextAnchor{{0, 3}, u"oui", u"", u""},
         "stale: 'oui' is no longer in the article"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            CHECK(outcome(AnchorLocator(row.text, 0).locate(row.anchor)) == row.expected);
            CHECK(outcome(AnchorLocator(row.text, kNeverIndexed).locate(row.anchor)) ==
                  row.expected);
        }
    }
}

TEST_CASE("indexed and scanned relocation agree on random articles and anchors",
          "[corrections][anchor][property]") {
    // A small alphabet makes many occurrences and many partial agreements, ties included.
    std::mt19937 random(2026);
    int relocated = 0;
    int ambiguous = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        const std::u16string letters = trial % 2 ? u"ab " : u"abc d";
        const std::u16string text = random_text(random, 20 + random() % 400, letters);
        const std::size_t length = 1 + random() % 3;
        const std::size_t at = random() % (text.size() - length);
        TextAnchor anchor =
            make_anchor(text, Span{static_cast<int32_t>(at), static_cast<int32_t>(at + length)});
        // The article changed: the anchor's recorded place is wrong, its context edited.
        anchor.span = Span{0, 0};
        if (random() % 2 && !anchor.before.empty())
            anchor.before[random() % anchor.before.size()] = u'x';
        if (random() % 2 && !anchor.after.empty())
            anchor.after.resize(random() % (anchor.after.size() + 1));
        if (random() % 4 == 0)
            anchor.before = random_text(random, random() % 17, letters);
        const std::string indexed = outcome(AnchorLocator(text, 0).locate(anchor));
        const std::string scanned = outcome(AnchorLocator(text, kNeverIndexed).locate(anchor));
        INFO("trial " << trial);
        REQUIRE(indexed == scanned);
        relocated += indexed.starts_with("stale") ? 0 : 1;
        ambiguous += indexed.find("cannot tell") != std::string::npos ? 1 : 0;
    }
    // Both outcomes are exercised, not only one.
    CHECK(relocated > 300);
    CHECK(ambiguous > 50);
}
