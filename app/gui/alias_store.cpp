#include "alias_store.h"

#include "whosaid/corrections.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

AliasStore::AliasStore(const QString& path, QObject* parent)
    : QObject(parent),
      path_(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                 QStringLiteral("/aliases.json")
                           : path),
      aliases_(std::make_unique<whosaid::AliasList>()) {}

AliasStore::~AliasStore() = default;

QString AliasStore::load() {
    *aliases_ = {};
    if (!QFileInfo::exists(path_))
        return {};
    auto loaded = whosaid::load_aliases(path_.toStdString());
    if (!loaded)
        return tr("Your alias list cannot be read: %1")
            .arg(QString::fromStdString(loaded.error().message));
    *aliases_ = std::move(loaded).value();
    return {};
}

QString AliasStore::save(const whosaid::AliasList& aliases) {
    // The settings folder does not exist before the first setting is saved.
    QDir().mkpath(QFileInfo(path_).absolutePath());
    if (auto error = whosaid::save_aliases(path_.toStdString(), aliases))
        return tr("Your alias list cannot be saved: %1")
            .arg(QString::fromStdString(error->message));
    *aliases_ = aliases;
    emit changed();
    return {};
}
