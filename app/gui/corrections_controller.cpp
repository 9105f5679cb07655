#include "corrections_controller.h"

#include "article.h"
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

void CorrectionsController::push(const whosaid::Correction& correction, const QString& text) {
    undo_->push(new Command(this, correction, text));
}

bool CorrectionsController::validEntity(int entity) const {
    return article_ && entity >= 0 && entity < article_->entityCount();
}

bool CorrectionsController::validQuote(int quote) const {
    return article_ && quote >= 0 && quote < article_->quoteCount();
}

bool CorrectionsController::reassignSpeaker(int quote, int entity) {
    if (!validQuote(quote) || (entity >= 0 && !validEntity(entity)))
        return false;
    const whosaid::Document& doc = article_->document();
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ReassignSpeaker;
    c.quote = whosaid::anchor_at(doc, doc.quotes[static_cast<size_t>(quote)].span);
    if (entity >= 0) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Actor;
        c.speaker.actor = whosaid::actor_ref(doc, article_->entity(entity));
    } else {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Unknown;
    }
    push(c, tr("Reassign Speaker"));
    return true;
}

bool CorrectionsController::makeSpeakerAnonymous(int quote, const QString& description) {
    if (!validQuote(quote))
        return false;
    const whosaid::Document& doc = article_->document();
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ReassignSpeaker;
    c.quote = whosaid::anchor_at(doc, doc.quotes[static_cast<size_t>(quote)].span);
    c.speaker.kind = whosaid::SpeakerChoice::Kind::Anonymous;
    c.speaker.description = description.trimmed().toStdU16String();
    push(c, tr("Reassign Speaker"));
    return true;
}

bool CorrectionsController::notAQuote(int quote) {
    if (!validQuote(quote))
        return false;
    const whosaid::Document& doc = article_->document();
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::NotAQuote;
    c.quote = whosaid::anchor_at(doc, doc.quotes[static_cast<size_t>(quote)].span);
    push(c, tr("Not a Quotation"));
    return true;
}

bool CorrectionsController::confirmSpeaker(int quote) {
    if (!validQuote(quote) || article_->quote(quote).verified)
        return false;
    const whosaid::Document& doc = article_->document();
    const whosaid::Quote& q = article_->quote(quote);
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ConfirmSpeaker;
    c.quote = whosaid::anchor_at(doc, q.span);
    const int speaker = article_->speakerEntity(quote);
    if (speaker >= 0) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Actor;
        c.speaker.actor = whosaid::actor_ref(doc, article_->entity(speaker));
        // The mention that names the speaker here, rather than its first one: the
        // confirmation then holds however the actors are merged or split later.
        const auto& mentions = article_->entity(speaker).mentions;
        if (q.speaker->mention &&
            std::any_of(mentions.begin(), mentions.end(),
                        [&](const whosaid::Mention& m) { return m.span == *q.speaker->mention; }))
            c.speaker.actor.mention = whosaid::anchor_at(doc, *q.speaker->mention);
    } else if (q.speaker && q.speaker->anonymous) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Anonymous;
        c.speaker.description = q.speaker->description;
    } else {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Unknown;
    }
    push(c, tr("Confirm Speaker"));
    return true;
}

bool CorrectionsController::renameActor(int entity, const QString& name) {
    const QString trimmed = name.trimmed();
    if (!validEntity(entity) || trimmed.isEmpty() || trimmed == article_->entityName(entity))
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::RenameActor;
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    c.name = trimmed.toStdU16String();
    push(c, tr("Rename Actor"));
    return true;
}

bool CorrectionsController::changeActorKind(int entity, whosaid::EntityKind kind) {
    if (!validEntity(entity) || article_->entity(entity).kind == kind)
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::ChangeActorKind;
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    c.entity_kind = kind;
    push(c, tr("Change Actor Kind"));
    return true;
}

bool CorrectionsController::mergeActors(int kept, int other) {
    if (!validEntity(kept) || !validEntity(other) || kept == other)
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::MergeActors;
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(kept));
    c.other = whosaid::actor_ref(article_->document(), article_->entity(other));
    push(c, tr("Merge Actors"));
    return true;
}

bool CorrectionsController::removeMention(int entity, int mention) {
    if (!validEntity(entity) || mention < 0 || mention >= article_->mentionCount(entity))
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::RemoveMention;
    c.mention = whosaid::anchor_at(
        article_->document(), article_->entity(entity).mentions[static_cast<size_t>(mention)].span);
    push(c, tr("Remove Mention"));
    return true;
}

bool CorrectionsController::splitMention(int entity, int mention) {
    // A lone mention already is its own actor: splitting it would change nothing.
    if (!validEntity(entity) || mention < 0 || mention >= article_->mentionCount(entity) ||
        article_->mentionCount(entity) < 2)
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::SplitMention;
    c.mention = whosaid::anchor_at(
        article_->document(), article_->entity(entity).mentions[static_cast<size_t>(mention)].span);
    push(c, tr("Split Mention Off"));
    return true;
}

