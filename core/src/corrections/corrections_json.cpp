// Reading the corrections and alias files (`whosaid-corrections`, `whosaid-aliases` v1).
#include "whosaid/corrections.h"
#include "whosaid/json_reader.h"
#include "whosaid/unicode_text.h"

#include <array>
#include <cmath>
#include <limits>

namespace whosaid {

namespace {

constexpr std::array all_actions = {
    CorrectionAction::ReassignSpeaker, CorrectionAction::MergeActors,
    CorrectionAction::SplitMention,    CorrectionAction::RenameActor,
    CorrectionAction::ChangeActorKind, CorrectionAction::AddMention,
    CorrectionAction::RemoveMention,   CorrectionAction::NotAQuote,
    CorrectionAction::AddQuote,        CorrectionAction::AddSource,
    CorrectionAction::RemoveSource,    CorrectionAction::ConfirmSpeaker,
};
constexpr std::array all_entity_kinds = {EntityKind::Person, EntityKind::Organization,
                                         EntityKind::Place, EntityKind::Media};
constexpr std::array all_quote_kinds = {QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect};

// The value of `items` whose to_string is name.
template <typename T, size_t N>
std::optional<T> named(const std::array<T, N>& items, const std::string& name) {
    for (T item : items)
        if (name == to_string(item))
            return item;
    return std::nullopt;
}

// Reads the fields of the parsed file into values; the first problem is kept with the path
// of the field ("corrections[2].quote.text: missing").
class FieldReader {
public:
    const std::string& problem() const { return problem_; }

    bool fail(const std::string& path, const std::string& what) {
        if (problem_.empty())
            problem_ = path + ": " + what;
        return false;
    }

    const JsonNode* member(const JsonNode& object, std::string_view key, const std::string& path,
                           JsonNode::Type type) {
        const JsonNode* node = object.find(key);
        const std::string where = path + "." + std::string(key);
        if (!node) {
            fail(where, "missing");
            return nullptr;
        }
        if (node->type != type) {
            fail(where, std::string("expected ") + type_name(type));
            return nullptr;
        }
        return node;
    }

    bool text(const JsonNode& object, std::string_view key, const std::string& path,
              std::u16string& out) {
        const JsonNode* node = member(object, key, path, JsonNode::Type::String);
        if (node)
            out = to_utf16(node->string);
        return node != nullptr;
    }

    bool utf8(const JsonNode& object, std::string_view key, const std::string& path,
              std::string& out) {
        const JsonNode* node = member(object, key, path, JsonNode::Type::String);
        if (node)
            out = node->string;
        return node != nullptr;
    }

    bool integer(const JsonNode& object, std::string_view key, const std::string& path,
                 int64_t& out) {
        const JsonNode* node = member(object, key, path, JsonNode::Type::Number);
        if (!node)
            return false;
        constexpr double limit = 9.0e15; // exact in a double
        if (node->number != std::floor(node->number) || std::fabs(node->number) > limit)
            return fail(path + "." + std::string(key), "expected an integer");
        out = static_cast<int64_t>(node->number);
        return true;
    }

    bool anchor(const JsonNode& object, std::string_view key, const std::string& path,
                TextAnchor& out) {
        const JsonNode* node = member(object, key, path, JsonNode::Type::Object);
        const std::string where = path + "." + std::string(key);
        int64_t start = 0;
        int64_t end = 0;
        if (!node || !integer(*node, "start", where, start) || !integer(*node, "end", where, end) ||
            !text(*node, "text", where, out.text) || !text(*node, "before", where, out.before) ||
            !text(*node, "after", where, out.after))
            return false;
        constexpr int64_t max_offset = std::numeric_limits<int32_t>::max();
        if (start < 0 || end < start || end > max_offset)
            return fail(where, "bad start or end");
        if (out.text.empty())
            return fail(where + ".text", "empty");
        out.span = Span{static_cast<int32_t>(start), static_cast<int32_t>(end)};
        return true;
    }

