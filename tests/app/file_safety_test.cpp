// Issue 17: a corrections file or an alias list is never lost (unreadable files left alone,
// failed saves kept and told, changes made elsewhere merged in).
#include "alias_store.h"
#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "corrections_file.h"
#include "corrections_test_support.h"
#include "list_merge.h"
#include "qstring_maker.h"
#include "whosaid/corrections.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using corrections_test::actor;

namespace {

std::shared_ptr<const Article> fixtureArticle() {
    return std::make_shared<const Article>(fixture::article());
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A valid sidecar of the fixture holding one correction (Acme renamed).
QByteArray oneCorrection() {
    CorrectionsController controller;
    controller.open(fixtureArticle(), {});
    REQUIRE(controller.renameActor(actor(controller, QStringLiteral("Acme")),
                                   QStringLiteral("Acme Holdings")));
    return QByteArray::fromStdString(whosaid::write_corrections_json(controller.corrections()));
}

struct Damage {
    const char* name;
    QByteArray (*make)(const QByteArray& valid);
};

// Hand edits and old editors that make a sidecar unreadable to the reader.
const std::vector<Damage>& damages() {
    static const std::vector<Damage> rows = {
        {"a trailing comma",
         [](const QByteArray& valid) {
             QByteArray bytes = valid.trimmed();
             bytes.insert(bytes.lastIndexOf('}'), ",\n");
             return bytes;
         }},
        {"version 2",
         [](const QByteArray& valid) {
             return QString::fromUtf8(valid)
                 .replace(QRegularExpression(QStringLiteral(R"("version"\s*:\s*1)")),
                          QStringLiteral("\"version\": 2"))
                 .toUtf8();
         }},
        {"over the size cap",
         [](const QByteArray& valid) {
             return valid + QByteArray(17 * 1024 * 1024, ' ');
         }},
        {"not JSON at all",
         [](const QByteArray&) {
             return QByteArray("Notes: Acme is wrong");
         }},
    };
    return rows;
}

} // namespace

TEST_CASE("an unreadable sidecar is left alone until the person chooses",
          "[gui][corrections][files]") {
    const QByteArray valid = oneCorrection();
    for (const Damage& damage : damages()) {
        DYNAMIC_SECTION(damage.name) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("article.txt"));
            const QString sidecar = path + QStringLiteral(".whosaid.json");
            const QByteArray bytes = damage.make(valid);
            writeAll(sidecar, bytes);

            CorrectionsController controller;
            controller.open(fixtureArticle(), path);
            CHECK(controller.file()->problem() == CorrectionsFile::Problem::Unreadable);
            CHECK_FALSE(controller.file()->error().isEmpty());
            // The correction is made and shown, but the file is not touched.
            REQUIRE(controller.notAQuote(0));
            CHECK(controller.article()->quoteCount() == 0);
            CHECK(readAll(sidecar) == bytes);
            CHECK(controller.hasUnsavedChanges());
            CHECK_FALSE(controller.retrySave());
            CHECK(readAll(sidecar) == bytes);

            SECTION("saved to another file") {
                const QString other = dir.filePath(QStringLiteral("elsewhere.json"));
                REQUIRE(controller.saveAs(other));
                CHECK_FALSE(controller.hasUnsavedChanges());
                CHECK(readAll(sidecar) == bytes);
                auto saved = whosaid::load_corrections(other.toStdString());
                REQUIRE(saved.ok());
                CHECK(saved.value().items.size() == 1);
                // Later corrections follow to the chosen file.
                controller.undoStack()->undo();
                CHECK(whosaid::load_corrections(other.toStdString()).value().items.empty());
            }
            SECTION("replaced, the old file kept as a backup") {
                REQUIRE(controller.replaceUnreadable());
                CHECK(controller.file()->problem() == CorrectionsFile::Problem::None);
                CHECK(readAll(sidecar + QStringLiteral(".bak")) == bytes);
                auto saved = whosaid::load_corrections(sidecar.toStdString());
                REQUIRE(saved.ok());
                CHECK(saved.value().items.size() == 1);
                // A second replacement never overwrites the first backup.
                writeAll(sidecar, "{");
                REQUIRE(controller.replaceUnreadable());
                CHECK(readAll(sidecar + QStringLiteral(".bak")) == bytes);
                CHECK(readAll(sidecar + QStringLiteral(".bak2")) == "{");
            }
        }
    }
}

