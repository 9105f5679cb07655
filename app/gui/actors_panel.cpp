#include "actors_panel.h"

#include "actors_model.h"
#include "empty_hint.h"
#include "model_roles.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

ActorsPanel::ActorsPanel(QWidget* parent)
    : QWidget(parent), model_(new ActorsModel(this)), proxy_(new QSortFilterProxyModel(this)),
      filter_(new QLineEdit(this)), sort_(new QComboBox(this)), view_(new QTreeView(this)),
      hint_(new EmptyHint(model_, this)) {
    setFocusProxy(view_);
    proxy_->setSourceModel(model_);
    proxy_->setRecursiveFilteringEnabled(true);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(ActorsModel::Name);
    proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setSortLocaleAware(true);

    filter_->setClearButtonEnabled(true);
    // The texts come with retranslateUi(); the order is the one applySort() reads.
    sort_->addItems({QString(), QString(), QString()});

    view_->setModel(proxy_);
    view_->setUniformRowHeights(true);
    view_->setIndentation(14);
    view_->setAlternatingRowColors(true);
    view_->header()->setStretchLastSection(false);
    view_->header()->setSectionResizeMode(ActorsModel::Name, QHeaderView::Stretch);
    view_->header()->setSectionResizeMode(ActorsModel::Mentions, QHeaderView::ResizeToContents);
    view_->header()->setSectionResizeMode(ActorsModel::Quotations, QHeaderView::ResizeToContents);

    // Narrow enough for an 800 px window beside the article and the mentions; still shows
    // the sort box and the sources headers whole in German.
    setMinimumWidth(230);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(filter_);
    layout->addWidget(sort_);
    layout->addWidget(hint_);
    layout->addWidget(view_, 1);

    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setFilterFixedString(text);
        view_->expandAll();
    });
    connect(sort_, &QComboBox::currentIndexChanged, this, &ActorsPanel::applySort);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const int entity = current.data(ModelRoles::Entity).toInt();
                if (!updating_ && current.isValid() && entity >= 0)
                    emit entityChosen(entity);
            });
    applySort();
    retranslateUi();
}

void ActorsPanel::retranslateUi() {
    setAccessibleName(tr("Actors"));
    filter_->setPlaceholderText(tr("Filter actors"));
    hint_->setText(tr("No actors yet: open an article (File › Open), or select a name in the "
                      "text and right-click to add it."));
    filter_->setAccessibleName(tr("Filter actors"));
    sort_->setItemText(0, tr("Sort by mentions"));
    sort_->setItemText(1, tr("Sort by quotations"));
    sort_->setItemText(2, tr("Sort by name"));
    sort_->setAccessibleName(tr("Sort actors"));
    view_->setAccessibleName(tr("Actors by kind"));
    model_->retranslate();
}

void ActorsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActorsPanel::applySort() {
    switch (sort_->currentIndex()) {
    case 1:
        proxy_->sort(ActorsModel::Quotations, Qt::DescendingOrder);
        break;
    case 2:
        proxy_->sort(ActorsModel::Name, Qt::AscendingOrder);
        break;
    default:
        proxy_->sort(ActorsModel::Mentions, Qt::DescendingOrder);
        break;
    }
}

void ActorsPanel::setArticle(std::shared_ptr<const Article> article) {
    model_->setArticle(std::move(article));
    view_->expandAll();
}

void ActorsPanel::showEntity(int entity) {
    updating_ = true;
    const QModelIndex row = proxy_->mapFromSource(model_->indexOfEntity(entity));
    if (row.isValid()) {
        view_->setCurrentIndex(row);
        view_->scrollTo(row);
    } else {
        view_->selectionModel()->clear();
    }
    updating_ = false;
}
