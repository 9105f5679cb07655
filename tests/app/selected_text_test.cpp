#include "article.h"
#include "article_fixture.h"
#include "qstring_maker.h"
#include "selected_text.h"

#include <catch2/catch.hpp>

namespace {

struct SelectionCase {
    const char* selection; // in the fixture text
    int nth;               // which occurrence
    const char* mention;   // the mention it becomes
    bool mentionOk;
    const char* quote; // the quoted words it becomes
    bool quoteOk;
};

// Selections as a mouse makes them: cut words, spaces, punctuation and marks at the ends.
const SelectionCase kCases[] = {
    {"Berlin", 0, "Berlin", true, "Berlin", true},
    {"erli", 0, "Berlin", true, "Berlin", true},
    {"erlin rel", 0, "Berlin relancent", true, "Berlin relancent", true},
    {" Berlin ", 0, "Berlin", true, "Berlin", true},
    {"(AFP)", 0, "AFP", true, "(AFP)", true},
    {"PARIS,", 0, "PARIS", true, "PARIS,", true},
    {"M. Dupont", 0, "M. Dupont", false, "M. Dupont", true},
    {" M.", 0, "M.", false, "M.", true},
    {"négociateur Jean", 0, "négociateur Jean", false, "négociateur Jean", true},
    {"« Nous avancerons pas à pas »", 0, "Nous avancerons pas à pas", true,
     "Nous avancerons pas à pas", false},
    {"« Nous avancerons pas à pas », ", 0, "Nous avancerons pas à pas", true,
     "Nous avancerons pas à pas", false},
    {"lundi.\n\n« Nous", 0, "lundi.\n\n« Nous", false, "lundi.\n\n« Nous", false},
    {"Le groupe Acme a salué l'accord.", 0, "Le groupe Acme a salué l'accord", false,
     "Le groupe Acme a salué l'accord.", true},
    {", ", 0, "", false, ",", false},
    {" », ", 0, "", false, ",", false},
    {"« ", 0, "", false, "", false},
};

} // namespace

TEST_CASE("a selection is tidied into a mention or quoted words, or refused with a reason",
          "[gui][corrections]") {
    const Article article(fixture::article());
    for (const SelectionCase& row : kCases) {
        DYNAMIC_SECTION(row.selection) {
            const QString needle = QString::fromUtf8(row.selection);
            const int start = fixture::positionOf(needle, row.nth);
            REQUIRE(start >= 0);
            const SelectedText selected(article, start, start + static_cast<int>(needle.size()));
            CHECK(article.slice(selected.mentionSpan()) == QString::fromUtf8(row.mention));
            CHECK(selected.mentionProblem().isEmpty() == row.mentionOk);
            CHECK(article.slice(selected.quoteSpan()) == QString::fromUtf8(row.quote));
            CHECK(selected.quoteProblem().isEmpty() == row.quoteOk);
        }
    }
}

TEST_CASE("the reason for a refusal names the problem", "[gui][corrections]") {
    const Article article(fixture::article());
    const int dupont = fixture::positionOf(QStringLiteral("M. Dupont"));
    CHECK(SelectedText(article, dupont, dupont + 4)
              .mentionProblem()
              .contains(QStringLiteral("Jean Dupont")));
    const int lundi = fixture::positionOf(QStringLiteral("lundi"));
    CHECK(SelectedText(article, lundi, lundi + 12)
              .mentionProblem()
              .contains(QStringLiteral("paragraphs")));
    CHECK_FALSE(SelectedText(article, 3, 3).mentionProblem().isEmpty());
    CHECK_FALSE(SelectedText(article, -5, 100000).quoteProblem().isEmpty());
}
