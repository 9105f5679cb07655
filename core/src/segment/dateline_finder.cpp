#include "segment/dateline_finder.h"

#include "segment/segmenter_chars.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unicode/uchar.h>

namespace whosaid::segment {

using chars::is_closing_mark;
using chars::is_dash;
using chars::is_horizontal_space;
using chars::is_line_break;
using chars::slice;
using chars::trim;

namespace {

constexpr int32_t kLongestPrefix = 120; // "SURABAYA, Indonesia/JAKARTA, 30 December 2014 "
constexpr int32_t kLongestAgencyList = 40;
constexpr size_t kLongestAgencyName = 30;
constexpr size_t kMostPlaceWords = 6;

// Wire agencies, lower case, compared case-insensitively.
constexpr std::u16string_view kKnownAgencies[] = {
    u"afp",           u"ap",        u"reuters",     u"dpa",       u"ansa",
    u"efe",           u"belga",     u"ats",         u"sda",       u"keystone-ats",
    u"apa",           u"xinhua",    u"kyodo",       u"jiji",      u"yonhap",
    u"tass",          u"itar-tass", u"ria novosti", u"ria",       u"interfax",
    u"sputnik",       u"anadolu",   u"aa",          u"pap",       u"ctk",
    u"mti",           u"bernama",   u"antara",      u"pti",       u"ians",
    u"upi",           u"aap",       u"cp",          u"kna",       u"lusa",
    u"notimex",       u"map",       u"aps",         u"tap",       u"irna",
    u"sana",          u"mena",      u"wafa",        u"ukrinform", u"unian",
    u"bta",           u"agerpres",  u"hina",        u"bloomberg", u"europa press",
    u"prensa latina", u"newsnet"};

constexpr std::u16string_view kMonths[] = {
    u"janvier",  u"février", u"fevrier",   u"mars",      u"avril",    u"mai",      u"juin",
    u"juillet",  u"août",    u"aout",      u"septembre", u"octobre",  u"novembre", u"décembre",
    u"decembre", u"janv",    u"févr",      u"fév",       u"fevr",     u"avr",      u"juil",
    u"déc",      u"january", u"february",  u"march",     u"april",    u"may",      u"june",
    u"july",     u"august",  u"september", u"october",   u"november", u"december", u"jan",
    u"feb",      u"mar",     u"apr",       u"jun",       u"jul",      u"aug",      u"sep",
    u"sept",     u"oct",     u"nov",       u"dec"};

// Lowercase particles inside place names: "RIO DE JANEIRO" is capitals, "Rio de Janeiro"
// is not, but both are places.
constexpr std::u16string_view kPlaceParticles[] = {u"de", u"du", u"des", u"la",   u"le",  u"les",
                                                   u"el", u"al", u"of",  u"upon", u"sur", u"en",
                                                   u"di", u"da", u"do",  u"am"};

// Closing words that look like a byline but are not one.
constexpr std::u16string_view kNotAgencies[] = {u"fin", u"end", u"suite", u"more"};

std::u16string lower(std::u16string_view word) {
    std::u16string out(word);
    for (char16_t& c : out)
        c = static_cast<char16_t>(u_tolower(c));
    return out;
}

bool contains(const auto& table, std::u16string_view word) {
    return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

bool is_known_agency(std::u16string_view name) {
    return contains(kKnownAgencies, lower(name));
}

bool is_apostrophe(char16_t c) {
    return c == u'\'' || c == 0x2019;
}

// The words between horizontal spaces.
std::vector<std::u16string_view> words_of(std::u16string_view segment) {
    std::vector<std::u16string_view> words;
    size_t start = 0;
    for (size_t i = 0; i <= segment.size(); ++i) {
        if (i == segment.size() || is_horizontal_space(segment[i])) {
            if (i > start)
                words.push_back(segment.substr(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

// "26", "1er", "3rd".
bool is_day_or_year(std::u16string_view word) {
    size_t digits = 0;
    while (digits < word.size() && u_isdigit(word[digits]))
        ++digits;
    if (digits == 0 || digits > 4)
        return false;
    const std::u16string_view suffix = word.substr(digits);
    return suffix.empty() || suffix == u"er" || suffix == u"st" || suffix == u"nd" ||
           suffix == u"rd" || suffix == u"th";
}

bool is_month(std::u16string_view word) {
    if (!word.empty() && word.back() == u'.')
        word.remove_suffix(1);
    return contains(kMonths, lower(word));
}

// "MOSCOU", "Saint-Pétersbourg", "N'DJAMENA": a capital, then letters, hyphens,
// apostrophes or periods ("ST. LOUIS").
bool is_capitalized_word(std::u16string_view word) {
    if (word.empty() || !u_isupper(word[0]))
        return false;
    return std::all_of(word.begin(), word.end(), [](char16_t c) {
        return u_isalpha(c) || c == u'-' || c == u'.' || is_apostrophe(c);
    });
}

bool is_all_capitals(std::u16string_view word) {
    return std::none_of(word.begin(), word.end(), [](char16_t c) { return u_islower(c); });
}

} // namespace

DatelineFinder::PrefixShape DatelineFinder::classify_prefix(std::u16string_view text, Span prefix) {
    PrefixShape shape;
    prefix = trim(text, prefix);
    if (prefix.empty()) {
        shape.valid = true;
        return shape;
    }
    shape.empty = false;
    const std::u16string_view prefix_text = slice(text, prefix);
    bool in_date = false;
    bool seen_place = false;
    bool month = false;
    bool number = false;
    size_t start = 0;
    for (size_t i = 0; i <= prefix_text.size(); ++i) {
        if (i < prefix_text.size() && prefix_text[i] != u',' && prefix_text[i] != u'/')
            continue;
        const std::vector<std::u16string_view> words =
            words_of(prefix_text.substr(start, i - start));
        start = i + 1;
        if (words.empty())
            return shape;
        const bool date_segment = std::all_of(words.begin(), words.end(), [](auto word) {
            return is_day_or_year(word) || is_month(word);
        });
        if (date_segment && seen_place) {
            in_date = true;
            for (auto word : words) {
                month = month || is_month(word);
                number = number || is_day_or_year(word);
            }
            continue;
        }
        if (in_date || words.size() > kMostPlaceWords || !is_capitalized_word(words.front()))
            return shape;
        bool capitals = true;
        for (auto word : words) {
            if (is_capitalized_word(word))
                capitals = capitals && is_all_capitals(word);
            else if (!contains(kPlaceParticles, word))
                return shape;
        }
        if (!seen_place)
            shape.capitals = capitals;
        seen_place = true;
    }
    if (in_date && !(month && number))
        return shape;
    shape.dated = in_date;
    shape.valid = true;
    return shape;
}

std::optional<std::vector<Span>> DatelineFinder::parse_agencies(std::u16string_view text,
                                                                Span inside) {
    std::vector<Span> agencies;
    int32_t start = inside.start;
    for (int32_t i = inside.start; i <= inside.end; ++i) {
        if (i < inside.end && text[static_cast<size_t>(i)] != u'/')
            continue;
        const Span name = trim(text, {start, i});
        start = i + 1;
        const std::u16string_view name_text = slice(text, name);
        if (name_text.empty() || name_text.size() > kLongestAgencyName ||
            !u_isalpha(name_text[0]) || words_of(name_text).size() > 4)
            return std::nullopt;
        const bool agency_shaped = std::all_of(name_text.begin(), name_text.end(), [](char16_t c) {
            return u_isalnum(c) || c == u' ' || c == u'-' || c == u'.' || c == u'&' ||
                   is_apostrophe(c);
        });
        if (!agency_shaped)
            return std::nullopt;
        agencies.push_back(name);
    }
    return agencies;
}

std::optional<DatelineMatch> DatelineFinder::find_leading(std::u16string_view text,
                                                          Span paragraph) const {
    const int32_t prefix_limit = std::min(paragraph.end, paragraph.start + kLongestPrefix);
    int32_t open = paragraph.start;
    while (open < prefix_limit && text[static_cast<size_t>(open)] != u'(')
        ++open;
    if (open >= prefix_limit)
        return std::nullopt;
    const int32_t close_limit = std::min(paragraph.end, open + kLongestAgencyList);
    int32_t close = open + 1;
    while (close < close_limit && text[static_cast<size_t>(close)] != u')' &&
           text[static_cast<size_t>(close)] != u'(')
        ++close;
    if (close >= close_limit || text[static_cast<size_t>(close)] != u')')
        return std::nullopt;
    const auto agencies = parse_agencies(text, {open + 1, close});
    if (!agencies)
        return std::nullopt;
    const PrefixShape shape = classify_prefix(text, {paragraph.start, open});
    if (!shape.valid)
        return std::nullopt;
    const std::u16string_view agency = slice(text, agencies->front());
    if (!is_known_agency(agency) &&
        (!(shape.capitals || shape.dated) || words_of(agency).size() > 1))
        return std::nullopt;

    int32_t after = close + 1;
    while (after < paragraph.end && is_horizontal_space(text[static_cast<size_t>(after)]))
        ++after;
    int32_t end = close + 1;
    if (after < paragraph.end && is_dash(text[static_cast<size_t>(after)])) {
        end = after + 1;
        if (end < paragraph.end && is_dash(text[static_cast<size_t>(end)]))
            ++end; // "--" typed for a dash
    } else if (after < paragraph.end && !is_line_break(text[static_cast<size_t>(after)])) {
        return std::nullopt; // "Paris (AFP) a annoncé": the parentheses are in a sentence
    }
    return DatelineMatch{{paragraph.start, end}, agencies->front()};
}

std::optional<DatelineMatch> DatelineFinder::find_trailing(std::u16string_view text,
                                                           Span paragraph) const {
    paragraph = trim(text, paragraph);
    if (paragraph.empty() || text[static_cast<size_t>(paragraph.end - 1)] != u')')
        return std::nullopt;
    const int32_t close = paragraph.end - 1;
    const int32_t open_limit = std::max(paragraph.start, close - kLongestAgencyList);
    int32_t open = close - 1;
    while (open >= open_limit && text[static_cast<size_t>(open)] != u'(' &&
           text[static_cast<size_t>(open)] != u')')
        --open;
    if (open < open_limit || text[static_cast<size_t>(open)] != u'(')
        return std::nullopt;
    // Alone in its paragraph or line, or right after the last sentence: "… conclu. (AFP)".
    if (open > paragraph.start) {
        int32_t before = open;
        while (before > paragraph.start &&
               is_horizontal_space(text[static_cast<size_t>(before - 1)]))
            --before;
        const char16_t last = text[static_cast<size_t>(before - 1)];
        const bool after_sentence =
            before < open && (last == u'.' || last == u'!' || last == u'?' || last == 0x2026 ||
                              is_closing_mark(last));
        if (!after_sentence && !is_line_break(last))
            return std::nullopt;
    }
    Span inside{open + 1, close};
    const std::u16string lowered = lower(slice(text, inside));
    for (std::u16string_view with :
         {std::u16string_view(u"avec "), std::u16string_view(u"with ")}) {
        if (lowered.starts_with(with))
            inside.start += static_cast<int32_t>(with.size());
    }
    const auto agencies = parse_agencies(text, inside);
    if (!agencies)
        return std::nullopt;
    const Span dateline{open, close + 1};
    for (Span agency : *agencies) {
        if (is_known_agency(slice(text, agency)))
            return DatelineMatch{dateline, agency};
    }
    const std::u16string_view first = slice(text, agencies->front());
    const bool acronym = first.size() >= 2 && first.size() <= 6 && is_all_capitals(first) &&
                         !contains(kNotAgencies, lower(first));
    if (agencies->size() >= 2 || acronym)
        return DatelineMatch{dateline, agencies->front()};
    return std::nullopt;
}

} // namespace whosaid::segment
