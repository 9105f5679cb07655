#include "quotes_panel.h"

#include "model_roles.h"
#include "quotes_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

QuotesPanel::QuotesPanel(QWidget* parent)
    : QWidget(parent), model_(new QuotesModel(this)), proxy_(new QSortFilterProxyModel(this)),
      filter_(new QLineEdit(this)), review_(new QToolButton(this)), view_(new QTableView(this)) {
    setFocusProxy(view_);
    proxy_->setSourceModel(model_);
    proxy_->setFilterKeyColumn(QuotesModel::Speaker);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter_->setClearButtonEnabled(true);
    view_->setModel(proxy_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    setMinimumHeight(190);
    view_->horizontalHeader()->setSectionResizeMode(QuotesModel::Words, QHeaderView::Stretch);
    for (int column : {QuotesModel::Kind, QuotesModel::Speaker, QuotesModel::Sources,
                       QuotesModel::Paragraph, QuotesModel::Rule})
        view_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    top->addWidget(filter_, 1);
    top->addWidget(review_);
    layout->addLayout(top);
    review_->setObjectName(QStringLiteral("reviewButton"));
    connect(review_, &QToolButton::clicked, this, &QuotesPanel::reviewRequested);
    layout->addWidget(view_, 1);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit quoteChosen(current.data(ModelRoles::Quote).toInt());
            });
    retranslateUi();
}

void QuotesPanel::retranslateUi() {
    setAccessibleName(tr("Quotations"));
    filter_->setPlaceholderText(tr("Filter by speaker"));
    filter_->setAccessibleName(tr("Filter quotations by speaker"));
    review_->setText(tr("Review…"));
    review_->setToolTip(tr("Check the attributions one by one, the least certain first"));
    view_->setAccessibleName(tr("Quotations of the article"));
    model_->retranslate();
}

void QuotesPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuotesPanel::setArticle(std::shared_ptr<const Article> article) {
    model_->setArticle(std::move(article));
}
