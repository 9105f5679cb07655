#pragma once

#include <string>
#include <utility>
#include <variant>

namespace whosaid {

// Why an operation failed; callers branch on the code and show the message.
enum class ErrorCode {
    NotFound,       // the path does not exist
    NotAFile,       // the path is a directory or another non-regular file
    Unreadable,     // the file exists but cannot be read (permissions, I/O error)
    TooLarge,       // larger than the configured limit
    BinaryContent,  // the bytes are not text (NUL bytes, control characters)
    BadEncoding,    // the requested or detected encoding could not decode the bytes
    InvalidArgument // a caller passed something the API does not accept
};

// An error returned (never thrown) across the core API.
struct Error {
    ErrorCode code;
    std::string message; // one line, in English, naming what failed and why
};

// A value or an error. Core functions return this instead of throwing.
template <typename T> class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    T& value() & { return std::get<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }

    // Precondition: !ok().
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

} // namespace whosaid
