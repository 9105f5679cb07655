// Owns the one QApplication of the GUI test run: created before the first test case,
// destroyed after the last, so widgets can be built in any test.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <QApplication>
#include <QTranslator>
#include <catch2/catch.hpp>
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
        QApplication::setOrganizationName(QStringLiteral("whosaid"));
        QApplication::setApplicationName(QStringLiteral("whosaid"));
        // English plural forms ("1 mention", "3 mentions") come from the English catalog.
        if (translator_.load(QStringLiteral(":/i18n/whosaid_en.qm")))
            QApplication::installTranslator(&translator_);
    }
    void testRunEnded(const Catch::TestRunStats&) override {
        QApplication::removeTranslator(&translator_);
        app_.reset();
    }

private:
    std::unique_ptr<QApplication> app_;
    QTranslator translator_;
};

} // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