TEST_CASE("a sidecar with a byte-order mark never loses its corrections",
          "[gui][corrections][files]") {
    // Whether core accepts the mark or not, the correction already in the file stays.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    const QString sidecar = path + QStringLiteral(".whosaid.json");
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + oneCorrection();
    writeAll(sidecar, bytes);
    CorrectionsController controller;
    controller.open(fixtureArticle(), path);
    REQUIRE(controller.notAQuote(0));
    if (readAll(sidecar) != bytes) {
        auto saved = whosaid::load_corrections(sidecar.toStdString());
        REQUIRE(saved.ok());
        CHECK(saved.value().items.size() == 2);
    }
}

TEST_CASE("a failed save is kept until a save succeeds", "[gui][corrections][files]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/article.txt");
    CorrectionsController controller;
    QSignalSpy errors(&controller, &CorrectionsController::errorOccurred);
    controller.open(fixtureArticle(), path);
    // The folder goes away (a removed USB stick, a network share): no save can succeed.
    REQUIRE(QDir(folder).removeRecursively());
    REQUIRE(controller.notAQuote(0));
    CHECK(controller.file()->problem() == CorrectionsFile::Problem::SaveFailed);
    CHECK(controller.hasUnsavedChanges());
    CHECK(errors.count() == 1);
    CHECK_FALSE(controller.retrySave());
    CHECK(controller.file()->problem() == CorrectionsFile::Problem::SaveFailed);

    REQUIRE(QDir().mkpath(folder));
    CHECK(controller.retrySave());
    CHECK(controller.file()->problem() == CorrectionsFile::Problem::None);
    CHECK_FALSE(controller.hasUnsavedChanges());
    CHECK(whosaid::load_corrections(controller.sidecarPath().toStdString()).value().items.size() ==
          1);
}

