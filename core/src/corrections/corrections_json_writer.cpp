// Writing the corrections and alias files (`whosaid-corrections`, `whosaid-aliases` v1).
#include "support/json_builder.h"
#include "whosaid/corrections.h"

namespace whosaid {

namespace {

class CorrectionsWriter {
public:
    std::string write(const CorrectionSet& set) {
        json_.begin_object();
        json_.key("format");
        json_.string_utf8("whosaid-corrections");
        json_.key("version");
        json_.integer(1);
        json_.key("article");
        json_.begin_object(support::JsonBuilder::Layout::Inline);
        json_.key("length");
        json_.integer(set.article.length);
        json_.key("fnv1a64");
        json_.string_utf8(set.article.fnv1a64);
        json_.end_object();
        json_.key("corrections");
        json_.begin_array();
        for (const Correction& correction : set.items)
            write_correction(correction);
        json_.end_array();
        json_.end_object();
        return json_.take() + "\n";
    }

private:
    void anchor(std::string_view key, const TextAnchor& anchor) {
        json_.key(key);
        json_.begin_object(support::JsonBuilder::Layout::Inline);
        json_.key("start");
        json_.integer(anchor.span.start);
        json_.key("end");
        json_.integer(anchor.span.end);
        json_.key("text");
        json_.string(anchor.text);
        json_.key("before");
        json_.string(anchor.before);
        json_.key("after");
        json_.string(anchor.after);
        json_.end_object();
    }

    void actor(std::string_view key, const ActorRef& ref) {
        json_.key(key);
        json_.begin_object();
        json_.key("name");
        json_.string(ref.name);
        if (ref.mention)
            anchor("mention", *ref.mention);
        json_.end_object();
    }

    void speaker(const SpeakerChoice& choice) {
        json_.key("speaker");
        json_.begin_object();
        json_.key("kind");
        switch (choice.kind) {
        case SpeakerChoice::Kind::Actor:
            json_.string_utf8("actor");
            actor("actor", choice.actor);
            break;
        case SpeakerChoice::Kind::Anonymous:
            json_.string_utf8("anonymous");
            json_.key("description");
            json_.string(choice.description);
            break;
        case SpeakerChoice::Kind::Unknown:
            json_.string_utf8("unknown");
            break;
        }
        json_.end_object();
    }

    void text(std::string_view key, const std::u16string& value) {
        json_.key(key);
        json_.string(value);
    }

    void write_correction(const Correction& c) {
        json_.begin_object();
        json_.key("action");
        json_.string_utf8(to_string(c.action));
        switch (c.action) {
        case CorrectionAction::ReassignSpeaker:
        case CorrectionAction::ConfirmSpeaker:
            anchor("quote", c.quote);
            speaker(c.speaker);
            break;
        case CorrectionAction::MergeActors:
            actor("actor", c.actor);
            actor("merged", c.other);
            break;
        case CorrectionAction::SplitMention:
            anchor("mention", c.mention);
            text("name", c.name);
            break;
        case CorrectionAction::RenameActor:
            actor("actor", c.actor);
            text("name", c.name);
            break;
        case CorrectionAction::ChangeActorKind:
            actor("actor", c.actor);
            json_.key("kind");
            json_.string_utf8(to_string(c.entity_kind));
            break;
        case CorrectionAction::AddMention:
            anchor("mention", c.mention);
            if (c.new_actor) {
                json_.key("new-actor");
                json_.begin_object(support::JsonBuilder::Layout::Inline);
                text("name", c.name);
                json_.key("kind");
                json_.string_utf8(to_string(c.entity_kind));
                json_.end_object();
            } else {
                actor("actor", c.actor);
            }
            break;
        case CorrectionAction::RemoveMention:
            anchor("mention", c.mention);
            break;
        case CorrectionAction::NotAQuote:
            anchor("quote", c.quote);
            break;
        case CorrectionAction::AddQuote:
            anchor("quote", c.quote);
            json_.key("kind");
            json_.string_utf8(to_string(c.quote_kind));
            speaker(c.speaker);
            break;
        case CorrectionAction::AddSource:
        case CorrectionAction::RemoveSource:
            anchor("quote", c.quote);
            actor("source", c.actor);
            break;
        }
        json_.end_object();
    }

    support::JsonBuilder json_{true, 4096};
};

} // namespace

std::string write_corrections_json(const CorrectionSet& corrections) {
    return CorrectionsWriter().write(corrections);
}

std::string write_aliases_json(const AliasList& aliases) {
    support::JsonBuilder json(true, 1024);
    json.begin_object();
    json.key("format");
    json.string_utf8("whosaid-aliases");
    json.key("version");
    json.integer(1);
    json.key("groups");
    json.begin_array();
    for (const std::vector<std::u16string>& group : aliases.groups) {
        json.begin_object(support::JsonBuilder::Layout::Inline);
        json.key("names");
        json.begin_array();
        for (const std::u16string& alias : group)
            json.string(alias);
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.take() + "\n";
}

} // namespace whosaid
