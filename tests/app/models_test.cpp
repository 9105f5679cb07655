#include "actors_model.h"
#include "article.h"
#include "article_fixture.h"
#include "mentions_model.h"
#include "model_roles.h"
#include "qstring_maker.h"
#include "quotes_model.h"
#include "sources_model.h"
#include "span_tooltip.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

namespace {
std::shared_ptr<const Article> fixtureArticle() {
    return std::make_shared<const Article>(fixture::article());
}
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
} // namespace

TEST_CASE("the actors model groups actors by kind with their counts", "[gui][models]") {
    ActorsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setArticle(fixtureArticle());
    REQUIRE(model.rowCount() == 4); // person, organization, place, media
    const QModelIndex people = model.index(0, 0);
    REQUIRE(model.rowCount(people) == 1);
    CHECK(model.index(0, ActorsModel::Name, people).data().toString() ==
          QStringLiteral("Jean Dupont"));
    CHECK(model.index(0, ActorsModel::Mentions, people).data().toInt() == 3);
    CHECK(model.index(0, ActorsModel::Quotations, people).data().toInt() == 1);
    CHECK(model.indexOfEntity(3).data().toString() == QStringLiteral("Paris"));
    CHECK(model.indexOfEntity(3).siblingAtColumn(ActorsModel::Mentions).data().toInt() == 2);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester proxyTester(&proxy, kFatal);
    proxy.setFilterFixedString(QStringLiteral("acm"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0, proxy.index(0, 0)).data().toString() == QStringLiteral("Acme"));
    model.setArticle(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the mentions model lists an actor's mentions with context", "[gui][models]") {
    MentionsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    auto article = fixtureArticle();
    model.setEntity(article, 0);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, MentionsModel::Paragraph).data().toInt() == 2);
    CHECK(model.index(1, MentionsModel::Paragraph).data().toInt() == 3);
    const QString html =
        model.index(1, MentionsModel::Context).data(ModelRoles::RichText).toString();
    CHECK(html.contains(QStringLiteral("<b>M. Dupont</b>")));
    CHECK(html.contains(QStringLiteral("a déclaré <b>M. Dupont</b>,")));
    CHECK(model.index(2, MentionsModel::Context)
              .data()
              .toString()
              .contains(QStringLiteral("Dupont doit revenir")));
    model.setEntity(article, -1);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the quotes model shows speaker, certainty, sources, paragraph and why",
          "[gui][models]") {
    QuotesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setArticle(fixtureArticle());
    REQUIRE(model.rowCount() == 1);
    const struct {
        int column;
        QString expected;
    } rows[] = {
        {QuotesModel::Words, QStringLiteral("Nous avancerons pas à pas")},
        {QuotesModel::Kind, QStringLiteral("direct")},
        {QuotesModel::Speaker, QStringLiteral("Jean Dupont")},
        {QuotesModel::Sources, QStringLiteral("Reuters")},
        {QuotesModel::Paragraph, QStringLiteral("3")},
        {QuotesModel::Certainty, QStringLiteral("● sure")},
        {QuotesModel::Rule, QStringLiteral("speech verb after the quotation: a déclaré")},
    };
    for (const auto& row : rows)
        CHECK(model.index(0, row.column).data().toString() == row.expected);
}

TEST_CASE("for a PDF the paragraph columns give the page each paragraph starts on",
          "[gui][models]") {
    whosaid::Document doc = fixture::article();
    REQUIRE(doc.paragraphs.size() >= 3);
    doc.source.format = "pdf";
    // Paragraphs 1 and 2 on page 1, paragraph 3 and on from page 2.
    doc.source.page_starts = {0, doc.paragraphs[2].start};
    const auto article = std::make_shared<const Article>(std::move(doc));

    QuotesModel quotes;
    quotes.setArticle(article);
    REQUIRE(quotes.rowCount() == 1);
    const QModelIndex cell = quotes.index(0, QuotesModel::Paragraph);
    CHECK(cell.data().toString() == QStringLiteral("3 · p. 2"));
    CHECK(cell.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Paragraph 3, which starts on page 2 of the PDF"));

    MentionsModel mentions;
    mentions.setEntity(article, 0);
    REQUIRE(mentions.rowCount() == 3);
    CHECK(mentions.index(0, MentionsModel::Paragraph).data().toString() ==
          QStringLiteral("2 · p. 1"));
    CHECK(mentions.index(1, MentionsModel::Paragraph).data().toString() ==
          QStringLiteral("3 · p. 2"));
    CHECK(mentions.index(1, MentionsModel::Paragraph).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Paragraph 3, which starts on page 2 of the PDF"));

    // Not a PDF: the number alone, no tooltip.
    QuotesModel plain;
    plain.setArticle(fixtureArticle());
    CHECK(plain.index(0, QuotesModel::Paragraph).data().toInt() == 3);
    CHECK_FALSE(plain.index(0, QuotesModel::Paragraph).data(Qt::ToolTipRole).isValid());
}

TEST_CASE("the sources model counts quotations per source and per speaker", "[gui][models]") {
    SourcesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    whosaid::Document doc = fixture::article();
    // A second, anonymous quotation with no source.
    whosaid::Quote anonymous = doc.quotes.front();
    anonymous.id = "q2";
    anonymous.speaker = whosaid::Speaker{"", true, u"un diplomate", std::nullopt};
    anonymous.sources.clear();
    doc.quotes.push_back(anonymous);
    model.setArticle(std::make_shared<const Article>(std::move(doc)));
    const QModelIndex bySource = model.index(SourcesModel::BySource, 0);
    const QModelIndex bySpeaker = model.index(SourcesModel::BySpeaker, 0);
    REQUIRE(model.rowCount(bySource) == 2);
    CHECK(model.index(0, 0, bySource).data().toString() == QStringLiteral("Reuters"));
    CHECK(model.index(0, 1, bySource).data().toInt() == 1);
    CHECK(model.index(1, 1, bySource).data().toInt() == 1); // no source cited
    REQUIRE(model.rowCount(bySpeaker) == 3);
    CHECK(model.index(0, 0, bySpeaker).data().toString() == QStringLiteral("Jean Dupont"));
    CHECK(model.index(1, 1, bySpeaker).data().toInt() == 1); // anonymous
    CHECK(model.index(2, 1, bySpeaker).data().toInt() == 0); // unattributed
    CHECK(model.index(0, 1, bySpeaker).data(ModelRoles::BarFraction).toDouble() == 1.0);
}

TEST_CASE("tooltips describe the actor and the quotation under a position", "[gui]") {
    const Article article(fixture::article());
    const QString onName =
        SpanTooltip::at(article, fixture::positionOf(QStringLiteral("M. Dupont")) + 3);
    CHECK(onName.contains(QStringLiteral("Jean Dupont")));
    CHECK(onName.contains(QStringLiteral("3 mentions")));
    CHECK(onName.contains(QStringLiteral("1 quotation")));
    const QString onQuote =
        SpanTooltip::at(article, fixture::positionOf(QStringLiteral("avancerons")));
    CHECK(onQuote.contains(QStringLiteral("Reuters")));
    CHECK(onQuote.contains(QStringLiteral("a déclaré")));
    CHECK(onQuote.contains(QStringLiteral("speech verb after the quotation: <i>a déclaré</i>")));
    CHECK(onQuote.contains(QStringLiteral("● sure")));
    CHECK(SpanTooltip::at(article, fixture::positionOf(QStringLiteral("lundi"))).isEmpty());
}