bool CorrectionsController::freeForMention(whosaid::Span span) const {
    if (!article_ || span.empty() || span.start < 0 || span.end > article_->text().size())
        return false;
    for (const whosaid::Entity& entity : article_->document().entities)
        for (const whosaid::Mention& mention : entity.mentions)
            if (mention.span.overlaps(span))
                return false;
    return true;
}

bool CorrectionsController::addMention(whosaid::Span span, int entity) {
    if (!freeForMention(span) || !validEntity(entity))
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddMention;
    c.mention = whosaid::anchor_at(article_->document(), span);
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    push(c, tr("Add Mention"));
    return true;
}

bool CorrectionsController::addMentionOfNewActor(whosaid::Span span, const QString& name,
                                                 whosaid::EntityKind kind) {
    if (!freeForMention(span))
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddMention;
    c.mention = whosaid::anchor_at(article_->document(), span);
    c.new_actor = true;
    c.name = name.simplified().toStdU16String();
    c.entity_kind = kind;
    push(c, tr("Add Mention"));
    return true;
}

bool CorrectionsController::pushQuote(whosaid::Span span, whosaid::QuoteKind kind,
                                      whosaid::Correction& c) {
    if (!article_ || span.empty() || span.start < 0 || span.end > article_->text().size())
        return false;
    for (const whosaid::Quote& quote : article_->document().quotes)
        if (quote.span.overlaps(span))
            return false;
    c.action = whosaid::CorrectionAction::AddQuote;
    c.quote = whosaid::anchor_at(article_->document(), span);
    c.quote_kind = kind;
    push(c, tr("Add Quotation"));
    return true;
}

bool CorrectionsController::addQuote(whosaid::Span span, whosaid::QuoteKind kind, int speaker) {
    if (speaker >= 0 && !validEntity(speaker))
        return false;
    whosaid::Correction c;
    if (speaker >= 0) {
        c.speaker.kind = whosaid::SpeakerChoice::Kind::Actor;
        c.speaker.actor = whosaid::actor_ref(article_->document(), article_->entity(speaker));
    }
    return pushQuote(span, kind, c);
}

bool CorrectionsController::addAnonymousQuote(whosaid::Span span, whosaid::QuoteKind kind,
                                              const QString& description) {
    whosaid::Correction c;
    c.speaker.kind = whosaid::SpeakerChoice::Kind::Anonymous;
    c.speaker.description = description.simplified().toStdU16String();
    return pushQuote(span, kind, c);
}

bool CorrectionsController::addSource(int quote, int entity) {
    if (!validQuote(quote) || !validEntity(entity))
        return false;
    const std::string& id = article_->entity(entity).id;
    for (const whosaid::QuoteSource& source : article_->quote(quote).sources)
        if (source.entity == id)
            return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddSource;
    c.quote = whosaid::anchor_at(article_->document(), article_->quote(quote).span);
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    push(c, tr("Add Source"));
    return true;
}

whosaid::Span CorrectionsController::newSourceMention(int quote, const QString& name) const {
    const QString needle = name.simplified();
    if (!validQuote(quote) || needle.isEmpty())
        return {};
    const QString& text = article_->text();
    const whosaid::Span near = article_->quote(quote).marks;
    const auto wordAt = [&](qsizetype at) {
        return at >= 0 && at < text.size() && text[at].isLetterOrNumber();
    };
    whosaid::Span best;
    int bestDistance = 0;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        const whosaid::Span span{static_cast<int32_t>(at),
                                 static_cast<int32_t>(at + needle.size())};
        if (wordAt(at - 1) || wordAt(span.end) || near.contains(span) || !freeForMention(span))
            continue;
        const int distance = span.end <= near.start ? near.start - span.end : span.start - near.end;
        if (best.empty() || distance < bestDistance) {
            best = span;
            bestDistance = distance;
        }
    }
    return best;
}

bool CorrectionsController::addNewSource(int quote, const QString& name) {
    const whosaid::Span span = newSourceMention(quote, name);
    if (span.empty())
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::AddSource;
    c.quote = whosaid::anchor_at(article_->document(), article_->quote(quote).span);
    c.actor.mention = whosaid::anchor_at(article_->document(), span);
    c.actor.name = name.simplified().toStdU16String();
    push(c, tr("Add Source"));
    return true;
}

bool CorrectionsController::removeSource(int quote, int source) {
    if (!validQuote(quote) || source < 0 ||
        source >= static_cast<int>(article_->quote(quote).sources.size()))
        return false;
    const int entity =
        article_->entityIndex(article_->quote(quote).sources[static_cast<size_t>(source)].entity);
    if (entity < 0)
        return false;
    whosaid::Correction c;
    c.action = whosaid::CorrectionAction::RemoveSource;
    c.quote = whosaid::anchor_at(article_->document(), article_->quote(quote).span);
    c.actor = whosaid::actor_ref(article_->document(), article_->entity(entity));
    push(c, tr("Remove Source"));
    return true;
}
