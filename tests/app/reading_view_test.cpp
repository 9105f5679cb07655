#include "article.h"
#include "article_fixture.h"
#include "highlight_style.h"
#include "qstring_maker.h"
#include "reading_view.h"

#include <QScrollBar>
#include <QTextDocument>
#include <cmath>

namespace {
QTextCharFormat formatAt(ReadingView& view, int position) {
    QTextCursor cursor(view.document());
    cursor.setPosition(position + 1); // the format of the character before the cursor
    return cursor.charFormat();
}
} // namespace

TEST_CASE("every kind is drawn with its own non-colour cue", "[gui][view]") {
    ReadingView view;
    view.setArticle(std::make_shared<const Article>(fixture::article()));
    const struct {
        QString needle;
        QTextCharFormat::UnderlineStyle underline;
    } rows[] = {
        {QStringLiteral("Jean Dupont"), QTextCharFormat::SingleUnderline},
        {QStringLiteral("Acme"), QTextCharFormat::DashUnderline},
        {QStringLiteral("en avril"), QTextCharFormat::NoUnderline},
        {QStringLiteral("Reuters"), QTextCharFormat::WaveUnderline},
    };
    for (const auto& row : rows)
        DYNAMIC_SECTION(row.needle.toStdString()) {
            CHECK(formatAt(view, fixture::positionOf(row.needle)).underlineStyle() ==
                  row.underline);
        }
    CHECK(formatAt(view, fixture::positionOf(QStringLiteral("Paris"), 1)).underlineStyle() ==
          QTextCharFormat::DotLine);
    CHECK(formatAt(view, fixture::positionOf(QStringLiteral("avancerons"))).background() ==
          HighlightStyle::format(HighlightKind::Quotation, false).background());
    CHECK(formatAt(view, fixture::positionOf(QStringLiteral("M. Dupont"))).fontOverline());
}

TEST_CASE("reported speech is tinted more lightly than quoted words", "[gui][view]") {
    whosaid::Document doc = fixture::article();
    doc.quotes.front().kind = whosaid::QuoteKind::Indirect;
    ReadingView view;
    view.setArticle(std::make_shared<const Article>(std::move(doc)));
    const QBrush tint =
        formatAt(view, fixture::positionOf(QStringLiteral("avancerons"))).background();
    CHECK(tint == HighlightStyle::format(HighlightKind::Reported, false).background());
    CHECK(tint != HighlightStyle::format(HighlightKind::Quotation, false).background());
    view.setKindVisible(HighlightKind::Reported, false); // hidden on its own, quotations stay
    CHECK(formatAt(view, fixture::positionOf(QStringLiteral("avancerons"))).background().style() ==
          Qt::NoBrush);
    CHECK(view.isKindVisible(HighlightKind::Quotation));
}

TEST_CASE("switching a kind off removes its formatting and on restores it", "[gui][view]") {
    ReadingView view;
    view.setArticle(std::make_shared<const Article>(fixture::article()));
    const int acme = fixture::positionOf(QStringLiteral("Acme"));
    const int quote = fixture::positionOf(QStringLiteral("avancerons"));
    view.setKindVisible(HighlightKind::Organization, false);
    CHECK(formatAt(view, acme).underlineStyle() == QTextCharFormat::NoUnderline);
    CHECK(formatAt(view, fixture::positionOf(QStringLiteral("Reuters"))).underlineStyle() ==
          QTextCharFormat::WaveUnderline);
    view.setKindVisible(HighlightKind::Quotation, false);
    CHECK(formatAt(view, quote).background().style() == Qt::NoBrush);
    view.setKindVisible(HighlightKind::Organization, true);
    CHECK(formatAt(view, acme).underlineStyle() == QTextCharFormat::DashUnderline);
}

TEST_CASE("the find bar search counts every match", "[gui][view]") {
    ReadingView view;
    view.setArticle(std::make_shared<const Article>(fixture::article()));
    CHECK(view.setSearch(QStringLiteral("dupont")) == 3);
    CHECK(view.findNext(false) == 0);
    CHECK(view.findNext(false) == 1);
    CHECK(view.findNext(true) == 0);
    CHECK(view.findNext(true) == 2);
    CHECK(view.setSearch(QStringLiteral("absent du texte")) == 0);
    CHECK(view.findNext(false) == -1);
}

