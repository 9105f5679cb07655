#include "whosaid/analyzer.h"

#include "whosaid/entity_recognizer.h"
#include "whosaid/quote_attributor.h"
#include "whosaid/segmenter.h"

namespace whosaid {

namespace {

// Everything the pipeline needs for one language, built once per Analyzer.
struct LanguagePipeline {
    explicit LanguagePipeline(std::string_view language)
        : segmenter(language), recognizer(language), attributor(language) {}
    Segmenter segmenter;
    EntityRecognizer recognizer;
    QuoteAttributor attributor;
};

// The recognizer may already have named the dateline's agency; otherwise the media entity
// with a mention on the agency's span is it.
void link_dateline_agency(Document& doc) {
    if (!doc.dateline || !doc.dateline->agency.empty() || doc.dateline->agency_mention.empty())
        return;
    for (const Entity& entity : doc.entities) {
        if (entity.kind != EntityKind::Media)
            continue;
        for (const Mention& mention : entity.mentions)
            if (mention.span.overlaps(doc.dateline->agency_mention)) {
                doc.dateline->agency = entity.id;
                return;
            }
    }
}

} // namespace

struct Analyzer::Impl {
    LanguagePipeline french{"fr"};
    LanguagePipeline english{"en"};

    const LanguagePipeline& pipeline(std::string_view language) const {
        return language == "fr" ? french : english;
    }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Result<Document> Analyzer::analyze_file(const std::string& path,
                                        const AnalysisOptions& options) const {
    LoadOptions load = options.load;
    if (load.language_hint.empty() && options.language != "auto")
        load.language_hint = options.language;
    Result<LoadedText> loaded = Loader().load_file(path, load);
    if (!loaded)
        return loaded.error();
    return analyze_loaded(std::move(loaded).value(), options.language);
}

Result<Document> Analyzer::analyze_bytes(std::string_view bytes, std::string_view name,
                                         const AnalysisOptions& options) const {
    LoadOptions load = options.load;
    if (load.language_hint.empty() && options.language != "auto")
        load.language_hint = options.language;
    Result<LoadedText> loaded = Loader().load_bytes(bytes, name, load);
    if (!loaded)
        return loaded.error();
    return analyze_loaded(std::move(loaded).value(), options.language);
}

Document Analyzer::analyze_loaded(LoadedText loaded, std::string_view language) const {
    Document doc = analyze_text(std::move(loaded.text), std::move(loaded.source), language);
    doc.warnings = std::move(loaded.warnings);
    return doc;
}

Document Analyzer::analyze_text(std::u16string text, SourceInfo source,
                                std::string_view language) const {
    Document doc;
    doc.text = std::move(text);
    doc.source = std::move(source);
    doc.language =
        (language == "fr" || language == "en") ? std::string(language) : detect_language(doc.text);
    const LanguagePipeline& pipeline = impl_->pipeline(doc.language);

    Segmentation layout = pipeline.segmenter.segment(doc.text);
    doc.paragraphs = std::move(layout.paragraphs);
    doc.sentences = std::move(layout.sentences);
    doc.title = layout.title;
    if (layout.dateline)
        doc.dateline = Dateline{*layout.dateline, {}, layout.dateline_agency.value_or(Span{})};

    pipeline.recognizer.recognize(doc);
    link_dateline_agency(doc);
    pipeline.attributor.attribute(doc);
    return doc;
}

} // namespace whosaid
