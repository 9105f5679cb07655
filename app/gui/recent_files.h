#pragma once

#include <QObject>
#include <QStringList>

// The ten most recently opened files, most recent first, persisted in QSettings under
// "recentFiles" as soon as they change.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const { return files_; }
    // Puts path first (absolute), dropping a previous occurrence and the eleventh entry.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void save();
    QStringList files_;
};
