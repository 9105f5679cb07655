#include "segment/segmenter_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::optional_utf8;

namespace {

struct DatelineRow {
    std::string text;
    std::string dateline; // "" when there is none
    std::string agency;
};

} // namespace

TEST_CASE("wire datelines and bylines are found with their agency", "[segmenter]") {
    const std::vector<DatelineRow> rows = {
        {"Le Kremlin hausse le ton\n\nMOSCOU, 26 nov 2014 (AFP) - Le ministre a parlé.",
         "MOSCOU, 26 nov 2014 (AFP) -", "AFP"},
        {"MOSCOU (AFP) - Le ministre russe a parlé mardi.", "MOSCOU (AFP) -", "AFP"},
        {"(AFP) - Le ministre a parlé mardi.", "(AFP) -", "AFP"},
        {"WASHINGTON (Reuters) - The senator said on Tuesday.", "WASHINGTON (Reuters) -",
         "Reuters"},
        {"SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers found debris.",
         "SURABAYA, Indonesia/JAKARTA (Reuters) -", "Reuters"},
        {"GENÈVE, 12 mars 2026 (AFP) - Les négociations ont repris.",
         "GENÈVE, 12 mars 2026 (AFP) -", "AFP"},
        {"PARIS, 3 janvier (Reuters) \u2013 Le gouvernement a annoncé un plan.",
         "PARIS, 3 janvier (Reuters) \u2013", "Reuters"},
        {"PARIS, 3 janvier (Reuters) \u2014 Le gouvernement a annoncé un plan.",
         "PARIS, 3 janvier (Reuters) \u2014", "Reuters"},
        {"Berlin (dpa) - La chancelière a parlé.", "Berlin (dpa) -", "dpa"},
        {"SAINT-PÉTERSBOURG (AFP) - Le forum s'ouvre.", "SAINT-PÉTERSBOURG (AFP) -", "AFP"},
        {"N'DJAMENA (AFP) - Le président a limogé son ministre.", "N'DJAMENA (AFP) -", "AFP"},
        {"RIO DE JANEIRO (AP) - The carnival began.", "RIO DE JANEIRO (AP) -", "AP"},
        {"WASHINGTON, Nov 26, 2014 (Reuters) - Lawmakers met.",
         "WASHINGTON, Nov 26, 2014 (Reuters) -", "Reuters"},
        {"Paris, 1er mai (Belga) - Les syndicats défilent.", "Paris, 1er mai (Belga) -", "Belga"},
        {"LAUSANNE (ats/Keystone) - Le comité a tranché.", "LAUSANNE (ats/Keystone) -", "ats"},
        {"Un titre\n\nUn chapeau qui résume l'affaire.\n\nBRUXELLES (AFP) - Les ministres.",
         "BRUXELLES (AFP) -", "AFP"},
        {"Le ministre a parlé.\n\nLe sommet reprendra demain.\n\n(ats/Newsnet)", "(ats/Newsnet)",
         "ats"},
        {"Le ministre a parlé.\n\nLe sommet reprendra demain. (AFP)", "(AFP)", "AFP"},
        {"The minister spoke.\n\nTalks resume tomorrow.\n\n(Reuters)", "(Reuters)", "Reuters"},
        {"Le ministre a parlé.\n\nLe sommet reprendra demain.\n\n(nxp/ats)", "(nxp/ats)", "ats"},
        {"Le ministre a parlé.\n\nLe sommet reprendra demain.\n\n(avec AFP)", "(avec AFP)", "AFP"},
        {"KIEV, 2 mai (Ukrinform) - Le maire a parlé.", "KIEV, 2 mai (Ukrinform) -", "Ukrinform"},
        {"TACHKENT (Dunyo) - Le sommet s'ouvre.", "TACHKENT (Dunyo) -", "Dunyo"},
        // Ordinary sentences and notes that are not datelines.
        {"ÉLECTIONS (PREMIER TOUR) - LES RÉSULTATS SONT TOMBÉS.", "", ""},
        {"Berlin (Spiegel) - La chancelière a parlé.", "", ""},
        {"Le Fonds monétaire international (FMI) - qui a tout vu - a parlé.", "", ""},
        {"Emmanuel Durand (Renaissance) - a répondu le député.", "", ""},
        {"Paris (AFP) a annoncé la nouvelle mardi.", "", ""},
        {"Selon le porte-parole (voir ci-dessous) - rien ne change.", "", ""},
        {"Il a déclaré (AFP) - que rien ne change.", "", ""},
        {"PARIS - Le gouvernement a annoncé un plan.", "", ""},
        {"26 nov 2014 (AFP) - Le ministre a parlé.", "", ""},
        {"Le Kremlin a répondu.\n\nLes combats ont repris (photo)", "", ""},
        {"Le Kremlin a répondu.\n\n(FIN)", "", ""},
        {"Le Kremlin a répondu.\n\nLes combats ont repris à Donetsk (Ukraine)", "", ""},
        {"Le Kremlin a répondu aux questions de l'agence (TASS).", "", ""},
    };
    const Segmenter segmenter("fr");
    for (const DatelineRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const std::u16string text = to_utf16(row.text);
            const Segmentation layout = segmenter.segment(text);
            CHECK(optional_utf8(text, layout.dateline) == row.dateline);
            CHECK(optional_utf8(text, layout.dateline_agency) == row.agency);
        }
    }
}
