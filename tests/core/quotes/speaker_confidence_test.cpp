#include "quotes/speaker_confidence.h"
#include "whosaid/analyzer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

using whosaid::Document;
using whosaid::Entity;
using whosaid::EntityKind;
using whosaid::Mention;
using whosaid::MentionForm;
using whosaid::Quote;
using whosaid::QuoteKind;
using whosaid::Span;
using whosaid::Speaker;
using whosaid::quotes::SpeakerConfidence;

namespace {

// Two sentences: "Anne Morel a parlé. «Rien ne bouge», a dit Paul Roche devant Marc Vidal."
// Offsets are written out by hand so that every row states what it reads.
struct Story {
    Document doc;

    Story() {
        doc.language = "fr";
        doc.text = u"Anne Morel a parlé. «Rien ne bouge», a dit Paul Roche devant Marc Vidal.";
        doc.sentences = {{0, 19}, {20, 72}};
        doc.entities = {person("e1", {{0, 10}, MentionForm::Name}),
                        person("e2", {{43, 53}, MentionForm::Name}),
                        person("e3", {{61, 71}, MentionForm::Name})};
    }

    static Entity person(const char* id, Mention mention) {
        Entity e;
        e.id = id;
        e.kind = EntityKind::Person;
        e.mentions = {mention};
        return e;
    }

    // «Rien ne bouge» said by the entity id (or nobody), named at mention.
    Quote quote(const std::string& id, Span mention, bool cue = true) const {
        Quote q;
        q.span = {21, 34};
        q.marks = {20, 35};
        q.rule = "fr.quote-then-inverted-verb";
        if (!id.empty()) {
            Speaker s;
            s.entity = id;
            s.mention = mention;
            q.speaker = s;
        }
        if (cue)
            q.cue = Span{37, 42};
        return q;
    }

    std::vector<std::string> features(const Quote& q) const {
        std::vector<std::pair<int32_t, size_t>> persons;
        for (size_t e = 0; e < doc.entities.size(); ++e)
            for (const Mention& m : doc.entities[e].mentions)
                persons.emplace_back(m.span.start, e);
        std::sort(persons.begin(), persons.end());
        return SpeakerConfidence::features(doc, q, persons);
    }
};

bool has(const std::vector<std::string>& features, const std::string& name) {
    return std::find(features.begin(), features.end(), name) != features.end();
}

} // namespace

