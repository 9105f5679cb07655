#pragma once

#include <QCoreApplication>
#include <QString>
#include <string_view>

class Article;
namespace whosaid {
enum class Certainty;
}

// How sure an attribution is and why it was made, in the window's language: the certainty
// levels of core (whosaid/certainty.h) with their marks, and the attribution rules
// (whosaid/attribution_rule.h) explained in words with their cue filled in ("speech verb
// after the quotation: a déclaré"). The HTML export has its own French and English texts
// (core/src/writers/html_rule_texts.cpp), kept to the same wording.
class AttributionExplainer {
    Q_DECLARE_TR_FUNCTIONS(AttributionExplainer)
public:
    // "sure", "likely", "unsure — check", "unattributed".
    static QString certaintyName(whosaid::Certainty certainty);
    // The level's symbol ("●", "◐", "○", "⊘"), the same as in the HTML export.
    static QString certaintyMark(whosaid::Certainty certainty);
    // Mark and name: "◐ likely".
    static QString certaintyLabel(whosaid::Certainty certainty);
    // The explanation of a bare rule id (no language prefix); empty for an unknown id.
    static QString ruleText(std::string_view rule);
    // Why the quotation has its speaker, plain text: the rule's explanation and the cue's
    // words; "no speaker found" for an unattributed quotation.
    static QString explain(const Article& article, int quote);
    // The same as rich text, the cue's words in italics.
    static QString explainHtml(const Article& article, int quote);

private:
    // why, followed by how many actors speak together when a group speaks the quotation.
    static QString withGroup(const Article& article, int quote, const QString& why);
};
