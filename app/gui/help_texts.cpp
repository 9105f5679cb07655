#include "help_texts.h"

#include "highlight_style.h"
#include "whosaid/version.h"

#include <unicode/uversion.h>

QString HelpTexts::about() {
    return tr("<h3>whosaid %1</h3>"
              "<p>Who is in a news article, who said what, citing whom.</p>"
              "<p>Qt %2 · ICU %3</p>")
        .arg(QString::fromLatin1(whosaid::version()), QString::fromLatin1(qVersion()),
             QStringLiteral(U_ICU_VERSION));
}

QString HelpTexts::highlights(bool dark) {
    QString rows;
    for (HighlightKind kind : kAllHighlightKinds) {
        const QColor hue = HighlightStyle::color(kind, dark);
        const bool background = kind == HighlightKind::Quotation || kind == HighlightKind::Reported;
        rows +=
            QStringLiteral("<tr><td><span style=\"%1\">&nbsp;%2&nbsp;</span></td><td>%3</td></tr>")
                .arg(background ? QStringLiteral("background-color:%1").arg(hue.name())
                                : QStringLiteral("color:%1").arg(hue.name()),
                     HighlightStyle::name(kind).toHtmlEscaped(),
                     HighlightStyle::cue(kind).toHtmlEscaped());
    }
    return tr("<h3>How to read the highlights</h3>"
              "<p>Every actor of the article is coloured by kind, and every kind also has its "
              "own line or weight, so the highlights read without colour too.</p>"
              "<table cellspacing=\"6\">%1</table>"
              "<p>A <b>speaker</b> is the name a quotation is attributed to; a <b>source</b> is "
              "the agency or outlet the words came through (“cited by Interfax”).</p>"
              "<p>Point at a name or a quotation for details. Click a name to select the actor: "
              "its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next "
              "and previous mention, Esc clears the selection. Switch kinds on and off in the "
              "legend or the View menu.</p>")
        .arg(rows);
}
