#pragma once

#include "whosaid/document.h"

#include <optional>
#include <string>

namespace whosaid::corrections {

// Whether entity's name or one of its aliases folds (fold_for_matching) to folded.
bool names_entity(const Entity& entity, const std::u16string& folded);

// Consistent edits of a Document's actors and quotations: every change keeps the references
// of quotes (speaker, sources) and of the dateline valid, and marks what it touches as
// corrected. New entities get provisional ids until finish() renumbers everything.
class DocumentEditor {
public:
    explicit DocumentEditor(Document& doc) : doc_(doc) {}

    Entity* entity(const std::string& id);
    // The entity with a mention exactly at span; else the only one with a mention overlapping
    // it; else nullptr.
    Entity* entity_mentioned_at(Span span);
    // The quote whose words or marks are exactly span; else the only one overlapping it.
    Quote* quote_at(Span span);

    // A new entity with no mention yet; returns its provisional id.
    std::string add_entity(EntityKind kind, std::u16string name);
    // Moves span to entity `to` (from whichever entity had it exactly, if any); quotes that
    // named their speaker or source at span follow it. An entity left without mentions is
    // removed.
    void move_mention(Span span, const std::string& to, MentionForm form = MentionForm::Name);
    // span refers to nobody any more; false when no entity had it.
    bool remove_mention(Span span);
    // merged's mentions, names and roles go to kept, and every reference follows.
    void merge(const std::string& kept, const std::string& merged);
    // Renames; the old name stays as an alias.
    void rename(Entity& entity, std::u16string name);

    void remove_quote(const Quote& quote);
    Quote& add_quote(Span span, QuoteKind kind);

    // Sorts mentions, orders entities by first mention and quotes by position, and renumbers
    // their ids (e1…, q1…) with every reference.
    void finish();

private:
    void replace_references(const std::string& from, const std::string& to);
    void remove_entity(const std::string& id);

    Document& doc_;
    int provisional_ids_ = 0;
};

} // namespace whosaid::corrections
