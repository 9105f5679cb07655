// The samples that try to break the export: hostile text, bad spans, characters outside the
// BMP, an empty document.
#include "sample_documents.h"

namespace whosaid::samples {

Document hostile_article() {
    Document doc = make_document(
        u"</title><script>document.title='PWNED'</script> Breaking\n\n"
        u"Officials said <img src=x onerror=\"document.title='PWNED'\"> was posted by <b>Admin</b> "
        u"& co.\n\n"
        u"“<script>document.title='PWNED'</script>”, wrote the account javascript:alert(1) "
        u"before </style> and ]]> and <!-- a comment --> and <![CDATA[ x ]]> closed.\n\n"
        u"Null \u0001 byte, \u0085 next line, \xD800 lone surrogate, \uFFFF and \uFDD0 end.",
        "en\" onload=\"document.title='PWNED'", "/tmp/<b>evil</b>&\"'.txt");
    using K = EntityKind;
    add_entity(doc, "e1\"><script>document.title='PWNED'</script>", K::Person,
               u"<b>Admin</b> <script>document.title='PWNED'</script>", {{{u"<b>Admin</b>"}}},
               {u"</style><script>alert(1)</script>"});
    add_entity(doc, "e2", K::Media, u"<img src=x onerror=alert(1)>", {{{u"javascript:alert(1)"}}});
    add_entity(doc, "e2", K::Place, u"]]><!--", {{{u"Officials"}}});
    add_quote(doc, {"q1' onmouseover='document.title=1",
                    {u"<script>document.title='PWNED'</script>", 2},
                    QuoteKind::Direct,
                    true,
                    "e1\"><script>document.title='PWNED'</script>",
                    At{u"the account"},
                    false,
                    u"",
                    At{u"wrote"},
                    {{"e2", {u"javascript:alert(1)"}}}});
    return doc;
}

Document overlapping_article() {
    Document doc =
        make_document(u"Titre de l’essai\n\n"
                      u"Jean-Marc Ferrand a dit «\u00a0bonjour Paris\u00a0» hier à Lyon.\n\n"
                      u"Suite du texte, sur «\u00a0deux\n\nparagraphes\u00a0» sans fin.",
                      "fr", "essai.txt");
    using K = EntityKind;
    const auto size = static_cast<int32_t>(doc.text.size());
    add_entity(doc, "e1", K::Person, u"Jean-Marc Ferrand",
               {{{u"Jean-Marc Ferrand"}}, {{u"Ferrand a dit «\u00a0bonjour"}}});
    add_entity(doc, "e2", K::Person, u"Jean-Marc", {{{u"Jean-Marc"}}});
    add_entity(doc, "e3", K::Place, u"Paris", {{{u"Paris\u00a0» hier"}}});
    add_entity(doc, "e4", K::Place, u"Lyon", {{{u"Lyon.\n\nSuite"}}});
    add_entity(doc, "e4", K::Organization, u"Doublon", {{{u"essai"}}});
    Entity& broken = doc.entities.emplace_back();
    broken.id = "e6";
    broken.name = u"Cassé";
    broken.mentions = {
        {{40, 30}}, {{size - 2, size + 50}}, {{-10, 3}}, {{-20, -5}}, {{size + 1, size + 9}}};
    add_quote(doc, {"q1",
                    {u"bonjour Paris"},
                    QuoteKind::Direct,
                    true,
                    "e1",
                    At{u"Jean-Marc Ferrand"},
                    false,
                    u"",
                    At{u"Ferrand a dit"},
                    {}});
    add_quote(doc, {"q2",
                    {u"deux\n\nparagraphes"},
                    QuoteKind::Direct,
                    false,
                    "",
                    std::nullopt,
                    false,
                    u"",
                    std::nullopt,
                    {}});
    add_quote(doc, {"q2",
                    {u"hier à Lyon"},
                    QuoteKind::Indirect,
                    true,
                    "nobody",
                    std::nullopt,
                    false,
                    u"",
                    std::nullopt,
                    {}});
    Quote& reversed = doc.quotes.emplace_back();
    reversed.id = "q4";
    reversed.span = {50, 20};
    reversed.marks = {10, 5};
    doc.paragraphs.push_back(doc.paragraphs[1]);      // a duplicate
    doc.paragraphs.push_back({size - 5, size + 100}); // past the end, overlapping
    return doc;
}

Document non_bmp_article() {
    Document doc = make_document(u"Le 𝒳-Forum : 😀 𠀀𠀁 a parlé\n\n"
                                 u"«\u00a0𝓗𝓮𝓵𝓵𝓸 🌍\u00a0», a écrit 𠀀𠀁 sur le réseau 𝕏.",
                                 "fr", "emoji.txt");
    add_entity(doc, "e1", EntityKind::Person, u"𠀀𠀁", {{{u"𠀀𠀁", 1}}, {{u"𠀀𠀁", 2}}});
    add_entity(doc, "e2", EntityKind::Media, u"𝕏", {{{u"𝕏"}}});
    Span smiley = find(doc.text, {u"😀"});
    ++smiley.start; // inside the surrogate pair: the export must snap it back
    doc.entities.push_back(
        {"e3", EntityKind::Organization, u"😀", {}, {}, Gender::Unknown, {{smiley}}});
    add_quote(doc, {"q1",
                    {u"𝓗𝓮𝓵𝓵𝓸 🌍"},
                    QuoteKind::Direct,
                    true,
                    "e1",
                    At{u"𠀀𠀁", 2},
                    false,
                    u"",
                    At{u"a écrit"},
                    {{"e2", {u"𝕏"}}}});
    return doc;
}

Document empty_document() {
    Document doc;
    return doc;
}

} // namespace whosaid::samples