    bool actor(const JsonNode& object, std::string_view key, const std::string& path,
               ActorRef& out) {
        const JsonNode* node = member(object, key, path, JsonNode::Type::Object);
        const std::string where = path + "." + std::string(key);
        if (!node || !text(*node, "name", where, out.name))
            return false;
        if (!node->find("mention"))
            return true;
        out.mention.emplace();
        return anchor(*node, "mention", where, *out.mention);
    }

    bool speaker(const JsonNode& object, const std::string& path, SpeakerChoice& out) {
        const JsonNode* node = member(object, "speaker", path, JsonNode::Type::Object);
        const std::string where = path + ".speaker";
        std::string kind;
        if (!node || !utf8(*node, "kind", where, kind))
            return false;
        if (kind == "actor") {
            out.kind = SpeakerChoice::Kind::Actor;
            return actor(*node, "actor", where, out.actor);
        }
        if (kind == "anonymous") {
            out.kind = SpeakerChoice::Kind::Anonymous;
            return text(*node, "description", where, out.description);
        }
        if (kind == "unknown") {
            out.kind = SpeakerChoice::Kind::Unknown;
            return true;
        }
        return fail(where + ".kind", "unknown speaker kind '" + kind + "'");
    }

    template <typename T, size_t N>
    bool kind(const JsonNode& object, const std::string& path, const std::array<T, N>& kinds,
              T& out) {
        std::string name;
        if (!utf8(object, "kind", path, name))
            return false;
        const std::optional<T> value = named(kinds, name);
        if (!value)
            return fail(path + ".kind", "unknown kind '" + name + "'");
        out = *value;
        return true;
    }

    bool correction(const JsonNode& node, const std::string& path, Correction& c) {
        if (node.type != JsonNode::Type::Object)
            return fail(path, "expected an object");
        std::string action;
        if (!utf8(node, "action", path, action))
            return false;
        const std::optional<CorrectionAction> known = named(all_actions, action);
        if (!known)
            return fail(path + ".action", "unknown action '" + action + "'");
        c.action = *known;
        switch (c.action) {
        case CorrectionAction::ReassignSpeaker:
        case CorrectionAction::ConfirmSpeaker:
            return anchor(node, "quote", path, c.quote) && speaker(node, path, c.speaker);
        case CorrectionAction::MergeActors:
            return actor(node, "actor", path, c.actor) && actor(node, "merged", path, c.other);
        case CorrectionAction::SplitMention:
            return anchor(node, "mention", path, c.mention) && text(node, "name", path, c.name);
        case CorrectionAction::RenameActor:
            return actor(node, "actor", path, c.actor) && text(node, "name", path, c.name);
        case CorrectionAction::ChangeActorKind:
            return actor(node, "actor", path, c.actor) &&
                   kind(node, path, all_entity_kinds, c.entity_kind);
        case CorrectionAction::AddMention:
            if (!anchor(node, "mention", path, c.mention))
                return false;
            if (const JsonNode* fresh = node.find("new-actor")) {
                c.new_actor = true;
                const std::string where = path + ".new-actor";
                if (fresh->type != JsonNode::Type::Object)
                    return fail(where, "expected an object");
                return text(*fresh, "name", where, c.name) &&
                       kind(*fresh, where, all_entity_kinds, c.entity_kind);
            }
            return actor(node, "actor", path, c.actor);
        case CorrectionAction::RemoveMention:
            return anchor(node, "mention", path, c.mention);
        case CorrectionAction::NotAQuote:
            return anchor(node, "quote", path, c.quote);
        case CorrectionAction::AddQuote:
            return anchor(node, "quote", path, c.quote) &&
                   kind(node, path, all_quote_kinds, c.quote_kind) &&
                   speaker(node, path, c.speaker);
        case CorrectionAction::AddSource:
        case CorrectionAction::RemoveSource:
            return anchor(node, "quote", path, c.quote) && actor(node, "source", path, c.actor);
        }
        return true;
    }

