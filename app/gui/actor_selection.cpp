#include "actor_selection.h"

#include "actors_panel.h"
#include "article.h"
#include "mentions_panel.h"
#include "quotes_panel.h"
#include "reading_view.h"
#include "status_summary.h"

#include <QLabel>
#include <algorithm>

ActorSelection::ActorSelection(ReadingView* view, ActorsPanel* actors, MentionsPanel* mentions,
                               QuotesPanel* quotes, QLabel* statusLine)
    : view_(view), actors_(actors), mentions_(mentions), quotes_(quotes), statusLine_(statusLine) {}

void ActorSelection::setArticle(std::shared_ptr<const Article> article) {
    article_ = std::move(article);
    entity_ = -1;
    mention_ = -1;
}

void ActorSelection::select(int entity, int mention) {
    if (!article_ || entity < 0 || entity >= article_->entityCount()) {
        clear();
        return;
    }
    const int count = article_->mentionCount(entity);
    const bool changed = entity != entity_;
    entity_ = entity;
    mention_ = count == 0 ? -1 : std::clamp(mention, 0, count - 1);
    if (changed)
        mentions_->setEntity(article_, entity);
    mentions_->showMention(mention_);
    actors_->showEntity(entity);
    quotes_->setSpeakerEntity(entity);
    view_->setSelectedEntity(entity, mention_);
    updateStatus();
}

void ActorSelection::selectAt(int entity, int position) {
    const auto& mentions = article_->entity(entity).mentions;
    int mention = 0;
    for (size_t i = 0; i < mentions.size(); ++i)
        if (mentions[i].span.contains(position))
            mention = static_cast<int>(i);
    select(entity, mention);
}

void ActorSelection::next() {
    if (entity_ < 0)
        return;
    const int count = article_->mentionCount(entity_);
    if (count > 0)
        select(entity_, (mention_ + 1) % count);
}

void ActorSelection::previous() {
    if (entity_ < 0)
        return;
    const int count = article_->mentionCount(entity_);
    if (count > 0)
        select(entity_, (mention_ + count - 1) % count);
}

void ActorSelection::clear() {
    entity_ = -1;
    mention_ = -1;
    mentions_->setEntity(article_, -1);
    actors_->showEntity(-1);
    quotes_->setSpeakerEntity(-1);
    view_->setSelectedEntity(-1, -1);
    updateStatus();
}

void ActorSelection::showQuote(int quote) {
    entity_ = -1;
    mention_ = -1;
    view_->setSelectedQuote(quote);
    updateStatus();
}

std::optional<whosaid::Span> ActorSelection::mentionSpan() const {
    if (!article_ || entity_ < 0 || mention_ < 0)
        return std::nullopt;
    return article_->entity(entity_).mentions[static_cast<size_t>(mention_)].span;
}

bool ActorSelection::reselect(whosaid::Span span) {
    if (!article_)
        return false;
    for (int e = 0; e < article_->entityCount(); ++e) {
        const auto& mentions = article_->entity(e).mentions;
        for (size_t m = 0; m < mentions.size(); ++m)
            if (mentions[m].span == span) {
                select(e, static_cast<int>(m));
                return true;
            }
    }
    return false;
}

void ActorSelection::updateStatus() {
    statusLine_->setText(StatusSummary::text(article_.get(), entity_));
}
