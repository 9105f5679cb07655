// The two dispatches of the samples: a French one with every kind of annotation, a short
// English one.
#include "sample_documents.h"

namespace whosaid::samples {

Document french_dispatch() {
    Document doc = make_document(
        u"Gaz : Moscou rejette l’ultimatum de Bruxelles\n\n"
        u"MOSCOU, 12 mars 2026 (AFP) - Le chef de la diplomatie russe, Anatoli Verkhov, a "
        u"rejeté jeudi l’ultimatum de l’Union européenne sur les livraisons de gaz, jugeant ses "
        u"exigences «\u00a0inacceptables\u00a0».\n\n"
        u"«\u00a0Nous ne négocierons pas sous la menace\u00a0», a déclaré M. Verkhov, cité par "
        u"l’agence Interfax, lors d’une conférence de presse à Moscou.\n\n"
        u"À Bruxelles, la commissaire européenne à l’Énergie, Katrin Halvorsen, a assuré que "
        u"l’UE restait «\u00a0ouverte au dialogue\u00a0». «\u00a0Quand Moscou dit \"jamais\", il "
        u"faut entendre \"pas maintenant\"\u00a0», a-t-elle ajouté sur la radio France Inter.\n\n"
        u"«\u00a0Le dialogue reste possible, mais pas à n’importe quel prix\u00a0», a confié à "
        u"l’AFP un haut responsable européen sous couvert d’anonymat.\n\n"
        u"Selon l’agence TASS, le Kremlin prépare une réponse «\u00a0mesurée\u00a0» qui pourrait "
        u"être annoncée dès vendredi.\n\n"
        u"«\u00a0Personne ne veut d’une escalade cet hiver\u00a0», pouvait-on lire sur une "
        u"banderole déployée devant l’ambassade de Russie à Paris.",
        "fr", "/home/redaction/depeches/gaz-moscou.txt");
    doc.dateline = Dateline{find(doc.text, {u"MOSCOU, 12 mars 2026 (AFP) -"}), "e3"};
    using K = EntityKind;
    using F = MentionForm;
    add_entity(doc, "e1", K::Place, u"Moscou",
               {{{u"Moscou", 1}}, {{u"MOSCOU"}}, {{u"Moscou", 2}}, {{u"Moscou", 3}}});
    add_entity(doc, "e2", K::Place, u"Bruxelles", {{{u"Bruxelles", 1}}, {{u"Bruxelles", 2}}});
    add_entity(doc, "e3", K::Media, u"AFP", {{{u"AFP", 1}, F::Acronym}, {{u"AFP", 2}, F::Acronym}});
    add_entity(doc, "e4", K::Person, u"Anatoli Verkhov",
               {{{u"Anatoli Verkhov"}}, {{u"M. Verkhov"}, F::Title}},
               {u"chef de la diplomatie russe"});
    add_entity(doc, "e5", K::Organization, u"Union européenne",
               {{{u"Union européenne"}}, {{u"UE"}, F::Acronym}});
    add_entity(doc, "e6", K::Media, u"Interfax", {{{u"Interfax"}}});
    add_entity(doc, "e7", K::Person, u"Katrin Halvorsen",
               {{{u"Katrin Halvorsen"}}, {{u"elle", 1, u"a-t-elle"}, F::Pronoun}},
               {u"commissaire européenne à l’Énergie"});
    add_entity(doc, "e8", K::Media, u"France Inter", {{{u"France Inter"}}});
    add_entity(doc, "e9", K::Media, u"TASS", {{{u"TASS"}}});
    add_entity(doc, "e10", K::Organization, u"Kremlin", {{{u"Kremlin"}}});
    add_entity(doc, "e11", K::Place, u"Russie", {{{u"Russie"}}});
    add_entity(doc, "e12", K::Place, u"Paris", {{{u"Paris"}}});

    add_quote(doc, {"q1",
                    {u"inacceptables"},
                    QuoteKind::Partial,
                    true,
                    "e4",
                    At{u"Anatoli Verkhov"},
                    false,
                    u"",
                    At{u"jugeant"},
                    {}});
    add_quote(doc, {"q2",
                    {u"Nous ne négocierons pas sous la menace"},
                    QuoteKind::Direct,
                    true,
                    "e4",
                    At{u"M. Verkhov"},
                    false,
                    u"",
                    At{u"a déclaré"},
                    {{"e6", {u"Interfax"}}}});
    add_quote(doc, {"q3",
                    {u"ouverte au dialogue"},
                    QuoteKind::Partial,
                    true,
                    "e7",
                    At{u"Katrin Halvorsen"},
                    false,
                    u"",
                    At{u"a assuré"},
                    {}});
    add_quote(doc, {"q4",
                    {u"Quand Moscou dit \"jamais\", il faut entendre \"pas maintenant\""},
                    QuoteKind::Direct,
                    true,
                    "e7",
                    At{u"elle", 1, u"a-t-elle"},
                    false,
                    u"",
                    At{u"ajouté"},
                    {{"e8", {u"France Inter"}}}});
    add_quote(doc, {"q5",
                    {u"jamais"},
                    QuoteKind::Partial,
                    false,
                    "",
                    std::nullopt,
                    false,
                    u"",
                    std::nullopt,
                    {}});
    add_quote(doc, {"q6",
                    {u"pas maintenant"},
                    QuoteKind::Partial,
                    false,
                    "",
                    std::nullopt,
                    false,
                    u"",
                    std::nullopt,
                    {}});
    add_quote(doc, {"q7",
                    {u"Le dialogue reste possible, mais pas à n’importe quel prix"},
                    QuoteKind::Direct,
                    true,
                    "",
                    At{u"un haut responsable européen"},
                    true,
                    u"un haut responsable européen",
                    At{u"a confié"},
                    {{"e3", {u"AFP", 2}}}});
    add_quote(doc, {"q8",
                    {u"mesurée"},
                    QuoteKind::Partial,
                    true,
                    "e10",
                    At{u"Kremlin"},
                    false,
                    u"",
                    At{u"Selon"},
                    {{"e9", {u"TASS"}}}});
    add_quote(doc, {"q9",
                    {u"Personne ne veut d’une escalade cet hiver"},
                    QuoteKind::Direct,
                    false,
                    "",
                    std::nullopt,
                    false,
                    u"",
                    std::nullopt,
                    {}});
    return doc;
}

Document english_dispatch() {
    Document doc = make_document(
        u"Fishing talks stall as Oslo and Reykjavik trade blame\n\n"
        u"OSLO, March 3, 2026 (Reuters) - Norway’s fisheries minister, Ingrid Solberg-Dahl, said "
        u"on Tuesday that talks with Iceland over mackerel quotas had reached “a dead end”.\n\n"
        u"“We have made every reasonable offer,” Solberg-Dahl told Reuters. “The ball is now in "
        u"Reykjavik’s court.”\n\n"
        u"An Icelandic official, speaking on condition of anonymity, told AFP the Norwegian "
        u"proposal was “not serious”.",
        "en", "C:\\news\\fishing-talks.txt");
    doc.dateline = Dateline{find(doc.text, {u"OSLO, March 3, 2026 (Reuters) -"}), "e3"};
    using K = EntityKind;
    add_entity(doc, "e1", K::Place, u"Oslo", {{{u"Oslo"}}, {{u"OSLO"}}});
    add_entity(doc, "e2", K::Place, u"Reykjavik", {{{u"Reykjavik", 1}}, {{u"Reykjavik", 2}}});
    add_entity(doc, "e3", K::Media, u"Reuters", {{{u"Reuters", 1}}, {{u"Reuters", 2}}});
    add_entity(doc, "e4", K::Place, u"Norway", {{{u"Norway"}}});
    add_entity(doc, "e5", K::Person, u"Ingrid Solberg-Dahl",
               {{{u"Ingrid Solberg-Dahl"}}, {{u"Solberg-Dahl", 2}, MentionForm::Surname}},
               {u"fisheries minister"});
    add_entity(doc, "e6", K::Place, u"Iceland", {{{u"Iceland"}}});
    add_entity(doc, "e7", K::Media, u"AFP", {{{u"AFP"}, MentionForm::Acronym}});
    add_quote(doc, {"q1",
                    {u"a dead end"},
                    QuoteKind::Partial,
                    true,
                    "e5",
                    At{u"Ingrid Solberg-Dahl"},
                    false,
                    u"",
                    At{u"said"},
                    {}});
    add_quote(doc, {"q2",
                    {u"We have made every reasonable offer,"},
                    QuoteKind::Direct,
                    true,
                    "e5",
                    At{u"Solberg-Dahl", 2},
                    false,
                    u"",
                    At{u"told", 1},
                    {{"e3", {u"Reuters", 2}}}});
    add_quote(doc, {"q3",
                    {u"The ball is now in Reykjavik’s court."},
                    QuoteKind::Direct,
                    true,
                    "e5",
                    std::nullopt,
                    false,
                    u"",
                    std::nullopt,
                    {{"e3", {u"Reuters", 2}}}});
    add_quote(doc, {"q4",
                    {u"not serious"},
                    QuoteKind::Partial,
                    true,
                    "",
                    At{u"An Icelandic official"},
                    true,
                    u"an Icelandic official",
                    At{u"told", 2},
                    {{"e7", {u"AFP"}}}});
    return doc;
}

} // namespace whosaid::samples
