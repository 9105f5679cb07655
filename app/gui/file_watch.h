#pragma once

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// Tells when a file is created, changed, replaced or removed by someone else (another window,
// a hand edit). The folder is watched too: an atomic save renames a new file over the old
// one, which ends a watch on the file itself. Bursts of notices become one changed() signal.
class FileWatch : public QObject {
    Q_OBJECT
public:
    explicit FileWatch(QObject* parent = nullptr);

    // Watches path (empty: nothing).
    void watch(const QString& path);
    QString path() const { return path_; }

signals:
    // The file may have changed: read it again and compare.
    void changed();

private:
    void rewatch();

    QFileSystemWatcher* watcher_;
    QTimer* settle_;
    QString path_;
};
