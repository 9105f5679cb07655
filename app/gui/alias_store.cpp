#include "alias_store.h"

#include "file_backup.h"
#include "file_watch.h"
#include "list_merge.h"
#include "whosaid/corrections.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

// A group is the same entry when it lists the same names in the same order.
std::string groupKey(const std::vector<std::u16string>& group) {
    std::string key;
    for (const std::u16string& name : group) {
        key.append(reinterpret_cast<const char*>(name.data()), name.size() * sizeof(char16_t));
        key.append(2, '\0');
    }
    return key;
}

} // namespace

AliasStore::AliasStore(const QString& path, QObject* parent)
    : QObject(parent),
      path_(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                 QStringLiteral("/aliases.json")
                           : path),
      watch_(new FileWatch(this)), aliases_(std::make_unique<whosaid::AliasList>()),
      known_(std::make_unique<whosaid::AliasList>()) {
    connect(watch_, &FileWatch::changed, this, &AliasStore::takeDiskChanges);
}

AliasStore::~AliasStore() = default;

void AliasStore::setProblem(Problem problem, const QString& error) {
    if (problem == problem_ && error == error_)
        return;
    problem_ = problem;
    error_ = error;
    emit problemChanged();
}

QString AliasStore::load() {
    *aliases_ = {};
    *known_ = {};
    unsaved_ = false;
    watch_->watch(path_);
    setProblem(Problem::None, {});
    if (!QFileInfo::exists(path_))
        return {};
    auto loaded = whosaid::load_aliases(path_.toStdString());
    if (!loaded) {
        setProblem(Problem::Unreadable, QString::fromStdString(loaded.error().message));
        return tr("Your alias list cannot be read: %1").arg(error_);
    }
    *aliases_ = std::move(loaded).value();
    *known_ = *aliases_;
    return {};
}

bool AliasStore::reconcile() {
    // A removed file is written again at the next save, with the list shown.
    if (!QFileInfo::exists(path_))
        return false;
    auto loaded = whosaid::load_aliases(path_.toStdString());
    if (!loaded) {
        setProblem(Problem::Unreadable, QString::fromStdString(loaded.error().message));
        return false;
    }
    if (problem_ == Problem::Unreadable)
        setProblem(Problem::None, {}); // mended by hand: it can be written again
    whosaid::AliasList theirs = std::move(loaded).value();
    if (theirs == *known_)
        return false;
    whosaid::AliasList merged;
    merged.groups = mergeLists(known_->groups, aliases_->groups, theirs.groups, groupKey);
    *known_ = std::move(theirs);
    const bool differs = merged != *aliases_;
    *aliases_ = std::move(merged);
    return differs;
}

QString AliasStore::write() {
    if (problem_ == Problem::Unreadable) {
        unsaved_ = true;
        return tr("Your alias list cannot be read, so it was not written over: %1").arg(error_);
    }
    // The settings folder does not exist before the first setting is saved.
    QDir().mkpath(QFileInfo(path_).absolutePath());
    if (auto error = whosaid::save_aliases(path_.toStdString(), *aliases_)) {
        unsaved_ = true;
        setProblem(Problem::SaveFailed, QString::fromStdString(error->message));
        return tr("Your alias list cannot be saved: %1").arg(error_);
    }
    *known_ = *aliases_;
    unsaved_ = false;
    setProblem(Problem::None, {});
    watch_->watch(path_);
    return {};
}

QString AliasStore::save(const whosaid::AliasList& aliases) {
    *aliases_ = aliases;
    reconcile();
    const QString problem = write();
    emit changed();
    return problem;
}

QString AliasStore::replace() {
    if (QFileInfo::exists(path_)) {
        QString error;
        if (moveToBackup(path_, &error).isEmpty())
            return tr("Your alias list cannot be saved: %1").arg(error);
    }
    *known_ = {};
    setProblem(Problem::None, {});
    return write();
}

void AliasStore::takeDiskChanges() {
    const bool merged = reconcile();
    if (merged && problem_ != Problem::Unreadable && *aliases_ != *known_)
        write();
    if (merged)
        emit changed();
}
