#pragma once

#include <QFrame>
#include <QString>
#include <vector>

class QLabel;
class QPushButton;
namespace whosaid {
struct LoadWarning; // whosaid/document.h, which moc cannot parse
}

// A bar above the article telling what went wrong while reading it although it could be
// shown (bytes that were not valid UTF-8, shown as U+FFFD). It stays until dismissed or
// until another article is opened; it never blocks the window.
class LoadWarningBar : public QFrame {
    Q_OBJECT
public:
    explicit LoadWarningBar(QWidget* parent = nullptr);
    ~LoadWarningBar() override;

    // Shows the warnings of a newly opened article named label (a path or a name), or hides
    // the bar when there are none.
    void setWarnings(std::vector<whosaid::LoadWarning> warnings, const QString& label);
    // The text shown, one line per warning (empty when none).
    QString message() const;
    // Hides the bar until the next article with warnings.
    void dismiss();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The sentence for one warning in the current language.
    QString describe(const whosaid::LoadWarning& warning) const;
    void retranslateUi();

    std::vector<whosaid::LoadWarning> warnings_;
    QString name_;
    QLabel* text_;
    QPushButton* dismiss_;
};
