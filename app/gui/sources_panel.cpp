#include "sources_panel.h"

#include "bar_delegate.h"
#include "empty_hint.h"
#include "model_roles.h"
#include "sources_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

SourcesPanel::SourcesPanel(QWidget* parent)
    : QWidget(parent), model_(new SourcesModel(this)), view_(new QTreeView(this)),
      hint_(new EmptyHint(model_, this, EmptyHint::Rows::Grouped)) {
    setFocusProxy(view_);
    view_->setModel(model_);
    view_->setItemDelegateForColumn(SourcesModel::Count, new BarDelegate(view_));
    view_->setUniformRowHeights(true);
    view_->header()->setStretchLastSection(false);
    view_->header()->setSectionResizeMode(SourcesModel::Label, QHeaderView::Stretch);
    view_->header()->resizeSection(SourcesModel::Count, 72);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view_);
    layout->addWidget(hint_);
    connect(view_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const int entity = index.siblingAtColumn(0).data(ModelRoles::Entity).toInt();
        if (index.parent().isValid() && entity >= 0)
            emit entityChosen(entity);
    });
    retranslateUi();
}

void SourcesPanel::retranslateUi() {
    setAccessibleName(tr("Sources"));
    view_->setAccessibleName(tr("Quotations per source and per speaker"));
    hint_->setText(tr("No sources yet: open an article (File › Open). Quotations are counted "
                      "here by the medium they came through and by speaker."));
    model_->retranslate();
    view_->expandAll();
}

void SourcesPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SourcesPanel::setArticle(std::shared_ptr<const Article> article) {
    model_->setArticle(std::move(article));
    view_->expandAll();
}
