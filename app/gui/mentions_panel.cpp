#include "mentions_panel.h"

#include "article.h"
#include "mentions_model.h"
#include "rich_text_delegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int kWrappedRowsLimit = 200;

} // namespace

MentionsPanel::MentionsPanel(QWidget* parent)
    : QWidget(parent), model_(new MentionsModel(this)), heading_(new QLabel(this)),
      view_(new QTreeView(this)) {
    setFocusProxy(view_);
    heading_->setWordWrap(true);
    view_->setModel(model_);
    view_->setRootIsDecorated(false);
    view_->setWordWrap(true);
    view_->setAlternatingRowColors(true);
    view_->setItemDelegateForColumn(MentionsModel::Context, new RichTextDelegate(view_));
    view_->header()->setStretchLastSection(true);
    view_->header()->setSectionResizeMode(MentionsModel::Paragraph, QHeaderView::ResizeToContents);
    // Wrapped rows change height with the column's width.
    connect(view_->header(), &QHeaderView::sectionResized, view_, &QTreeView::doItemsLayout);
    // Narrow enough for an 800 px window; the contexts wrap.
    setMinimumWidth(170);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(heading_);
    layout->addWidget(view_, 1);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!updating_ && current.isValid())
                    emit mentionChosen(current.row());
            });
    connect(view_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit mentionChosen(index.row());
    });
    retranslateUi();
}

void MentionsPanel::retranslateUi() {
    setAccessibleName(tr("Mentions"));
    view_->setAccessibleName(tr("Mentions of the selected actor"));
    updateHeading();
    model_->retranslate();
}

void MentionsPanel::updateHeading() {
    if (article_ && entity_ >= 0)
        heading_->setText(tr("<b>%1</b>: %Ln mention(s)", "", article_->mentionCount(entity_))
                              .arg(article_->entityName(entity_).toHtmlEscaped()));
    else
        heading_->setText(tr("Click a name in the article to list its mentions."));
}

void MentionsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MentionsPanel::setEntity(std::shared_ptr<const Article> article, int entity) {
    updating_ = true;
    article_ = article;
    entity_ = article && entity >= 0 && entity < article->entityCount() ? entity : -1;
    updateHeading();
    // Wrapped rich-text rows are measured one by one; past a few hundred mentions that costs
    // more than the reader gains, so long lists show one line per mention.
    const int rows = entity_ >= 0 ? article->mentionCount(entity_) : 0;
    view_->setUniformRowHeights(rows > kWrappedRowsLimit);
    view_->setWordWrap(rows <= kWrappedRowsLimit);
    model_->setEntity(std::move(article), entity);
    updating_ = false;
}

void MentionsPanel::showMention(int mention) {
    updating_ = true;
    const QModelIndex row = model_->index(mention, 0);
    if (row.isValid()) {
        view_->setCurrentIndex(row);
        view_->scrollTo(row);
    }
    updating_ = false;
}
