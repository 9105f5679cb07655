#include "status_summary.h"

#include "article.h"
#include "whosaid/certainty.h"

int StatusSummary::toCheck(const Article& article, int entity) {
    int count = 0;
    for (int q = 0; q < article.quoteCount(); ++q)
        if ((entity < 0 || article.spokenBy(q, entity)) &&
            whosaid::needs_check(whosaid::certainty_of(article.quote(q))))
            ++count;
    return count;
}

QString StatusSummary::text(const Article* article, int entity) {
    if (!article)
        return tr("No article");
    const int checks = toCheck(*article, entity);
    if (entity >= 0 && entity < article->entityCount()) {
        const QString said = tr("%Ln quotation(s)", "", article->quotationCount(entity));
        return tr("%1 — %2, %3")
            .arg(article->entityName(entity),
                 tr("%Ln mention(s)", "", article->mentionCount(entity)),
                 checks > 0 ? tr("%1, %2").arg(said, tr("%Ln to check", "", checks)) : said);
    }
    const QString quotes = tr("%Ln quotation(s)", "", article->quoteCount());
    return tr("%1, %2 — click a name to follow an actor")
        .arg(tr("%Ln actor(s)", "", article->entityCount()),
             checks > 0 ? tr("%1, %2").arg(quotes, tr("%Ln to check", "", checks)) : quotes);
}