TEST_CASE("the highlights follow a dark palette", "[gui][view]") {
    ReadingView view;
    view.setArticle(std::make_shared<const Article>(fixture::article()));
    const int name = fixture::positionOf(QStringLiteral("Jean Dupont"));
    CHECK(formatAt(view, name).foreground().color() ==
          HighlightStyle::color(HighlightKind::Person, false));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1E1E1E));
    dark.setColor(QPalette::Text, QColor(0xE0E0E0));
    view.setPalette(dark);
    CHECK(formatAt(view, name).foreground().color() ==
          HighlightStyle::color(HighlightKind::Person, true));
}

TEST_CASE("the kinds' colours differ and stay readable on both palettes", "[gui][view]") {
    for (bool dark : {false, true}) {
        const QColor paper = dark ? QColor(0x1E1E1E) : QColor(Qt::white);
        for (HighlightKind a : kAllHighlightKinds) {
            if (a == HighlightKind::Quotation || a == HighlightKind::Reported)
                continue; // a background tint, not text
            const QColor ink = HighlightStyle::color(a, dark);
            // WCAG relative contrast of the coloured text on the paper, at least 3:1.
            const auto luminance = [](const QColor& c) {
                const auto channel = [](qreal v) {
                    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                };
                return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                       0.0722 * channel(c.blueF());
            };
            const qreal l1 = luminance(ink);
            const qreal l2 = luminance(paper);
            const qreal contrast = (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
            INFO(HighlightStyle::key(a).toStdString() << (dark ? " dark" : " light"));
            CHECK(contrast >= 3.0);
        }
    }
}

namespace {

// An article of `paragraphs` paragraphs, each naming one person once.
whosaid::Document manyMentions(int paragraphs) {
    whosaid::Document doc;
    doc.language = "fr";
    doc.source.encoding = "UTF-8";
    doc.source.format = "text";
    whosaid::Entity person;
    person.id = "e1";
    person.kind = whosaid::EntityKind::Person;
    person.name = u"Jean Dupont";
    const std::u16string sentence = u"Selon Jean Dupont, la réunion reprendra demain matin.";
    for (int i = 0; i < paragraphs; ++i) {
        const auto start = static_cast<int32_t>(doc.text.size());
        doc.text += sentence;
        const auto end = static_cast<int32_t>(doc.text.size());
        doc.paragraphs.push_back({start, end});
        doc.sentences.push_back({start, end});
        person.mentions.push_back({{start + 6, start + 17}, whosaid::MentionForm::Name});
        doc.text += u"\n\n";
    }
    doc.entities.push_back(person);
    return doc;
}

} // namespace

TEST_CASE("an actor with thousands of mentions is marked near the screen, as it scrolls",
          "[gui][view]") {
    ReadingView view;
    view.resize(700, 500);
    view.show();
    const auto article = std::make_shared<const Article>(manyMentions(3000));
    view.setArticle(article);
    view.setSelectedEntity(0, 0);
    const auto marks = view.extraSelections();
    REQUIRE_FALSE(marks.isEmpty());
    CHECK(marks.size() < 300); // not all 3,000: only those near the screen
    CHECK(marks.first().cursor.selectionStart() == article->entity(0).mentions[0].span.start);
    CHECK(marks.first().format.fontWeight() == QFont::Bold); // the current mention
    for (const auto& mark : marks)
        CHECK(mark.cursor.selectedText() == QStringLiteral("Jean Dupont"));

    view.setSelectedEntity(0, 2999); // scrolls to the last mention
    const int last = article->entity(0).mentions.back().span.start;
    const auto atEnd = view.extraSelections();
    REQUIRE_FALSE(atEnd.isEmpty());
    CHECK(atEnd.last().cursor.selectionStart() == last);
    CHECK(atEnd.last().format.fontWeight() == QFont::Bold);

    view.verticalScrollBar()->setValue(0); // scrolling by hand follows too
    CHECK(view.extraSelections().first().cursor.selectionStart() ==
          article->entity(0).mentions[0].span.start);
    view.setSelectedEntity(-1, -1);
    CHECK(view.extraSelections().isEmpty());
}

TEST_CASE("find matches in a long article are marked near the screen", "[gui][view]") {
    ReadingView view;
    view.resize(700, 500);
    view.show();
    view.setArticle(std::make_shared<const Article>(manyMentions(3000)));
    CHECK(view.setSearch(QStringLiteral("réunion")) == 3000);
    CHECK(view.extraSelections().size() < 300);
    CHECK(view.findNext(true) == 2999);
    const auto marks = view.extraSelections();
    REQUIRE_FALSE(marks.isEmpty());
    CHECK(marks.last().cursor.selectedText() == QStringLiteral("réunion"));
    CHECK(marks.last().format.fontWeight() == QFont::Bold);
}
