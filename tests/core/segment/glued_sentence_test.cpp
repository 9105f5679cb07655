#include "segment/segmenter_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::slices_utf8;

namespace {

struct GluedRow {
    std::string text;
    std::vector<std::string> sentences;
};

void check_rows(const char* language, const std::vector<GluedRow>& rows) {
    const Segmenter segmenter(language);
    for (const GluedRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const std::u16string text = to_utf16(row.text);
            CHECK(slices_utf8(text, segmenter.segment(text).sentences) == row.sentences);
        }
    }
}

} // namespace

TEST_CASE("sentences glued by a lost space are split", "[segmenter][glued]") {
    check_rows(
        "fr",
        {
            // A period between a word and a capitalized word.
            {"Le cortège est arrivé à Nantes.Selon la préfecture, il comptait 800 personnes.",
             {"Le cortège est arrivé à Nantes.",
              "Selon la préfecture, il comptait 800 personnes."}},
            {"Le préfet a confirmé l'information à l'AFP.Le maire, lui, n'a pas réagi.",
             {"Le préfet a confirmé l'information à l'AFP.", "Le maire, lui, n'a pas réagi."}},
            {"Les syndicats refusent.Ils appellent à une nouvelle journée mardi.",
             {"Les syndicats refusent.", "Ils appellent à une nouvelle journée mardi."}},
            // The one-letter opener "A" / "À" before a lower-case word.
            {"Le prévenu a gardé le silence.A la barre, un gendarme a décrit la scène.",
             {"Le prévenu a gardé le silence.", "A la barre, un gendarme a décrit la scène."}},
            {"Les secours sont arrivés vers minuit.À leur arrivée, le toit brûlait déjà.",
             {"Les secours sont arrivés vers minuit.", "À leur arrivée, le toit brûlait déjà."}},
            // A closing guillemet written against the next sentence.
            {"Le vendeur s'est dit «soulagé»Une enquête a été ouverte jeudi.",
             {"Le vendeur s'est dit «soulagé»", "Une enquête a été ouverte jeudi."}},
            // A lower-case word glued to a word that opens sentences.
            {"La hausse reste modeste pour le salaire minimumSelon la centrale, elle ne suffit "
             "pas.",
             {"La hausse reste modeste pour le salaire minimum",
              "Selon la centrale, elle ne suffit pas."}},
        });
}

TEST_CASE("initials, abbreviations, addresses and camel-case names stay whole",
          "[segmenter][glued]") {
    check_rows("fr", {
                         {"M.Durand a pris la parole devant les élus.",
                          {"M.Durand a pris la parole devant les élus."}},
                         {"Le site www.LeJournal.fr a publié la lettre.",
                          {"Le site www.LeJournal.fr a publié la lettre."}},
                         {"La réservation passe par Voyages.Com depuis lundi.",
                          {"La réservation passe par Voyages.Com depuis lundi."}},
                         {"Il a publié une vidéo sur YouTube et sur LinkedIn mardi.",
                          {"Il a publié une vidéo sur YouTube et sur LinkedIn mardi."}},
                         {"Le groupe McDonald emploie des étudiants à Lyon.",
                          {"Le groupe McDonald emploie des étudiants à Lyon."}},
                         {"Elle a déclaré : » Nous partirons «, selon un témoin.",
                          {"Elle a déclaré : » Nous partirons «, selon un témoin."}},
                     });
    check_rows("en", {
                         {"The U.S.Army said it would review the footage.",
                          {"The U.S.Army said it would review the footage."}},
                         {"The U.S.A team won the relay on Sunday.",
                          {"The U.S.A team won the relay on Sunday."}},
                         {"Dr.Smith declined to comment on the findings.",
                          {"Dr.Smith declined to comment on the findings."}},
                         {"The framework runs on Node.JS and was released on Monday.",
                          {"The framework runs on Node.JS and was released on Monday."}},
                         {"He bought a new iPhone and a PlayStation on Friday.",
                          {"He bought a new iPhone and a PlayStation on Friday."}},
                     });
}

TEST_CASE("English sentences glued by a lost space are split", "[segmenter][glued]") {
    check_rows(
        "en",
        {
            {"The council voted late on Tuesday.The mayor said she would sign the bill.",
             {"The council voted late on Tuesday.", "The mayor said she would sign the bill."}},
            {"The plant closed in March.A spokesman said talks would resume.",
             {"The plant closed in March.", "A spokesman said talks would resume."}},
            {"Shares fell 4% in early tradingThe company did not comment.",
             {"Shares fell 4% in early trading", "The company did not comment."}},
            {"He called the plan \u201cunworkable\u201dThey plan to appeal next week.",
             {"He called the plan \u201cunworkable\u201d", "They plan to appeal next week."}},
        });
}

TEST_CASE("glued sentences of every kind in one paragraph come out in order",
          "[segmenter][glued]") {
    check_rows("fr",
               {
                   {"Le maire parle de «chantier»Les travaux commencent lundi.Selon la mairie, ils "
                    "dureront un an pour le quartier nordLa rue restera ouverte.",
                    {"Le maire parle de «chantier»", "Les travaux commencent lundi.",
                     "Selon la mairie, ils dureront un an pour le quartier nord",
                     "La rue restera ouverte."}},
               });
}
