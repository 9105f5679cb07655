#include "article_fixture.h"

namespace fixture {

namespace {

const QString kText = QStringLiteral(
    "Paris et Berlin relancent le dialogue\n\n"
    "PARIS, 3 mars 2026 (AFP) - Le négociateur Jean Dupont a rencontré ses homologues "
    "lundi.\n\n"
    "« Nous avancerons pas à pas », a déclaré M. Dupont, cité par l'agence Reuters.\n\n"
    "Le groupe Acme a salué l'accord. Dupont doit revenir à Paris en avril.");

whosaid::Span spanOf(const QString& needle, int nth = 0) {
    const int start = positionOf(needle, nth);
    return {start, start + static_cast<int32_t>(needle.size())};
}

whosaid::Entity entity(const char* id, whosaid::EntityKind kind, const QString& name,
                       std::vector<whosaid::Span> spans) {
    whosaid::Entity e;
    e.id = id;
    e.kind = kind;
    e.name = name.toStdU16String();
    for (whosaid::Span span : spans)
        e.mentions.push_back({span, whosaid::MentionForm::Name});
    return e;
}

} // namespace

int positionOf(const QString& needle, int nth) {
    int position = -1;
    for (int i = 0; i <= nth; ++i)
        position = static_cast<int>(kText.indexOf(needle, position + 1));
    return position;
}

whosaid::Document article() {
    using whosaid::EntityKind;
    whosaid::Document doc;
    doc.text = kText.toStdU16String();
    doc.language = "fr";
    doc.source.encoding = "UTF-8";
    doc.source.format = "text";
    int start = 0;
    while (start < kText.size()) {
        int end = static_cast<int>(kText.indexOf(QStringLiteral("\n\n"), start));
        if (end < 0)
            end = static_cast<int>(kText.size());
        doc.paragraphs.push_back({start, end});
        doc.sentences.push_back({start, end});
        start = end + 2;
    }
    doc.title = doc.paragraphs.front();
    doc.entities.push_back(
        entity("e1", EntityKind::Person, QStringLiteral("Jean Dupont"),
               {spanOf(QStringLiteral("Jean Dupont")), spanOf(QStringLiteral("M. Dupont")),
                spanOf(QStringLiteral("Dupont"), 2)}));
    doc.entities.push_back(entity("e2", EntityKind::Media, QStringLiteral("Reuters"),
                                  {spanOf(QStringLiteral("Reuters"))}));
    doc.entities.push_back(entity("e3", EntityKind::Organization, QStringLiteral("Acme"),
                                  {spanOf(QStringLiteral("Acme"))}));
    doc.entities.push_back(
        entity("e4", EntityKind::Place, QStringLiteral("Paris"),
               {spanOf(QStringLiteral("Paris")), spanOf(QStringLiteral("Paris"), 1)}));
    whosaid::Quote quote;
    quote.id = "q1";
    quote.span = spanOf(QStringLiteral("Nous avancerons pas à pas"));
    quote.marks = spanOf(QStringLiteral("« Nous avancerons pas à pas »"));
    quote.speaker = whosaid::Speaker{"e1", false, {}, spanOf(QStringLiteral("M. Dupont"))};
    quote.cue = spanOf(QStringLiteral("a déclaré"));
    quote.sources.push_back({"e2", spanOf(QStringLiteral("Reuters"))});
    quote.rule = "fr.quote-then-inverted-verb";
    quote.confidence = 0.9;
    doc.quotes.push_back(quote);
    return doc;
}

} // namespace fixture
