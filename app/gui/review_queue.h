#pragma once

#include "whosaid/span.h"

#include <vector>

class Article;
namespace whosaid {
struct Quote;
}

// The order in which review mode walks the quotations of an article: the least certain first
// (by confidence, then by position), an order kept while corrections change the article so
// that a confirmed quotation stays where it was and the walk never jumps. Quotations are
// found again by the span of their words, which corrections of the speaker leave unchanged.
class ReviewQueue {
public:
    // Starts a walk over the quotations of article, at the first one not yet checked.
    void start(const Article& article);
    // The article changed (a correction, an undo): quotations are found again; those gone
    // ("not a quotation") leave the walk, which goes on at the one after.
    void update(const Article& article);
    // The current quotation (an index into the article's quotes), -1 when the walk is empty.
    int current() const;
    // Position of the current quotation in the walk (0-based) and the length of the walk.
    int position() const { return position_; }
    int size() const { return static_cast<int>(order_.size()); }
    // Moves one step; false (and no move) at either end.
    bool next();
    bool previous();
    // Moves to the first quotation not yet checked after the current one, wrapping around;
    // false (and no move) when every quotation is checked.
    bool nextUnchecked(const Article& article);

    // A person confirmed or corrected the quotation.
    static bool isChecked(const whosaid::Quote& quote);
    // How many quotations of the article are checked.
    static int checkedCount(const Article& article);

private:
    // Resolves order_ against article into indices_.
    void resolve(const Article& article);

    std::vector<whosaid::Span> order_;
    std::vector<int> indices_; // the quote index of each entry of order_ in the article
    int position_ = 0;
};
