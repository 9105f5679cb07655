#include "certainty_fixture.h"

#include "article_fixture.h"

#include <QString>

namespace fixture {

namespace {

whosaid::Span spanOf(const QString& needle) {
    const int start = positionOf(needle);
    return {start, start + static_cast<int32_t>(needle.size())};
}

whosaid::Quote quote(const char* id, const QString& words, whosaid::QuoteKind kind) {
    whosaid::Quote q;
    q.id = id;
    q.span = spanOf(words);
    q.marks = q.span;
    q.kind = kind;
    return q;
}

} // namespace

whosaid::Document articleWithCertainties() {
    whosaid::Document doc = article();
    whosaid::Quote sure = doc.quotes.front();
    doc.quotes.clear();

    whosaid::Quote nobody =
        quote("q0", QStringLiteral("relancent le dialogue"), whosaid::QuoteKind::Partial);
    nobody.confidence = 0.7; // sure that nobody is named: still unattributed
    doc.quotes.push_back(nobody);
    doc.quotes.push_back(sure);

    whosaid::Quote likely =
        quote("q2", QStringLiteral("a salué l'accord"), whosaid::QuoteKind::Indirect);
    likely.speaker = whosaid::Speaker{"e3", false, {}, spanOf(QStringLiteral("Acme"))};
    likely.rule = "fr.clause-subject";
    likely.confidence = 0.6;
    doc.quotes.push_back(likely);

    whosaid::Quote unsure =
        quote("q3", QStringLiteral("doit revenir à Paris en avril"), whosaid::QuoteKind::Partial);
    const int dupont = positionOf(QStringLiteral("Dupont"), 2);
    unsure.speaker = whosaid::Speaker{"e1", false, {}, whosaid::Span{dupont, dupont + 6}};
    unsure.rule = "fr.continuation";
    unsure.confidence = 0.3;
    doc.quotes.push_back(unsure);
    for (size_t q = 0; q < doc.quotes.size(); ++q)
        doc.quotes[q].id = "q" + std::to_string(q + 1);
    return doc;
}

} // namespace fixture
