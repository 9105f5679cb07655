// Corrections: naming, fingerprints, recording helpers and the files on disk.
#include "whosaid/corrections.h"

#include "whosaid/atomic_write.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace whosaid {

namespace {

// Corrections and alias files are a few kilobytes; anything far larger is not one.
constexpr std::streamsize max_file_bytes = 16 * 1024 * 1024;

// what names the kind of file in messages: "a corrections file", "an alias list".
Result<std::string> read_small_file(const std::string& path, const std::string& what) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return Error{errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Unreadable,
                     path + ": " + std::strerror(errno)};
    if (!S_ISREG(info.st_mode))
        return Error{ErrorCode::NotAFile, path + ": not a regular file"};
    if (info.st_size > max_file_bytes)
        return Error{ErrorCode::TooLarge,
                     path + ": too large for " + what + " (" + std::to_string(info.st_size) +
                         " bytes, the limit is " + std::to_string(max_file_bytes) + ")"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{ErrorCode::Unreadable,
                     path + ": cannot be read (" + std::strerror(errno) + ")"};
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        return Error{ErrorCode::Unreadable, path + ": cannot be read (read error)"};
    return content.str();
}

std::optional<Error> save(const std::string& path, const std::string& content) {
    if (std::optional<std::string> problem = write_file_atomically(path, content))
        return Error{ErrorCode::Unreadable, path + ": " + *problem};
    return std::nullopt;
}

} // namespace

ArticleFingerprint fingerprint(std::u16string_view text) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (char16_t unit : text) {
        hash = (hash ^ (unit & 0xFFu)) * 0x100000001b3ULL;
        hash = (hash ^ (unit >> 8)) * 0x100000001b3ULL;
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::string digits(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4)
        digits[static_cast<size_t>(i)] = hex[hash & 0xF];
    return ArticleFingerprint{static_cast<int64_t>(text.size()), digits};
}

TextAnchor anchor_at(const Document& doc, Span span) {
    return make_anchor(doc.text, span);
}

ActorRef actor_ref(const Document& doc, const Entity& entity) {
    ActorRef ref;
    ref.name = entity.name;
    if (!entity.mentions.empty())
        ref.mention = anchor_at(doc, entity.mentions.front().span);
    return ref;
}

const char* to_string(CorrectionAction action) {
    switch (action) {
    case CorrectionAction::ReassignSpeaker:
        return "reassign-speaker";
    case CorrectionAction::MergeActors:
        return "merge-actors";
    case CorrectionAction::SplitMention:
        return "split-mention";
    case CorrectionAction::RenameActor:
        return "rename-actor";
    case CorrectionAction::ChangeActorKind:
        return "change-actor-kind";
    case CorrectionAction::AddMention:
        return "add-mention";
    case CorrectionAction::RemoveMention:
        return "remove-mention";
    case CorrectionAction::NotAQuote:
        return "not-a-quote";
    case CorrectionAction::AddQuote:
        return "add-quote";
    case CorrectionAction::AddSource:
        return "add-source";
    case CorrectionAction::RemoveSource:
        return "remove-source";
    case CorrectionAction::ConfirmSpeaker:
        return "confirm-speaker";
    }
    return "reassign-speaker";
}

std::string sidecar_path(const std::string& article_path) {
    return article_path + ".whosaid.json";
}

Result<CorrectionSet> load_corrections(const std::string& path) {
    Result<std::string> content = read_small_file(path, "a corrections file");
    if (!content)
        return content.error();
    return read_corrections_json(content.value(), path);
}

Result<AliasList> load_aliases(const std::string& path) {
    Result<std::string> content = read_small_file(path, "an alias list");
    if (!content)
        return content.error();
    return read_aliases_json(content.value(), path);
}

std::optional<Error> save_corrections(const std::string& path, const CorrectionSet& corrections) {
    return save(path, write_corrections_json(corrections));
}

std::optional<Error> save_aliases(const std::string& path, const AliasList& aliases) {
    return save(path, write_aliases_json(aliases));
}

} // namespace whosaid
