#include "text/text_decoder.h"

#include "text/encoding_detector.h"
#include "whosaid/unicode_text.h"

#include <memory>
#include <unicode/ucnv.h>

namespace whosaid::text {

namespace {

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

ConverterPtr open_converter(const std::string& name) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name.c_str(), &status), &ucnv_close);
    if (U_FAILURE(status))
        converter.reset();
    return converter;
}

// The outcome of one conversion: the text, or the byte offset where a strict one stopped.
struct Conversion {
    std::u16string text;
    bool ok = true;
    std::size_t failed_at = 0;
};

// strict: stop at the first unmappable or ill-formed sequence; otherwise substitute U+FFFD.
Conversion convert(UConverter* converter, std::string_view bytes, bool strict) {
    UErrorCode status = U_ZERO_ERROR;
    if (strict)
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    Conversion result;
    // One UTF-16 unit per byte covers every single-byte and UTF-8 input; the rest grows.
    result.text.resize(bytes.size() + 16);
    const char* source = bytes.data();
    const char* const source_end = source + bytes.size();
    std::size_t written = 0;
    for (;;) {
        status = U_ZERO_ERROR;
        UChar* target = reinterpret_cast<UChar*>(result.text.data()) + written;
        UChar* const target_end = reinterpret_cast<UChar*>(result.text.data()) + result.text.size();
        ucnv_toUnicode(converter, &target, target_end, &source, source_end, nullptr, true, &status);
        written = static_cast<std::size_t>(target - reinterpret_cast<UChar*>(result.text.data()));
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            result.text.resize(result.text.size() * 2);
            continue;
        }
        if (U_FAILURE(status)) {
            result.ok = false;
            result.failed_at = static_cast<std::size_t>(source - bytes.data());
        }
        break;
    }
    result.text.resize(written);
    return result;
}

std::string replaced_bytes_warning(const DetectedEncoding& detected) {
    if (detected.invalid_bytes == 0)
        return {};
    const std::string count = detected.invalid_bytes == 1
                                  ? "1 byte is"
                                  : std::to_string(detected.invalid_bytes) + " bytes are";
    return count + " not valid UTF-8 (the first at byte " +
           std::to_string(detected.first_invalid + detected.bom_length) +
           "); read as UTF-8, each bad byte shown as U+FFFD";
}

Error bad_encoding(std::string_view name, std::string message) {
    return Error{ErrorCode::BadEncoding, std::string(name) + ": " + std::move(message)};
}

} // namespace

std::string TextDecoder::canonical_name(const std::string& converter) {
    ConverterPtr opened = open_converter(converter);
    if (!opened)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const char* internal = ucnv_getName(opened.get(), &status);
    if (U_FAILURE(status))
        return converter;
    for (const char* standard : {"MIME", "IANA"}) {
        UErrorCode lookup = U_ZERO_ERROR;
        const char* name = ucnv_getStandardName(internal, standard, &lookup);
        if (U_SUCCESS(lookup) && name != nullptr)
            return name;
    }
    return internal;
}

Result<DecodedText> TextDecoder::decode(std::string_view bytes, const std::string& encoding,
                                        std::string_view language_hint, std::string_view name,
                                        std::string_view declared) const {
    if (!encoding.empty()) {
        ConverterPtr converter = open_converter(encoding);
        if (!converter)
            return bad_encoding(name, "unknown encoding '" + encoding + "'");
        const std::string canonical = canonical_name(encoding);
        Conversion conversion = convert(converter.get(), bytes, true);
        if (!conversion.ok)
            return bad_encoding(name, "not valid " + canonical + " at byte " +
                                          std::to_string(conversion.failed_at));
        return DecodedText{std::move(conversion.text), canonical, {}};
    }

    const DetectedEncoding detected = EncodingDetector().detect(bytes, language_hint, declared);
    const std::string_view body = bytes.substr(detected.bom_length);
    if (detected.converter == "UTF-8" && detected.invalid_bytes == 0) // validated; fast path
        return DecodedText{to_utf16(body), "UTF-8", {}};
    if (ConverterPtr converter = open_converter(detected.converter)) {
        Conversion conversion = convert(converter.get(), body, !detected.from_structure);
        if (conversion.ok)
            return DecodedText{std::move(conversion.text), canonical_name(detected.converter),
                               replaced_bytes_warning(detected), detected.invalid_bytes,
                               detected.first_invalid + detected.bom_length};
    }
    // windows-1252 maps every byte (its five holes become C1 controls), so this cannot fail.
    ConverterPtr fallback = open_converter("windows-1252");
    if (!fallback)
        return bad_encoding(name, "the windows-1252 converter is missing from ICU");
    return DecodedText{convert(fallback.get(), body, false).text, "windows-1252", {}};
}

} // namespace whosaid::text
