#pragma once

#include "corrections/anchor_locator.h"
#include "corrections/document_editor.h"
#include "whosaid/corrections.h"

#include <optional>
#include <string>

namespace whosaid::corrections {

// Applies corrections one at a time to a document. Each correction first resolves every
// anchor it needs and only then changes the document, so a stale correction changes nothing.
class CorrectionApplier {
public:
    // The text of doc must not change while the applier is used (its anchors are cached).
    CorrectionApplier(Document& doc, DocumentEditor& editor)
        : doc_(doc), editor_(editor), locator_(doc.text) {}

    // Nothing when applied (relocated tells whether an anchor moved), else why it is stale.
    std::optional<std::string> apply(const Correction& correction, bool& relocated);

private:
    struct Actor {
        std::string id;
        std::optional<Span> mention; // where the reference found it
    };

    Result<Span> locate(const TextAnchor& anchor, const char* what);
    Result<Quote*> find_quote(const TextAnchor& anchor);
    Result<Actor> find_actor(const ActorRef& ref, const char* what);
    Result<std::optional<Speaker>> find_speaker(const SpeakerChoice& choice);

    std::optional<std::string> reassign_speaker(const Correction& c);
    std::optional<std::string> merge_actors(const Correction& c);
    std::optional<std::string> split_mention(const Correction& c);
    std::optional<std::string> change_actor(const Correction& c);
    std::optional<std::string> add_mention(const Correction& c);
    std::optional<std::string> remove_mention(const Correction& c);
    std::optional<std::string> not_a_quote(const Correction& c);
    std::optional<std::string> add_quote(const Correction& c);
    std::optional<std::string> add_source(const Correction& c);
    std::optional<std::string> remove_source(const Correction& c);
    std::optional<std::string> confirm_speaker(const Correction& c);

    Document& doc_;
    DocumentEditor& editor_;
    AnchorLocator locator_;
    bool relocated_ = false;
};

} // namespace whosaid::corrections
