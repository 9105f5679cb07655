#include "article.h"

#include <algorithm>

Article::Article(whosaid::Document document)
    : document_(std::move(document)), index_(document_),
      text_(QString::fromStdU16String(document_.text)),
      quotationCounts_(document_.entities.size(), 0) {
    // A quotation a group speaks counts for each of its actors.
    for (int q = 0; q < quoteCount(); ++q)
        for (const int speaker : speakerEntities(q))
            ++quotationCounts_[static_cast<size_t>(speaker)];
}

const whosaid::Entity& Article::entity(int index) const {
    return document_.entities.at(static_cast<size_t>(index));
}

const whosaid::Quote& Article::quote(int index) const {
    return document_.quotes.at(static_cast<size_t>(index));
}

QString Article::slice(whosaid::Span span) const {
    const int start = std::clamp<int>(span.start, 0, static_cast<int>(text_.size()));
    const int end = std::clamp<int>(span.end, start, static_cast<int>(text_.size()));
    return text_.mid(start, end - start);
}

QString Article::title() const {
    if (document_.title)
        return slice(*document_.title).simplified();
    return QString::fromStdString(document_.source.path).section(QLatin1Char('/'), -1);
}

int Article::entityIndex(const std::string& id) const {
    if (id.empty())
        return -1;
    const whosaid::Entity* found = document_.entity(id);
    return found ? static_cast<int>(found - document_.entities.data()) : -1;
}

QString Article::entityName(int entity) const {
    return QString::fromStdU16String(this->entity(entity).name);
}

int Article::mentionCount(int entity) const {
    return static_cast<int>(this->entity(entity).mentions.size());
}

int Article::quotationCount(int entity) const {
    return quotationCounts_.at(static_cast<size_t>(entity));
}

int Article::speakerEntity(int quote) const {
    const whosaid::Quote& q = this->quote(quote);
    return q.speaker ? entityIndex(q.speaker->entity) : -1;
}

std::vector<int> Article::speakerEntities(int quote) const {
    const whosaid::Quote& q = this->quote(quote);
    std::vector<int> speakers;
    if (!q.speaker)
        return speakers;
    if (q.speaker->group()) {
        for (const std::string& id : q.speaker->entities)
            if (const int e = entityIndex(id);
                e >= 0 && std::find(speakers.begin(), speakers.end(), e) == speakers.end())
                speakers.push_back(e);
    } else if (const int e = entityIndex(q.speaker->entity); e >= 0) {
        speakers.push_back(e);
    }
    return speakers;
}

bool Article::spokenBy(int quote, int entity) const {
    const std::vector<int> speakers = speakerEntities(quote);
    return std::find(speakers.begin(), speakers.end(), entity) != speakers.end();
}

QString Article::speakerLabel(int quote) const {
    const whosaid::Quote& q = this->quote(quote);
    if (const std::vector<int> group = speakerEntities(quote); group.size() > 1) {
        QStringList names;
        for (const int e : group)
            names << entityName(e);
        return names.join(QStringLiteral(", "));
    }
    const int speaker = speakerEntity(quote);
    if (speaker >= 0)
        return entityName(speaker);
    if (q.speaker && q.speaker->anonymous) {
        const QString description = QString::fromStdU16String(q.speaker->description);
        return description.isEmpty() ? tr("anonymous") : tr("anonymous: %1").arg(description);
    }
    return tr("unattributed");
}

QStringList Article::sourceNames(int quote) const {
    QStringList names;
    for (const whosaid::QuoteSource& source : this->quote(quote).sources) {
        const int index = entityIndex(source.entity);
        names << (index >= 0 ? entityName(index) : slice(source.mention));
    }
    return names;
}

int Article::paragraphNumber(int32_t position) const {
    return document_.paragraph_at(position) + 1;
}

QVariant Article::paragraphCell(int32_t position) const {
    const int page = document_.page_at(position);
    if (page == 0)
        return paragraphNumber(position);
    //: The paragraph column of the Quotations and Mentions panels for a PDF: the paragraph's
    //: number, then the page of the PDF it starts on.
    return tr("%1 · p. %2").arg(paragraphNumber(position)).arg(page);
}

QString Article::paragraphToolTip(int32_t position) const {
    const int page = document_.page_at(position);
    if (page == 0)
        return {};
    return tr("Paragraph %1, which starts on page %2 of the PDF")
        .arg(paragraphNumber(position))
        .arg(page);
}

QString Article::snippetHtml(whosaid::Span span) const {
    // The containing sentence gives the best context; without sentences (or for a very
    // long one) a fixed window around the span keeps rows short.
    constexpr int window = 70;
    int from = std::max(0, span.start - window);
    int to = std::min(static_cast<int>(text_.size()), span.end + window);
    auto sentence = std::find_if(document_.sentences.begin(), document_.sentences.end(),
                                 [&](const whosaid::Span& s) { return s.contains(span); });
    if (sentence != document_.sentences.end()) {
        from = std::max(from, sentence->start);
        to = std::min(to, sentence->end);
    }
    // A window cut inside a word starts and ends at the nearest space instead.
    if (from > 0 && !text_.at(from - 1).isSpace()) {
        const int space = static_cast<int>(text_.indexOf(QLatin1Char(' '), from));
        if (space >= 0 && space < span.start)
            from = space + 1;
    }
    if (to < text_.size() && !text_.at(to).isSpace()) {
        const int space = static_cast<int>(text_.lastIndexOf(QLatin1Char(' '), to));
        if (space > span.end)
            to = space;
    }
    // simplified() folds line breaks; the spaces next to the name are kept by hand.
    const auto spaced = [](const QString& raw, bool leading) {
        const QString folded = raw.simplified();
        if (folded.isEmpty())
            return folded;
        const bool space = leading ? raw.back().isSpace() : raw.front().isSpace();
        return leading ? folded + (space ? QStringLiteral(" ") : QString())
                       : (space ? QStringLiteral(" ") : QString()) + folded;
    };
    const QString ellipsis = QStringLiteral("…");
    const bool cutBefore =
        from > 0 && (sentence == document_.sentences.end() || from > sentence->start);
    const bool cutAfter =
        to < text_.size() && (sentence == document_.sentences.end() || to < sentence->end);
    return (cutBefore ? ellipsis : QString()) +
           spaced(slice({from, span.start}), true).toHtmlEscaped() + QStringLiteral("<b>") +
           slice(span).simplified().toHtmlEscaped() + QStringLiteral("</b>") +
           spaced(slice({span.end, to}), false).toHtmlEscaped() + (cutAfter ? ellipsis : QString());
}
