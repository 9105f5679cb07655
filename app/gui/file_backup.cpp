#include "file_backup.h"

#include <QFile>
#include <QFileInfo>

QString moveToBackup(const QString& path, QString* error) {
    QString backup = path + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(backup) || QFileInfo(backup).isSymLink(); ++n)
        backup = path + QStringLiteral(".bak%1").arg(n);
    QFile file(path);
    if (!file.rename(backup)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return backup;
}
