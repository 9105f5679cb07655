#pragma once

#include <QFrame>
#include <memory>

class Article;
class CorrectionsController;
class QLabel;
class QPushButton;
class ReviewQueue;

// Review mode: a bar above the article that walks the quotations from the least to the most
// certain, one at a time, keyboard first. Enter confirms the speaker (a confirm-speaker
// correction), R reassigns it, N marks the words "not a quotation", S adds a source, the
// arrows move, Esc leaves. Confirming or correcting moves on to the next quotation not yet
// checked; the bar shows the progress ("12 of 31 checked"). The window shows the current
// quotation (quoteShown) and opens the dialogs it asks for.
class ReviewBar : public QFrame {
    Q_OBJECT
public:
    explicit ReviewBar(CorrectionsController* corrections, QWidget* parent = nullptr);
    ~ReviewBar() override;

    // Enters review mode on article (shows the bar and takes the keyboard focus).
    void start(std::shared_ptr<const Article> article);
    // The article shown changed (a correction, an undo, another article): the walk follows
    // it; an article without quotations, or another article, ends review mode.
    void setArticle(std::shared_ptr<const Article> article);
    bool isActive() const { return isVisible(); }
    // The quotation under review (an index into the article's quotes), -1 when none.
    int currentQuote() const;
    // "12 of 31 checked".
    QString progressText() const;
    QString currentText() const;

    // The commands of the keys and buttons.
    void confirm();
    void reassign();
    void markNotAQuote();
    void addSource();
    void next();
    void previous();
    void leave();

signals:
    // The window should show and select this quotation.
    void quoteShown(int quote);
    // The window should open the speaker picker, or the source chooser, for this quotation.
    void reassignRequested(int quote);
    void addSourceRequested(int quote);
    // Review mode ended.
    void finished();

protected:
    // Takes the review keys before the window's shortcuts (Esc clears the selection there).
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    // Moves on after the current quotation was checked: to the next one not yet checked.
    void advance();
    void showCurrent();
    void retranslateUi();
    void updateLabels();

    CorrectionsController* corrections_;
    std::shared_ptr<const Article> article_;
    std::unique_ptr<ReviewQueue> queue_;
    QLabel* progress_;
    QLabel* current_;
    QPushButton* confirm_;
    QPushButton* reassign_;
    QPushButton* notAQuote_;
    QPushButton* addSource_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* done_;
};
