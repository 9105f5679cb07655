// Owns the one QApplication of the GUI test run: created before the first test case,
// destroyed after the last, so widgets can be built in any test.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>

#include <memory>

namespace {

class QtApplicationListener : public Catch::TestEventListenerBase {
public:
    using Catch::TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo&) override {
        static int argc = 1;
        static char name[] = "whosaid_gui_tests";
        static char* argv[] = {name, nullptr};
        app_ = std::make_unique<QApplication>(argc, argv);
    }
    void testRunEnded(const Catch::TestRunStats&) override { app_.reset(); }

private:
    std::unique_ptr<QApplication> app_;
};

} // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
