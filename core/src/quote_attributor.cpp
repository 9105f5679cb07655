// PLACEHOLDER (replaced by the quotes work): finds nothing yet.
#include "whosaid/quote_attributor.h"

namespace whosaid {

struct QuoteAttributor::Impl {};

QuoteAttributor::QuoteAttributor(std::string_view) : impl_(std::make_unique<Impl>()) {}
QuoteAttributor::~QuoteAttributor() = default;
QuoteAttributor::QuoteAttributor(QuoteAttributor&&) noexcept = default;
QuoteAttributor& QuoteAttributor::operator=(QuoteAttributor&&) noexcept = default;

void QuoteAttributor::attribute(Document&) const {}

} // namespace whosaid
