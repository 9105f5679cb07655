#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class FileWatch;
// Forward declaration: moc cannot parse the C++20 core headers.
namespace whosaid {
struct CorrectionSet;
}

// The corrections file (sidecar) of the open article, kept so that a person's work is never
// lost: a file that cannot be read is never written over (until the person chooses to replace
// it, the old one kept as a backup), a failed save is remembered until a save succeeds, and
// a file changed on disk since it was read (another window, a hand edit) is merged with the
// corrections in memory instead of being overwritten.
class CorrectionsFile : public QObject {
    Q_OBJECT
public:
    enum class Problem {
        None,
        Unreadable, // the file exists but cannot be read: it is not written
        SaveFailed, // the last save failed (read-only folder, full disk)
    };

    explicit CorrectionsFile(QObject* parent = nullptr);
    ~CorrectionsFile() override;

    // Starts keeping path (empty: no file, nothing is saved) and returns what it holds: empty
    // when it is missing or unreadable (problem() then says so).
    whosaid::CorrectionSet open(const QString& path);
    QString path() const { return path_; }

    // When the file on disk changed since it was last read or written and can be read: mine
    // merged with it (see mergeLists). Nothing when it is unchanged, missing or unreadable
    // (an unreadable file sets problem() Unreadable).
    std::optional<whosaid::CorrectionSet> reconcile(const whosaid::CorrectionSet& mine);
    // Saves corrections unless the file is unreadable; returns whether they were written.
    bool save(const whosaid::CorrectionSet& corrections);
    // The unreadable (or any) file is moved to a backup (see moveToBackup), then corrections
    // are saved in its place.
    bool replace(const whosaid::CorrectionSet& corrections);
    // Saves corrections to another file, which this object keeps from then on.
    bool saveAs(const QString& path, const whosaid::CorrectionSet& corrections);

    Problem problem() const { return problem_; }
    // The reason of the problem, one line (from core or the file system).
    QString error() const { return error_; }
    // Corrections were made that are not in the file.
    bool hasUnsavedChanges() const { return unsaved_; }

signals:
    // The file changed on disk: call reconcile().
    void changedOnDisk();
    void problemChanged();

private:
    void setProblem(Problem problem, const QString& error);

    FileWatch* watch_;
    QString path_;
    // What the file held when last read or written: the base of a merge.
    std::unique_ptr<whosaid::CorrectionSet> known_;
    Problem problem_ = Problem::None;
    QString error_;
    bool unsaved_ = false;
};
