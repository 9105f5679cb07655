#include "sample_documents.h"

#include <algorithm>
#include <stdexcept>

namespace whosaid::samples {
namespace {

int32_t to_offset(size_t position) {
    return static_cast<int32_t>(position);
}

bool is_quote_mark(char16_t c) {
    return c == u'«' || c == u'»' || c == u'"' || c == u'“' || c == u'”' || c == u'‘' || c == u'’';
}

bool is_space(char16_t c) {
    return c == u' ' || c == u'\u00a0' || c == u'\u202f';
}

// The words plus the marks around them: spaces, then one mark, on each side.
Span marks_around(const std::u16string& text, Span words) {
    int32_t start = words.start;
    while (start > 0 && is_space(text[static_cast<size_t>(start - 1)]))
        --start;
    int32_t end = words.end;
    while (end < to_offset(text.size()) && is_space(text[static_cast<size_t>(end)]))
        ++end;
    const bool open = start > 0 && is_quote_mark(text[static_cast<size_t>(start - 1)]);
    const bool close =
        end < to_offset(text.size()) && is_quote_mark(text[static_cast<size_t>(end)]);
    if (!open || !close)
        return words;
    return {start - 1, end + 1};
}

} // namespace

Span find(const std::u16string& text, const At& at) {
    size_t base = 0;
    std::u16string_view haystack = text;
    if (!at.context.empty()) {
        base = text.find(at.context);
        if (base == std::u16string::npos)
            throw std::logic_error("context not in text");
        haystack = haystack.substr(base, at.context.size());
    }
    size_t position = std::u16string_view::npos;
    size_t from = 0;
    for (int n = 0; n < at.occurrence; ++n) {
        position = haystack.find(at.needle, from);
        if (position == std::u16string_view::npos)
            throw std::logic_error("needle not in text");
        from = position + 1;
    }
    return {to_offset(base + position), to_offset(base + position + at.needle.size())};
}

Document make_document(std::u16string text, std::string language, std::string path) {
    Document doc;
    doc.text = std::move(text);
    doc.language = std::move(language);
    doc.source.path = std::move(path);
    doc.source.encoding = "UTF-8";
    doc.source.format = "text";
    size_t start = 0;
    while (start < doc.text.size()) {
        size_t end = doc.text.find(u"\n\n", start);
        if (end == std::u16string::npos)
            end = doc.text.size();
        if (end > start)
            doc.paragraphs.push_back({to_offset(start), to_offset(end)});
        start = end + 2;
    }
    if (!doc.paragraphs.empty())
        doc.title = doc.paragraphs.front();
    return doc;
}

void add_entity(Document& doc, std::string id, EntityKind kind, std::u16string name,
                const std::vector<MentionAt>& mentions, std::vector<std::u16string> roles) {
    Entity entity;
    entity.id = std::move(id);
    entity.kind = kind;
    entity.name = std::move(name);
    entity.roles = std::move(roles);
    for (const MentionAt& m : mentions)
        entity.mentions.push_back({find(doc.text, m.at), m.form});
    std::sort(entity.mentions.begin(), entity.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span < b.span; });
    doc.entities.push_back(std::move(entity));
}

void add_quote(Document& doc, const QuoteAt& q) {
    Quote quote;
    quote.id = q.id;
    quote.group = q.id;
    quote.kind = q.kind;
    quote.span = find(doc.text, q.words);
    quote.marks = marks_around(doc.text, quote.span);
    if (q.has_speaker) {
        Speaker speaker;
        speaker.entity = q.speaker;
        speaker.anonymous = q.anonymous;
        speaker.description = q.description;
        if (q.speaker_mention)
            speaker.mention = find(doc.text, *q.speaker_mention);
        quote.speaker = speaker;
    }
    if (q.cue)
        quote.cue = find(doc.text, *q.cue);
    for (const SourceAt& s : q.sources)
        quote.sources.push_back({s.entity, find(doc.text, s.at)});
    quote.rule = "test.by-hand";
    quote.confidence = 1.0;
    doc.quotes.push_back(std::move(quote));
}

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

std::vector<Sample> all_samples() {
    std::vector<Sample> samples;
    samples.push_back({"french_dispatch", french_dispatch(), 20, 9});
    samples.push_back({"english_dispatch", english_dispatch(), 11, 4});
    samples.push_back({"hostile_article", hostile_article(), 3, 1});
    // Broken mentions: (40,30) and (-20,-5) and past the end vanish; (-10,3) and the one
    // overlapping the end are clipped to the text. The reversed quote vanishes.
    samples.push_back({"overlapping_article", overlapping_article(), 8, 3});
    samples.push_back({"non_bmp_article", non_bmp_article(), 4, 1});
    samples.push_back({"empty_document", empty_document(), 0, 0});
    return samples;
}

} // namespace whosaid::samples
