#include "segment/segmenter_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::slices_utf8;

namespace {

struct SentenceRow {
    std::string text;
    std::vector<std::string> sentences;
};

void check_rows(const char* language, const std::vector<SentenceRow>& rows) {
    const Segmenter segmenter(language);
    for (const SentenceRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const std::u16string text = to_utf16(row.text);
            CHECK(slices_utf8(text, segmenter.segment(text).sentences) == row.sentences);
        }
    }
}

} // namespace

TEST_CASE("French sentences keep abbreviations, initials and attributions", "[segmenter]") {
    check_rows(
        "fr",
        {
            {"M. Lavrov a rencontré son homologue mardi. Les discussions ont duré trois heures.",
             {"M. Lavrov a rencontré son homologue mardi.",
              "Les discussions ont duré trois heures."}},
            {"Mme. Dupont a démissionné lundi. Elle sera remplacée.",
             {"Mme. Dupont a démissionné lundi.", "Elle sera remplacée."}},
            {"Mme Dupont a démissionné. Elle sera remplacée lundi.",
             {"Mme Dupont a démissionné.", "Elle sera remplacée lundi."}},
            {"Le Dr. Martin a soigné les blessés. Trois sont morts dans la nuit.",
             {"Le Dr. Martin a soigné les blessés.", "Trois sont morts dans la nuit."}},
            {"Le Pr. Girard a publié une étude. Elle est contestée.",
             {"Le Pr. Girard a publié une étude.", "Elle est contestée."}},
            {"Mgr. Lefort a célébré la messe. Les fidèles étaient nombreux.",
             {"Mgr. Lefort a célébré la messe.", "Les fidèles étaient nombreux."}},
            {"MM. Durand et Petit ont signé l'accord.",
             {"MM. Durand et Petit ont signé l'accord."}},
            {"Mlle. Roux et Me. Bernard sont arrivées au tribunal.",
             {"Mlle. Roux et Me. Bernard sont arrivées au tribunal."}},
            {"Voir l'article p. 12 du rapport. Il détaille les faits.",
             {"Voir l'article p. 12 du rapport.", "Il détaille les faits."}},
            {"Il a étudié l'art. Le musée a ouvert ensuite.",
             {"Il a étudié l'art.", "Le musée a ouvert ensuite."}},
            {"Le bateau a doublé le cap. Le port était fermé.",
             {"Le bateau a doublé le cap.", "Le port était fermé."}},
            {"Kiev veut rejoindre l'OTAN. Le sommet aura lieu à Vilnius.",
             {"Kiev veut rejoindre l'OTAN.", "Le sommet aura lieu à Vilnius."}},
            {"Le groupe Total S.A. a publié ses comptes.",
             {"Le groupe Total S.A. a publié ses comptes."}},
            {"Ils ont saisi des fusils, des munitions, etc. Le stock a été détruit.",
             {"Ils ont saisi des fusils, des munitions, etc.", "Le stock a été détruit."}},
            {"Le bilan est lourd : 12 morts. Les secours continuent.",
             {"Le bilan est lourd : 12 morts.", "Les secours continuent."}},
            {"\u00ab Nous ne c\u00e9derons pas. \u00bb, a d\u00e9clar\u00e9 M. Lavrov. La "
             "r\u00e9union a repris.",
             {"\u00ab Nous ne c\u00e9derons pas. \u00bb, a d\u00e9clar\u00e9 M. Lavrov.",
              "La r\u00e9union a repris."}},
            {"\u00ab Qui a donn\u00e9 cet ordre\u00a0? \u00bb a demand\u00e9 M. Dupont. "
             "Personne n'a r\u00e9pondu.",
             {"\u00ab Qui a donn\u00e9 cet ordre\u00a0? \u00bb a demand\u00e9 M. Dupont.",
              "Personne n'a r\u00e9pondu."}},
            {"\u00ab C'est inacceptable ! \u00bb a lanc\u00e9 le ministre.",
             {"\u00ab C'est inacceptable ! \u00bb a lanc\u00e9 le ministre."}},
            {"\u00ab Jamais ! \u00bb, a r\u00e9pondu la porte-parole.",
             {"\u00ab Jamais ! \u00bb, a r\u00e9pondu la porte-parole."}},
            {"\u00ab Nous partirons demain. \u00bb Le convoi a quitt\u00e9 la ville.",
             {"\u00ab Nous partirons demain. \u00bb", "Le convoi a quitt\u00e9 la ville."}},
            {"\u00ab C'est fini. \u00bb a-t-il ajouté. La séance est levée.",
             {"\u00ab C'est fini. \u00bb a-t-il ajouté.", "La séance est levée."}},
            {"\u00abC'est fini.\u00bb a-t-il ajouté.", {"\u00abC'est fini.\u00bb a-t-il ajouté."}},
            {"\"Vous partez ?\" a demandé le maire. Il est resté.",
             {"\"Vous partez ?\" a demandé le maire.", "Il est resté."}},
            {"\u00ab Vous partez ? \u00bb Le maire n'a pas répondu.",
             {"\u00ab Vous partez ? \u00bb", "Le maire n'a pas répondu."}},
            {"Pourquoi maintenant ? demande l'éditorialiste.",
             {"Pourquoi maintenant ? demande l'éditorialiste."}},
            {"Le ministre a parlé\nde la crise. Il a conclu.\n\nDeuxième paragraphe.",
             {"Le ministre a parlé\nde la crise.", "Il a conclu.", "Deuxième paragraphe."}},
            {"Un titre sans point\n\nLe texte commence ici. Il continue là.",
             {"Un titre sans point", "Le texte commence ici.", "Il continue là."}},
            // ICU does not end a sentence at an ellipsis; we keep that (it mostly marks a cut).
            {"Le vote a eu lieu\u2026 Les résultats sont attendus.",
             {"Le vote a eu lieu\u2026 Les résultats sont attendus."}},
        });
}

