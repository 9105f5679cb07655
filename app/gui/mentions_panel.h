#pragma once

#include <QWidget>
#include <memory>

class Article;
class MentionsModel;
class QLabel;
class QTreeView;

// The Mentions dock: every mention of the selected actor with its paragraph number and
// context. Activating a row emits mentionChosen with the mention's index.
class MentionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MentionsPanel(QWidget* parent = nullptr);

    void setEntity(std::shared_ptr<const Article> article, int entity);
    // Makes row current without emitting mentionChosen.
    void showMention(int mention);
    MentionsModel* model() const { return model_; }
    QTreeView* view() const { return view_; }

signals:
    void mentionChosen(int mention);

protected:
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateHeading();

    std::shared_ptr<const Article> article_;
    int entity_ = -1;
    MentionsModel* model_;
    QLabel* heading_;
    QTreeView* view_;
    bool updating_ = false;
};
