// A quotation several actors speak together (Speaker::entities): the reader names them all,
// lists the quotation under each actor, counts it for each, outlines each where the
// attribution names it and says in its "why" that they speak together.
#include "article.h"
#include "article_fixture.h"
#include "attribution_explainer.h"
#include "model_roles.h"
#include "qstring_maker.h"
#include "quotes_filter.h"
#include "quotes_model.h"
#include "reading_view.h"
#include "sources_model.h"
#include "status_summary.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>
#include <memory>

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

whosaid::Span spanOf(const QString& needle) {
    const int start = fixture::positionOf(needle);
    return {start, start + static_cast<int32_t>(needle.size())};
}

// The fixture article with its quotation spoken by Jean Dupont (e1) and Acme (e3) together.
std::shared_ptr<const Article> groupArticle() {
    whosaid::Document doc = fixture::article();
    whosaid::Speaker& speaker = *doc.quotes.front().speaker;
    speaker.entities = {"e1", "e3"};
    speaker.mentions = {spanOf(QStringLiteral("M. Dupont")), spanOf(QStringLiteral("Acme"))};
    return std::make_shared<const Article>(std::move(doc));
}

} // namespace

TEST_CASE("a group's quotation is named, counted and filtered for each speaker", "[gui][groups]") {
    const auto article = groupArticle();
    CHECK(article->speakerLabel(0) == QStringLiteral("Jean Dupont, Acme"));
    CHECK(article->quotationCount(0) == 1); // Jean Dupont
    CHECK(article->quotationCount(2) == 1); // Acme
    CHECK(article->quotationCount(1) == 0); // Reuters, the source
    CHECK(article->spokenBy(0, 2));
    CHECK_FALSE(article->spokenBy(0, 3));

    QuotesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    QuotesFilter filter;
    filter.setSourceModel(&model);
    model.setArticle(article);
    CHECK(model.index(0, QuotesModel::Speaker).data().toString() ==
          QStringLiteral("Jean Dupont, Acme"));
    filter.setSpeakerEntity(2); // Acme: the quotation is listed under it too
    CHECK(filter.rowCount() == 1);
    filter.setSpeakerEntity(0);
    CHECK(filter.rowCount() == 1);
    filter.setSpeakerEntity(3); // Paris speaks nothing
    CHECK(filter.rowCount() == 0);

    SourcesModel sources;
    sources.setArticle(article);
    const QModelIndex bySpeaker = sources.index(SourcesModel::BySpeaker, 0);
    int counted = 0;
    for (int row = 0; row < sources.rowCount(bySpeaker); ++row) {
        const QString name = sources.index(row, 0, bySpeaker).data().toString();
        if (name == QStringLiteral("Jean Dupont") || name == QStringLiteral("Acme")) {
            CHECK(sources.index(row, 1, bySpeaker).data().toInt() == 1);
            ++counted;
        }
    }
    CHECK(counted == 2);
    CHECK(StatusSummary::toCheck(*article, 2) == StatusSummary::toCheck(*article, 0));
}

TEST_CASE("a group's quotation says why and outlines every speaker", "[gui][groups]") {
    const auto article = groupArticle();
    CHECK(
        AttributionExplainer::explain(*article, 0).contains(QStringLiteral("2 speakers together")));
    CHECK(AttributionExplainer::explainHtml(*article, 0)
              .contains(QStringLiteral("2 speakers together")));
    const Article alone(fixture::article());
    CHECK_FALSE(AttributionExplainer::explain(alone, 0).contains(QStringLiteral("together")));

    ReadingView view;
    view.resize(700, 500);
    view.setArticle(article);
    view.setSelectedQuote(0);
    bool dupont = false, acme = false;
    for (const SpanMarks::Mark& mark : view.selectionMarks().all()) {
        dupont = dupont ||
                 (mark.start == fixture::positionOf(QStringLiteral("M. Dupont")) && mark.strong);
        acme = acme || (mark.start == fixture::positionOf(QStringLiteral("Acme")) && mark.strong);
    }
    CHECK(dupont);
    CHECK(acme);
}
