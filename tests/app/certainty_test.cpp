#include "article.h"
#include "article_fixture.h"
#include "attribution_explainer.h"
#include "certainty_fixture.h"
#include "language_scope.h"
#include "main_window.h"
#include "model_roles.h"
#include "qstring_maker.h"
#include "quotes_filter.h"
#include "quotes_model.h"
#include "quotes_panel.h"
#include "reading_view.h"
#include "span_tooltip.h"
#include "status_summary.h"
#include "whosaid/attribution_rule.h"
#include "whosaid/certainty.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolButton>

namespace {

std::shared_ptr<const Article> certaintyArticle() {
    return std::make_shared<const Article>(fixture::articleWithCertainties());
}

// The quotation indices of the panel's rows, top to bottom.
std::vector<int> rowQuotes(const QuotesPanel& panel) {
    std::vector<int> quotes;
    for (int row = 0; row < panel.proxy()->rowCount(); ++row)
        quotes.push_back(panel.proxy()->index(row, 0).data(ModelRoles::Quote).toInt());
    return quotes;
}

void freshSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

} // namespace

TEST_CASE("the certainty column shows each level with its mark", "[gui][certainty]") {
    QuotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setArticle(certaintyArticle());
    REQUIRE(model.rowCount() == 4);
    const struct {
        int row;
        QString certainty;
        QString speaker;
        QString why;
    } rows[] = {
        {0, QStringLiteral("⊘ unattributed"), QStringLiteral("unattributed"),
         QStringLiteral("no speaker found")},
        {1, QStringLiteral("● sure"), QStringLiteral("Jean Dupont"),
         QStringLiteral("speech verb after the quotation: a déclaré")},
        {2, QStringLiteral("◐ likely"), QStringLiteral("Acme"),
         QStringLiteral("subject of the sentence that holds the quotation, no speech verb")},
        {3, QStringLiteral("○ unsure — check"), QStringLiteral("Jean Dupont"),
         QStringLiteral("same speaker as the previous quotation")},
    };
    for (const auto& row : rows) {
        CHECK(model.index(row.row, QuotesModel::Certainty).data().toString() == row.certainty);
        CHECK(model.index(row.row, QuotesModel::Speaker).data().toString() == row.speaker);
        CHECK(model.index(row.row, QuotesModel::Rule).data().toString() == row.why);
    }
    // Unattributed reads as such: in italics, not as one more name.
    CHECK(model.index(0, QuotesModel::Speaker).data(Qt::FontRole).value<QFont>().italic());
    CHECK_FALSE(model.index(1, QuotesModel::Speaker).data(Qt::FontRole).isValid());
    // The tooltip gives the confidence and the rule id, for tracing.
    const QString tip = model.index(3, QuotesModel::Certainty).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("0.30")));
    CHECK(tip.contains(QStringLiteral("fr.continuation")));
    CHECK(model.headerData(QuotesModel::Certainty, Qt::Horizontal).toString() ==
          QStringLiteral("Certainty"));
    CHECK(model.headerData(QuotesModel::Rule, Qt::Horizontal).toString() == QStringLiteral("Why"));
}

