#pragma once

#include <QObject>
#include <QString>
#include <memory>

class FileWatch;
// Forward declaration: moc cannot parse the C++20 core headers.
namespace whosaid {
struct AliasList;
}

// The person's alias list, kept in aliases.json (a whosaid-aliases file) in the settings
// folder (QStandardPaths::AppConfigLocation) or in a file given by the tests. A missing file
// is an empty list; saving writes the whole file atomically (core's save_aliases). The file
// is never lost: one that cannot be read is not written over (the list edited meanwhile is
// kept in memory until the person chooses to replace the file, the old one kept as a
// backup), and groups another window or a hand edit wrote meanwhile are merged in, before
// each save and as soon as the file changes.
class AliasStore : public QObject {
    Q_OBJECT
public:
    enum class Problem {
        None,
        Unreadable, // the file exists but cannot be read: it is not written
        SaveFailed, // the last save failed (read-only folder, full disk)
    };

    // path empty: aliases.json in the application's settings folder.
    explicit AliasStore(const QString& path = {}, QObject* parent = nullptr);
    ~AliasStore() override;

    QString path() const { return path_; }
    const whosaid::AliasList& aliases() const { return *aliases_; }

    // Reads the file again; returns the problem (the list is then empty), or an empty string.
    QString load();
    // Takes the list (emits changed) and saves it, merged with what changed on disk. Returns
    // the problem (the list is then kept in memory only), or an empty string.
    QString save(const whosaid::AliasList& aliases);
    // Moves the file to a backup (see moveToBackup) and saves the list in its place; returns
    // the problem, or an empty string.
    QString replace();

    Problem problem() const { return problem_; }
    // The reason of the problem, one line.
    QString error() const { return error_; }
    bool hasUnsavedChanges() const { return unsaved_; }

signals:
    // The list changed (a save, or a change on disk merged in).
    void changed();
    void problemChanged();

private:
    void setProblem(Problem problem, const QString& error);
    // Merges the file into the list when it changed on disk; returns whether it did.
    bool reconcile();
    // Writes the list; returns the problem or an empty string.
    QString write();
    void takeDiskChanges();

    QString path_;
    FileWatch* watch_;
    std::unique_ptr<whosaid::AliasList> aliases_;
    std::unique_ptr<whosaid::AliasList> known_; // the file when last read or written
    Problem problem_ = Problem::None;
    QString error_;
    bool unsaved_ = false;
};