TEST_CASE("speaker confidence reads the evidence of each attribution", "[quotes][confidence]") {
    const Story story;
    struct Row {
        const char* what;
        std::string speaker;
        Span mention;
        bool cue;
        std::vector<std::string> present;
        std::vector<std::string> absent;
    };
    const std::vector<Row> rows = {
        {"named after the verb, one other person in the sentence",
         "e2",
         {43, 53},
         true,
         {"bias", "lang:fr", "rule:fr.quote-then-inverted-verb", "cue", "speaker:person",
          "form:name", "distance:same", "rivals:1"},
         {"rivals:2+", "speaker:none"}},
        {"named in the sentence before: two others in the quotation's sentence",
         "e1",
         {0, 10},
         true,
         {"distance:previous", "rivals:2+"},
         {"distance:same", "rivals:1"}},
        {"no cue", "e2", {43, 53}, false, {"speaker:person"}, {"cue"}},
        {"a mention that is not one of the entity's",
         "e2",
         {20, 25},
         true,
         {"form:unlisted"},
         {"form:name"}},
        {"nobody",
         "",
         {0, 0},
         true,
         {"bias", "speaker:none"},
         {"cue", "form:name", "rule:fr.quote-then-inverted-verb"}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto features = story.features(story.quote(row.speaker, row.mention, row.cue));
        for (const std::string& name : row.present)
            CHECK(has(features, name));
        for (const std::string& name : row.absent)
            CHECK_FALSE(has(features, name));
    }
}

TEST_CASE("people named inside the quotation are not rivals", "[quotes][confidence]") {
    Story story;
    story.doc.entities[2].mentions = {{{22, 26}, MentionForm::Surname}}; // inside the marks
    const auto features = story.features(story.quote("e2", {43, 53}));
    CHECK_FALSE(has(features, "rivals:1"));
    CHECK_FALSE(has(features, "rivals:2+"));
}

TEST_CASE("speaker confidence is the logistic function of the weights", "[quotes][confidence]") {
    const SpeakerConfidence model({{"bias", -1.0}, {"cue", 3.0}, {"rule:rare", -2.0}});
    CHECK(model.probability({"bias"}) == Approx(1.0 / (1.0 + std::exp(1.0))));
    CHECK(model.probability({"bias", "cue"}) == Approx(1.0 / (1.0 + std::exp(-2.0))));
    // A rule the model was not fitted on counts as a rare one; other unknown features, nothing.
    CHECK(model.probability({"bias", "rule:xx.unheard-of"}) == Approx(1.0 / (1.0 + std::exp(3.0))));
    CHECK(model.probability({"bias", "form:unheard-of"}) == Approx(model.probability({"bias"})));
}

TEST_CASE("the fitted weights rank strong evidence above weak", "[quotes][confidence]") {
    const SpeakerConfidence model;
    const Story story;
    const double named_here = model.probability(story.features(story.quote("e2", {43, 53})));
    const double unattributed = model.probability(story.features(story.quote("", {0, 0})));
    CHECK(named_here > 0.5);
    CHECK(unattributed < 0.5);
    CHECK(named_here > unattributed);
}

TEST_CASE("every analysed quotation gets a probability", "[quotes][confidence]") {
    const whosaid::Analyzer analyzer;
    const Document doc = analyzer.analyze_text(
        u"Le maire Jean Vasseur a reçu les riverains mardi.\n\n«Nous rouvrirons la route "
        u"vendredi», a déclaré M. Vasseur. Il a assuré que les travaux seraient finis en mai.",
        {}, "fr");
    REQUIRE_FALSE(doc.quotes.empty());
    for (const Quote& q : doc.quotes) {
        CHECK(q.confidence >= 0.0);
        CHECK(q.confidence <= 1.0);
    }
}

TEST_CASE("a pronoun's referent named far back or behind two others is a risky resolution",
          "[quotes][confidence]") {
    // "Anne Morel a parlé. Il pleut. Il vente. «Rien ne bouge», a-t-elle dit.": the sentences
    // between the naming and the quotation, and the people named there, vary per row.
    struct Row {
        const char* what;
        Mention named;               // Anne Morel's mention by name
        std::vector<Mention> others; // other people's mentions, one entity each
        Span speaker_mention;        // where the quotation names its speaker
        std::vector<std::string> present;
        std::vector<std::string> absent;
    };
    const Mention pronoun{{61, 65}, MentionForm::Pronoun};
    const std::vector<Row> rows = {
        {"named three sentences back",
         {{0, 10}, MentionForm::Name},
         {},
         {61, 65},
         {"form:pronoun", "pronoun:far"},
         {"pronoun:rivals"}},
        {"named two sentences back",
         {{20, 22}, MentionForm::Surname},
         {},
         {61, 65},
         {"form:pronoun"},
         {"pronoun:far", "pronoun:rivals"}},
        {"two other people named since",
         {{20, 22}, MentionForm::Surname},
         {{{30, 32}, MentionForm::Name}, {{33, 38}, MentionForm::Name}},
         {61, 65},
         {"pronoun:rivals"},
         {"pronoun:far"}},
        {"one other person named since",
         {{20, 22}, MentionForm::Surname},
         {{{30, 32}, MentionForm::Name}},
         {61, 65},
         {},
         {"pronoun:rivals"}},
        {"named, not through a pronoun",
         {{0, 10}, MentionForm::Name},
         {},
         {0, 10},
         {"form:name"},
         {"pronoun:far", "pronoun:rivals"}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        Document doc;
        doc.language = "fr";
        doc.text = u"Anne Morel a parlé. Il pleut. Il vente. «Rien ne bouge», a-t-elle dit.";
        doc.sentences = {{0, 19}, {20, 29}, {30, 39}, {40, 70}};
        Entity anne;
        anne.id = "e1";
        anne.kind = EntityKind::Person;
        anne.mentions = {row.named, pronoun};
        doc.entities = {anne};
        for (const Mention& other : row.others) {
            Entity e;
            e.id = "e" + std::to_string(doc.entities.size() + 1);
            e.kind = EntityKind::Person;
            e.mentions = {other};
            doc.entities.push_back(e);
        }
        std::vector<std::pair<int32_t, size_t>> persons;
        for (size_t e = 0; e < doc.entities.size(); ++e)
            for (const Mention& m : doc.entities[e].mentions)
                persons.emplace_back(m.span.start, e);
        std::sort(persons.begin(), persons.end());
        Quote q;
        q.span = {41, 54};
        q.marks = {40, 55};
        q.rule = "fr.quote-then-inverted-verb";
        Speaker s;
        s.entity = "e1";
        s.mention = row.speaker_mention;
        q.speaker = s;
        const auto features = SpeakerConfidence::features(doc, q, persons);
        for (const std::string& name : row.present)
            CHECK(has(features, name));
        for (const std::string& name : row.absent)
            CHECK_FALSE(has(features, name));
    }
}
