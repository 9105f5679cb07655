#include "help_texts.h"

#include "attribution_explainer.h"
#include "highlight_style.h"
#include "whosaid/certainty.h"
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
               .arg(rows) +
           certainty();
}

QString HelpTexts::certainty() {
    using whosaid::Certainty;
    QString rows;
    for (const Certainty level :
         {Certainty::Sure, Certainty::Likely, Certainty::Unsure, Certainty::Unattributed})
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(AttributionExplainer::certaintyMark(level),
                         AttributionExplainer::certaintyName(level).toHtmlEscaped());
    return tr("<h3>How sure an attribution is</h3>"
              "<p>Beside each quotation, in the margin, a mark tells how sure its speaker is "
              "(the Quotations panel has it too, and sorts by it):</p>"
              "<table cellspacing=\"6\">%1</table>"
              "<p>Point at a quotation, or at its row in the Quotations panel, to read why it "
              "was attributed; selecting it outlines the words that named its speaker.</p>"
              "<h3>Correcting</h3>"
              "<p>The analysis can be wrong. <b>Right-click</b> a quotation to give it another "
              "speaker, add or remove a source, or say it is not a quotation; right-click a "
              "name to rename the actor, change its kind, merge it with another or remove the "
              "mention; select words and right-click to add a mention or a quotation. "
              "Corrections are saved beside the article and undone with Ctrl+Z.</p>")
        .arg(rows);
}
