#include "writers/html_rule_texts.h"

#include "whosaid/attribution_rule.h"
#include "whosaid/unicode_text.h"
#include "writers/html_attribution.h"

#include <array>
#include <utility>

namespace whosaid::writers {
namespace {

using RuleText = std::pair<std::string_view, std::string_view>;

// The reader's texts (app/gui/attribution_explainer.cpp) say the same in its four
// languages; these two serve the export, which has no Qt.
constexpr std::array<RuleText, 25> kEnglish = {{
    {rule::incise, "speech verb inside the quotation"},
    {rule::according_to, "named after “according to”"},
    {rule::quote_then_inverted_verb, "speech verb after the quotation"},
    {rule::apposition, "named in an apposition after the speech verb"},
    {rule::quote_then_subject_verb, "named after the quotation, before its speech verb"},
    {rule::speaker_then_verb, "named before the quotation, with a speech verb"},
    {rule::partial_in_clause, "the quoted words are part of the speaker’s sentence"},
    {rule::reporting_clause_after, "named later in the sentence"},
    {rule::clause_subject, "subject of the sentence that holds the quotation, no speech verb"},
    {rule::cited_by_source, "cited by the medium the quotation came through"},
    {rule::previous_paragraph, "named in the paragraph before, with a colon"},
    {rule::floor, "speaker of the sentence before"},
    {rule::source_as_speaker, "the medium named as the source, nobody else speaks"},
    {rule::passive_agent, "agent of a passive speech verb (“by …”)"},
    {rule::speaker_label, "named with a colon before the quotation"},
    {rule::same_sentence, "same speaker as the other quotation of the sentence"},
    {rule::multi_paragraph, "same speaker as the start of the quotation, over several paragraphs"},
    {rule::continuation, "same speaker as the previous quotation"},
    {rule::indirect_que, "reported speech after a speech verb and “que”"},
    {rule::indirect_said_that, "reported speech after a speech verb and “that”"},
    {rule::indirect_said, "reported speech after a speech verb"},
    {rule::indirect_selon, "reported speech after “selon”"},
    {rule::indirect_according_to, "reported speech after “according to”"},
    {rule::indirect_inverted, "reported speech, speech verb after it"},
    {rule::user, "set by a person (correction)"},
}};

constexpr std::array<RuleText, 25> kFrench = {{
    {rule::incise, "verbe de parole dans la citation"},
    {rule::according_to, "nommé après « selon »"},
    {rule::quote_then_inverted_verb, "verbe de parole après la citation"},
    {rule::apposition, "nommé en apposition après le verbe de parole"},
    {rule::quote_then_subject_verb, "nommé après la citation, avant le verbe de parole"},
    {rule::speaker_then_verb, "nommé avant la citation, avec un verbe de parole"},
    {rule::partial_in_clause, "les mots cités font partie de la phrase du locuteur"},
    {rule::reporting_clause_after, "nommé plus loin dans la phrase"},
    {rule::clause_subject, "sujet de la phrase qui contient la citation, sans verbe de parole"},
    {rule::cited_by_source, "cité par le média qui rapporte la citation"},
    {rule::previous_paragraph, "nommé dans le paragraphe précédent, avec deux-points"},
    {rule::floor, "locuteur de la phrase précédente"},
    {rule::source_as_speaker, "le média cité comme source, personne d’autre ne parle"},
    {rule::passive_agent, "agent d’un verbe de parole au passif (« par … »)"},
    {rule::speaker_label, "nommé avant la citation, suivi de deux-points"},
    {rule::same_sentence, "même locuteur que l’autre citation de la phrase"},
    {rule::multi_paragraph, "même locuteur que le début de la citation, sur plusieurs paragraphes"},
    {rule::continuation, "même locuteur que la citation précédente"},
    {rule::indirect_que, "propos rapportés après un verbe de parole et « que »"},
    {rule::indirect_said_that, "propos rapportés après un verbe de parole et « that »"},
    {rule::indirect_said, "propos rapportés après un verbe de parole"},
    {rule::indirect_selon, "propos rapportés après « selon »"},
    {rule::indirect_according_to, "propos rapportés après « according to »"},
    {rule::indirect_inverted, "propos rapportés, verbe de parole après eux"},
    {rule::user, "choisi par une personne (correction)"},
}};

} // namespace

std::string_view rule_text(std::string_view rule, const HtmlLabels& labels) {
    const auto& table = labels.language == std::string_view("fr") ? kFrench : kEnglish;
    for (const auto& [id, text] : table)
        if (id == rule)
            return text;
    return {};
}

std::string explain_attribution(const Document& doc, const Quote& quote, const HtmlLabels& labels) {
    if (!quote.speaker)
        return labels.no_speaker_found;
    std::string text(rule_text(rule_base(quote.rule), labels));
    if (quote.cue && !quote.cue->empty() && rule_base(quote.rule) != rule::user) {
        if (!text.empty())
            text += labels.cue_separator;
        text += to_utf8(safe_slice(doc, *quote.cue));
    }
    if (quote.speaker->group()) // "A et B ont déclaré": how many speak together
        text += labels.together + std::to_string(quote.speaker->entities.size());
    return text;
}

} // namespace whosaid::writers
