#include "actor_picker_dialog.h"

#include "actor_list.h"
#include "highlight_style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ActorPickerDialog::ActorPickerDialog(const Article& article, const std::vector<int>& entities,
                                     const QString& newLabel, const QString& name, bool withKind,
                                     whosaid::EntityKind kind, QWidget* parent)
    : QDialog(parent), prompt_(new QLabel(this)),
      existing_(new QRadioButton(tr("An actor of the article:"), this)),
      fresh_(new QRadioButton(newLabel, this)), list_(new ActorList(article, entities, -1, this)),
      name_(new QLineEdit(name.simplified(), this)), kind_(new QComboBox(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    prompt_->setWordWrap(true);
    prompt_->hide();
    for (whosaid::EntityKind k : {whosaid::EntityKind::Person, whosaid::EntityKind::Organization,
                                  whosaid::EntityKind::Place, whosaid::EntityKind::Media})
        kind_->addItem(HighlightStyle::entityKindTitle(k), static_cast<int>(k));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(kind)));

    auto* details = new QFormLayout;
    details->setContentsMargins(24, 0, 0, 0);
    details->addRow(tr("Name:"), name_);
    if (withKind)
        details->addRow(tr("Kind:"), kind_);
    else
        kind_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt_);
    layout->addWidget(existing_);
    auto* indented = new QVBoxLayout;
    indented->setContentsMargins(24, 0, 0, 0);
    indented->addWidget(list_);
    layout->addLayout(indented, 1);
    layout->addWidget(fresh_);
    layout->addLayout(details);
    layout->addWidget(buttons_);

    existing_->setEnabled(!entities.empty());
    setNewActor(entities.empty());
    connect(existing_, &QRadioButton::toggled, this, &ActorPickerDialog::updateState);
    connect(list_, &ActorList::currentChanged, this, &ActorPickerDialog::updateState);
    connect(list_, &ActorList::activated, this, [this] {
        if (buttons_->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(name_, &QLineEdit::textChanged, this, &ActorPickerDialog::updateState);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 460);
}

void ActorPickerDialog::setPrompt(const QString& prompt) {
    prompt_->setText(prompt);
    prompt_->setVisible(!prompt.isEmpty());
}

void ActorPickerDialog::setNewActor(bool fresh) {
    (fresh || !existing_->isEnabled() ? fresh_ : existing_)->setChecked(true);
    updateState();
    (isNewActor() ? static_cast<QWidget*>(name_) : list_)->setFocus();
}

bool ActorPickerDialog::isNewActor() const {
    return fresh_->isChecked();
}

int ActorPickerDialog::entity() const {
    return isNewActor() ? -1 : list_->currentEntity();
}

QString ActorPickerDialog::newName() const {
    return name_->text().simplified();
}

whosaid::EntityKind ActorPickerDialog::newKind() const {
    return static_cast<whosaid::EntityKind>(kind_->currentData().toInt());
}

void ActorPickerDialog::updateState() {
    const bool fresh = isNewActor();
    list_->setEnabled(!fresh);
    name_->setEnabled(fresh);
    kind_->setEnabled(fresh);
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(fresh ? !newName().isEmpty() : list_->currentEntity() >= 0);
}
