// File › Open Address… and a URL on the command line (issue 19): pages fetched from a server
// on 127.0.0.1 that the test runs itself, with redirects, charsets, a stalled server, missing
// and oversized pages, cookies and cancel.
#include "article.h"
#include "launch_options.h"
#include "local_http_server.h"
#include "main_window.h"
#include "page_fetcher.h"
#include "qstring_maker.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace {

using Response = LocalHttpServer::Response;

// A news page in windows-1252 bytes (é = \xE9) that names its charset only in a <meta>.
const QByteArray kLegacyPage =
    "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Port - Le Courrier</title>"
    "<link rel=\"canonical\" href=\"https://courrier.example/port\"></head><body>"
    "<nav><a href=\"/\">Accueil</a></nav><article><h1>Les dockers reconduisent la gr\xE8ve</h1>"
    "<p>Les dockers ont reconduit mercredi la gr\xE8ve, a d\xE9\x63lar\xE9 Lo\xEF\x63 Tanguy.</p>"
    "<div class=\"share-buttons\"><a href=\"#\">Partager</a></div></article></body></html>";

const QByteArray kUtf8Page = "<html><body><h1>Talks resume</h1><p>\xE2\x80\x9CWe will talk,\xE2"
                             "\x80\x9D the minister said on Monday.</p></body></html>";

Response html(const QByteArray& body, const QByteArray& contentType = "text/html") {
    return Response{200, "OK", {{"Content-Type", contentType}}, body};
}

struct Opened {
    bool shown = false;
    QString error;
};

Opened openAddress(MainWindow& window, const QUrl& url, int waitMs = 20000) {
    QSignalSpy shown(&window, &MainWindow::articleShown);
    QSignalSpy failed(&window, &MainWindow::errorOccurred);
    window.openAddress(url);
    for (int waited = 0; waited < waitMs && shown.isEmpty() && failed.isEmpty(); waited += 50)
        QTest::qWait(50);
    return {!shown.isEmpty(), failed.isEmpty() ? QString() : failed.first().first().toString()};
}

} // namespace

TEST_CASE("a web page opens as its article, its address in the source", "[gui][fetch]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LocalHttpServer server;
    server.route("/moved", Response{301, "Moved Permanently", {{"Location", "/again"}}, {}});
    server.route("/again", Response{302, "Found", {{"Location", "/story"}}, {}});
    server.route("/story", html(kLegacyPage));
    server.route("/header-charset",
                 html(QByteArray(kLegacyPage).replace("<meta charset=\"windows-1252\">", ""),
                      "text/html; charset=windows-1252"));
    server.route("/utf8", html(kUtf8Page, "text/html; charset=utf-8"));
    MainWindow window;

    struct Row {
        const char* name;
        QByteArray path;
        QString finalPath;
        QString contains;
    };
    const Row rows[] = {
        {"two redirects, charset only in a meta", "/moved", "/story",
         QStringLiteral("a déclaré Loïc Tanguy")},
        {"charset only in the header", "/header-charset", "/header-charset",
         QStringLiteral("reconduit mercredi la grève")},
        {"UTF-8", "/utf8", "/utf8", QStringLiteral("“We will talk,” the minister said")},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            const Opened opened = openAddress(window, server.url(row.path));
            INFO(opened.error.toStdString());
            REQUIRE(opened.shown);
            const whosaid::Document& doc = window.article()->document();
            CHECK(window.article()->text().contains(row.contains));
            CHECK_FALSE(window.article()->text().contains(QStringLiteral("Partager")));
            CHECK_FALSE(window.article()->text().contains(QStringLiteral("Accueil")));
            CHECK(doc.source.format == "html");
            CHECK(QString::fromStdString(doc.source.url) ==
                  server.url(row.finalPath.toLatin1()).toString());
            CHECK(doc.source.path.empty());
            CHECK_FALSE(window.isBusy());
        }
    }
}