TEST_CASE("English sentences keep titles, initials and dotted abbreviations", "[segmenter]") {
    check_rows(
        "en",
        {
            {"Dr. Smith arrived on Tuesday. He left on Wednesday.",
             {"Dr. Smith arrived on Tuesday.", "He left on Wednesday."}},
            {"U.S. officials said the talks had stalled. Negotiators will meet again.",
             {"U.S. officials said the talks had stalled.", "Negotiators will meet again."}},
            {"The U.N. Security Council met on Friday.",
             {"The U.N. Security Council met on Friday."}},
            {"Gen. Petraeus testified before the Senate. He declined to comment.",
             {"Gen. Petraeus testified before the Senate.", "He declined to comment."}},
            {"John F. Kennedy was killed in 1963. G. W. Bush visited Dallas later.",
             {"John F. Kennedy was killed in 1963.", "G. W. Bush visited Dallas later."}},
            {"Mr. and Mrs. Jones declined to comment.",
             {"Mr. and Mrs. Jones declined to comment."}},
            {"Sen. Warren and Rep. Ortiz spoke. Gov. Hale listened.",
             {"Sen. Warren and Rep. Ortiz spoke.", "Gov. Hale listened."}},
            {"Lt. Col. James Reed led the unit. Capt. Ward and Sgt. Mills followed.",
             {"Lt. Col. James Reed led the unit.", "Capt. Ward and Sgt. Mills followed."}},
            {"Acme Corp. Chairman Paul Gray resigned.",
             {"Acme Corp. Chairman Paul Gray resigned."}},
            {"The meeting began at 10 a.m. on Monday.",
             {"The meeting began at 10 a.m. on Monday."}},
            // ICU's own filters would keep these together ("p." matched "cap.", "O." "NATO.").
            {"He lost his cap. The wind was strong.", {"He lost his cap.", "The wind was strong."}},
            {"They joined NATO. The alliance welcomed them.",
             {"They joined NATO.", "The alliance welcomed them."}},
            {"The law was signed on Nov. 26 in Washington. It takes effect in Jan. 2027.",
             {"The law was signed on Nov. 26 in Washington.", "It takes effect in Jan. 2027."}},
            {"He lives at No. 10 Downing Street. The press waits outside.",
             {"He lives at No. 10 Downing Street.", "The press waits outside."}},
            {"\u201cWhy now?\u201d asked the senator. Nobody answered.",
             {"\u201cWhy now?\u201d asked the senator.", "Nobody answered."}},
            {"He said: \"We will not leave.\" The crowd cheered.",
             {"He said: \"We will not leave.\"", "The crowd cheered."}},
            {"He left. \"We will return,\" she said. 'Soon' is vague.",
             {"He left.", "\"We will return,\" she said.", "'Soon' is vague."}},
            {"Talks failed (again.) The envoy left.", {"Talks failed (again.)", "The envoy left."}},
            {"Prices rose 3.5 percent in March. Analysts expected more!",
             {"Prices rose 3.5 percent in March.", "Analysts expected more!"}},
            {"The report is on p. 4 of the annex. It was leaked.",
             {"The report is on p. 4 of the annex.", "It was leaked."}},
            {"Prof. Lee of Acme Ltd. spoke first. Then the vote began.",
             {"Prof. Lee of Acme Ltd. spoke first.", "Then the vote began."}},
        });
}

TEST_CASE("broken input gives a graceful result", "[segmenter]") {
    const Segmenter segmenter("en");
    const std::u16string lone_surrogates{u'A', char16_t(0xD800), u'.', u' ', char16_t(0xDC00), u'B',
                                         u'.'};
    const std::u16string controls{u'\0', u'\x01', u'.', u' ', u'.', u'\n', u'\n', u'('};
    for (const std::u16string& text : {lone_surrogates, controls, std::u16string(u"(((( ))))")}) {
        const Segmentation layout = segmenter.segment(text);
        for (Span sentence : layout.sentences)
            CHECK((!sentence.empty() && sentence.end <= static_cast<int32_t>(text.size())));
    }
}

TEST_CASE("sentences never cross a paragraph and are never empty", "[segmenter]") {
    const Segmenter segmenter("fr");
    const std::u16string text = to_utf16("Titre\n\n   \n\nPremier. Deuxième.\n\n. \n\n\u00bb\n");
    const Segmentation layout = segmenter.segment(text);
    for (Span sentence : layout.sentences) {
        CHECK_FALSE(sentence.empty());
        int containing = 0;
        for (Span paragraph : layout.paragraphs)
            containing += paragraph.contains(sentence) ? 1 : 0;
        CHECK(containing == 1);
    }
    CHECK(slices_utf8(text, layout.sentences) ==
          std::vector<std::string>{"Titre", "Premier.", "Deuxième.", ".", "\u00bb"});
}
