// Hostile and degenerate input through the whole pipeline (loader included): each gets a
// clear error or a consistent document, never a crash or a hang. Speed is measured by
// whosaid-bench, not here; these inputs only have to finish.
#include "pipeline/document_checks.h"
#include "whosaid/analyzer.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <string>

using namespace whosaid;
using whosaid::test::document_problem;

namespace {

std::string repeat(const std::string& piece, size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

std::string utf16le(const std::u16string& text) {
    std::string bytes;
    for (char16_t unit : text) {
        bytes.push_back(static_cast<char>(unit & 0xFF));
        bytes.push_back(static_cast<char>(unit >> 8));
    }
    return bytes;
}

Document analyse_ok(const Analyzer& analyzer, const std::string& bytes,
                    const std::string& language = "auto") {
    AnalysisOptions options;
    options.language = language;
    Result<Document> doc = analyzer.analyze_bytes(bytes, "input.txt", options);
    INFO((doc.ok() ? std::string() : doc.error().message));
    REQUIRE(doc.ok());
    const std::string problem = document_problem(doc.value());
    INFO(problem);
    CHECK(problem.empty());
    return std::move(doc).value();
}

} // namespace

TEST_CASE("a 50 MB single paragraph is analysed as one paragraph", "[hostile][slow]") {
    const Analyzer analyzer;
    const std::string sentence =
        "Le ministre Jean Dupont a déclaré « nous ne céderons pas » à Paris, selon l'AFP. ";
    const Document doc = analyse_ok(analyzer, repeat(sentence, (50u << 20) / sentence.size()));
    CHECK(doc.paragraphs.size() == 1);
    CHECK(doc.sentences.size() > 1000);
}

TEST_CASE("a million quotation marks do not hang the analysis", "[hostile]") {
    const Analyzer analyzer;
    for (const char* mark : {"«", "»", "\"", "“", "‘", "+"}) {
        DYNAMIC_SECTION("mark " << mark) {
            analyse_ok(analyzer, repeat(std::string(mark) + " ", 1'000'000));
        }
    }
    SECTION("alternating pairs") {
        analyse_ok(analyzer, repeat("« a » ", 1'000'000));
    }
}

TEST_CASE("quotations nested 10,000 deep stay inside their paragraph", "[hostile]") {
    const Analyzer analyzer;
    const std::string text =
        "Il a dit " + repeat("« ", 10'000) + "non" + repeat(" »", 10'000) + ".";
    analyse_ok(analyzer, text);
    analyse_ok(analyzer, repeat("“", 10'000) + "yes" + repeat("”", 10'000));
}

TEST_CASE("invalid UTF-8 is decoded by a fallback, not refused", "[hostile]") {
    const Analyzer analyzer;
    const Document doc = analyse_ok(
        analyzer, "M. Dupont a d\xe9"
                  "clar\xe9 \xab non \xbb. \xc3\x28 \xa0\xa1 \xf0\x28\x8c\xbc \xed\xa0\x80");
    CHECK_FALSE(doc.source.encoding.empty());
    CHECK(doc.source.encoding != "UTF-8");
}

TEST_CASE("UTF-16 without a byte order mark is decoded", "[hostile]") {
    const Analyzer analyzer;
    const std::u16string text = u"« Nous ne céderons pas », a déclaré M. Dupont à l'AFP.";
    const Document doc = analyse_ok(analyzer, utf16le(text));
    CHECK(doc.text == text);
}

TEST_CASE("NUL bytes give a clear error", "[hostile]") {
    const Analyzer analyzer;
    Result<Document> doc =
        analyzer.analyze_bytes(std::string("abc\0def\0\0\0ghi\0\0jkl", 18), "input.bin", {});
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().code == ErrorCode::BinaryContent);
    CHECK(doc.error().message.find("input.bin") != std::string::npos);
}

TEST_CASE("empty and one-byte inputs give empty or tiny documents", "[hostile]") {
    const Analyzer analyzer;
    CHECK(analyse_ok(analyzer, "").text.empty());
    CHECK(analyse_ok(analyzer, "a").text == u"a");
    analyse_ok(analyzer, "\xff");
    analyse_ok(analyzer, "\xab");
    analyse_ok(analyzer, "\n");
}

TEST_CASE("mixed scripts keep every character", "[hostile]") {
    const Analyzer analyzer;
    const std::string text = "Сергей Лавров a déclaré « Мы не уступим ». \u200f\u0642\u0627\u0644 "
                             "\u0627\u0644\u0648\u0632\u064a\u0631\u200f : « \u0644\u0627 ». "
                             "习近平 a dit « 不 » 😀👍🏽, selon Xinhua.";
    const Document doc = analyse_ok(analyzer, text);
    CHECK(to_utf8(doc.text) == text);
}

