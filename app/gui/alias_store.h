#pragma once

#include <QObject>
#include <QString>
#include <memory>

// Forward declaration: moc cannot parse the C++20 core headers.
namespace whosaid {
struct AliasList;
}

// The person's alias list, kept in aliases.json (a whosaid-aliases file) in the settings
// folder (QStandardPaths::AppConfigLocation) or in a file given by the tests. A missing file
// is an empty list; saving writes the whole file atomically (core's save_aliases).
class AliasStore : public QObject {
    Q_OBJECT
public:
    // path empty: aliases.json in the application's settings folder.
    explicit AliasStore(const QString& path = {}, QObject* parent = nullptr);
    ~AliasStore() override;

    QString path() const { return path_; }
    const whosaid::AliasList& aliases() const { return *aliases_; }

    // Reads the file again; returns the problem (the list is then empty), or an empty string.
    QString load();
    // Saves the list and, when the file was written, takes it and emits changed. Returns the
    // problem, or an empty string.
    QString save(const whosaid::AliasList& aliases);

signals:
    void changed();

private:
    QString path_;
    std::unique_ptr<whosaid::AliasList> aliases_;
};
