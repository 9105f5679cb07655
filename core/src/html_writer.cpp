// PLACEHOLDER (replaced by the HTML export work).
#include "whosaid/html_writer.h"

namespace whosaid {

std::string write_html(const Document&, const HtmlOptions&) {
    return "<!DOCTYPE html><html><head><title>whosaid</title></head><body></body></html>";
}

} // namespace whosaid
