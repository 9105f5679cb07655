#include "qstring_maker.h"

#include <QCoreApplication>
#include <QTranslator>

TEST_CASE("the French catalog translates the menus and the plural forms", "[gui][i18n]") {
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/whosaid_fr.qm")));
    const struct {
        const char* context;
        const char* source;
        int n;
        QString expected;
    } rows[] = {
        {"MainWindow", "&File", -1, QStringLiteral("&Fichier")},
        {"MainWindow", "%n mention(s)", 1, QStringLiteral("%n mention")},
        {"MainWindow", "%n mention(s)", 5, QStringLiteral("%n mentions")},
        {"MainWindow", "%n quotation(s)", 0, QStringLiteral("%n citation")},
        {"HighlightStyle", "People", -1, QStringLiteral("Personnes")},
    };
    for (const auto& row : rows)
        CHECK(french.translate(row.context, row.source, nullptr, row.n) == row.expected);
}
