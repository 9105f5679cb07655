#pragma once

#include <QObject>
#include <QString>
#include <memory>

class Article;
class QUndoStack;
// Forward declarations: moc cannot parse the C++20 core headers.
namespace whosaid {
struct Correction;
struct CorrectionSet;
enum class EntityKind;
} // namespace whosaid

// Holds the corrections a person makes to the open article. Every change is an undoable
// command on undoStack(); after each one the corrections are applied again to a copy of the
// pristine analysed document (simple and always consistent, whatever the order of undo and
// redo), the sidecar file (ARTICLE.whosaid.json) is saved atomically, and articleChanged
// carries the corrected article. Indices name entities and quotes of article().
class CorrectionsController : public QObject {
    Q_OBJECT
public:
    explicit CorrectionsController(QObject* parent = nullptr);
    ~CorrectionsController() override;

    // Takes a freshly analysed article. path is the article file (empty when there is none:
    // sample, clipboard, tests), whose sidecar is loaded when it exists; corrections that are
    // unreadable or stale are reported by errorOccurred and the article still opens. Clears
    // the undo history and returns the corrected article (articleChanged is not emitted).
    std::shared_ptr<const Article> open(std::shared_ptr<const Article> pristine,
                                        const QString& path);

    // The corrected article, nullptr before open().
    std::shared_ptr<const Article> article() const { return article_; }
    const whosaid::CorrectionSet& corrections() const { return *corrections_; }
    QUndoStack* undoStack() const { return undo_; }
    // The sidecar file written after each change; empty when the article has no file.
    QString sidecarPath() const { return sidecar_; }

    // The changes. Each returns false (and changes nothing) when an index is out of range or
    // the change would do nothing.
    bool reassignSpeaker(int quote, int entity); // entity -1: unknown speaker
    bool makeSpeakerAnonymous(int quote, const QString& description);
    bool notAQuote(int quote);
    bool renameActor(int entity, const QString& name);
    bool changeActorKind(int entity, whosaid::EntityKind kind);
    bool mergeActors(int kept, int other); // kept absorbs other
    bool removeMention(int entity, int mention);
    bool splitMention(int entity, int mention);

signals:
    // The corrections changed (a command, its undo or redo): show this article.
    void articleChanged(std::shared_ptr<const Article> article);
    // A correction file could not be read or written, or corrections are stale.
    void errorOccurred(const QString& message);

private:
    class Command;
    // Records a correction as one undoable command named text.
    void push(const whosaid::Correction& correction, const QString& text);
    // Sets the corrections, applies them, saves the sidecar and emits articleChanged.
    void setCorrections(const whosaid::CorrectionSet& corrections);
    // Applies corrections_ to the pristine document; reports stale ones when report is set.
    void rebuild(bool report);
    bool validEntity(int entity) const;
    bool validQuote(int quote) const;

    QUndoStack* undo_;
    std::shared_ptr<const Article> pristine_;
    std::shared_ptr<const Article> article_;
    std::unique_ptr<whosaid::CorrectionSet> corrections_;
    QString sidecar_;
};
