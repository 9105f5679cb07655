#include "attribution_explainer.h"

#include "article.h"
#include "whosaid/attribution_rule.h"
#include "whosaid/certainty.h"

#include <array>
#include <utility>

namespace {

using whosaid::Certainty;
namespace rule = whosaid::rule;

// Source texts of the AttributionExplainer context, one per rule id.
constexpr std::array<std::pair<std::string_view, const char*>, 25> kRuleTexts = {{
    {rule::incise, QT_TRANSLATE_NOOP("AttributionExplainer", "speech verb inside the quotation")},
    {rule::according_to, QT_TRANSLATE_NOOP("AttributionExplainer", "named after “according to”")},
    {rule::quote_then_inverted_verb,
     QT_TRANSLATE_NOOP("AttributionExplainer", "speech verb after the quotation")},
    {rule::apposition,
     QT_TRANSLATE_NOOP("AttributionExplainer", "named in an apposition after the speech verb")},
    {rule::quote_then_subject_verb,
     QT_TRANSLATE_NOOP("AttributionExplainer",
                       "named after the quotation, before its speech verb")},
    {rule::speaker_then_verb,
     QT_TRANSLATE_NOOP("AttributionExplainer", "named before the quotation, with a speech verb")},
    {rule::partial_in_clause,
     QT_TRANSLATE_NOOP("AttributionExplainer",
                       "the quoted words are part of the speaker’s sentence")},
    {rule::reporting_clause_after,
     QT_TRANSLATE_NOOP("AttributionExplainer", "named later in the sentence")},
    {rule::clause_subject,
     QT_TRANSLATE_NOOP("AttributionExplainer",
                       "subject of the sentence that holds the quotation, no speech verb")},
    {rule::cited_by_source,
     QT_TRANSLATE_NOOP("AttributionExplainer", "cited by the medium the quotation came through")},
    {rule::previous_paragraph,
     QT_TRANSLATE_NOOP("AttributionExplainer", "named in the paragraph before, with a colon")},
    {rule::floor, QT_TRANSLATE_NOOP("AttributionExplainer", "speaker of the sentence before")},
    {rule::source_as_speaker,
     QT_TRANSLATE_NOOP("AttributionExplainer",
                       "the medium named as the source, nobody else speaks")},
    {rule::passive_agent,
     QT_TRANSLATE_NOOP("AttributionExplainer", "agent of a passive speech verb (“by …”)")},
    {rule::speaker_label,
     QT_TRANSLATE_NOOP("AttributionExplainer", "named with a colon before the quotation")},
    {rule::same_sentence, QT_TRANSLATE_NOOP("AttributionExplainer",
                                            "same speaker as the other quotation of the sentence")},
    {rule::multi_paragraph,
     QT_TRANSLATE_NOOP("AttributionExplainer",
                       "same speaker as the start of the quotation, over several paragraphs")},
    {rule::continuation,
     QT_TRANSLATE_NOOP("AttributionExplainer", "same speaker as the previous quotation")},
    {rule::indirect_que,
     QT_TRANSLATE_NOOP("AttributionExplainer", "reported speech after a speech verb and “que”")},
    {rule::indirect_said_that,
     QT_TRANSLATE_NOOP("AttributionExplainer", "reported speech after a speech verb and “that”")},
    {rule::indirect_said,
     QT_TRANSLATE_NOOP("AttributionExplainer", "reported speech after a speech verb")},
    {rule::indirect_selon,
     QT_TRANSLATE_NOOP("AttributionExplainer", "reported speech after “selon”")},
    {rule::indirect_according_to,
     QT_TRANSLATE_NOOP("AttributionExplainer", "reported speech after “according to”")},
    {rule::indirect_inverted,
     QT_TRANSLATE_NOOP("AttributionExplainer", "reported speech, speech verb after it")},
    {rule::user, QT_TRANSLATE_NOOP("AttributionExplainer", "set by a person (correction)")},
}};

// The cue's words when they say something the rule's text does not (a correction has none).
QString cueWords(const Article& article, const whosaid::Quote& quote) {
    if (!quote.cue || quote.cue->empty() || whosaid::rule_base(quote.rule) == rule::user)
        return {};
    return article.slice(*quote.cue).simplified();
}

} // namespace

QString AttributionExplainer::certaintyName(Certainty certainty) {
    switch (certainty) {
    case Certainty::Unattributed:
        return tr("unattributed");
    case Certainty::Unsure:
        return tr("unsure — check");
    case Certainty::Likely:
        return tr("likely");
    case Certainty::Sure:
        return tr("sure");
    }
    return {};
}

QString AttributionExplainer::certaintyMark(Certainty certainty) {
    return QString::fromUtf8(whosaid::certainty_mark(certainty));
}

QString AttributionExplainer::certaintyLabel(Certainty certainty) {
    return certaintyMark(certainty) + QLatin1Char(' ') + certaintyName(certainty);
}

QString AttributionExplainer::ruleText(std::string_view rule) {
    for (const auto& [id, text] : kRuleTexts)
        if (id == rule)
            return tr(text);
    return {};
}

QString AttributionExplainer::explain(const Article& article, int quote) {
    const whosaid::Quote& q = article.quote(quote);
    if (!q.speaker)
        return tr("no speaker found");
    const QString text = ruleText(whosaid::rule_base(q.rule));
    const QString cue = cueWords(article, q);
    if (cue.isEmpty())
        return withGroup(article, quote, text);
    return withGroup(
        article, quote,
        text.isEmpty() ? cue : tr("%1: %2", "an explanation and its cue words").arg(text, cue));
}

QString AttributionExplainer::withGroup(const Article& article, int quote, const QString& why) {
    const auto speakers = static_cast<int>(article.speakerEntities(quote).size());
    if (speakers < 2)
        return why;
    return tr("%1; %Ln speakers together", "an explanation, then how many actors speak", speakers)
        .arg(why);
}

QString AttributionExplainer::explainHtml(const Article& article, int quote) {
    const whosaid::Quote& q = article.quote(quote);
    if (!q.speaker)
        return tr("no speaker found").toHtmlEscaped();
    const QString text = ruleText(whosaid::rule_base(q.rule)).toHtmlEscaped();
    const QString cue = cueWords(article, q).toHtmlEscaped();
    if (cue.isEmpty())
        return withGroup(article, quote, text);
    const QString italic = QStringLiteral("<i>%1</i>").arg(cue);
    return withGroup(article, quote,
                     text.isEmpty()
                         ? italic
                         : tr("%1: %2", "an explanation and its cue words").arg(text, italic));
}
