#include "whosaid/segmenter.h"

#include "segment/dateline_finder.h"
#include "segment/language_detector.h"
#include "segment/paragraph_splitter.h"
#include "segment/sentence_splitter.h"
#include "segment/title_finder.h"

#include <algorithm>

namespace whosaid {

namespace {

// A dateline may open the first body paragraph or, when a standfirst comes between the
// headline and the story, the second one.
constexpr size_t kParagraphsSearchedForDateline = 2;

} // namespace

struct Segmenter::Impl {
    explicit Impl(std::string_view language) : sentences(language) {}

    segment::ParagraphSplitter paragraphs;
    segment::SentenceSplitter sentences;
    segment::TitleFinder titles;
    segment::DatelineFinder datelines;

    void find_title_and_dateline(std::u16string_view text, Segmentation& layout) const;
};

void Segmenter::Impl::find_title_and_dateline(std::u16string_view text,
                                              Segmentation& layout) const {
    const std::vector<Span>& paragraphs = layout.paragraphs;
    if (paragraphs.empty())
        return;
    // A first paragraph that opens with a dateline is the story, never a headline.
    std::optional<segment::DatelineMatch> dateline =
        datelines.find_leading(text, paragraphs.front());
    if (!dateline) {
        layout.title = titles.find(text, paragraphs);
        const size_t body = layout.title ? 1 : 0;
        const size_t last = std::min(paragraphs.size(), body + kParagraphsSearchedForDateline);
        for (size_t i = body; i < last && !dateline; ++i)
            dateline = datelines.find_leading(text, paragraphs[i]);
    }
    if (!dateline)
        dateline = datelines.find_trailing(text, paragraphs.back());
    if (dateline) {
        layout.dateline = dateline->dateline;
        layout.dateline_agency = dateline->agency;
    }
}

Segmenter::Segmenter(std::string_view language) : impl_(std::make_unique<Impl>(language)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Segmentation Segmenter::segment(std::u16string_view text) const {
    Segmentation layout;
    layout.paragraphs = impl_->paragraphs.split(text);
    for (Span paragraph : layout.paragraphs)
        impl_->sentences.split(text, paragraph, layout.sentences);
    impl_->find_title_and_dateline(text, layout);
    return layout;
}

std::string detect_language(std::u16string_view text) {
    return segment::LanguageDetector().detect(text);
}

} // namespace whosaid