    // The format name and version every file starts with.
    bool header(const JsonNode& root, std::string_view format) {
        if (root.type != JsonNode::Type::Object)
            return fail("the file", "expected a JSON object");
        std::string name;
        int64_t version = 0;
        if (!utf8(root, "format", "", name))
            return false;
        if (name != format)
            return fail(".format", "expected '" + std::string(format) + "', found '" + name + "'");
        if (!integer(root, "version", "", version))
            return false;
        if (version != 1)
            return fail(".version", "unsupported version " + std::to_string(version) +
                                        " (this whosaid reads version 1)");
        return true;
    }

private:
    static const char* type_name(JsonNode::Type type) {
        switch (type) {
        case JsonNode::Type::Null:
            return "null";
        case JsonNode::Type::Boolean:
            return "true or false";
        case JsonNode::Type::Number:
            return "a number";
        case JsonNode::Type::String:
            return "a string";
        case JsonNode::Type::Array:
            return "an array";
        case JsonNode::Type::Object:
            return "an object";
        }
        return "a value";
    }

    std::string problem_;
};

Error file_error(std::string_view name, const std::string& problem) {
    return Error{ErrorCode::InvalidArgument, std::string(name) + ": " + problem};
}

// Paths in messages read "corrections[2].quote"; the root's members have no leading dot.
std::string without_leading_dot(std::string problem) {
    if (!problem.empty() && problem[0] == '.')
        problem.erase(0, 1);
    return problem;
}

// A UTF-8 byte order mark (Notepad writes one) is not part of the JSON.
std::string_view without_bom(std::string_view json) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (json.starts_with(bom))
        json.remove_prefix(bom.size());
    return json;
}

} // namespace

Result<CorrectionSet> read_corrections_json(std::string_view json, std::string_view name) {
    Result<JsonNode> parsed = JsonReader(without_bom(json)).parse();
    if (!parsed)
        return file_error(name, "not valid JSON: " + parsed.error().message);
    const JsonNode& root = parsed.value();
    FieldReader reader;
    CorrectionSet set;
    const JsonNode* article = nullptr;
    const JsonNode* items = nullptr;
    bool ok = reader.header(root, "whosaid-corrections") &&
              (article = reader.member(root, "article", "", JsonNode::Type::Object)) &&
              reader.integer(*article, "length", ".article", set.article.length) &&
              reader.utf8(*article, "fnv1a64", ".article", set.article.fnv1a64) &&
              (items = reader.member(root, "corrections", "", JsonNode::Type::Array));
    for (size_t i = 0; ok && i < items->items.size(); ++i) {
        Correction correction;
        ok = reader.correction(items->items[i], "corrections[" + std::to_string(i) + "]",
                               correction);
        set.items.push_back(std::move(correction));
    }
    if (!ok)
        return file_error(name, without_leading_dot(reader.problem()));
    return set;
}

Result<AliasList> read_aliases_json(std::string_view json, std::string_view name) {
    Result<JsonNode> parsed = JsonReader(without_bom(json)).parse();
    if (!parsed)
        return file_error(name, "not valid JSON: " + parsed.error().message);
    const JsonNode& root = parsed.value();
    FieldReader reader;
    AliasList aliases;
    const JsonNode* groups = nullptr;
    bool ok = reader.header(root, "whosaid-aliases") &&
              (groups = reader.member(root, "groups", "", JsonNode::Type::Array));
    for (size_t i = 0; ok && i < groups->items.size(); ++i) {
        const std::string path = "groups[" + std::to_string(i) + "]";
        const JsonNode& group = groups->items[i];
        const JsonNode* names = group.type == JsonNode::Type::Object
                                    ? reader.member(group, "names", path, JsonNode::Type::Array)
                                    : nullptr;
        if (!names) {
            ok = reader.fail(path, "expected an object with \"names\"");
            break;
        }
        std::vector<std::u16string> members;
        for (size_t n = 0; ok && n < names->items.size(); ++n) {
            const JsonNode& alias = names->items[n];
            if (alias.type != JsonNode::Type::String || alias.string.empty())
                ok = reader.fail(path + ".names[" + std::to_string(n) + "]",
                                 "expected a non-empty string");
            else
                members.push_back(to_utf16(alias.string));
        }
        aliases.groups.push_back(std::move(members));
    }
    if (!ok)
        return file_error(name, without_leading_dot(reader.problem()));
    return aliases;
}

} // namespace whosaid