TEST_CASE("a click on the certainty header sorts the least sure first", "[gui][certainty]") {
    QuotesPanel panel;
    panel.setArticle(certaintyArticle());
    CHECK(rowQuotes(panel) == std::vector<int>{0, 1, 2, 3}); // text order at first
    QHeaderView* header = panel.view()->horizontalHeader();
    header->setSortIndicator(QuotesModel::Certainty, Qt::AscendingOrder);
    CHECK(rowQuotes(panel) == std::vector<int>{0, 3, 2, 1});
    header->setSortIndicator(QuotesModel::Certainty, Qt::DescendingOrder);
    CHECK(rowQuotes(panel) == std::vector<int>{1, 2, 3, 0});
    header->setSortIndicator(QuotesModel::Paragraph, Qt::AscendingOrder);
    CHECK(rowQuotes(panel) == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("selecting an actor lists its quotations with their certainty", "[gui][certainty]") {
    freshSettings();
    MainWindow window;
    window.showDocument(fixture::articleWithCertainties(), QStringLiteral("fixture"));
    QuotesPanel* panel = window.quotesPanel();
    CHECK(window.statusText() ==
          QStringLiteral("4 actors, 4 quotations, 2 to check — click a name to follow an actor"));
    CHECK(panel->scopeLabel()->isHidden());

    window.selectEntity(0, 0); // Jean Dupont: one sure quotation, one unsure
    CHECK(rowQuotes(*panel) == std::vector<int>{1, 3});
    CHECK(panel->proxy()->index(1, QuotesModel::Certainty).data().toString() ==
          QStringLiteral("○ unsure — check"));
    CHECK_FALSE(panel->scopeLabel()->isHidden());
    CHECK(panel->scopeLabel()->text() ==
          QStringLiteral("Quotations of Jean Dupont: 2 quotations, 1 to check"));
    CHECK(window.statusText() ==
          QStringLiteral("Jean Dupont — 3 mentions, 2 quotations, 1 to check"));

    window.selectEntity(3, 0); // Paris is not quoted: the panel says so
    CHECK(panel->proxy()->rowCount() == 0);
    CHECK_FALSE(panel->emptyHint()->isHidden());
    CHECK(panel->emptyHint()->text().contains(QStringLiteral("Paris")));

    panel->findChild<QToolButton*>(QStringLiteral("showAllQuotes"))->click();
    CHECK(window.selectedEntity() == -1);
    CHECK(panel->proxy()->rowCount() == 4);
    CHECK(panel->emptyHint()->isHidden());
}

TEST_CASE("the speaker filter and the actor's filter combine", "[gui][certainty]") {
    QuotesFilter filter;
    QuotesModel model;
    filter.setSourceModel(&model);
    filter.setFilterKeyColumn(QuotesModel::Speaker);
    model.setArticle(certaintyArticle());
    filter.setFilterFixedString(QStringLiteral("dupont"));
    CHECK(filter.rowCount() == 2);
    filter.setSpeakerEntity(2); // Acme
    CHECK(filter.rowCount() == 0);
    filter.setFilterFixedString({});
    CHECK(filter.rowCount() == 1);
}

TEST_CASE("selecting a quotation outlines the mention that named its speaker", "[gui][certainty]") {
    ReadingView view;
    view.resize(700, 500);
    view.setArticle(certaintyArticle());
    view.setSelectedQuote(3);
    const int dupont = fixture::positionOf(QStringLiteral("Dupont"), 2);
    bool speakerOutlined = false, quoteMarked = false;
    for (const SpanMarks::Mark& mark : view.selectionMarks().all()) {
        speakerOutlined =
            speakerOutlined || (mark.start == dupont && mark.end == dupont + 6 && mark.strong);
        quoteMarked =
            quoteMarked || mark.start == fixture::positionOf(QStringLiteral("doit revenir"));
    }
    CHECK(speakerOutlined);
    CHECK(quoteMarked);
    view.setSelectedQuote(0); // unattributed: nothing to outline but the words
    CHECK(view.selectionMarks().size() == 1);
}

TEST_CASE("the margin marks each quotation with its certainty", "[gui][certainty]") {
    ReadingView view;
    view.resize(900, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setArticle(certaintyArticle());
    std::vector<QString> symbols;
    for (const CertaintyMargin::Mark& mark : view.certaintyMarks()) {
        symbols.push_back(mark.symbol);
        CHECK(mark.rect.right() < view.document()->rootFrame()->frameFormat().leftMargin());
    }
    // One mark per line, in text order; a line holding two quotations shows the less sure.
    const auto lineTop = [&view](const QString& words) {
        QTextCursor cursor(view.document());
        cursor.setPosition(fixture::positionOf(words));
        return view.cursorRect(cursor).top();
    };
    if (lineTop(QStringLiteral("a salué")) == lineTop(QStringLiteral("doit revenir")))
        CHECK(symbols ==
              std::vector<QString>{QStringLiteral("⊘"), QStringLiteral("●"), QStringLiteral("○")});
    else
        CHECK(symbols == std::vector<QString>{QStringLiteral("⊘"), QStringLiteral("●"),
                                              QStringLiteral("◐"), QStringLiteral("○")});
    view.setKindVisible(HighlightKind::Reported, false); // q2 is reported speech
    CHECK(view.certaintyMarks().size() == 3);
    view.setKindVisible(HighlightKind::Quotation, false);
    CHECK(view.certaintyMarks().empty());
}

TEST_CASE("the hover text says how sure the attribution is and why", "[gui][certainty]") {
    const Article article(fixture::articleWithCertainties());
    const QString tip =
        SpanTooltip::at(article, fixture::positionOf(QStringLiteral("doit revenir")) + 2);
    CHECK(tip.contains(QStringLiteral("○ unsure — check")));
    CHECK(tip.contains(QStringLiteral("same speaker as the previous quotation")));
    CHECK(tip.contains(QStringLiteral("Sources: none")));
}

TEST_CASE("every attribution rule core can write is explained in every language",
          "[gui][certainty][i18n]") {
    std::map<std::string_view, QString> english;
    for (const std::string_view rule : whosaid::attribution_rules()) {
        english[rule] = AttributionExplainer::ruleText(rule);
        CHECK_FALSE(english[rule].isEmpty());
    }
    CHECK(AttributionExplainer::ruleText("no-such-rule").isEmpty());
    for (const char* code : {"fr", "de", "es"}) {
        LanguageScope language(QString::fromLatin1(code));
        for (const std::string_view rule : whosaid::attribution_rules()) {
            DYNAMIC_SECTION(code << ": " << rule) {
                const QString text = AttributionExplainer::ruleText(rule);
                CHECK_FALSE(text.isEmpty());
                CHECK(text != english[rule]);
            }
        }
        for (const whosaid::Certainty level :
             {whosaid::Certainty::Unattributed, whosaid::Certainty::Unsure,
              whosaid::Certainty::Likely, whosaid::Certainty::Sure})
            CHECK(AttributionExplainer::certaintyName(level) !=
                  QString::fromLatin1(whosaid::to_string(level)));
    }
}

TEST_CASE("the status line counts the quotations to check in French", "[gui][certainty][i18n]") {
    LanguageScope french(QStringLiteral("fr"));
    const Article article(fixture::articleWithCertainties());
    CHECK(StatusSummary::toCheck(article, -1) == 2);
    CHECK(StatusSummary::toCheck(article, 0) == 1);
    CHECK(StatusSummary::text(&article, 0) ==
          QStringLiteral("Jean Dupont — 3 mentions, 2 citations, 1 à vérifier"));
    // "Sources : aucune", not "aucun": the word agrees with its noun.
    const QString tip =
        SpanTooltip::at(article, fixture::positionOf(QStringLiteral("doit revenir")) + 2);
    CHECK(tip.contains(QStringLiteral("Sources : aucune")));
}
