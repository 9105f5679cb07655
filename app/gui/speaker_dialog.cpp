#include "speaker_dialog.h"

#include "actor_list.h"
#include "article.h"
#include "speaker_candidates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

// Long quotations are shown by their beginning and end.
QString shortened(const QString& words) {
    constexpr int most = 240;
    const QString simple = words.simplified();
    if (simple.size() <= most)
        return simple;
    return simple.left(most / 2) + QStringLiteral(" … ") + simple.right(most / 2);
}

} // namespace

SpeakerDialog::SpeakerDialog(const Article& article, const QString& words, int current,
                             bool withKind, int near, QWidget* parent)
    : QDialog(parent), list_(nullptr), actor_(new QRadioButton(tr("An actor of the article:"))),
      anonymous_(new QRadioButton(tr("An anonymous speaker, described as:"))),
      unknown_(new QRadioButton(tr("Unknown speaker"))), description_(new QLineEdit),
      kind_(new QComboBox),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    list_ = new ActorList(article, speakerCandidates(article, near), current, this);

    auto* quoted = new QLabel(QStringLiteral("<i>“%1”</i>").arg(shortened(words).toHtmlEscaped()));
    quoted->setWordWrap(true);
    quoted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    kind_->addItem(tr("Direct quotation (the words between quotation marks)"),
                   static_cast<int>(whosaid::QuoteKind::Direct));
    kind_->addItem(tr("Partial quotation (a few quoted words in a sentence)"),
                   static_cast<int>(whosaid::QuoteKind::Partial));
    kind_->addItem(tr("Indirect quotation (reported speech, no marks)"),
                   static_cast<int>(whosaid::QuoteKind::Indirect));
    description_->setPlaceholderText(tr("e.g. a senior Syrian official"));

    auto* speaker = new QGroupBox(tr("Who said this?"));
    auto* choices = new QVBoxLayout(speaker);
    choices->addWidget(actor_);
    auto* indented = new QVBoxLayout;
    indented->setContentsMargins(24, 0, 0, 0);
    indented->addWidget(list_);
    choices->addLayout(indented, 1);
    choices->addWidget(anonymous_);
    auto* describe = new QVBoxLayout;
    describe->setContentsMargins(24, 0, 0, 0);
    describe->addWidget(description_);
    choices->addLayout(describe);
    choices->addWidget(unknown_);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Words:"), quoted);
    if (withKind)
        form->addRow(tr("Kind:"), kind_);
    else
        kind_->hide();
    layout->addLayout(form);
    layout->addWidget(speaker, 1);
    layout->addWidget(buttons_);

    actor_->setEnabled(article.entityCount() > 0);
    setChoice(article.entityCount() > 0 ? Choice::Actor : Choice::Unknown);
    for (QRadioButton* button : {actor_, anonymous_, unknown_})
        connect(button, &QRadioButton::toggled, this, &SpeakerDialog::updateState);
    // Searching or moving in the actor list means choosing an actor, even when the quotation
    // had an anonymous or unknown speaker: Enter then picks the actor reached.
    connect(list_, &ActorList::currentChanged, this, [this] {
        if (actor_->isEnabled() && list_->currentEntity() >= 0)
            actor_->setChecked(true);
        updateState();
    });
    connect(list_, &ActorList::activated, this, [this] {
        if (buttons_->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 520);
}

void SpeakerDialog::setChoice(Choice choice) {
    if (choice == Choice::Actor && !actor_->isEnabled())
        choice = Choice::Unknown;
    (choice == Choice::Actor       ? actor_
     : choice == Choice::Anonymous ? anonymous_
                                   : unknown_)
        ->setChecked(true);
    updateState();
    if (choice == Choice::Anonymous)
        description_->setFocus();
    else if (choice == Choice::Actor)
        list_->setFocus();
}

SpeakerDialog::Choice SpeakerDialog::choice() const {
    return actor_->isChecked()       ? Choice::Actor
           : anonymous_->isChecked() ? Choice::Anonymous
                                     : Choice::Unknown;
}

int SpeakerDialog::entity() const {
    return choice() == Choice::Actor ? list_->currentEntity() : -1;
}

QString SpeakerDialog::description() const {
    return description_->text().simplified();
}

whosaid::QuoteKind SpeakerDialog::quoteKind() const {
    return static_cast<whosaid::QuoteKind>(kind_->currentData().toInt());
}

void SpeakerDialog::updateState() {
    list_->setEnabled(choice() == Choice::Actor);
    description_->setEnabled(choice() == Choice::Anonymous);
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(choice() != Choice::Actor || list_->currentEntity() >= 0);
}
