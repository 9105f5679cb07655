#include "writers/html_attribution.h"

#include "whosaid/unicode_text.h"

#include <algorithm>

namespace whosaid::writers {

std::u16string_view safe_slice(const Document& doc, Span span) {
    const auto size = static_cast<int32_t>(doc.text.size());
    span = {std::clamp(span.start, 0, size), std::clamp(span.end, 0, size)};
    return span.empty() ? std::u16string_view{} : doc.slice(span);
}

namespace {

const Entity* find_entity(const Document& doc, const HtmlIds& ids, std::string_view id) {
    const int index = ids.entity_index(id);
    return index < 0 ? nullptr : &doc.entities[static_cast<size_t>(index)];
}

} // namespace

std::u16string speaker_name(const Document& doc, const HtmlIds& ids, const Quote& quote,
                            const HtmlLabels& labels) {
    if (!quote.speaker)
        return to_utf16(labels.unattributed);
    const Speaker& speaker = *quote.speaker;
    const std::u16string_view said =
        speaker.mention ? safe_slice(doc, *speaker.mention) : std::u16string_view{};
    if (speaker.group()) {
        // Several actors speak together: "Paul Roy, Anne Morel".
        std::u16string names;
        for (const std::string& id : speaker.entities)
            if (const Entity* member = find_entity(doc, ids, id); member && !member->name.empty())
                names += (names.empty() ? u"" : u", ") + member->name;
        if (!names.empty())
            return names;
    }
    if (const Entity* entity = find_entity(doc, ids, speaker.entity))
        return entity->name.empty() ? std::u16string(said) : entity->name;
    std::u16string name = !speaker.description.empty() ? speaker.description : std::u16string(said);
    if (!speaker.anonymous)
        return name.empty() ? to_utf16(labels.unattributed) : name;
    if (name.empty())
        return to_utf16(labels.anonymous);
    return name + u" (" + to_utf16(labels.anonymous) + u")";
}

std::string verified_mark(const HtmlLabels& labels) {
    return std::string("<strong class=\"verified\">\u2713\u00a0") + labels.verified + "</strong>";
}

std::u16string source_name(const Document& doc, const HtmlIds& ids, const QuoteSource& source) {
    if (const Entity* entity = find_entity(doc, ids, source.entity);
        entity && !entity->name.empty())
        return entity->name;
    return std::u16string(safe_slice(doc, source.mention));
}

} // namespace whosaid::writers
