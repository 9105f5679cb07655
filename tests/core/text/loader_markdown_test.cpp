#include "text/loader_test_support.h"

#include <vector>

using namespace whosaid;
using whosaid::test::load_text;
using whosaid::test::utf8;

namespace {

struct MarkdownRow {
    std::string markdown;
    std::u16string expected;
};

void check_markdown(const std::vector<MarkdownRow>& rows) {
    for (std::size_t k = 0; k < rows.size(); ++k) {
        DYNAMIC_SECTION("row " << k << ": " << rows[k].markdown) {
            CHECK(utf8(load_text(rows[k].markdown, "article.md")) == utf8(rows[k].expected));
        }
    }
}

} // namespace

TEST_CASE("Markdown block markup goes", "[loader][markdown]") {
    check_markdown({
        {"# Titre\nTexte.", u"Titre\n\nTexte."},
        {"## Titre ##\n\nTexte.\n", u"Titre\n\nTexte.\n"},
        {"###### Six", u"Six"},
        {"####### Sept", u"####### Sept"},
        {"#hashtag", u"#hashtag"},
        {"Le C# est un langage", u"Le C# est un langage"},
        {"Titre\n=====\n\nTexte.", u"Titre\n\nTexte."},
        {"Titre\n---\nTexte.", u"Titre\n\nTexte."},
        {"> \xC2\xAB Oui \xC2\xBB, a-t-il dit.\n> Puis il est parti.",
         u"\u00AB Oui \u00BB, a-t-il dit.\nPuis il est parti."},
        {"> > cit\xC3\xA9 deux fois", u"cit\u00E9 deux fois"},
        {"- un\n- deux\n* trois\n+ quatre", u"un\n\ndeux\n\ntrois\n\nquatre"},
        {"1. un\n2) deux\n10. dix", u"un\n\ndeux\n\ndix"},
        {"Avant\n\n***\n\nApr\xC3\xA8s", u"Avant\n\nApr\u00E8s"},
        {"un\n\n\n\ndeux", u"un\n\ndeux"},
        {"[ref]: https://example.org\nTexte.", u"Texte."},
        {"-5 degr\xC3\xA9s et 3.5 %", u"-5 degr\u00E9s et 3.5 %"},
        {"2014. Une ann\xC3\xA9\x65", u"Une ann\u00E9\x65"}, // a list item, as in CommonMark
    });
}

TEST_CASE("Markdown code blocks are left out, code spans kept as text", "[loader][markdown]") {
    // Code blocks used to be kept verbatim; their string literals were then read as
    // quotations (issue 17). A block leaves a paragraph break; a fence never closed is a
    // stray run of backticks and its lines stay.
    check_markdown({
        {"```\ncode *x* [a](b)\n```\nfin", u"fin"},
        {"~~~~python\nx = 1\n~~~~", u""},
        {"Avant.\n\n```\nprint(\"Nous resterons\", a dit Dupont)\n```\n\nApr\xC3\xA8s.",
         u"Avant.\n\nApr\u00E8s."},
        {"Before.\n\n    say(\"We stay,\" said Smith)\n\nAfter.", u"Before.\n\nAfter."},
        {"```\nnever closed *x*", u"never closed *x*"},
        {"Le `a*b*` et ``c`d``", u"Le a*b* et c`d"},
        {"Texte\n\n    code indent\u00E9", u"Texte"},
    });
}

TEST_CASE("Markdown inline HTML tags go, their text stays", "[loader][markdown]") {
    check_markdown({
        {"Le <em>maire</em> a dit <span class=\"q\">oui</span>.", u"Le maire a dit oui."},
        {"Une ligne<br/>puis <br> une autre", u"Une lignepuis  une autre"},
        {"avec <a href='https://x.org/?a=1&b=2' title=\"l'AFP\">l'AFP</a>", u"avec l'AFP"},
        {"sans <!-- note interne --> commentaire", u"sans  commentaire"},
        {"<sup>1</sup> note", u"1 note"},
        // Not tags: comparisons, hearts, unclosed or broken tags, autolinks.
        {"si a < b et b > c", u"si a < b et b > c"},
        {"I <3 Paris", u"I <3 Paris"},
        {"<b sans fin", u"<b sans fin"},
        {"<b <i>x</i>", u"<b x"},
        {"<https://example.org>", u"https://example.org"},
    });
}

TEST_CASE("Markdown emphasis goes, ordinary asterisks and underscores stay", "[loader][markdown]") {
    check_markdown({
        {"*em* et **fort** et _sous_ et __double__", u"em et fort et sous et double"},
        {"***les deux*** et **_m\xC3\xAAl\xC3\xA9s_**", u"les deux et m\u00EAl\u00E9s"},
        {"5 * 3 = 15 et 2 * 4", u"5 * 3 = 15 et 2 * 4"},
        {"snake_case et file_name_v2", u"snake_case et file_name_v2"},
        {"une note* ici", u"une note* ici"},
        {"*pas ferm\xC3\xA9", u"*pas ferm\u00E9"},
        {"\\*pas\\* \\_ici\\_", u"*pas* _ici_"},
        {"l'*Humanit\xC3\xA9* a titr\xC3\xA9", u"l'Humanit\u00E9 a titr\u00E9"},
        {"__init__ reste", u"init reste"},
    });
}

TEST_CASE("Markdown links keep their text, images go", "[loader][markdown]") {
    check_markdown({
        {"selon [l'AFP](https://www.afp.com \"AFP\") hier", u"selon l'AFP hier"},
        {"[**gras**](u) et [texte][ref]", u"gras et texte"},
        {"![photo](x.jpg) L\xC3\xA9gende", u"L\u00E9gende"},
        {"un mot [sic] et (entre parenth\xC3\xA8ses)", u"un mot [sic] et (entre parenth\u00E8ses)"},
        {"[a](https://fr.wikipedia.org/wiki/Paris_(ville))", u"a"},
        // "<b>" is an inline HTML tag: it used to stay, tags now go (issue 17).
        {"voir <https://example.org/a_b> ou <b>", u"voir https://example.org/a_b ou"},
        {"[ouvert sans fermer", u"[ouvert sans fermer"},
    });
}
