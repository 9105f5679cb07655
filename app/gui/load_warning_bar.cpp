#include "load_warning_bar.h"

#include "whosaid/document.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStringList>

LoadWarningBar::LoadWarningBar(QWidget* parent)
    : QFrame(parent), text_(new QLabel(this)), dismiss_(new QPushButton(this)) {
    setObjectName(QStringLiteral("loadWarningBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The same warning colours as the bar about the corrections file (FileProblemBar).
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    text_->setObjectName(QStringLiteral("loadWarningText"));
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dismiss_->setObjectName(QStringLiteral("dismissLoadWarning"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text_, 1);
    layout->addWidget(dismiss_, 0, Qt::AlignTop);
    connect(dismiss_, &QPushButton::clicked, this, &LoadWarningBar::dismiss);
    retranslateUi();
    hide();
}

LoadWarningBar::~LoadWarningBar() = default;

void LoadWarningBar::setWarnings(std::vector<whosaid::LoadWarning> warnings, const QString& label) {
    warnings_ = std::move(warnings);
    // A path names the file by its name; a web address or a bundled name stays whole.
    name_ = QFileInfo(label).isAbsolute() ? QFileInfo(label).fileName() : label;
    text_->setText(message());
    setVisible(!warnings_.empty());
}

QString LoadWarningBar::message() const {
    QStringList lines;
    for (const whosaid::LoadWarning& warning : warnings_)
        lines << describe(warning);
    return lines.join(QLatin1Char('\n'));
}

void LoadWarningBar::dismiss() {
    warnings_.clear();
    text_->clear();
    hide();
}

QString LoadWarningBar::describe(const whosaid::LoadWarning& warning) const {
    switch (warning.kind) {
    case whosaid::LoadWarning::Kind::InvalidUtf8:
        return tr("“%1” is not entirely valid UTF-8: %n byte(s) could not be read (the first "
                  "at byte %2) and show as �. The rest of the text is as written.",
                  "", static_cast<int>(warning.count))
            .arg(name_, QLocale().toString(static_cast<qulonglong>(warning.first_byte)));
    }
    return QString::fromStdString(warning.message);
}

void LoadWarningBar::retranslateUi() {
    dismiss_->setText(tr("Dismiss"));
    text_->setText(message());
}

void LoadWarningBar::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
