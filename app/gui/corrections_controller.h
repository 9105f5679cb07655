#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class Article;
class CorrectionBuilder;
class CorrectionsFile;
class QUndoStack;
// Forward declarations: moc cannot parse the C++20 core headers.
namespace whosaid {
struct AliasList;
struct Correction;
struct CorrectionSet;
struct Span;
enum class EntityKind;
enum class QuoteKind;
} // namespace whosaid

// Holds the corrections a person makes to the open article. Every change is an undoable
// command on undoStack(); after each one the corrections are applied again to a copy of the
// pristine analysed document (simple and always consistent, whatever the order of undo and
// redo), the sidecar file (ARTICLE.whosaid.json) is saved atomically through file(), and
// articleChanged carries the corrected article. Corrections another window or a hand edit
// wrote to the sidecar meanwhile are merged in, before each save and as soon as the file
// changes. Indices name entities and quotes of article().
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
    // Where the corrections are saved (the sidecar, or the file chosen by saveAs), whether
    // that file can be read and written, and whether corrections are unsaved.
    CorrectionsFile* file() const { return file_; }
    bool hasUnsavedChanges() const;
    // Saves the corrections again (after a failure), to another file, or over an unreadable
    // sidecar moved to a backup first. Each returns whether the corrections were written.
    bool retrySave();
    bool saveAs(const QString& path);
    bool replaceUnreadable();

    // The changes. Each returns false (and changes nothing) when an index is out of range or
    // the change would do nothing.
    bool reassignSpeaker(int quote, int entity); // entity -1: unknown speaker
    bool makeSpeakerAnonymous(int quote, const QString& description);
    bool notAQuote(int quote);
    // A person checked the quotation's speaker as it stands (an actor, an anonymous speaker
    // or nobody known): it becomes verified. Refused when it already is.
    bool confirmSpeaker(int quote);
    bool renameActor(int entity, const QString& name);
    bool changeActorKind(int entity, whosaid::EntityKind kind);
    bool mergeActors(int kept, int other); // kept absorbs other
    bool removeMention(int entity, int mention);
    bool splitMention(int entity, int mention);
    // A missed mention at span (see SelectedText::mentionSpan) of entity, or of a new actor
    // (an empty name: the mentioned text). Refused when span overlaps a mention.
    bool addMention(whosaid::Span span, int entity);
    bool addMentionOfNewActor(whosaid::Span span, const QString& name, whosaid::EntityKind kind);
    // A missed quotation of the words at span, marks excluded (see SelectedText::quoteSpan),
    // said by speaker (-1: unknown) or by an anonymous speaker. Refused when span overlaps a
    // quotation.
    bool addQuote(whosaid::Span span, whosaid::QuoteKind kind, int speaker);
    bool addAnonymousQuote(whosaid::Span span, whosaid::QuoteKind kind, const QString& description);
    // The quotation came through entity (a medium), or through a medium the analysis missed,
    // found by its name in the text (see newSourceMention). Refused when it already does.
    bool addSource(int quote, int entity);
    bool addNewSource(int quote, const QString& name);
    // Where a medium named name that is no actor yet would be mentioned as the source of
    // quote: the occurrence of the name (whole words, case ignored) nearest the quotation
    // outside any mention; an empty span when there is none.
    whosaid::Span newSourceMention(int quote, const QString& name) const;
    // The quotation did not come through its source at index source (of Quote::sources).
    bool removeSource(int quote, int source);

    // The person's alias list, applied before the corrections to every article opened; a new
    // list is applied to the open article at once (articleChanged).
    void setAliases(const whosaid::AliasList& aliases);

signals:
    // The corrections changed (a command, its undo or redo): show this article.
    void articleChanged(std::shared_ptr<const Article> article);
    // A correction file could not be read or written, or corrections are stale.
    void errorOccurred(const QString& message);
    // Corrections made elsewhere (another window, a hand edit) were merged in.
    void mergedFromDisk();

private:
    class Command;
    // Records a correction as one undoable command named text; false (nothing recorded)
    // when there is none.
    bool push(const std::optional<whosaid::Correction>& correction, const QString& text);
    // Builds the corrections of the article shown.
    CorrectionBuilder builder() const;
    // Sets the corrections, applies them, saves the sidecar and emits articleChanged.
    void setCorrections(const whosaid::CorrectionSet& corrections);
    // Merges what changed on disk into the corrections, then saves them; returns whether
    // anything came from disk.
    bool mergeAndSave();
    // The file changed on disk: merge it in and show the result.
    void takeDiskChanges();
    // Applies corrections_ to the pristine document; reports stale ones when report is set.
    void rebuild(bool report);

    QUndoStack* undo_;
    CorrectionsFile* file_;
    std::shared_ptr<const Article> pristine_;
    std::shared_ptr<const Article> article_;
    std::unique_ptr<whosaid::CorrectionSet> corrections_;
    std::unique_ptr<whosaid::AliasList> aliases_;
    QString sidecar_;
};