TEST_CASE("a one-megabyte word does not break the analysis", "[hostile]") {
    const Analyzer analyzer;
    analyse_ok(analyzer, repeat("a", 1u << 20));
    analyse_ok(analyzer, "Le " + repeat("A", 1u << 20) + " a dit « oui ».");
    analyse_ok(analyzer, "M. " + repeat("Dupont-", 150'000) + " a déclaré « non ».");
}

// The bad inputs of the attribution engine (issue 15): each must end with a consistent
// document; the ctest timeout stops one that a quadratic step makes run for hours.
TEST_CASE("a quotation of thousands of words is read to its closing mark", "[hostile]") {
    const Analyzer analyzer;
    // Words that would each start a quotation's attribution if read outside it: names,
    // speech verbs, "selon", pronouns, colons.
    const std::string clause = "nous avons dit à Marie Martin, selon l'AFP, qu'il a déclaré : "
                               "le port de Brest rouvrira en mai, a-t-elle ajouté ; ";
    SECTION("French, about 40,000 words in one paragraph") {
        const std::string text =
            "Le maire Jean Dupont a déclaré : « " + repeat(clause, 2'500) + "fin » à Brest.";
        const Document doc = analyse_ok(analyzer, text, "fr");
        REQUIRE(doc.quotes.size() == 1);
        const std::string words = to_utf8(doc.slice(doc.quotes[0].span));
        CHECK(words.starts_with("nous avons dit à Marie Martin"));
        CHECK(words.ends_with("a-t-elle ajouté ; fin"));
    }
    SECTION("English, the same over 2,000 paragraphs, each reopened") {
        const std::string text =
            "Mayor John Smith said: \"" +
            repeat("we told Mary Jones, according to Reuters, that he said: the port will "
                   "reopen in May, she added.\n\n\"",
                   2'000) +
            "the end.\"";
        const Document doc = analyse_ok(analyzer, text, "en");
        CHECK(doc.paragraphs.size() == 2'001);
        CHECK(doc.quotes.size() >= 2'000);
    }
}

TEST_CASE("a paragraph of 10,000 attributed quotations", "[hostile]") {
    const Analyzer analyzer;
    SECTION("French") {
        const std::string four =
            "« Oui », a déclaré Jean Dupont. Selon l'AFP, Marie Martin a affirmé : « Non ». "
            "« Peut-être », a-t-il ajouté. « Jamais », disent-ils à Reuters. ";
        const Document doc = analyse_ok(analyzer, repeat(four, 2'500), "fr");
        CHECK(doc.paragraphs.size() == 1);
        CHECK(doc.quotes.size() == 10'000);
    }
    SECTION("English") {
        const std::string four = "\"Yes,\" John Smith said. According to Reuters, Mary Jones "
                                 "said: \"No.\" \"Maybe,\" he added. \"Never,\" they told "
                                 "the BBC. ";
        const Document doc = analyse_ok(analyzer, repeat(four, 2'500), "en");
        CHECK(doc.paragraphs.size() == 1);
        CHECK(doc.quotes.size() == 10'000);
    }
}

TEST_CASE("thousands of quotations in a paragraph without a sentence end", "[hostile]") {
    const Analyzer analyzer;
    SECTION("French") {
        const Document doc = analyse_ok(
            analyzer,
            repeat("« oui » a dit Jean Dupont « non » a répondu Marie Martin selon l'AFP et "
                   "elle a ajouté que le port rouvrira et ",
                   5'000),
            "fr");
        CHECK(doc.paragraphs.size() == 1);
        CHECK(doc.quotes.size() >= 10'000);
    }
    SECTION("English") {
        const Document doc = analyse_ok(
            analyzer,
            repeat("\"yes\" said John Smith \"no\" replied Mary Jones according to Reuters "
                   "and she added that the port will reopen and ",
                   5'000),
            "en");
        CHECK(doc.paragraphs.size() == 1);
        CHECK(doc.quotes.size() >= 10'000);
    }
}

TEST_CASE("quotation marks of every kind nested 10,000 deep", "[hostile]") {
    const Analyzer analyzer;
    std::string open;
    std::string close;
    const char* pairs[][2] = {{"« ", " »"}, {"“", "”"}, {"‘", "’"}, {"‹ ", " ›"}, {"\"", "\""}};
    for (int depth = 0; depth < 10'000; ++depth) {
        open += pairs[depth % 5][0];
        close.insert(0, pairs[depth % 5][1]);
    }
    analyse_ok(analyzer, "Il a dit " + open + "non" + close + ", selon l'AFP.");
    analyse_ok(analyzer, "He said " + open + "no" + close.substr(0, close.size() / 2) + ".");
}
