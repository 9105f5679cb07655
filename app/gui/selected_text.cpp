#include "selected_text.h"

#include "article.h"

#include <algorithm>

namespace {

// Names are short: a longer selection is a sentence, not a name.
constexpr int kLongestName = 120;

bool isQuotationMark(QChar c) {
    static const QString marks = QStringLiteral("\"'«»“”„‟‘’‚‹›");
    return marks.contains(c);
}

bool isWordCharacter(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

SelectedText::SelectedText(const Article& article, int start, int end) : article_(article) {
    const int size = static_cast<int>(article.text().size());
    start = std::clamp(start, 0, size);
    end = std::clamp(end, start, size);
    const whosaid::Span words = wholeWords({start, end});

    mention_ = trimForMention(words);
    mentionProblem_ = placeProblem(mention_, tr("Select a name in the text first."));
    if (mentionProblem_.isEmpty() && mention_.length() > kLongestName)
        mentionProblem_ = tr("The selection is too long for a name.");
    for (int e = 0; e < article.entityCount() && mentionProblem_.isEmpty(); ++e)
        for (const whosaid::Mention& mention : article.entity(e).mentions)
            if (mention.span.overlaps(mention_)) {
                mentionProblem_ =
                    tr("The selection overlaps a mention of “%1”.").arg(article.entityName(e));
                break;
            }

    quote_ = trimForQuote(words);
    quoteProblem_ = placeProblem(quote_, tr("Select the quoted words first."));
    for (int q = 0; q < article.quoteCount() && quoteProblem_.isEmpty(); ++q)
        if (article.quote(q).span.overlaps(quote_))
            quoteProblem_ = tr("The selection overlaps a quotation already found: right-click "
                               "it to reassign its speaker.");
}

whosaid::Span SelectedText::wholeWords(whosaid::Span span) const {
    const QString& text = article_.text();
    const int size = static_cast<int>(text.size());
    if (span.empty())
        return span;
    while (span.start > 0 && isWordCharacter(text[span.start]) &&
           isWordCharacter(text[span.start - 1]))
        --span.start;
    while (span.end < size && isWordCharacter(text[span.end - 1]) &&
           isWordCharacter(text[span.end]))
        ++span.end;
    return span;
}

whosaid::Span SelectedText::trimForMention(whosaid::Span span) const {
    const QString& text = article_.text();
    // A final full stop stays when it ends an abbreviation ("M.", "U.S."), i.e. follows a
    // lone capital letter.
    const auto abbreviationDot = [&](int at) {
        return text[at] == QLatin1Char('.') && at > span.start && text[at - 1].isUpper() &&
               (at - 1 == span.start || !isWordCharacter(text[at - 2]));
    };
    const auto junk = [&](QChar c) {
        return c.isSpace() || c.isPunct() || c.isSymbol();
    };
    while (!span.empty() && junk(text[span.start]))
        ++span.start;
    while (!span.empty() && junk(text[span.end - 1]) && !abbreviationDot(span.end - 1))
        --span.end;
    return span;
}

whosaid::Span SelectedText::trimForQuote(whosaid::Span span) const {
    const QString& text = article_.text();
    while (!span.empty() && (text[span.start].isSpace() || isQuotationMark(text[span.start])))
        ++span.start;
    // A comma or semicolon is dropped only outside a closing mark: « Oui », a-t-il dit.
    const auto afterMark = [&](int at) {
        while (at > span.start && text[at - 1].isSpace())
            --at;
        return at > span.start && isQuotationMark(text[at - 1]);
    };
    while (!span.empty()) {
        const QChar last = text[span.end - 1];
        const bool comma = last == QLatin1Char(',') || last == QLatin1Char(';');
        if (!last.isSpace() && !isQuotationMark(last) && !(comma && afterMark(span.end - 1)))
            break;
        --span.end;
    }
    return span;
}

QString SelectedText::placeProblem(whosaid::Span span, const QString& emptyMessage) const {
    const QString text = article_.slice(span);
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return emptyMessage;
    const auto& paragraphs = article_.document().paragraphs;
    const int paragraph = article_.document().paragraph_at(span.start);
    if (paragraph < 0 || !paragraphs[static_cast<size_t>(paragraph)].contains(span) ||
        text.contains(QLatin1Char('\n')))
        return tr("The selection spans several paragraphs.");
    return {};
}
