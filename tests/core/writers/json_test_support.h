#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace whosaid::test {

// A parsed JSON value. Written for the tests, independently of the writer under test, so
// that a writer bug cannot hide behind a matching parser bug.
struct JsonValue {
    enum class Type { Null, Boolean, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string string; // UTF-8
    std::vector<JsonValue> items;
    std::vector<std::pair<std::string, JsonValue>> members; // in document order

    bool is_null() const { return type == Type::Null; }
    bool has(std::string_view key) const;
    // The member or element; throws std::out_of_range when missing or of another type.
    const JsonValue& operator[](std::string_view key) const;
    const JsonValue& operator[](size_t index) const;
    int64_t integer() const;

    friend bool operator==(const JsonValue&, const JsonValue&) = default;
};

// Strict RFC 8259 parsing of one document: no trailing commas, no control characters in
// strings, valid UTF-8, \u escapes of surrogates only in pairs, nothing after the value.
struct ParseResult {
    bool ok = false;
    JsonValue value;
    std::string error; // what is wrong and at which byte, when !ok
};
ParseResult parse_json(std::string_view text);

// The parsed JSON document; the test fails when it is not JSON.
JsonValue parse(const std::string& json);

// Strict UTF-8 decoding; throws std::invalid_argument on ill-formed input.
std::u32string decode_utf8(std::string_view utf8);

// Checks the whole-document span contract: every object below the root that has integer
// "start" and "end" lies inside the root "text" (counted in code points), and when it has a
// "text" that text equals the code point slice. Returns one line per problem.
std::vector<std::string> span_problems(const JsonValue& document);

} // namespace whosaid::test
