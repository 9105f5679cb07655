#pragma once

#include "whosaid/document.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace whosaid::writers {

// The HTML ids of a document's entities and quotations. An id from the model is kept
// when it is a plain token ([A-Za-z][A-Za-z0-9_]*) used once; any other id (hostile,
// empty, duplicated) is replaced by "ent-N" or "quo-N". Every id the export generates
// itself contains a hyphen ("m-e3-2", "ws-article"), so none can collide with a kept
// one, and every id is safe unescaped in attributes and CSS selectors.
class HtmlIds {
public:
    explicit HtmlIds(const Document& doc);

    const std::string& entity(size_t index) const { return entities_[index]; }
    const std::string& quote(size_t index) const { return quotes_[index]; }
    // Index in Document::entities of the entity with this model id, or -1.
    int entity_index(std::string_view model_id) const;
    // The id of the element for mention `mention` of entity `entity`.
    std::string mention(size_t entity, size_t mention) const;

private:
    std::vector<std::string> entities_;
    std::vector<std::string> quotes_;
    std::unordered_map<std::string, size_t> entity_by_model_id_;
};

// Appends id to a space-separated list of ids (an HTML token list such as data-sources).
void append_id_list(std::string& list, const std::string& id);

} // namespace whosaid::writers