TEST_CASE("a page that cannot be fetched is reported, the article shown stays", "[gui][fetch]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LocalHttpServer server;
    server.route("/story", html(kUtf8Page));
    server.route("/stalled", Response{200, "OK", {}, {}, true});
    server.route("/large", html("<p>" + QByteArray(300 * 1024, 'a') + "</p>"));
    Response unsized = html("<p>" + QByteArray(300 * 1024, 'b') + "</p>");
    unsized.withLength = false;
    server.route("/large-unsized", unsized);
    server.route("/loop", Response{302, "Found", {{"Location", "/loop"}}, {}});
    MainWindow window;
    window.pageFetcher()->setTimeout(400);
    window.pageFetcher()->setMaxBytes(256 * 1024);
    REQUIRE(openAddress(window, server.url("/story")).shown);
    const auto shown = window.article();

    struct Row {
        const char* name;
        QByteArray path;
        QString reason;
    };
    const Row rows[] = {
        {"404", "/missing", QStringLiteral("the server answered 404 (Not Found)")},
        {"a stalled server", "/stalled",
         QStringLiteral("the server did not answer within 1 second")},
        {"too large, announced", "/large", QStringLiteral("the page is larger than 256")},
        {"too large, not announced", "/large-unsized",
         QStringLiteral("the page is larger than 256")},
        {"a redirect loop", "/loop", QStringLiteral("the address redirects too many times")},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            const Opened opened = openAddress(window, server.url(row.path));
            CHECK_FALSE(opened.shown);
            CHECK(opened.error.contains(row.reason));
            CHECK(opened.error.contains(server.url(row.path).toDisplayString()));
            CHECK(window.article() == shown);
            CHECK_FALSE(window.isBusy());
        }
    }
}

TEST_CASE("cancel stops a fetch and no cookie is kept between pages", "[gui][fetch]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LocalHttpServer server;
    server.route("/stalled", Response{200, "OK", {}, {}, true});
    Response withCookie = html(kUtf8Page);
    withCookie.headers.append(
        qMakePair(QByteArray("Set-Cookie"), QByteArray("visitor=42; Path=/")));
    server.route("/cookie", withCookie);
    server.route("/next", html(kUtf8Page));
    MainWindow window;

    SECTION("cancel") {
        QSignalSpy shown(&window, &MainWindow::articleShown);
        QSignalSpy failed(&window, &MainWindow::errorOccurred);
        window.openAddress(server.url("/stalled"));
        QTest::qWait(200);
        REQUIRE(window.isBusy());
        window.cancelAnalysis();
        CHECK_FALSE(window.isBusy());
        QTest::qWait(300);
        CHECK(shown.isEmpty());
        CHECK(failed.isEmpty());
    }
    SECTION("cookies") {
        REQUIRE(openAddress(window, server.url("/cookie")).shown);
        REQUIRE(openAddress(window, server.url("/next")).shown);
        REQUIRE(server.requests().size() == 2);
        CHECK_FALSE(server.requests().at(1).toLower().contains("cookie"));
    }
}

TEST_CASE("typed addresses and command-line URLs", "[gui][fetch]") {
    struct Row {
        const char* typed;
        const char* expected; // empty: not a web address
    };
    const Row rows[] = {
        {"https://news.example/a?b=1", "https://news.example/a?b=1"},
        {"  news.example/story  ", "https://news.example/story"},
        {"http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"},
        {"ftp://news.example/a", ""},
        {"file:///etc/passwd", ""},
        {"two words", ""},
        {"", ""},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.typed) {
            const QUrl url = PageFetcher::addressFromInput(QString::fromUtf8(row.typed));
            CHECK(url.toString() == QString::fromUtf8(row.expected));
        }
    }
    const LaunchOptions web =
        LaunchOptions::parse({QStringLiteral("whosaid"), QStringLiteral("https://news.example/a")});
    CHECK(web.address == QUrl(QStringLiteral("https://news.example/a")));
    CHECK(web.file.isEmpty());
    const LaunchOptions file =
        LaunchOptions::parse({QStringLiteral("whosaid"), QStringLiteral("news.example.html")});
    CHECK(file.address.isEmpty());
    CHECK(file.file == QStringLiteral("news.example.html"));
}
