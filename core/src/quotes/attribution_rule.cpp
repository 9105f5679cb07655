#include "whosaid/attribution_rule.h"

#include <array>

namespace whosaid {
namespace {

constexpr std::array kRules = {
    rule::incise,
    rule::according_to,
    rule::quote_then_inverted_verb,
    rule::apposition,
    rule::quote_then_subject_verb,
    rule::speaker_then_verb,
    rule::partial_in_clause,
    rule::reporting_clause_after,
    rule::clause_subject,
    rule::cited_by_source,
    rule::previous_paragraph,
    rule::floor,
    rule::source_as_speaker,
    rule::passive_agent,
    rule::speaker_label,
    rule::same_sentence,
    rule::multi_paragraph,
    rule::continuation,
    rule::indirect_que,
    rule::indirect_said_that,
    rule::indirect_said,
    rule::indirect_selon,
    rule::indirect_according_to,
    rule::indirect_inverted,
    rule::user,
};

} // namespace

std::span<const std::string_view> attribution_rules() {
    return kRules;
}

std::string_view rule_base(std::string_view rule) {
    // Language prefixes are two letters and a dot; rule ids themselves hold no dot.
    const size_t dot = rule.find('.');
    return dot == std::string_view::npos ? rule : rule.substr(dot + 1);
}

} // namespace whosaid
