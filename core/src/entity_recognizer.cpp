// PLACEHOLDER (replaced by the actors work): finds nothing yet.
#include "whosaid/entity_recognizer.h"

namespace whosaid {

struct EntityRecognizer::Impl {};

EntityRecognizer::EntityRecognizer(std::string_view) : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

void EntityRecognizer::recognize(Document&) const {}

} // namespace whosaid
