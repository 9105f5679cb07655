#include "quotes_panel.h"

#include "article.h"
#include "model_roles.h"
#include "quotes_filter.h"
#include "quotes_model.h"
#include "whosaid/certainty.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

QuotesPanel::QuotesPanel(QWidget* parent)
    : QWidget(parent), model_(new QuotesModel(this)), proxy_(new QuotesFilter(this)),
      filter_(new QLineEdit(this)), scope_(new QLabel(this)), showAll_(new QToolButton(this)),
      empty_(new QLabel(this)), review_(new QToolButton(this)), view_(new QTableView(this)) {
    setFocusProxy(view_);
    proxy_->setSourceModel(model_);
    proxy_->setFilterKeyColumn(QuotesModel::Speaker);
    filter_->setClearButtonEnabled(true);
    scope_->setObjectName(QStringLiteral("quotesScope"));
    scope_->setTextFormat(Qt::PlainText);
    showAll_->setObjectName(QStringLiteral("showAllQuotes"));
    empty_->setObjectName(QStringLiteral("quotesEmptyHint"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder); // text order until a header is clicked
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    setMinimumHeight(190);
    view_->horizontalHeader()->setSectionResizeMode(QuotesModel::Words, QHeaderView::Stretch);
    for (int column : {QuotesModel::Kind, QuotesModel::Speaker, QuotesModel::Certainty,
                       QuotesModel::Sources, QuotesModel::Paragraph, QuotesModel::Rule})
        view_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->setContentsMargins(0, 0, 0, 0);
    scopeRow->addWidget(scope_, 1);
    scopeRow->addWidget(showAll_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    top->addWidget(filter_, 1);
    top->addWidget(review_);
    layout->addLayout(top);
    review_->setObjectName(QStringLiteral("reviewButton"));
    connect(review_, &QToolButton::clicked, this, &QuotesPanel::reviewRequested);
    layout->addLayout(scopeRow);
    layout->addWidget(empty_);
    layout->addWidget(view_, 1);
    connect(filter_, &QLineEdit::textChanged, this,
            [this](const QString& text) { quietly([&] { proxy_->setFilterFixedString(text); }); });
    connect(showAll_, &QToolButton::clicked, this, &QuotesPanel::showAllRequested);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && choosing_)
                    emit quoteChosen(current.data(ModelRoles::Quote).toInt());
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy_, signal, this, &QuotesPanel::updateHints);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &QuotesPanel::updateHints);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &QuotesPanel::updateHints);
    retranslateUi();
}

void QuotesPanel::retranslateUi() {
    setAccessibleName(tr("Quotations"));
    filter_->setPlaceholderText(tr("Filter by speaker"));
    filter_->setAccessibleName(tr("Filter quotations by speaker"));
    review_->setText(tr("Review…"));
    review_->setToolTip(tr("Check the attributions one by one, the least certain first"));
    view_->setAccessibleName(tr("Quotations of the article"));
    showAll_->setText(tr("Show All"));
    showAll_->setToolTip(tr("List the quotations of every speaker"));
    model_->retranslate();
    updateHints();
}

void QuotesPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuotesPanel::setArticle(std::shared_ptr<const Article> article) {
    article_ = article;
    quietly([&] {
        proxy_->setSpeakerEntity(-1);
        model_->setArticle(std::move(article));
    });
    updateHints();
}

void QuotesPanel::setSpeakerEntity(int entity) {
    quietly([&] {
        proxy_->setSpeakerEntity(article_ && entity < article_->entityCount() ? entity : -1);
    });
    updateHints();
}

int QuotesPanel::speakerEntity() const {
    return proxy_->speakerEntity();
}

void QuotesPanel::showQuote(int quote) {
    quietly([&] {
        view_->clearSelection();
        for (int row = 0; quote >= 0 && row < proxy_->rowCount(); ++row) {
            const QModelIndex index = proxy_->index(row, 0);
            if (index.data(ModelRoles::Quote).toInt() == quote) {
                view_->setCurrentIndex(index);
                view_->selectRow(row);
                view_->scrollTo(index, QAbstractItemView::PositionAtCenter);
            }
        }
    });
}

template <typename Change> void QuotesPanel::quietly(Change change) {
    const bool choosing = choosing_;
    choosing_ = false;
    change();
    choosing_ = choosing;
}

void QuotesPanel::updateHints() {
    const int entity = proxy_->speakerEntity();
    const bool scoped = article_ && entity >= 0;
    if (scoped) {
        int toCheck = 0;
        for (int row = 0; row < proxy_->rowCount(); ++row)
            toCheck += whosaid::needs_check(whosaid::certainty_of(
                           article_->quote(proxy_->index(row, 0).data(ModelRoles::Quote).toInt())))
                           ? 1
                           : 0;
        const QString count = tr("%Ln quotation(s)", "", proxy_->rowCount());
        scope_->setText(
            toCheck > 0
                ? tr("Quotations of %1: %2, %3")
                      .arg(article_->entityName(entity), count, tr("%Ln to check", "", toCheck))
                : tr("Quotations of %1: %2").arg(article_->entityName(entity), count));
    }
    scope_->setVisible(scoped);
    showAll_->setVisible(scoped);
    if (!article_)
        empty_->setText(tr("Open an article (File › Open) to list its quotations."));
    else if (article_->quoteCount() == 0)
        empty_->setText(tr("No quotation was found in this article. To add one, select its "
                           "words in the text and right-click."));
    else if (scoped)
        empty_->setText(tr("%1 is not quoted. Select its words in the text and right-click to "
                           "add a quotation.")
                            .arg(article_->entityName(entity)));
    else
        empty_->setText(tr("No speaker matches the filter."));
    empty_->setVisible(proxy_->rowCount() == 0);
}
