#include "writers/html_ids.h"

#include <unordered_set>

namespace whosaid::writers {
namespace {

bool is_plain_token(std::string_view id) {
    if (id.empty() || id.size() > 64)
        return false;
    auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    auto digit = [](char c) {
        return c >= '0' && c <= '9';
    };
    if (!letter(id[0]))
        return false;
    for (char c : id)
        if (!letter(c) && !digit(c) && c != '_')
            return false;
    return true;
}

} // namespace

HtmlIds::HtmlIds(const Document& doc) {
    std::unordered_set<std::string> used;
    auto assign = [&used](const std::string& model_id, const char* fallback, size_t index) {
        if (is_plain_token(model_id) && used.insert(model_id).second)
            return model_id;
        return std::string(fallback) + std::to_string(index + 1);
    };
    entities_.reserve(doc.entities.size());
    for (size_t i = 0; i < doc.entities.size(); ++i) {
        entities_.push_back(assign(doc.entities[i].id, "ent-", i));
        entity_by_model_id_.emplace(doc.entities[i].id, i);
    }
    quotes_.reserve(doc.quotes.size());
    for (size_t i = 0; i < doc.quotes.size(); ++i)
        quotes_.push_back(assign(doc.quotes[i].id, "quo-", i));
}

int HtmlIds::entity_index(std::string_view model_id) const {
    if (model_id.empty())
        return -1;
    auto it = entity_by_model_id_.find(std::string(model_id));
    return it == entity_by_model_id_.end() ? -1 : static_cast<int>(it->second);
}

std::string HtmlIds::mention(size_t entity, size_t mention) const {
    return "m-" + entities_[entity] + "-" + std::to_string(mention + 1);
}

void append_id_list(std::string& list, const std::string& id) {
    if (!list.empty())
        list += ' ';
    list += id;
}

} // namespace whosaid::writers
