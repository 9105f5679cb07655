#include "corrections_test_support.h"

#include "article.h"
#include "corrections_controller.h"
#include "whosaid/json_writer.h"

namespace corrections_test {

int actor(const CorrectionsController& controller, const QString& name) {
    const auto& article = *controller.article();
    for (int e = 0; e < article.entityCount(); ++e)
        if (article.entityName(e) == name)
            return e;
    return -1;
}

std::string state(const CorrectionsController& controller) {
    return whosaid::write_json(controller.article()->document(), {});
}

} // namespace corrections_test
