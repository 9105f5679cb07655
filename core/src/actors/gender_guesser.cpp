#include "actors/gender_guesser.h"

#include <algorithm>

namespace whosaid::actors {

int GenderGuesser::agreement_after(Span mention) const {
    const size_t first = tokens_.first_from(mention.end); // the first token after the mention
    if (first == 0 || first >= tokens_.size())
        return 0;
    for (size_t i = first;
         i < tokens_.size() && i < first + 8 && tokens_.same_sentence(first - 1, i); ++i) {
        const std::u16string_view key = tokens_.key(i);
        if (lexicon_.french()) {
            if (key == u"elle")
                return 1;
            if (key == u"il")
                return -1;
            // "s'est dite", "s'est montrée", "est venue", "est partie": a feminine participle
            // after "est".
            if (key == u"est" && i + 1 < tokens_.size() && tokens_.has(i + 1, kWord)) {
                const std::u16string_view next = tokens_.key(i + 1);
                if (next.size() > 3 && (next.ends_with(u"ee") || next.ends_with(u"ue") ||
                                        next.ends_with(u"ie") || next == u"dite"))
                    return 1;
            }
        } else {
            if (key == u"she" || key == u"her" || key == u"herself")
                return 1;
            if (key == u"he" || key == u"his" || key == u"him" || key == u"himself")
                return -1;
        }
    }
    return 0;
}

GenderGuesser::GenderGuesser(const ActorLexicon& lexicon, const TokenStream& tokens,
                             const RawMentionList& mentions,
                             const std::vector<MentionGroup>& groups)
    : lexicon_(lexicon), tokens_(tokens), scores_(mentions.size(), 0) {
    std::vector<bool> of_person(mentions.size(), false);
    for (const MentionGroup& group : groups)
        if (group.kind == EntityKind::Person)
            for (size_t m : group.members)
                of_person[m] = true;
    for (size_t m = 0; m < mentions.size(); ++m)
        if (of_person[m])
            scores_[m] = static_cast<int8_t>(score(mentions[m]));
}

int GenderGuesser::score(const RawMention& mention) const {
    int score = 0;
    if (mention.gender == Gender::Feminine)
        score += 3;
    else if (mention.gender == Gender::Masculine)
        score -= 3;
    if (mention.given_name_first && !mention.words.empty()) {
        const Gender given = lexicon_.given_name_gender(mention.words.front());
        score += given == Gender::Feminine ? 2 : given == Gender::Masculine ? -2 : 0;
    }
    if (!mention.is_description())
        score += agreement_after(mention.span);
    return score;
}

Gender GenderGuesser::guess(const MentionGroup& group) const {
    int score = 0;
    for (size_t m : group.members)
        score += scores_[m];
    if (score > 0)
        return Gender::Feminine;
    if (score < 0)
        return Gender::Masculine;
    return Gender::Unknown;
}

} // namespace whosaid::actors
