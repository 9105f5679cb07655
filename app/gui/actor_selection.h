#pragma once

#include "whosaid/span.h"

#include <memory>
#include <optional>

class ActorsPanel;
class Article;
class MentionsPanel;
class QLabel;
class QuotesPanel;
class ReadingView;

// The actor selected in the window and its current mention, kept in step everywhere: the text
// lights every mention and outlines the current one, the Actors panel shows its row, the
// Mentions panel lists its mentions, the Quotations panel only its quotations, and the status
// line names it (or, with none selected, counts the article's actors and quotations).
class ActorSelection {
public:
    ActorSelection(ReadingView* view, ActorsPanel* actors, MentionsPanel* mentions,
                   QuotesPanel* quotes, QLabel* statusLine);

    // A new article is shown: nothing is selected. The window gives the panels the article.
    void setArticle(std::shared_ptr<const Article> article);
    // Selects an actor (an invalid one clears) and moves to its mention (clamped; -1 when
    // it has none).
    void select(int entity, int mention);
    // Selects an actor at the mention of it that holds position in the text (its first
    // mention when none does): a click on a name.
    void selectAt(int entity, int position);
    // F3 and Shift+F3: the next and previous mention of the selected actor, going round.
    void next();
    void previous();
    void clear();
    // A quotation was chosen in the Quotations panel or in review mode: it is selected in
    // the text and no actor stays selected (the panels keep what they list).
    void showQuote(int quote);
    // Selects again the mention at span, after a correction changed the indices; returns
    // whether the article still has one there.
    bool reselect(whosaid::Span span);

    int entity() const { return entity_; }
    int mention() const { return mention_; }
    // The span of the current mention, to find it again after a correction.
    std::optional<whosaid::Span> mentionSpan() const;
    // Writes the status line again (the selection or the article changed, or the language).
    void updateStatus();

private:
    ReadingView* view_;
    ActorsPanel* actors_;
    MentionsPanel* mentions_;
    QuotesPanel* quotes_;
    QLabel* statusLine_;
    std::shared_ptr<const Article> article_;
    int entity_ = -1;
    int mention_ = -1;
};