TEST_CASE("corrections written elsewhere meanwhile are merged, never dropped",
          "[gui][corrections][files]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    CorrectionsController first;
    CorrectionsController second;
    first.open(fixtureArticle(), path);
    second.open(fixtureArticle(), path);
    REQUIRE(first.renameActor(actor(first, QStringLiteral("Acme")), QStringLiteral("Acme SA")));
    // second has not seen the change yet: its save merges it instead of writing over it.
    REQUIRE(second.notAQuote(0));
    CHECK(second.corrections().items.size() == 2);
    CHECK(actor(second, QStringLiteral("Acme SA")) >= 0);
    auto saved = whosaid::load_corrections(second.sidecarPath().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved.value().items.size() == 2);
    // first learns of second's correction from the file watcher.
    QTRY_COMPARE_WITH_TIMEOUT(first.corrections().items.size(), size_t{2}, 5000);
    CHECK(first.article()->quoteCount() == 0);
    // Undo takes out only second's own correction, in both windows.
    second.undoStack()->undo();
    CHECK(second.corrections().items.size() == 1);
    CHECK(actor(second, QStringLiteral("Acme SA")) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(first.corrections().items.size(), size_t{1}, 5000);
    CHECK(first.article()->quoteCount() == 1);
    CHECK(actor(first, QStringLiteral("Acme SA")) >= 0);
}

TEST_CASE("a hand edit of the sidecar while the article is open is taken in",
          "[gui][corrections][files]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    const QString sidecar = path + QStringLiteral(".whosaid.json");
    CorrectionsController controller;
    QSignalSpy merged(&controller, &CorrectionsController::mergedFromDisk);
    controller.open(fixtureArticle(), path);
    REQUIRE(controller.notAQuote(0));
    // The person adds a correction with an editor (here: written by another controller).
    whosaid::CorrectionSet edited = controller.corrections();
    {
        CorrectionsController other;
        other.open(fixtureArticle(), {});
        REQUIRE(other.renameActor(actor(other, QStringLiteral("Paris")), QStringLiteral("Lyon")));
        edited.items.push_back(other.corrections().items.front());
    }
    writeAll(sidecar, QByteArray::fromStdString(whosaid::write_corrections_json(edited)));
    QTRY_VERIFY_WITH_TIMEOUT(merged.count() == 1, 5000);
    CHECK(controller.corrections().items.size() == 2);
    CHECK(actor(controller, QStringLiteral("Lyon")) >= 0);

    // Broken by a later hand edit: the corrections stay in memory, the file is not written.
    writeAll(sidecar, "{ broken");
    QTRY_VERIFY_WITH_TIMEOUT(controller.file()->problem() == CorrectionsFile::Problem::Unreadable,
                             5000);
    controller.undoStack()->undo();
    CHECK(readAll(sidecar) == "{ broken");
    CHECK(controller.hasUnsavedChanges());
}

TEST_CASE("list merge keeps both sides' additions and mine's removals",
          "[gui][corrections][files]") {
    const auto key = [](const std::string& s) {
        return s;
    };
    using List = std::vector<std::string>;
    struct Row {
        List base, mine, theirs, merged;
    };
    const std::vector<Row> rows = {
        {{"a"}, {"a", "m"}, {"a", "t"}, {"a", "t", "m"}}, // both add
        {{"a", "b"}, {"b"}, {"a", "b", "t"}, {"b", "t"}}, // mine removes, theirs adds
        {{"a", "b"}, {"a", "b"}, {"b"}, {"b"}},           // theirs removes
        {{"a"}, {"a", "a"}, {"a"}, {"a", "a"}},           // a repeated entry counts
        {{}, {"m"}, {"t"}, {"t", "m"}},                   // two new files
        {{"a"}, {}, {}, {}},                              // both remove
    };
    for (const Row& row : rows)
        CHECK(mergeLists(row.base, row.mine, row.theirs, key) == row.merged);
}

TEST_CASE("an unreadable alias list is left alone, merged when edited elsewhere",
          "[gui][aliases][files]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    const whosaid::AliasList lavrov{{{u"Lavrov", u"Sergueï Lavrov"}}};
    const QByteArray valid = QByteArray::fromStdString(whosaid::write_aliases_json(lavrov));

    SECTION("unreadable") {
        const QByteArray broken = valid.trimmed().chopped(1) + ",}";
        writeAll(path, broken);
        AliasStore store(path);
        CHECK_FALSE(store.load().isEmpty());
        CHECK(store.problem() == AliasStore::Problem::Unreadable);
        const whosaid::AliasList edited{{{u"Acme", u"Acme SA"}}};
        CHECK_FALSE(store.save(edited).isEmpty());
        CHECK(store.aliases() == edited); // kept in memory, applied
        CHECK(store.hasUnsavedChanges());
        CHECK(readAll(path) == broken);
        CHECK(store.replace().isEmpty());
        CHECK(readAll(path + QStringLiteral(".bak")) == broken);
        CHECK(whosaid::load_aliases(path.toStdString()).value() == edited);
        CHECK_FALSE(store.hasUnsavedChanges());
    }
    SECTION("two windows") {
        writeAll(path, valid);
        AliasStore first(path);
        AliasStore second(path);
        REQUIRE(first.load().isEmpty());
        REQUIRE(second.load().isEmpty());
        whosaid::AliasList a = first.aliases();
        a.groups.push_back({u"Acme", u"Acme SA"});
        REQUIRE(first.save(a).isEmpty());
        whosaid::AliasList b = second.aliases();
        b.groups.push_back({u"Paris", u"Lutèce"});
        REQUIRE(second.save(b).isEmpty());
        const auto onDisk = whosaid::load_aliases(path.toStdString());
        REQUIRE(onDisk.ok());
        CHECK(onDisk.value().groups.size() == 3);
        QSignalSpy changed(&first, &AliasStore::changed);
        QTRY_COMPARE_WITH_TIMEOUT(first.aliases().groups.size(), size_t{3}, 5000);
        CHECK(changed.count() >= 1);
    }
}
