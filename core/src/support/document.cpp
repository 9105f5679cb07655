#include "whosaid/document.h"

#include <algorithm>

namespace whosaid {

const Entity* Document::entity(std::string_view id) const {
    auto it = std::find_if(entities.begin(), entities.end(),
                           [id](const Entity& e) { return e.id == id; });
    return it == entities.end() ? nullptr : &*it;
}

bool Speaker::includes(std::string_view id) const {
    if (id.empty())
        return false;
    return entity == id || std::find(entities.begin(), entities.end(), id) != entities.end();
}

void Speaker::replace_entity(std::string_view from, const std::string& to) {
    if (entity == from)
        entity = to;
    if (entities.empty())
        return;
    std::vector<std::string> ids;
    std::vector<Span> spans;
    for (size_t i = 0; i < entities.size(); ++i) {
        const std::string& id = entities[i] == from ? to : entities[i];
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            continue; // two members merged into one actor
        ids.push_back(id);
        if (i < mentions.size())
            spans.push_back(mentions[i]);
    }
    entities = std::move(ids);
    mentions = std::move(spans);
    if (entities.size() < 2) {
        if (!mentions.empty())
            mention = mentions.front();
        entities.clear();
        mentions.clear();
    }
}

bool Speaker::drop_entity(std::string_view id) {
    if (!group())
        return entity != id;
    for (size_t i = 0; i < entities.size(); ++i) {
        if (entities[i] != id)
            continue;
        entities.erase(entities.begin() + static_cast<std::ptrdiff_t>(i));
        if (i < mentions.size())
            mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(i));
        break;
    }
    entity = entities.front();
    if (!mentions.empty())
        mention = mentions.front();
    if (entities.size() < 2) {
        entities.clear();
        mentions.clear();
    }
    return true;
}

int Document::paragraph_at(int32_t position) const {
    auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), position,
                               [](int32_t pos, const Span& p) { return pos < p.start; });
    if (it == paragraphs.begin())
        return -1;
    --it;
    return it->contains(position) ? static_cast<int>(it - paragraphs.begin()) : -1;
}

int Document::page_at(int32_t position) const {
    const std::vector<int32_t>& starts = source.page_starts;
    return static_cast<int>(std::upper_bound(starts.begin(), starts.end(), position) -
                            starts.begin());
}

const char* to_string(EntityKind kind) {
    switch (kind) {
    case EntityKind::Person:
        return "person";
    case EntityKind::Organization:
        return "organization";
    case EntityKind::Place:
        return "place";
    case EntityKind::Media:
        return "media";
    }
    return "person";
}

const char* to_string(MentionForm form) {
    switch (form) {
    case MentionForm::Name:
        return "name";
    case MentionForm::Surname:
        return "surname";
    case MentionForm::Title:
        return "title";
    case MentionForm::Acronym:
        return "acronym";
    case MentionForm::Description:
        return "description";
    case MentionForm::Pronoun:
        return "pronoun";
    }
    return "name";
}

const char* to_string(QuoteKind kind) {
    switch (kind) {
    case QuoteKind::Direct:
        return "direct";
    case QuoteKind::Partial:
        return "partial";
    case QuoteKind::Indirect:
        return "indirect";
    }
    return "direct";
}

const char* to_string(Gender gender) {
    switch (gender) {
    case Gender::Unknown:
        return "unknown";
    case Gender::Masculine:
        return "masculine";
    case Gender::Feminine:
        return "feminine";
    }
    return "unknown";
}

} // namespace whosaid
