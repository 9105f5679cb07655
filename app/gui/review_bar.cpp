#include "review_bar.h"

#include "article.h"
#include "corrections_controller.h"
#include "review_queue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The keys of review mode, without modifiers (Shift aside: "R" and "r" are one key).
bool isReviewKey(const QKeyEvent* key) {
    if (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_R:
    case Qt::Key_N:
    case Qt::Key_S:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

} // namespace

ReviewBar::ReviewBar(CorrectionsController* corrections, QWidget* parent)
    : QFrame(parent), corrections_(corrections), queue_(std::make_unique<ReviewQueue>()),
      progress_(new QLabel(this)), current_(new QLabel(this)), confirm_(new QPushButton(this)),
      reassign_(new QPushButton(this)), notAQuote_(new QPushButton(this)),
      addSource_(new QPushButton(this)), previous_(new QPushButton(this)),
      next_(new QPushButton(this)), done_(new QPushButton(this)) {
    setObjectName(QStringLiteral("reviewBar"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    QFont bold = progress_->font();
    bold.setBold(true);
    progress_->setFont(bold);
    current_->setTextFormat(Qt::PlainText);
    current_->setWordWrap(true);
    // What is under review above, the commands below: both fit a narrow window.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    auto* status = new QHBoxLayout;
    status->addWidget(progress_);
    status->addWidget(current_, 1);
    layout->addLayout(status);
    auto* commands = new QHBoxLayout;
    for (QPushButton* button :
         {confirm_, reassign_, notAQuote_, addSource_, previous_, next_, done_}) {
        // The keys go to the bar, never to a focused button.
        button->setFocusPolicy(Qt::NoFocus);
        commands->addWidget(button);
    }
    for (QPushButton* arrow : {previous_, next_})
        arrow->setMaximumWidth(arrow->fontMetrics().horizontalAdvance(QStringLiteral("MMM")) + 16);
    commands->addStretch(1);
    layout->addLayout(commands);
    connect(confirm_, &QPushButton::clicked, this, &ReviewBar::confirm);
    connect(reassign_, &QPushButton::clicked, this, &ReviewBar::reassign);
    connect(notAQuote_, &QPushButton::clicked, this, &ReviewBar::markNotAQuote);
    connect(addSource_, &QPushButton::clicked, this, &ReviewBar::addSource);
    connect(previous_, &QPushButton::clicked, this, &ReviewBar::previous);
    connect(next_, &QPushButton::clicked, this, &ReviewBar::next);
    connect(done_, &QPushButton::clicked, this, &ReviewBar::leave);
    retranslateUi();
    hide();
}

ReviewBar::~ReviewBar() = default;

void ReviewBar::start(std::shared_ptr<const Article> article) {
    article_ = std::move(article);
    if (!article_ || article_->quoteCount() == 0)
        return;
    queue_->start(*article_);
    show();
    setFocus();
    showCurrent();
}

void ReviewBar::setArticle(std::shared_ptr<const Article> article) {
    if (!isActive())
        return;
    const bool sameText = article && article_ && article->text() == article_->text();
    article_ = std::move(article);
    if (!sameText || article_->quoteCount() == 0) {
        leave();
        return;
    }
    queue_->update(*article_);
    showCurrent();
}

int ReviewBar::currentQuote() const {
    return isActive() ? queue_->current() : -1;
}

QString ReviewBar::progressText() const {
    if (!article_)
        return {};
    return tr("%1 of %2 checked")
        .arg(ReviewQueue::checkedCount(*article_))
        .arg(article_->quoteCount());
}

QString ReviewBar::currentText() const {
    return current_->text();
}

void ReviewBar::confirm() {
    const int quote = currentQuote();
    if (quote < 0)
        return;
    if (!article_->quote(quote).verified)
        corrections_->confirmSpeaker(quote);
    advance();
}

void ReviewBar::reassign() {
    const int quote = currentQuote();
    if (quote < 0)
        return;
    const bool before = ReviewQueue::isChecked(article_->quote(quote));
    emit reassignRequested(quote);
    // The picker corrected the quotation (the article is already the corrected one).
    const int now = currentQuote();
    if (now >= 0 && !before && ReviewQueue::isChecked(article_->quote(now)))
        advance();
}

void ReviewBar::markNotAQuote() {
    const int quote = currentQuote();
    if (quote < 0)
        return;
    // The walk drops the quotation and stands on the one after it.
    if (corrections_->notAQuote(quote) && currentQuote() >= 0 &&
        ReviewQueue::isChecked(article_->quote(currentQuote())))
        advance();
}

void ReviewBar::addSource() {
    if (currentQuote() >= 0)
        emit addSourceRequested(currentQuote());
}

void ReviewBar::next() {
    if (queue_->next())
        showCurrent();
}

void ReviewBar::previous() {
    if (queue_->previous())
        showCurrent();
}

void ReviewBar::leave() {
    if (!isVisible())
        return;
    hide();
    emit finished();
}

void ReviewBar::advance() {
    if (article_ && queue_->nextUnchecked(*article_))
        showCurrent();
    else
        updateLabels(); // all checked: stay, the progress says so
}

void ReviewBar::showCurrent() {
    updateLabels();
    if (currentQuote() >= 0)
        emit quoteShown(currentQuote());
}

void ReviewBar::updateLabels() {
    const int quote = currentQuote();
    progress_->setText(progressText());
    if (quote < 0) {
        current_->clear();
        return;
    }
    const whosaid::Quote& q = article_->quote(quote);
    QString text = tr("Quotation %1 of %2 — said by %3")
                       .arg(queue_->position() + 1)
                       .arg(queue_->size())
                       .arg(article_->speakerLabel(quote));
    if (q.verified)
        text += QStringLiteral(" — ✓ ") + tr("verified");
    else if (q.corrected)
        text += QStringLiteral(" — ") + tr("corrected");
    current_->setText(text);
    previous_->setEnabled(queue_->position() > 0);
    next_->setEnabled(queue_->position() + 1 < queue_->size());
}

bool ReviewBar::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride && isReviewKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QFrame::event(event);
}

void ReviewBar::keyPressEvent(QKeyEvent* event) {
    if (!isReviewKey(event)) {
        QFrame::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        confirm();
        break;
    case Qt::Key_R:
        reassign();
        break;
    case Qt::Key_N:
        markNotAQuote();
        break;
    case Qt::Key_S:
        addSource();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        previous();
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        next();
        break;
    case Qt::Key_Escape:
        leave();
        break;
    default:
        break;
    }
}

void ReviewBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ReviewBar::retranslateUi() {
    setAccessibleName(tr("Review attributions"));
    confirm_->setText(tr("✓ Confirm (Enter)"));
    confirm_->setToolTip(tr("The speaker is right: mark the attribution as verified"));
    reassign_->setText(tr("Reassign… (R)"));
    notAQuote_->setText(tr("Not a Quotation (N)"));
    addSource_->setText(tr("Add Source… (S)"));
    previous_->setText(QStringLiteral("◀"));
    previous_->setToolTip(tr("Previous quotation (←)"));
    next_->setText(QStringLiteral("▶"));
    next_->setToolTip(tr("Next quotation (→)"));
    done_->setText(tr("Done (Esc)"));
    if (article_)
        updateLabels();
}
