#include "whosaid/document.h"

#include <algorithm>

namespace whosaid {

const Entity* Document::entity(std::string_view id) const {
    auto it = std::find_if(entities.begin(), entities.end(),
                           [id](const Entity& e) { return e.id == id; });
    return it == entities.end() ? nullptr : &*it;
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
