#include "corrections_controller.h"

#include "article.h"
#include "correction_builder.h"
#include "corrections_file.h"
#include "whosaid/corrections.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

namespace {

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

// Adds one correction, and takes that correction out again on undo, leaving the corrections
// merged from disk meanwhile (another window, a hand edit) in place.
class CorrectionsController::Command : public QUndoCommand {
public:
    Command(CorrectionsController* owner, whosaid::Correction correction, const QString& text)
        : QUndoCommand(text), owner_(owner), correction_(std::move(correction)) {}
    void undo() override {
        whosaid::CorrectionSet set = *owner_->corrections_;
        const auto last = std::find(set.items.rbegin(), set.items.rend(), correction_);
        if (last != set.items.rend())
            set.items.erase(std::next(last).base());
        owner_->setCorrections(set);
    }
    void redo() override {
        whosaid::CorrectionSet set = *owner_->corrections_;
        set.article = whosaid::fingerprint(owner_->pristine_->document().text);
        set.items.push_back(correction_);
        owner_->setCorrections(set);
    }

private:
    CorrectionsController* owner_;
    whosaid::Correction correction_;
};

CorrectionsController::CorrectionsController(QObject* parent)
    : QObject(parent), undo_(new QUndoStack(this)), file_(new CorrectionsFile(this)),
      corrections_(std::make_unique<whosaid::CorrectionSet>()),
      aliases_(std::make_unique<whosaid::AliasList>()) {
    connect(file_, &CorrectionsFile::changedOnDisk, this, &CorrectionsController::takeDiskChanges);
}

CorrectionsController::~CorrectionsController() = default;

std::shared_ptr<const Article> CorrectionsController::open(std::shared_ptr<const Article> pristine,
                                                           const QString& path) {
    undo_->clear();
    pristine_ = std::move(pristine);
    *corrections_ = {};
    corrections_->article = whosaid::fingerprint(pristine_->document().text);
    sidecar_ = path.isEmpty() ? QString()
                              : QString::fromStdString(whosaid::sidecar_path(
                                    QFileInfo(path).absoluteFilePath().toStdString()));
    whosaid::CorrectionSet loaded = file_->open(sidecar_);
    if (file_->problem() == CorrectionsFile::Problem::Unreadable)
        emit errorOccurred(
            tr("The corrections of this article cannot be read: %1").arg(file_->error()));
    else if (!loaded.items.empty())
        *corrections_ = std::move(loaded);
    rebuild(true);
    return article_;
}

void CorrectionsController::rebuild(bool report) {
    // Without corrections nor alias merges the article is shown exactly as analysed
    // (apply_corrections would still renumber ids and sort mentions).
    if (corrections_->items.empty() && aliases_->groups.empty()) {
        article_ = pristine_;
        return;
    }
    whosaid::Document document = pristine_->document();
    const whosaid::ApplyReport applied =
        whosaid::apply_corrections(document, *corrections_, *aliases_);
    if (corrections_->items.empty() && applied.alias_merges == 0) {
        article_ = pristine_;
        return;
    }
    article_ = std::make_shared<const Article>(std::move(document));
    if (report && !applied.stale.empty())
        emit errorOccurred(tr("%Ln correction(s) no longer match the article: %1", "",
                              static_cast<int>(applied.stale.size()))
                               .arg(fromCore(applied.stale.front().message)));
}

void CorrectionsController::setAliases(const whosaid::AliasList& aliases) {
    if (aliases == *aliases_)
        return;
    *aliases_ = aliases;
    if (!pristine_)
        return;
    rebuild(true);
    emit articleChanged(article_);
}

void CorrectionsController::setCorrections(const whosaid::CorrectionSet& corrections) {
    *corrections_ = corrections;
    mergeAndSave();
    rebuild(false);
    emit articleChanged(article_);
}

bool CorrectionsController::mergeAndSave() {
    std::optional<whosaid::CorrectionSet> merged = file_->reconcile(*corrections_);
    const bool fromDisk = merged && merged->items != corrections_->items;
    if (merged)
        *corrections_ = std::move(*merged);
    const bool wasFailing = file_->problem() == CorrectionsFile::Problem::SaveFailed;
    if (!file_->save(*corrections_) && !wasFailing &&
        file_->problem() == CorrectionsFile::Problem::SaveFailed)
        emit errorOccurred(tr("The corrections cannot be saved: %1").arg(file_->error()));
    if (fromDisk)
        emit mergedFromDisk();
    return fromDisk;
}

void CorrectionsController::takeDiskChanges() {
    if (!pristine_ || !mergeAndSave())
        return;
    rebuild(true);
    emit articleChanged(article_);
}

bool CorrectionsController::hasUnsavedChanges() const {
    return file_->hasUnsavedChanges();
}

bool CorrectionsController::retrySave() {
    mergeAndSave();
    rebuild(false);
    emit articleChanged(article_);
    return !file_->hasUnsavedChanges();
}

bool CorrectionsController::saveAs(const QString& path) {
    return file_->saveAs(path, *corrections_);
}

bool CorrectionsController::replaceUnreadable() {
    return file_->replace(*corrections_);
}

bool CorrectionsController::push(const std::optional<whosaid::Correction>& correction,
                                 const QString& text) {
    if (!correction)
        return false;
    undo_->push(new Command(this, *correction, text));
    return true;
}

CorrectionBuilder CorrectionsController::builder() const {
    return CorrectionBuilder(article_.get());
}

bool CorrectionsController::reassignSpeaker(int quote, int entity) {
    return push(builder().reassignSpeaker(quote, entity), tr("Reassign Speaker"));
}

bool CorrectionsController::makeSpeakerAnonymous(int quote, const QString& description) {
    return push(builder().makeSpeakerAnonymous(quote, description), tr("Reassign Speaker"));
}

bool CorrectionsController::notAQuote(int quote) {
    return push(builder().notAQuote(quote), tr("Not a Quotation"));
}

bool CorrectionsController::confirmSpeaker(int quote) {
    return push(builder().confirmSpeaker(quote), tr("Confirm Speaker"));
}

bool CorrectionsController::renameActor(int entity, const QString& name) {
    return push(builder().renameActor(entity, name), tr("Rename Actor"));
}

bool CorrectionsController::changeActorKind(int entity, whosaid::EntityKind kind) {
    return push(builder().changeActorKind(entity, kind), tr("Change Actor Kind"));
}

bool CorrectionsController::mergeActors(int kept, int other) {
    return push(builder().mergeActors(kept, other), tr("Merge Actors"));
}

bool CorrectionsController::removeMention(int entity, int mention) {
    return push(builder().removeMention(entity, mention), tr("Remove Mention"));
}

bool CorrectionsController::splitMention(int entity, int mention) {
    return push(builder().splitMention(entity, mention), tr("Split Mention Off"));
}

bool CorrectionsController::addMention(whosaid::Span span, int entity) {
    return push(builder().addMention(span, entity), tr("Add Mention"));
}

bool CorrectionsController::addMentionOfNewActor(whosaid::Span span, const QString& name,
                                                 whosaid::EntityKind kind) {
    return push(builder().addMentionOfNewActor(span, name, kind), tr("Add Mention"));
}

bool CorrectionsController::addQuote(whosaid::Span span, whosaid::QuoteKind kind, int speaker) {
    return push(builder().addQuote(span, kind, speaker), tr("Add Quotation"));
}

bool CorrectionsController::addAnonymousQuote(whosaid::Span span, whosaid::QuoteKind kind,
                                              const QString& description) {
    return push(builder().addAnonymousQuote(span, kind, description), tr("Add Quotation"));
}

bool CorrectionsController::addSource(int quote, int entity) {
    return push(builder().addSource(quote, entity), tr("Add Source"));
}

whosaid::Span CorrectionsController::newSourceMention(int quote, const QString& name) const {
    return builder().newSourceMention(quote, name);
}

bool CorrectionsController::addNewSource(int quote, const QString& name) {
    return push(builder().addNewSource(quote, name), tr("Add Source"));
}

bool CorrectionsController::removeSource(int quote, int source) {
    return push(builder().removeSource(quote, source), tr("Remove Source"));
}
