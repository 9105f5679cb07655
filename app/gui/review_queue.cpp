#include "review_queue.h"

#include "article.h"

#include <algorithm>
#include <map>
#include <numeric>

void ReviewQueue::start(const Article& article) {
    std::vector<int> quotes(static_cast<size_t>(article.quoteCount()));
    std::iota(quotes.begin(), quotes.end(), 0);
    std::stable_sort(quotes.begin(), quotes.end(), [&](int a, int b) {
        return article.quote(a).confidence < article.quote(b).confidence;
    });
    order_.clear();
    for (int quote : quotes)
        order_.push_back(article.quote(quote).span);
    position_ = 0;
    resolve(article);
    if (current() >= 0 && isChecked(article.quote(current())))
        nextUnchecked(article);
}

void ReviewQueue::update(const Article& article) {
    std::map<whosaid::Span, int> byWords;
    for (int q = 0; q < article.quoteCount(); ++q)
        byWords.emplace(article.quote(q).span, q);
    std::vector<whosaid::Span> kept;
    int position = position_;
    for (size_t i = 0; i < order_.size(); ++i) {
        if (byWords.count(order_[i]) > 0)
            kept.push_back(order_[i]);
        else if (static_cast<int>(i) < position_)
            --position;
    }
    order_ = std::move(kept);
    position_ = std::clamp(position, 0, std::max(0, size() - 1));
    resolve(article);
}

void ReviewQueue::resolve(const Article& article) {
    std::map<whosaid::Span, int> byWords;
    for (int q = 0; q < article.quoteCount(); ++q)
        byWords.emplace(article.quote(q).span, q);
    indices_.clear();
    for (const whosaid::Span& words : order_)
        indices_.push_back(byWords.at(words));
}

int ReviewQueue::current() const {
    return order_.empty() ? -1 : indices_[static_cast<size_t>(position_)];
}

bool ReviewQueue::next() {
    if (position_ + 1 >= size())
        return false;
    ++position_;
    return true;
}

bool ReviewQueue::previous() {
    if (position_ == 0)
        return false;
    --position_;
    return true;
}

bool ReviewQueue::nextUnchecked(const Article& article) {
    for (int step = 1; step <= size(); ++step) {
        const int at = (position_ + step) % size();
        if (!isChecked(article.quote(indices_[static_cast<size_t>(at)]))) {
            position_ = at;
            return true;
        }
    }
    return false;
}

bool ReviewQueue::isChecked(const whosaid::Quote& quote) {
    return quote.verified || quote.corrected;
}

int ReviewQueue::checkedCount(const Article& article) {
    int checked = 0;
    for (int q = 0; q < article.quoteCount(); ++q)
        checked += isChecked(article.quote(q)) ? 1 : 0;
    return checked;
}
