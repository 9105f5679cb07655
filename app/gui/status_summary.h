#pragma once

#include <QCoreApplication>
#include <QString>

class Article;

// The status bar's permanent line: what the article holds ("12 actors, 31 quotations, 6 to
// check — click a name to follow an actor") or what the selected actor says ("Sergueï
// Lavrov — 4 mentions, 3 quotations, 1 to check"). "To check" counts the quotations whose
// attribution is unsure or missing (whosaid::needs_check).
class StatusSummary {
    Q_DECLARE_TR_FUNCTIONS(StatusSummary)
public:
    // The line for article (nullptr: none open) and entity (-1: no actor selected).
    static QString text(const Article* article, int entity);
    // How many quotations of the speaker entity (-1: of the whole article) need a check.
    static int toCheck(const Article& article, int entity);
};
