#include "alias_editor.h"

#include "whosaid/corrections.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The names of a group, trimmed, without empty or repeated ones.
QStringList cleaned(const QStringList& names) {
    QStringList out;
    for (const QString& name : names) {
        const QString simple = name.simplified();
        if (!simple.isEmpty() && !out.contains(simple))
            out << simple;
    }
    return out;
}

} // namespace

AliasEditor::AliasEditor(const whosaid::AliasList& aliases, const QString& location,
                         QWidget* parent)
    : QDialog(parent), list_(new QListWidget(this)), name_(new QLineEdit(this)),
      spellings_(new QPlainTextEdit(this)), remove_(new QPushButton(tr("&Remove Group"), this)) {
    setWindowTitle(tr("My Aliases"));
    auto* intro = new QLabel(tr("Each group names one actor in every article: the actors "
                                "named by names of a group become one, shown under the first "
                                "name. Accents and case do not matter; a group needs at "
                                "least two names."),
                             this);
    intro->setWordWrap(true);
    auto* add = new QPushButton(tr("&Add Group"), this);
    auto* groupButtons = new QHBoxLayout;
    groupButtons->addWidget(add);
    groupButtons->addWidget(remove_);
    groupButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(list_, 1);
    left->addLayout(groupButtons);

    name_->setPlaceholderText(tr("Sergueï Lavrov"));
    spellings_->setPlaceholderText(tr("Serguei Lavrov\nЛавров"));
    spellings_->setTabChangesFocus(true);
    auto* right = new QFormLayout;
    right->setRowWrapPolicy(QFormLayout::WrapAllRows);
    right->addRow(tr("&Name shown:"), name_);
    right->addRow(tr("&Other spellings, one per line:"), spellings_);

    auto* panes = new QHBoxLayout;
    panes->addLayout(left, 1);
    panes->addLayout(right, 1);
    auto* where = new QLabel(tr("Saved in %1").arg(QDir::toNativeSeparators(location)), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    QFont small = where->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    where->setFont(small);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addWidget(where);
    layout->addWidget(buttons);

    for (const std::vector<std::u16string>& group : aliases.groups) {
        QStringList names;
        for (const std::u16string& name : group)
            names << QString::fromStdU16String(name);
        groups_.push_back(names);
        list_->addItem(label(names));
    }
    connect(list_, &QListWidget::currentRowChanged, this, &AliasEditor::showGroup);
    connect(name_, &QLineEdit::textChanged, this, &AliasEditor::storeFields);
    connect(spellings_, &QPlainTextEdit::textChanged, this, &AliasEditor::storeFields);
    connect(add, &QPushButton::clicked, this, [this] {
        addGroup({});
        name_->setFocus();
    });
    connect(remove_, &QPushButton::clicked, this, &AliasEditor::removeCurrentGroup);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectGroup(groups_.empty() ? -1 : 0);
    showGroup(list_->currentRow());
    resize(640, 420);
}

QString AliasEditor::label(const QStringList& names) const {
    const QStringList clean = cleaned(names);
    if (clean.isEmpty())
        return tr("(new group)");
    return clean.join(QStringLiteral(" = "));
}

void AliasEditor::addGroup(const QStringList& names) {
    groups_.push_back(names);
    list_->addItem(label(names));
    selectGroup(groupCount() - 1);
}

void AliasEditor::removeCurrentGroup() {
    const int row = list_->currentRow();
    if (row < 0)
        return;
    groups_.erase(groups_.begin() + row);
    delete list_->takeItem(row);
    selectGroup(std::min(row, groupCount() - 1));
}

void AliasEditor::selectGroup(int row) {
    list_->setCurrentRow(row);
    showGroup(row);
}

void AliasEditor::showGroup(int row) {
    showing_ = true;
    const bool valid = row >= 0 && row < groupCount();
    const QStringList names = valid ? groups_[static_cast<size_t>(row)] : QStringList();
    name_->setText(names.value(0));
    spellings_->setPlainText(names.mid(1).join(QLatin1Char('\n')));
    name_->setEnabled(valid);
    spellings_->setEnabled(valid);
    remove_->setEnabled(valid);
    showing_ = false;
}

void AliasEditor::storeFields() {
    const int row = list_->currentRow();
    if (showing_ || row < 0 || row >= groupCount())
        return;
    QStringList names{name_->text()};
    names << spellings_->toPlainText().split(QLatin1Char('\n'));
    groups_[static_cast<size_t>(row)] = names;
    list_->item(row)->setText(label(names));
}

whosaid::AliasList AliasEditor::aliases() const {
    whosaid::AliasList list;
    for (const QStringList& group : groups_) {
        const QStringList names = cleaned(group);
        if (names.size() < 2)
            continue;
        std::vector<std::u16string> out;
        for (const QString& name : names)
            out.push_back(name.toStdU16String());
        list.groups.push_back(std::move(out));
    }
    return list;
}
