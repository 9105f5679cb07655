#include "actor_list.h"
#include "alias_editor.h"
#include "alias_store.h"
#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "whosaid/corrections.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <numeric>

namespace {

whosaid::AliasList aliasList(std::vector<std::vector<std::u16string>> groups) {
    return whosaid::AliasList{std::move(groups)};
}

std::shared_ptr<const Article> fixtureArticle() {
    return std::make_shared<const Article>(fixture::article());
}

bool hasActor(const Article& article, const QString& name) {
    for (int e = 0; e < article.entityCount(); ++e)
        if (article.entityName(e) == name)
            return true;
    return false;
}

} // namespace

TEST_CASE("the alias store saves its file and reads it back", "[gui][aliases]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings/aliases.json"));
    AliasStore store(path);
    CHECK(store.load().isEmpty()); // no file yet: an empty list
    CHECK(store.aliases().groups.empty());
    QSignalSpy changed(&store, &AliasStore::changed);
    const auto list = aliasList({{u"Sergueï Lavrov", u"Serguei Lavrov", u"Лавров"}});
    CHECK(store.save(list).isEmpty());
    CHECK(changed.count() == 1);
    CHECK(QFile::exists(path));
    AliasStore again(path);
    CHECK(again.load().isEmpty());
    CHECK(again.aliases() == list);

    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\": \"whosaid-aliases\"");
    file.close();
    CHECK(again.load().contains(QStringLiteral("aliases.json")));
    CHECK(again.aliases().groups.empty());
}

TEST_CASE("the alias editor adds, edits and removes groups", "[gui][aliases]") {
    AliasEditor editor(aliasList({{u"ONU", u"Nations unies"}, {u"Acme", u"Acme Group"}}),
                       QStringLiteral("/tmp/aliases.json"));
    CHECK(editor.groupCount() == 2);
    CHECK(editor.nameField()->text() == QStringLiteral("ONU"));
    CHECK(editor.spellingsField()->toPlainText() == QStringLiteral("Nations unies"));

    editor.addGroup({});
    editor.nameField()->setText(QStringLiteral("  Sergueï Lavrov "));
    editor.spellingsField()->setPlainText(
        QStringLiteral("Serguei Lavrov\n\n  Лавров\nSerguei Lavrov\n"));
    editor.addGroup({QStringLiteral("Lonely")}); // one name: not a group, not saved
    editor.selectGroup(1);
    CHECK(editor.nameField()->text() == QStringLiteral("Acme"));
    editor.removeCurrentGroup();
    CHECK(editor.groupCount() == 3);
    CHECK(editor.aliases() == aliasList({{u"ONU", u"Nations unies"},
                                         {u"Sergueï Lavrov", u"Serguei Lavrov", u"Лавров"}}));
    editor.selectGroup(0);
    editor.spellingsField()->setPlainText(QStringLiteral("United Nations"));
    CHECK(editor.aliases().groups.front() ==
          std::vector<std::u16string>{u"ONU", u"United Nations"});
}

TEST_CASE("aliases merge the actors of the open article at once", "[gui][aliases]") {
    CorrectionsController controller;
    controller.open(fixtureArticle(), {});
    const auto pristine = controller.article();
    QSignalSpy changed(&controller, &CorrectionsController::articleChanged);
    // A group that names one actor only changes nothing: the article stays as analysed.
    controller.setAliases(aliasList({{u"Acme", u"Acme Group"}}));
    CHECK(controller.article() == pristine);
    controller.setAliases(aliasList({{u"REUTERS", u"Agence Reuters", u"acme"}}));
    CHECK(changed.count() == 2);
    CHECK(controller.article()->entityCount() == 3);
    CHECK(hasActor(*controller.article(), QStringLiteral("Reuters")));
    CHECK_FALSE(hasActor(*controller.article(), QStringLiteral("Acme")));
    // Corrections apply on top of the aliases, and undo leaves the aliases in place.
    REQUIRE(controller.notAQuote(0));
    controller.undoStack()->undo();
    CHECK(controller.article()->entityCount() == 3);
    controller.setAliases({});
    CHECK(controller.article()->entityCount() == 4);
    // An article opened later gets the list too.
    controller.setAliases(aliasList({{u"Reuters", u"Acme"}}));
    controller.open(fixtureArticle(), {});
    CHECK(controller.article()->entityCount() == 3);
}

TEST_CASE("the window keeps the alias list in the settings folder", "[gui][aliases][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString path = AliasStore().path();
    CHECK(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    QFile::remove(path);
    {
        MainWindow window;
        window.showDocument(fixture::article(), QStringLiteral("fixture"));
        CHECK(window.article()->entityCount() == 4);
        REQUIRE(window.aliasStore()->save(aliasList({{u"Reuters", u"Acme"}})).isEmpty());
        CHECK(window.article()->entityCount() == 3);
    }
    MainWindow reopened;
    reopened.showDocument(fixture::article(), QStringLiteral("fixture"));
    CHECK(reopened.article()->entityCount() == 3);
    CHECK(reopened.lastError().isEmpty());
    QFile::remove(path);
}

TEST_CASE("the actor list finds actors by any part of their name", "[gui][aliases]") {
    const Article article(fixture::article());
    std::vector<int> all(static_cast<size_t>(article.entityCount()));
    std::iota(all.begin(), all.end(), 0);
    ActorList list(article, all, 2);
    CHECK(list.currentEntity() == 2);
    CHECK(list.visibleCount() == 4);
    list.setFilter(QStringLiteral("DUP"));
    CHECK(list.visibleCount() == 1);
    CHECK(article.entityName(list.currentEntity()) == QStringLiteral("Jean Dupont"));
    list.setFilter(QStringLiteral("paris place"));
    CHECK(article.entityName(list.currentEntity()) == QStringLiteral("Paris"));
    list.setFilter(QStringLiteral("nobody"));
    CHECK(list.currentEntity() == -1);
    CHECK(list.visibleCount() == 0);
}
