#include "corrections_file.h"

#include "file_backup.h"
#include "file_watch.h"
#include "list_merge.h"
#include "whosaid/corrections.h"

#include <QFileInfo>

namespace {

// Two corrections are the same entry when they are written alike.
std::string entryKey(const whosaid::Correction& correction) {
    return whosaid::write_corrections_json({{}, {correction}});
}

} // namespace

CorrectionsFile::CorrectionsFile(QObject* parent)
    : QObject(parent), watch_(new FileWatch(this)),
      known_(std::make_unique<whosaid::CorrectionSet>()) {
    connect(watch_, &FileWatch::changed, this, &CorrectionsFile::changedOnDisk);
}

CorrectionsFile::~CorrectionsFile() = default;

void CorrectionsFile::setProblem(Problem problem, const QString& error) {
    if (problem == problem_ && error == error_)
        return;
    problem_ = problem;
    error_ = error;
    emit problemChanged();
}

whosaid::CorrectionSet CorrectionsFile::open(const QString& path) {
    path_ = path;
    *known_ = {};
    unsaved_ = false;
    watch_->watch(path);
    setProblem(Problem::None, {});
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    auto loaded = whosaid::load_corrections(path.toStdString());
    if (!loaded) {
        setProblem(Problem::Unreadable, QString::fromStdString(loaded.error().message));
        return {};
    }
    *known_ = std::move(loaded).value();
    return *known_;
}

std::optional<whosaid::CorrectionSet>
CorrectionsFile::reconcile(const whosaid::CorrectionSet& mine) {
    // A file removed by someone else is written again at the next save: deleting the file
    // of an open article does not delete the corrections shown.
    if (path_.isEmpty() || !QFileInfo::exists(path_))
        return std::nullopt;
    auto loaded = whosaid::load_corrections(path_.toStdString());
    if (!loaded) {
        setProblem(Problem::Unreadable, QString::fromStdString(loaded.error().message));
        return std::nullopt;
    }
    if (problem_ == Problem::Unreadable)
        setProblem(Problem::None, {}); // mended by hand: it can be written again
    whosaid::CorrectionSet theirs = std::move(loaded).value();
    if (theirs == *known_)
        return std::nullopt;
    whosaid::CorrectionSet merged;
    merged.article = mine.article;
    merged.items = mergeLists(known_->items, mine.items, theirs.items, entryKey);
    *known_ = std::move(theirs);
    return merged;
}

bool CorrectionsFile::save(const whosaid::CorrectionSet& corrections) {
    if (path_.isEmpty())
        return true;
    if (problem_ == Problem::Unreadable) {
        unsaved_ = true;
        return false;
    }
    // The file already holds them (a merge that added nothing of ours): no write, which
    // would wake the watchers of the other windows for nothing.
    if (problem_ == Problem::None && corrections == *known_ && QFileInfo::exists(path_)) {
        unsaved_ = false;
        return true;
    }
    if (auto error = whosaid::save_corrections(path_.toStdString(), corrections)) {
        unsaved_ = true;
        setProblem(Problem::SaveFailed, QString::fromStdString(error->message));
        return false;
    }
    *known_ = corrections;
    unsaved_ = false;
    setProblem(Problem::None, {});
    return true;
}

bool CorrectionsFile::replace(const whosaid::CorrectionSet& corrections) {
    if (QFileInfo::exists(path_)) {
        QString error;
        if (moveToBackup(path_, &error).isEmpty()) {
            setProblem(problem_, error);
            return false;
        }
    }
    *known_ = {};
    setProblem(Problem::None, {});
    return save(corrections);
}

bool CorrectionsFile::saveAs(const QString& path, const whosaid::CorrectionSet& corrections) {
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(path_).absoluteFilePath())
        return replace(corrections);
    if (auto error = whosaid::save_corrections(path.toStdString(), corrections)) {
        setProblem(problem_, QString::fromStdString(error->message));
        return false;
    }
    path_ = path;
    watch_->watch(path);
    *known_ = corrections;
    unsaved_ = false;
    setProblem(Problem::None, {});
    return true;
}
