#include "writers/json_story.h"

#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <vector>

namespace whosaid::test {

namespace {

// Paragraphs are the non-empty lines of the text.
std::vector<Span> lines_of(const std::u16string& text) {
    std::vector<Span> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(u'\n', start);
        if (end == std::u16string::npos)
            end = text.size();
        if (end > start)
            lines.push_back(Span{static_cast<int32_t>(start), static_cast<int32_t>(end)});
        start = end + 1;
    }
    return lines;
}

} // namespace

Span locate(const std::u16string& text, std::string_view needle, size_t occurrence) {
    const std::u16string wanted = to_utf16(needle);
    size_t at = text.find(wanted);
    for (size_t i = 0; i < occurrence && at != std::u16string::npos; ++i)
        at = text.find(wanted, at + 1);
    REQUIRE(at != std::u16string::npos);
    return Span{static_cast<int32_t>(at), static_cast<int32_t>(at + wanted.size())};
}

Document french_story() {
    Document doc;
    doc.text = to_utf16(
        "Climat : la COP r\u00e9unit \U0001F30D cent pays \u00e0 Nairobi\n"
        "\n"
        "NAIROBI, 3 f\u00e9vr 2026 (AFP) - La ministre k\u00e9nyane de l'Environnement, Amina "
        "Wanjiru, a appel\u00e9 mardi \u00e0 \u00ab\u00a0agir sans d\u00e9lai\u00a0\u00bb. "
        "\u00ab\u00a0Nous n'avons plus le temps d'attendre \U0001D538\u00a0\u00bb, a-t-elle "
        "d\u00e9clar\u00e9 \u00e0 l'AFP.\n"
        "\u00ab\u202fLe compte n'y est pas\u202f\u00bb, a estim\u00e9 un diplomate europ\u00e9en, "
        "selon Reuters. Il a jug\u00e9 \u00ab\u00a0d\u00e9cevant\u00a0\u00bb le texte.\n"
        "\u00ab\u00a0Premier paragraphe de la citation.\n"
        "\u00ab\u00a0Suite de la citation\u00a0\u00bb, a ajout\u00e9 Mme Wanjiru.\n"
        "\"We are ready,\" she said in English, a \\ backslash and a tab\there.");
    doc.source.path = "articles/cop-nairobi.txt";
    doc.source.encoding = "UTF-8";
    doc.source.format = "text";
    doc.language = "fr";
    doc.paragraphs = lines_of(doc.text);
    doc.title = doc.paragraphs.front();
    doc.dateline = Dateline{locate(doc.text, "NAIROBI, 3 f\u00e9vr 2026 (AFP) -"), "e2"};
    doc.sentences = {
        doc.paragraphs[0], Span{doc.paragraphs[1].start, locate(doc.text, "lai\u00a0\u00bb.").end},
        locate(doc.text, "Il a jug\u00e9 \u00ab\u00a0d\u00e9cevant\u00a0\u00bb le texte.")};

    Entity wanjiru;
    wanjiru.id = "e1";
    wanjiru.kind = EntityKind::Person;
    wanjiru.name = u"Amina Wanjiru";
    wanjiru.aliases = {u"Mme Wanjiru", u"Wanjiru"};
    wanjiru.roles = {u"ministre k\u00e9nyane de l'Environnement"};
    wanjiru.gender = Gender::Feminine;
    wanjiru.mentions = {
        {locate(doc.text, "La ministre k\u00e9nyane de l'Environnement"), MentionForm::Description},
        {locate(doc.text, "Amina Wanjiru"), MentionForm::Name},
        {locate(doc.text, "elle"), MentionForm::Pronoun},
        {locate(doc.text, "Mme Wanjiru"), MentionForm::Title},
    };
    Entity afp;
    afp.id = "e2";
    afp.kind = EntityKind::Media;
    afp.name = u"AFP";
    afp.mentions = {{locate(doc.text, "AFP"), MentionForm::Acronym},
                    {locate(doc.text, "AFP", 1), MentionForm::Acronym}};
    Entity reuters;
    reuters.id = "e3";
    reuters.kind = EntityKind::Media;
    reuters.name = u"Reuters";
    reuters.mentions = {{locate(doc.text, "Reuters"), MentionForm::Name}};
    Entity nairobi;
    nairobi.id = "e4";
    nairobi.kind = EntityKind::Place;
    nairobi.name = u"Nairobi";
    nairobi.mentions = {{locate(doc.text, "Nairobi"), MentionForm::Name}};
    doc.entities = {wanjiru, afp, reuters, nairobi};

    Quote partial;
    partial.id = "q1";
    partial.span = locate(doc.text, "agir sans d\u00e9lai");
    partial.kind = QuoteKind::Partial;
    partial.group = "q1";
    partial.speaker = Speaker{"e1", false, u"", locate(doc.text, "Amina Wanjiru")};
    partial.cue = locate(doc.text, "a appel\u00e9");
    partial.rule = "fr.partial-after-verb";
    partial.confidence = 0.75;

    Quote direct;
    direct.id = "q2";
    direct.span = locate(doc.text, "Nous n'avons plus le temps d'attendre \U0001D538");
    direct.group = "q2";
    direct.speaker = Speaker{"e1", false, u"", locate(doc.text, "elle")};
    direct.cue = locate(doc.text, "d\u00e9clar\u00e9");
    direct.sources = {QuoteSource{"e2", locate(doc.text, "AFP", 1)}};
    direct.rule = "fr.quote-then-inverted-verb";
    direct.confidence = 0.9;

    Quote anonymous;
    anonymous.id = "q3";
    anonymous.span = locate(doc.text, "Le compte n'y est pas");
    anonymous.group = "q3";
    anonymous.speaker = Speaker{"", true, u"un diplomate europ\u00e9en",
                                locate(doc.text, "un diplomate europ\u00e9en")};
    anonymous.cue = locate(doc.text, "a estim\u00e9");
    anonymous.sources = {QuoteSource{"e3", locate(doc.text, "Reuters")}};
    anonymous.rule = "fr.quote-then-verb";
    anonymous.confidence = 0.8;

    Quote unattributed; // no speaker, no cue, no group: the writer fills the group
    unattributed.id = "q4";
    unattributed.span = locate(doc.text, "d\u00e9cevant");
    unattributed.kind = QuoteKind::Partial;
    unattributed.confidence = 0.5;

    Quote first_piece;
    first_piece.id = "q5";
    first_piece.span = locate(doc.text, "Premier paragraphe de la citation.");
    first_piece.group = "q5";
    first_piece.speaker = Speaker{"e1", false, u"", locate(doc.text, "Mme Wanjiru")};
    first_piece.cue = locate(doc.text, "a ajout\u00e9");
    first_piece.rule = "fr.quote-then-verb";
    first_piece.confidence = 0.85;
    Quote second_piece = first_piece;
    second_piece.id = "q6";
    second_piece.span = locate(doc.text, "Suite de la citation");

    Quote english;
    english.id = "q7";
    english.span = locate(doc.text, "We are ready,");
    english.group = "q7";
    english.speaker = Speaker{"e1", false, u"", std::nullopt};
    english.cue = locate(doc.text, "said");
    english.rule = "en.quote-then-pronoun-verb";
    english.confidence = 1.0;

    doc.quotes = {partial, direct, anonymous, unattributed, first_piece, second_piece, english};
    return doc;
}

} // namespace whosaid::test
