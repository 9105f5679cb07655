#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// The find bar (Ctrl+F): a search field, previous/next buttons and a match count. Enter
// and Shift+Enter move between matches, Esc closes the bar.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);

    // Shows the bar and puts the focus in the search field, its text selected.
    void activate();
    // Hides the bar and emits closed.
    void dismiss();
    QString text() const;
    // Shows "current of total" (current -1 for none chosen yet, total 0 for no match).
    void setResult(int current, int total);
    QString resultText() const;

signals:
    void searchChanged(const QString& text);
    void next();
    void previous();
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLineEdit* field_;
    QLabel* count_;
    QLabel* label_;
    QToolButton* previous_;
    QToolButton* next_;
    QToolButton* close_;
    // The last result shown, to show it again in another language.
    int current_ = -1;
    int total_ = 0;
};
