#include "text/loader_test_support.h"

#include <vector>

using namespace whosaid;
using whosaid::test::load_text;
using whosaid::test::utf8;

namespace {

struct HtmlRow {
    std::string html;
    std::u16string expected;
};

void check_html(const std::vector<HtmlRow>& rows) {
    for (std::size_t k = 0; k < rows.size(); ++k) {
        DYNAMIC_SECTION("row " << k << ": " << rows[k].html) {
            CHECK(utf8(load_text(rows[k].html, "page.html")) == utf8(rows[k].expected));
        }
    }
}

} // namespace

TEST_CASE("HTML blocks become paragraphs", "[loader][html]") {
    check_html({
        {"<p>Un.</p><p>Deux.</p>", u"Un.\n\nDeux."},
        {"<h1>Titre</h1>\n<p>Texte.</p>", u"Titre\n\nTexte."},
        {"<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6>", u"A\n\nB\n\nC\n\nD\n\nE"},
        {"<ul><li>un</li><li>deux</li></ul>", u"un\n\ndeux"},
        {"<blockquote><p>Oui.</p></blockquote><p>Non.</p>", u"Oui.\n\nNon."},
        {"<table><tr><th>Nom</th><td>Valeur</td></tr></table>", u"Nom\n\nValeur"},
        {"<div>a<div>b</div>c</div>", u"a\n\nb\n\nc"},
        {"<p>ligne<br>suivante<br/>fin</p>", u"ligne\nsuivante\nfin"},
        {"<p>avant<br>\n<br>apr\xC3\xA8s</p>", u"avant\n\napr\u00E8s"},
        {"<p>  le\n   chat\t noir  </p>", u"le chat noir"},
        {"<p>Le <b>chat</b> <a href=\"/x\">noir</a><i>,</i> dit-<em>il</em>.</p>",
         u"Le chat noir, dit-il."},
        {"<pre>a  b\n  c</pre><p>d</p>", u"a  b\n  c\n\nd"},
        {"", u""},
        {"<p></p><p>  </p>", u""},
    });
}

TEST_CASE("HTML character references are decoded", "[loader][html]") {
    check_html({
        {"<p>&laquo;&nbsp;Oui&nbsp;&raquo;, dit l&rsquo;&eacute;l&egrave;ve.</p>",
         u"\u00AB\u00A0Oui\u00A0\u00BB, dit l\u2019\u00E9l\u00E8ve."},
        {"<p>&amp; &lt; &gt; &quot; &apos; &hellip; &mdash; &ndash;</p>",
         u"& < > \" ' \u2026 \u2014 \u2013"},
        {"<p>&ldquo;a&rdquo; &lsquo;b&rsquo; &euro; &oelig; &Eacute; &ccedil; &iuml; &yuml;</p>",
         u"\u201Ca\u201D \u2018b\u2019 \u20AC \u0153 \u00C9 \u00E7 \u00EF \u00FF"},
        {"<p>&#233;&#xE9;&#XE9; &#8217; &#x1F600; &#8239;</p>",
         u"\u00E9\u00E9\u00E9 \u2019 \U0001F600 \u202F"},
        {"<p>&#146; &#150; &#0; &#xD800; &#99999999999;</p>",
         u"\u2019 \u2013 \uFFFD \uFFFD \uFFFD"},
        {"<p>AT&T &unknown; & fin &#; &#x;</p>", u"AT&T &unknown; & fin &#; &#x;"},
        {"<p>&copy 2014 &amp&lt; &eacutee &hellipx</p>", u"\u00A9 2014 &< \u00E9e &hellipx"},
        {"<title>L&#39;&Eacute;t&eacute;</title><p>x</p>", u"L'\u00C9t\u00E9\n\nx"},
    });
}

TEST_CASE("HTML page furniture, scripts and comments are dropped", "[loader][html]") {
    check_html({
        {"<p>a</p><script>var x = \"<p>evil</p>\";</script><p>b</p>", u"a\n\nb"},
        {"<p>a</p><script>document.write('</p><p>evil')</script><p>b</p>", u"a\n\nb"},
        {"<p>a</p><SCRIPT type=\"text/javascript\">evil()</SCRIPT ><p>b</p>", u"a\n\nb"},
        {"<p>a</p><script>if (a</scripts) evil()</script><p>b</p>", u"a\n\nb"},
        {"<p>a</p><script>evil(); never closed <p>more", u"a"},
        {"<style>p { color: red }</style><p>a</p>", u"a"},
        {"<nav><a>Accueil</a></nav><header>Logo</header><p>a</p><footer>(c)</footer>", u"a"},
        {"<aside>Lire aussi</aside><form><input value=x>Nom</form><p>a</p>", u"a"},
        {"<noscript>Activez JS</noscript><template><p>t</p></template><p>a</p>", u"a"},
        {"<p>a<svg><text>graph</text></svg>b</p>", u"ab"},
        {"<p>a<!-- commentaire <p>cach\xC3\xA9</p> -->b</p>", u"ab"},
        {"<p>a</p><!-- jamais ferm\xC3\xA9 <p>b</p>", u"a"},
        {"<nav><nav>x</nav>y</nav><p>z</p>", u"z"},
        {"<p>a<svg/>b</p>", u"ab"},
        {"<!DOCTYPE html><?xml version=\"1.0\"?><p>a</p>", u"a"},
        {"<body><nav>menu</body><p>apr\xC3\xA8s</p>", u"apr\u00E8s"},
    });
}

TEST_CASE("malformed HTML still yields its text", "[loader][html]") {
    check_html({
        {"<p>un<p>deux", u"un\n\ndeux"},
        {"<div><p>a</div>b", u"a\n\nb"},
        {"<p>a < b et c > d</p>", u"a < b et c > d"},
        {"<p>1<2 et 3 </ 4</p>", u"1<2 et 3"},
        {"<p title=\"x > y\">texte</p>", u"texte"},
        {"<p class='a>b' id=c>texte</p>", u"texte"},
        {"<p title=\"jamais ferm\xC3\xA9>texte</p>", u"texte"},
        {"<p>texte</p><p", u"texte"},
        {"<P CLASS=x>Majuscules</P>", u"Majuscules"},
        {"</p>orphelin</div>", u"orphelin"},
        {"<p>a</b></i></span>b", u"ab"},
        {"<verylongunknownelementname>x</verylongunknownelementname>", u"x"},
    });
}

TEST_CASE("the HTML title leads only when the body has no h1", "[loader][html]") {
    check_html({
        {"<html><head><title>Le titre</title></head><body><p>Texte.</p></body></html>",
         u"Le titre\n\nTexte."},
        {"<title>Site - Titre</title><body><h1>Vrai titre</h1><p>t</p></body>", u"Vrai titre\n\nt"},
        {"<title>  Titre   seul </title>", u"Titre seul"},
        {"<title></title><p>t</p>", u"t"},
        {"<svg><title>dessin</title></svg><p>t</p>", u"t"},
    });
}
